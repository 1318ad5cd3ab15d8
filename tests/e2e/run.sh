#!/usr/bin/env bash
# The simulator page's end-to-end test in Debian's headless Chromium, driven by playwright-core (which downloads no
# browser). Installs what it needs: Debian's chromium when missing (as root), the pinned playwright-core (npm ci),
# then builds the simulator and runs tests/e2e/simulator-page.test.mjs with node's test runner.
# Screenshots land in tests/e2e/screenshots/. Exit code: the test runner's.
set -euo pipefail
cd "$(dirname "$0")/../.."

chromium="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "e2e: installing Debian's chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "e2e: no browser at $chromium; install Debian's chromium (apt-get install chromium) or set CHROMIUM" >&2
    exit 1
  fi
fi

command -v node >/dev/null 2>&1 || { echo "e2e: node (20 or later) is required" >&2; exit 1; }
(cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)

dotnet build tools/Simulator/Simulator.csproj -c Debug -nologo -v quiet
export SIMULATOR_BIN="$PWD/tools/Simulator/bin/Debug/net10.0/Simulator"
export CHROMIUM="$chromium"
node --test --test-reporter=spec tests/e2e/simulator-page.test.mjs
