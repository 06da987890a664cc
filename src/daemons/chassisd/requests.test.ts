import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pair, redundancy } from './test-pair.js';

const COMPLETE_OTHER = ['Resolving mastership...', 'Complete. The other routing engine becomes the master.'];
const COMPLETE_LOCAL = ['Resolving mastership...', 'Complete. The local routing engine becomes the master.'];
const GRES = 'set chassis redundancy graceful-switchover';

function running(config = '', settle = 600_000) {
  const fixture = pair({ fpcSlots: [0, 1] });
  fixture.bootBoth(redundancy(config));
  fixture.clock.advance(settle);
  return fixture;
}

test('switch on the master without GRES: PFE warning, question, the other RE becomes master', () => {
  const { re0, re1, clock } = running();
  assert.deepEqual(re0.prepare('switch'), {
    kind: 'confirm',
    warning: 'warning: Traffic will be interrupted while the PFE is re-initialized',
    question: 'Toggle mastership between routing engines ? [yes,no] (no) ',
  });
  const at = clock.now();
  assert.deepEqual(re0.request({ action: 'switch' }), { ok: true, lines: COMPLETE_OTHER });
  assert.deepEqual([re0.role, re1.role], ['backup', 'master']);
  // procedure 7.3: `Backup RE Active` on re1 from the moment of the switch.
  assert.deepEqual(
    re1.alarms.map((alarm) => [alarm.description, alarm.since]),
    [['Backup RE Active', at]],
  );
  assert.deepEqual(re0.alarms, []);
  assert.match(re1.log.find((line) => line.includes('is master (switch')) ?? '', /Routing Engine 1 is master \(switch request\)$/);
  assert.ok(re1.log.some((line) => line.endsWith('Taking FPC 0 offline: mastership change')), 'no GRES: the FPCs restart');
  assert.match(re0.log.find((line) => line.includes('becoming backup, switch')) ?? '', /routing engine 0 becoming backup, switch requested on routing engine 0$/);
});

test('switch on the backup: the local RE becomes master', () => {
  const { re0, re1 } = running();
  assert.deepEqual(re1.request({ action: 'switch', noConfirm: true }), { ok: true, lines: COMPLETE_LOCAL });
  assert.deepEqual([re0.role, re1.role], ['backup', 'master']);
});

test('acquire works on the backup and is refused on the master', () => {
  const { re0, re1 } = running();
  assert.deepEqual(re0.prepare('acquire'), { kind: 'refused', lines: ['error: The local routing engine is already the master'] });
  assert.deepEqual(re0.request({ action: 'acquire' }), { ok: false, lines: ['error: The local routing engine is already the master'] });
  assert.deepEqual(re1.request({ action: 'acquire' }), { ok: true, lines: COMPLETE_LOCAL });
  assert.deepEqual([re0.role, re1.role], ['backup', 'master']);
});

test('release works on the master and is refused on the backup', () => {
  const { re0, re1 } = running();
  assert.deepEqual(re1.prepare('release'), { kind: 'refused', lines: ['error: The local routing engine is not the master'] });
  assert.deepEqual(re0.prepare('release'), {
    kind: 'confirm',
    warning: 'warning: Traffic will be interrupted while the PFE is re-initialized',
    question: 'Request the other routing engine become master ? [yes,no] (no) ',
  });
  assert.deepEqual(re0.request({ action: 'release' }), { ok: true, lines: COMPLETE_OTHER });
  assert.deepEqual([re0.role, re1.role], ['backup', 'master']);
});

test('the master cannot switch or release without another RE to take over', () => {
  const { re0, re1, clock } = running();
  re1.halt();
  clock.advance(5000);
  assert.deepEqual(re0.request({ action: 'switch' }), { ok: false, lines: ['error: Other routing-engine not responding'] });
  re0.peerRemoved();
  assert.deepEqual(re0.prepare('release'), { kind: 'refused', lines: ['error: Other routing-engine not present'] });
  assert.equal(re0.role, 'master');
});

test('a disabled RE is never handed mastership and cannot take it', () => {
  const { re0, re1 } = running('set chassis redundancy routing-engine 1 disabled');
  assert.deepEqual(re0.prepare('switch'), { kind: 'refused', lines: ['error: The other routing engine is disabled and cannot become the master'] });
  assert.deepEqual(re1.request({ action: 'acquire' }), { ok: false, lines: ['error: The local routing engine is disabled and cannot become the master'] });
  assert.deepEqual([re0.role, re1.role], ['master', 'disabled']);
});

