// End-to-end: the simulator's page in Debian's headless Chromium, driven by playwright-core (no browser download).
// It takes a payment, pulls the network while the host is answering, sees UNKNOWN, restores the network, and sees
// the late confirmation on the screen and its receipt on the roll. Screenshots go to tests/e2e/screenshots/.
//
//   SIMULATOR_BIN   the built simulator (default: tools/Simulator/bin/Debug/net10.0/Simulator)
//   CHROMIUM        the browser (default: /usr/bin/chromium)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const simulatorBin = process.env.SIMULATOR_BIN || path.join(root, 'tools', 'Simulator', 'bin', 'Debug', 'net10.0', 'Simulator');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const shots = path.join(here, 'screenshots');
const WAIT = 30_000;

let simulator;
let simulatorOutput = '';
let context;
let profile;
let page;

function startSimulator() {
  return new Promise((resolve, reject) => {
    simulator = spawn(simulatorBin, ['--port', '0', '--language', 'en'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => reject(new Error('the simulator printed no address:\n' + simulatorOutput)), WAIT);
    const read = (chunk) => {
      simulatorOutput += chunk.toString();
      const found = simulatorOutput.match(/open (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    simulator.stdout.on('data', read);
    simulator.stderr.on('data', read);
    simulator.on('exit', (code) => reject(new Error(`the simulator exited (${code}):\n${simulatorOutput}`)));
  });
}

async function textOf(testId) {
  return (await page.getByTestId(testId).textContent()) ?? '';
}

async function waitFor(what, predicate) {
  const deadline = Date.now() + WAIT;
  let last = '';
  while (Date.now() < deadline) {
    last = await predicate();
    if (last === true) {
      return;
    }
    await page.waitForTimeout(100);
  }
  assert.fail(`waited ${WAIT / 1000} s for ${what}; last seen: ${last}\nscreen:\n${await textOf('screen-text')}`);
}

async function waitForState(state) {
  await waitFor(`sale state ${state}`, async () => (await textOf('sale-state')) === state || await textOf('sale-state'));
}

async function shoot(name, locator) {
  const file = path.join(shots, name);
  await (locator ?? page).screenshot({ path: file, ...(locator ? {} : { fullPage: true }) });
  return file;
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  const url = await startSimulator();
  profile = mkdtempSync(path.join(tmpdir(), 'simulator-e2e-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 },
  });
  page = context.pages()[0] ?? await context.newPage();
  await page.goto(url);
});

after(async () => {
  await context?.close();
  simulator?.kill('SIGTERM');
  if (profile) {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a payment whose answer the network lost is shown UNKNOWN, then as a late confirmation, and its receipt printed', async () => {
  await waitFor('the idle screen', async () => (await textOf('screen-text')).includes('Ready') || await textOf('screen-text'));
  await waitFor('the screen picture', async () => await page.getByTestId('screen').evaluate((img) => img.complete && img.naturalWidth === 240) || 'not loaded');
  await shoot('01-ready.png');

  // The cashier types the amount on the computer's keyboard and confirms with a click on the keypad.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (const key of ['4', '2', '0', '0', 'Enter']) {
    await page.keyboard.press(key);
    await page.waitForTimeout(150);
  }
  await waitForState('Confirm');
  await page.getByTestId('key-ok').click();
  await waitForState('WaitingForCard');
  assert.match(await textOf('screen-text'), /42\.00/);
  await shoot('02-tap-card.png');

  // The host is slow, so the answer is on its way long enough to pull the network under it.
  await page.getByTestId('switch-host-slow').check();
  await page.getByTestId('card-choice').selectOption('unionpay');
  await page.getByTestId('tap-card').click();
  await waitFor('the authorization in flight', async () => (await textOf('in-flight')).includes('/v1/payments') || await textOf('in-flight'));
  await page.getByTestId('switch-network-down').check();
  await waitForState('Unknown');
  const unknown = await textOf('screen-text');
  assert.match(unknown, /Do not pay again/);
  assert.doesNotMatch(unknown, /fail/i, 'UNKNOWN is never "failed"');
  assert.equal(await textOf('receipt-count'), '0 receipt(s)');
  await shoot('03-unknown.png');
  await shoot('03-unknown-screen.png', page.getByTestId('screen'));

  // The network comes back: the terminal asks, learns the payment was approved, shows and prints it as late.
  await page.getByTestId('switch-host-slow').uncheck();
  await page.getByTestId('switch-network-down').uncheck();
  await waitFor('the late confirmation', async () => (await textOf('screen-text')).includes('LATE CONFIRMATION') || await textOf('screen-text'));
  await waitForState('Approved');
  await waitFor('the receipt on the roll', async () => (await textOf('receipt-count')) === '1 receipt(s)' || await textOf('receipt-count'));
  assert.match(await textOf('roll'), /LATE CONFIRMATION/);
  assert.match(await textOf('roll'), /\*\*\*\* 8599/, 'the receipt shows the last four digits only');
  await waitFor('empty queues', async () => (await textOf('queue-printer')) === '0' && (await textOf('queue-host')) === '0' || 'not yet');
  await shoot('04-late-confirmation.png');
  await shoot('04-late-confirmation-screen.png', page.getByTestId('screen'));

  // The console panel is a real console session: sign in, run the self-tests for "paid, nothing shown".
  await page.getByTestId('console-input').fill('login 12345678');
  await page.getByTestId('console-input').press('Enter');
  await waitFor('the sign-in', async () => (await textOf('console-output')).includes('@ok') || 'not yet');
  await page.getByTestId('console-input').fill('selftest run S1');
  await page.getByTestId('console-input').press('Enter');
  await waitFor('the S1 verdicts', async () => (await textOf('console-output')).includes('SW-MEMORY') || 'not yet');
  await shoot('05-console-selftest.png');
});
