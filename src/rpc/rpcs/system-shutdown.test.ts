import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NORMAL_SHUTDOWN } from '../../router/index.js';
import { bootedLab } from '../../router/test-router.js';
import { routerView } from '../router-adapter.js';
import { rpcRegistry } from '../rpc-table.js';
import { procedureLab } from '../testing/procedure-lab.js';
import { ctime, OTHER_NOT_PRESENT, SHUTDOWN_DELAY_MS, SHUTDOWN_QUESTIONS, shutdownBroadcast, shutdownPrompt, WILL_NOT_HALT_OTHER } from './system-shutdown.js';

const NOW = Date.UTC(2024, 2, 11, 9, 3, 5);

test('the questions, and the warnings the CLI prints before them', () => {
  assert.deepEqual(SHUTDOWN_QUESTIONS, { reboot: 'Reboot the system ? [yes,no] (no) ', halt: 'Halt the system ? [yes,no] (no) ', 'power-off': 'Power Off the system ? [yes,no] (no) ' });
  const lab = procedureLab();
  const view = lab.view('re0');
  assert.deepEqual(shutdownPrompt(view, 'reboot', 'this'), { warnings: [], question: 'Reboot the system ? [yes,no] (no) ' });
  assert.deepEqual(shutdownPrompt(view, 'halt', 'this').warnings, ['warning: This command will not halt the other routing-engine.', 'If planning to switch off power, use the both-routing-engines option.']);
  assert.deepEqual(shutdownPrompt(view, 'power-off', 'this').warnings, [...WILL_NOT_HALT_OTHER]);
  assert.deepEqual(shutdownPrompt(view, 'halt', 'both'), { warnings: [], question: 'Halt the system ? [yes,no] (no) ' });
  lab.engines.re1.state = 'empty';
  assert.deepEqual(shutdownPrompt(view, 'halt', 'both'), { warnings: [OTHER_NOT_PRESENT], question: 'Halt the system ? [yes,no] (no) ' }, 'CAP-VN1');
  assert.deepEqual(shutdownPrompt(view, 'halt', 'this').warnings, [], 'no other RE to warn about');
});

test('this RE: Shutdown NOW! and a pid; it goes down after the delay, asked of the router', () => {
  const lab = procedureLab();
  const reply = rpcRegistry.invoke(lab.view('re0'), 'request-reboot');
  assert.match(reply.text(), /^Shutdown NOW!\n\[pid \d+\]\n$/);
  assert.deepEqual(lab.shutdowns, [{ slot: 're0', action: 'reboot', delayMs: SHUTDOWN_DELAY_MS, at: NOW }]);
  const pid = /\[pid (\d+)\]/.exec(reply.text())?.[1] ?? '';
  assert.equal(
    reply.xml(),
    [
      '    <request-reboot-results>',
      `        <request-reboot-status reboot-time="${Math.floor((NOW + SHUTDOWN_DELAY_MS) / 1000)}">`,
      '            Shutdown NOW!',
      `            [pid ${pid}]`,
      '        </request-reboot-status>',
      '    </request-reboot-results>',
      '',
    ].join('\n'),
    'the layout of PyEZ\'s request-reboot.xml',
  );
});

test('other-routing-engine and both-routing-engines: the other RE\'s line first', () => {
  const lab = procedureLab();
  assert.equal(rpcRegistry.invoke(lab.view('re0'), 'request-halt', { 'other-routing-engine': true }).text(), 'Halting re1\n');
  assert.deepEqual(lab.shutdowns.map((s) => [s.slot, s.action]), [['re1', 'halt']]);
  assert.match(rpcRegistry.invoke(lab.view('re1'), 'request-power-off', { 'both-routing-engines': true }).text(), /^Powering off re0\nShutdown NOW!\n\[pid \d+\]\n$/);
  assert.deepEqual(lab.shutdowns.map((s) => [s.slot, s.action]).slice(1), [['re0', 'power-off'], ['re1', 'power-off']]);
  assert.equal(rpcRegistry.invoke(lab.view('re0'), 'request-reboot', { 'other-routing-engine': true }).text(), 'Rebooting re1\n');
});