test('with GRES there is no PFE warning and no FPC restart', () => {
  const { re0, re1 } = running(GRES);
  assert.deepEqual(re1.prepare('switch'), { kind: 'confirm', warning: undefined, question: 'Toggle mastership between routing engines ? [yes,no] (no) ' });
  assert.deepEqual(re1.request({ action: 'switch' }), { ok: true, lines: COMPLETE_LOCAL });
  assert.ok(!re1.log.some((line) => line.includes('FPC')));
  assert.match(re1.log.find((line) => line.includes('is master (switch')) ?? '', /\(switch request, graceful-switchover\)$/);
  assert.equal(re0.role, 'backup');
});

test('GRES switchovers 240 s apart: refused with the seconds left, then accepted', () => {
  const { re0, re1, clock } = running(GRES);
  assert.deepEqual(re1.request({ action: 'switch' }), { ok: true, lines: COMPLETE_LOCAL });
  clock.advance(19_000);
  assert.deepEqual(re1.request({ action: 'switch' }), {
    ok: false,
    lines: ['Resolving mastership...', 'Command aborted. Not ready for mastership switch, try after 221 secs.'],
  });
  // The refusal comes after the question (→ 9.B8): the prompt is still offered.
  assert.equal(re1.prepare('switch').kind, 'confirm');
  assert.deepEqual(re0.request({ action: 'acquire' }).lines.at(-1), 'Command aborted. Not ready for mastership switch, try after 221 secs.');
  assert.deepEqual(re1.request({ action: 'switch', check: true }), { ok: false, lines: ['Not ready for mastership switch, try after 221 secs.'] });
  clock.advance(400);
  assert.deepEqual(re1.request({ action: 'switch' }).lines.at(-1), 'Command aborted. Not ready for mastership switch, try after 221 secs.', 'seconds round up');
  clock.advance(220_599);
  assert.deepEqual(re1.request({ action: 'switch' }).lines.at(-1), 'Command aborted. Not ready for mastership switch, try after 1 secs.');
  clock.advance(1);
  assert.deepEqual(re1.request({ action: 'switch', check: true }), { ok: true, lines: ['Switchover Ready'] });
  assert.deepEqual([re0.role, re1.role], ['backup', 'master'], 'check changes nothing');
  assert.deepEqual(re1.request({ action: 'switch' }), { ok: true, lines: COMPLETE_OTHER });
  assert.deepEqual([re0.role, re1.role], ['master', 'backup']);
});

test('GRES: the 240 s also run from the moment both REs are up', () => {
  const { re0, clock } = running(GRES, 100_000);
  assert.deepEqual(re0.request({ action: 'switch' }).lines.at(-1), 'Command aborted. Not ready for mastership switch, try after 140 secs.');
  clock.advance(140_000);
  assert.deepEqual(re0.request({ action: 'switch' }), { ok: true, lines: COMPLETE_OTHER });
});

test('without GRES a switch may follow another at once', () => {
  const { re0, re1 } = running();
  assert.ok(re0.request({ action: 'switch' }).ok);
  assert.ok(re0.request({ action: 'switch' }).ok);
  assert.deepEqual([re0.role, re1.role], ['master', 'backup']);
  assert.deepEqual(re0.request({ action: 'switch', check: true }), { ok: true, lines: ['Switchover Ready'] });
});

test('show system switchover: on the backup only, Ready once synchronized and 240 s after the last switch', () => {
  const { re0, re1, clock } = running();
  assert.deepEqual(re1.switchoverInformation(), { kind: 'information', information: { 'switchover-state': 'Off' } });
  const gres = redundancy(GRES);
  re0.commit(gres);
  re1.commit(gres);
  assert.deepEqual(re1.switchoverInformation(), {
    kind: 'information',
    information: {
      'switchover-state': 'On',
      'configuration-database-state': 'Ready',
      'kernel-database-state': 'Synchronizing',
      'switchover-status': 'Not Ready',
    },
  });
  clock.advance(5000);
  assert.deepEqual(re1.switchoverInformation(), {
    kind: 'information',
    information: {
      'switchover-state': 'On',
      'configuration-database-state': 'Ready',
      'kernel-database-state': 'Ready',
      'switchover-status': 'Ready',
    },
  });
  assert.deepEqual(re0.switchoverInformation(), { kind: 'not-on-master', message: 'error: command is not valid on the master routing engine' });
});

test('a request while the RE is still electing is refused', () => {
  const { re0 } = pair();
  re0.boot(redundancy(''), { peerPresent: true });
  assert.deepEqual(re0.request({ action: 'switch' }), { ok: false, lines: ['error: Routing engine mastership is not resolved yet'] });
});

test('FPCs restarted by a takeover come back under the new master only', () => {
  const { re0, re1, clock } = running();
  assert.ok(re0.request({ action: 'switch' }).ok);
  clock.advance(10_000);
  assert.ok(re1.request({ action: 'switch' }).ok);
  clock.advance(120_000);
  assert.ok(!re1.log.some((line) => line.includes('online')), 're1 lost mastership before its FPCs came back');
  assert.equal(re0.log.filter((line) => line.endsWith('online')).length, 2);
});
