// The simulator's page: polls the terminal's state, draws the screen, the roll and the panels, and sends
// the cashier's and the customer's actions. Plain JavaScript, no build step.
'use strict';

const KEYPAD = [
  ['1', '1'], ['2', '2'], ['3', '3'], ['cancel', 'Cancel'],
  ['4', '4'], ['5', '5'], ['6', '6'], ['clear', 'Clear'],
  ['7', '7'], ['8', '8'], ['9', '9'], ['backspace', '⌫'],
  ['menu', 'Menu'], ['0', '0'], ['00', '00'], ['ok', 'OK'],
];

const KEYBOARD = { Enter: 'ok', Backspace: 'backspace', Delete: 'clear', Escape: 'cancel', m: 'menu', M: 'menu' };

const SWITCHES = [
  ['network-down', 'Network down'],
  ['host-slow', 'Host slow (3 s per request)'],
  ['host-late', 'Host answers after the timeout'],
  ['paper-out', 'Printer out of paper'],
  ['cover-open', 'Printer cover open'],
  ['reader-unplugged', 'Card reader unplugged'],
];

const MARKERS = ['REPRINT', 'LATE CONFIRMATION', '延迟确认', '重打'];

const $ = (id) => document.getElementById(id);
let shownScreen = -1;
let shownRoll = -1;
let listsFilled = false;

async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) {
    throw new Error(answer.error || response.statusText);
  }
  return answer;
}

function pressKey(name) {
  const button = document.querySelector(`#keypad button[data-key="${name}"]`);
  if (button) {
    button.classList.add('pressed');
    setTimeout(() => button.classList.remove('pressed'), 120);
  }
  post('/api/keys', { keys: [name] }).catch(showError);
}

function showError(error) {
  $('customer-message').textContent = String(error.message || error);
}

function buildKeypad() {
  for (const [name, label] of KEYPAD) {
    const button = document.createElement('button');
    button.textContent = label;
    button.dataset.key = name;
    button.dataset.testid = `key-${name}`;
    button.className = name;
    button.addEventListener('click', () => pressKey(name));
    $('keypad').appendChild(button);
  }
}

function buildSwitches() {
  for (const [name, label] of SWITCHES) {
    const line = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `switch-${name}`;
    box.dataset.testid = `switch-${name}`;
    box.addEventListener('change', () => {
      post('/api/switch', { name, on: box.checked }).catch(showError);
    });
    line.appendChild(box);
    line.appendChild(document.createTextNode(' ' + label));
    $('switches').appendChild(line);
  }
}

function fillList(select, names) {
  for (const name of names) {
    const option = document.createElement('option');
    option.value = name;
    option.textContent = name;
    select.appendChild(option);
  }
}

function drawRoll(slips) {
  const roll = $('roll');
  roll.textContent = '';
  for (const slip of slips) {
    const block = document.createElement('div');
    block.className = slip.cut ? 'slip' : 'slip uncut';
    for (const line of slip.lines) {
      const row = document.createElement('div');
      row.className = `line ${line.align}` + (line.bold ? ' bold' : '');
      // A line holds 32 font-A characters at width 1: wider characters are drawn bigger, taller ones stretched.
      if (line.width > 1) {
        row.style.fontSize = `${line.width}em`;
      }
      if (line.height > line.width) {
        row.style.transform = `scaleY(${line.height / line.width})`;
        row.style.transformOrigin = 'top';
        row.style.marginBottom = `${1.2 * (line.height / line.width - 1)}em`;
      }
      if (MARKERS.some((marker) => line.text.includes(marker))) {
        row.classList.add('marker');
      }
      row.textContent = line.text;
      block.appendChild(row);
    }
    roll.appendChild(block);
  }
  roll.scrollTop = roll.scrollHeight;
}

function drawQueue(id, depth) {
  $(id).textContent = depth < 0 ? '-' : String(depth);
}

function drawSelfTests(rows) {
  const table = $('selftests');
  table.textContent = '';
  for (const row of rows) {
    const tr = document.createElement('tr');
    for (const text of [row.causeId, row.verdict]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.appendChild(td);
    }
    table.appendChild(tr);
  }
  $('selftests-empty').hidden = rows.length > 0;
}

async function refresh() {
  try {
    const state = await (await fetch('/api/state', { cache: 'no-store' })).json();
    if (!listsFilled) {
      fillList($('card-choice'), state.cards);
      fillList($('code-choice'), state.codes);
      listsFilled = true;
    }
    if (state.screenVersion !== shownScreen) {
      shownScreen = state.screenVersion;
      $('screen').src = `/api/screen.png?v=${shownScreen}`;
    }
    $('screen-text').textContent = state.screenText;
    $('sale-state').textContent = state.saleState;
    $('status').textContent = state.status;
    $('status-message').textContent = state.statusMessage;
    $('power').textContent = state.poweredOn ? 'on' : 'OFF';
    $('boots').textContent = String(state.boots);
    $('in-flight').textContent = state.hostRequestInFlight || 'none';
    drawQueue('queue-display', state.queues.display);
    drawQueue('queue-printer', state.queues.printer);
    drawQueue('queue-host', state.queues.host);
    drawSelfTests(state.selfTests);
    $('clock').textContent = state.clockUtc;
    $('host').textContent = state.hostAddress;
    $('receipt-count').textContent = `${state.receipts} receipt(s)`;
    for (const [name, on] of Object.entries(state.switches)) {
      const box = $(`switch-${name}`);
      if (box && document.activeElement !== box) {
        box.checked = on;
      }
    }
    if (state.rollVersion !== shownRoll) {
      const roll = await (await fetch('/api/roll', { cache: 'no-store' })).json();
      shownRoll = roll.rollVersion;
      drawRoll(roll.slips);
    }
    document.body.dataset.stateVersion = String(state.version);
  } catch (error) {
    $('status-message').textContent = 'the simulator does not answer: ' + error;
  }
  setTimeout(refresh, 150);
}

function wire() {
  buildKeypad();
  buildSwitches();
  $('tap-card').addEventListener('click', () => {
    $('customer-message').textContent = '';
    post('/api/card', { card: $('card-choice').value }).catch(showError);
  });
  $('scan-code').addEventListener('click', () => {
    post('/api/scan', { code: $('code-choice').value })
      .then((answer) => { $('customer-message').textContent = answer.message; })
      .catch(showError);
  });
  $('power-cut').addEventListener('click', () => post('/api/power', { action: 'cut' }).catch(showError));
  $('power-on').addEventListener('click', () => post('/api/power', { action: 'on' }).catch(showError));
  $('reboot').addEventListener('click', () => post('/api/power', { action: 'reboot' }).catch(showError));
  $('console-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const line = $('console-input').value;
    $('console-input').value = '';
    const output = $('console-output');
    output.textContent += `> ${line}\n`;
    try {
      const answer = await post('/api/console', { line });
      output.textContent += answer.output + '\n';
    } catch (error) {
      output.textContent += `error: ${error.message}\n`;
    }
    output.scrollTop = output.scrollHeight;
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement || event.ctrlKey || event.altKey || event.metaKey) {
      return;
    }
    const name = /^[0-9]$/.test(event.key) ? event.key : KEYBOARD[event.key];
    if (name) {
      event.preventDefault();
      pressKey(name);
    }
  });
  refresh();
}

wire();