test('an unreachable other RE: other-routing-engine fails, both-routing-engines goes on with a warning', () => {
  const lab = procedureLab({ linkCut: true });
  const other = rpcRegistry.invoke(lab.view('re0'), 'request-reboot', { 'other-routing-engine': true });
  assert.equal(other.text(), 'error: Could not connect to re1 : No route to host\n');
  assert.equal(lab.shutdowns.length, 0);
  const both = rpcRegistry.invoke(lab.view('re0'), 'request-reboot', { 'both-routing-engines': true });
  assert.match(both.text(), /^warning: Could not connect to re1 : No route to host\nShutdown NOW!\n/);
  assert.equal(both.failed, false);
  assert.deepEqual(lab.shutdowns.map((s) => s.slot), ['re0']);
});

test('in N minutes: Shutdown at <ctime>, the delay handed to the router; a bad value is refused', () => {
  const lab = procedureLab();
  const reply = rpcRegistry.invoke(lab.view('re0'), 'request-halt', { in: '5' });
  assert.match(reply.text(), /^Shutdown at Mon Mar 11 09:08:05 2024\n\[pid \d+\]\n$/);
  assert.equal(lab.shutdowns[0]?.delayMs, 300_000);
  assert.match(rpcRegistry.invoke(lab.view('re0'), 'request-halt', { in: '0' }).text(), /^Shutdown NOW!/);
  assert.equal(rpcRegistry.invoke(lab.view('re0'), 'request-halt', { in: 'soon' }).text(), 'error: invalid value for in: soon\n');
  assert.equal(ctime(Date.UTC(2014, 6, 9, 18, 15, 0)), 'Wed Jul  9 18:15:00 2014', 'the fixture request-reboot-at.xml');
});

test('the broadcast every terminal gets', () => {
  assert.deepEqual(shutdownBroadcast('lab', 'r1-re0'), ['', '*** FINAL System shutdown message from lab@r1-re0 ***', 'System going down IMMEDIATELY', '']);
  assert.deepEqual(shutdownBroadcast('lab', 'r1-re0', 5, 'bye'), ['', '*** System shutdown message from lab@r1-re0 ***', 'System going down in 5 minutes', '', 'bye']);
});

test('on a booted router: halting the master answers first, halts after the delay, and the backup takes over (GRES)', () => {
  const { clock, router } = bootedLab({}, 1000);
  while (!router.ready) clock.advance(1000);
  const reply = rpcRegistry.invoke(routerView(router, 're0'), 'request-halt');
  assert.match(reply.text(), /^Shutdown NOW!\n/);
  clock.advance(SHUTDOWN_DELAY_MS - 1);
  assert.equal(router.re('re0').power, 'running', 'the answer reaches the user first');
  clock.advance(1);
  assert.equal(router.re('re0').power, 'halted');
  assert.match(router.re('re0').messages().at(-1) ?? '', /shutdown: halt by root:$/);
  clock.advance(5000);
  assert.equal(router.re('re1').role, 'master', 'chassisd decided, as for any halt');
  router.shutdown();
});

test('on a booted router: reboot and power-off of the other RE', () => {
  const { clock, router } = bootedLab({}, 1000);
  while (!router.ready) clock.advance(1000);
  const view = routerView(router, 're0');
  const started = router.re('re1').startTime;
  assert.equal(rpcRegistry.invoke(view, 'request-reboot', { 'other-routing-engine': true }).text(), 'Rebooting re1\n');
  clock.advance(SHUTDOWN_DELAY_MS);
  assert.equal(router.re('re1').power, 'running');
  assert.notEqual(router.re('re1').startTime, started, 're1 booted again');
  clock.advance(60_000);
  assert.equal(rpcRegistry.invoke(view, 'request-power-off', { 'other-routing-engine': true }).text(), 'Powering off re1\n');
  clock.advance(SHUTDOWN_DELAY_MS);
  assert.equal(router.re('re1').power, 'halted');
  assert.match(router.re('re1').messages().at(-1) ?? '', /shutdown: power-down by root:$/);
  router.faults.powerOn('re1');
  assert.equal(router.re('re1').lastRebootReason, NORMAL_SHUTDOWN);
  router.shutdown();
});
