#!/usr/bin/env bash
# Proves that the host build rejects code outside the nanoFramework 1.x subset.
#
# Builds tests/SubsetViolation (a project that imports tools/Build/Portable.props like every portable
# project, with source that breaks the subset on purpose) and expects:
#   - the build to fail;
#   - every expected diagnostic id below in the build output (RS0030 from BannedSymbols.txt, NFxxxx from
#     the PortableSubset analyzer);
#   - no compiler error (CSxxxx): the fixture must fail for the subset rules alone.
# Prints one line per expected id and a closing `subset-violation: N passed, M failed` line.
# Exit status: 0 when all checks pass, 1 otherwise.
set -u -o pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
project="$repo_root/tests/SubsetViolation/SubsetViolation.csproj"

# NF0014 (static abstract interface members) needs C# 11, which a C# 9 portable project rejects with a
# compiler error; tests/Analyzer.Tests covers it instead.
expected_ids=(
  RS0030
  NF0001 NF0002 NF0003 NF0004 NF0005 NF0006 NF0007 NF0008 NF0009 NF0010 NF0011
  NF0012 NF0013 NF0015 NF0016 NF0017 NF0018 NF0019 NF0020 NF0021 NF0022
)

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# Incremental is enough: a failed build leaves no output, and the analyzer DLLs and BannedSymbols.txt are
# inputs of the compile step, so the compiler and the analyzers run again.
if dotnet build "$project" -nologo -verbosity:quiet >"$log" 2>&1; then
  echo "FAIL build of tests/SubsetViolation succeeded: the subset rules did not stop it"
  echo "subset-violation: 0 passed, ${#expected_ids[@]} failed"
  exit 1
fi

passed=0
failed=0
for id in "${expected_ids[@]}"; do
  count="$(grep -cE "error ${id}:" "$log" || true)"
  if [ "$count" -gt 0 ]; then
    echo "ok   ${id} reported (${count} lines)"
    passed=$((passed + 1))
  else
    echo "FAIL ${id} not reported"
    failed=$((failed + 1))
  fi
done

compiler_errors="$(grep -oE "error CS[0-9]+" "$log" | sort -u | tr '\n' ' ' || true)"
if [ -n "$compiler_errors" ]; then
  echo "FAIL compiler errors in the fixture: ${compiler_errors}(it must fail for the subset rules alone)"
  failed=$((failed + 1))
fi

if [ "$failed" -gt 0 ]; then
  echo "--- build output ---"
  grep -E "error|warning" "$log" | sort -u | head -100
fi

echo "subset-violation: ${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
