import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pair, redundancy } from './test-pair.js';

/** Boots both REs at 12:00:00 then runs to `at` (a keepalive second) plus `extra` ms. */
function bootedAndRunTo(config: string, at: number, options: { fpcSlots?: readonly number[] } = {}) {
  const fixture = pair({ start: at - 3600_000, ...options });
  fixture.bootBoth(redundancy(config));
  fixture.clock.advanceTo(at);
  return fixture;
}

const T = Date.UTC(2024, 2, 11, 12, 30, 0);

test('with failover on-loss-of-keepalives the backup takes over exactly 300 s after the last keepalive', () => {
  const { re0, re1, clock } = bootedAndRunTo('set chassis redundancy failover on-loss-of-keepalives', T, { fpcSlots: [0, 1] });
  clock.advanceTo(T + 400);
  re0.halt(); // power lost at 12:30:00.400, no warning to re1
  clock.advanceTo(T + 299_999);
  assert.equal(re1.role, 'backup');
  clock.advanceTo(T + 300_000);
  assert.equal(re1.role, 'master');
  assert.deepEqual(re1.mastershipLog.slice(0, 2), [
    'Mar 11 12:30:20 mastership: no keepalive from routing engine 0 for 20 seconds, taking mastership in 280 seconds',
    'Mar 11 12:30:40 mastership: no keepalive from routing engine 0 for 40 seconds, taking mastership in 260 seconds',
  ]);
  assert.deepEqual(re1.mastershipLog.slice(-2), [
    'Mar 11 12:34:40 mastership: no keepalive from routing engine 0 for 280 seconds, taking mastership in 20 seconds',
    'Mar 11 12:35:00 mastership: no keepalive from routing engine 0 for 300 seconds, taking mastership',
  ]);
  assert.equal(re1.mastershipLog.length, 15);
  clock.advanceTo(T + 360_000);
  assert.deepEqual(
    re1.log.filter((line) => line.startsWith('Mar 11 12:3')),
    [
      'Mar 11 12:35:00  r1-re1 /kernel: mastership: routing engine 1 becoming master, no keepalive from routing engine 0 for 300 seconds',
      'Mar 11 12:35:00  r1-re1 /kernel: mastership: routing engine 1 became master',
      'Mar 11 12:35:00  r1-re1 chassisd[1893]: CHASSISD_RE_MASTERSHIP_CHANGE: Routing Engine 1 is master (keepalive timeout)',
      'Mar 11 12:35:00  r1-re1 chassisd[1893]: CHASSISD_FRU_OFFLINE_NOTICE: Taking FPC 0 offline: mastership change',
      'Mar 11 12:35:00  r1-re1 chassisd[1893]: CHASSISD_FRU_OFFLINE_NOTICE: Taking FPC 1 offline: mastership change',
      'Mar 11 12:35:01  r1-re1 alarmd[1902]: Alarm set: RE color=YELLOW, class=CHASSIS, reason=Backup RE Active',
      'Mar 11 12:35:01  r1-re1 craftd[1899]:  Minor alarm set, Backup RE Active',
      'Mar 11 12:35:01  r1-re1 alarmd[1902]: Alarm set: RE color=YELLOW, class=CHASSIS, reason=Loss of communication with Backup RE',
      'Mar 11 12:35:01  r1-re1 craftd[1899]:  Minor alarm set, Loss of communication with Backup RE',
      'Mar 11 12:36:00  r1-re1 chassisd[1893]: CHASSISD_FRU_ONLINE_NOTICE: Taking FPC 0 online',
      'Mar 11 12:36:00  r1-re1 chassisd[1893]: CHASSISD_FRU_ONLINE_NOTICE: Taking FPC 1 online',
    ],
  );
});

test('a configured keepalive-time of 25 s: one silence line at 20 s, takeover at 25 s', () => {
  const { re0, re1, clock } = bootedAndRunTo('set chassis redundancy failover on-loss-of-keepalives\nset chassis redundancy keepalive-time 25', T);
  clock.advanceTo(T + 400);
  re0.halt();
  clock.advanceTo(T + 24_999);
  assert.equal(re1.role, 'backup');
  clock.advanceTo(T + 25_000);
  assert.equal(re1.role, 'master');
  assert.deepEqual(re1.mastershipLog, [
    'Mar 11 12:30:20 mastership: no keepalive from routing engine 0 for 20 seconds, taking mastership in 5 seconds',
    'Mar 11 12:30:25 mastership: no keepalive from routing engine 0 for 25 seconds, taking mastership',
  ]);
});

test('with graceful-switchover the backup takes over exactly 2 s after the last keepalive, alarms 1 s later', () => {
  const B = Date.UTC(2024, 2, 11, 12, 0, 0);
  const { re0, re1, clock } = bootedAndRunTo('set chassis redundancy graceful-switchover', B, { fpcSlots: [0, 1] });
  const changes: string[] = [];
  re1.onRoleChange((change) => changes.push(`${change.from}->${change.to} graceful=${change.graceful} at ${change.at - B}`));
  clock.advanceTo(B + 400);
  re0.halt();
  clock.advanceTo(B + 1999);
  assert.equal(re1.role, 'backup');
  clock.advanceTo(B + 2000);
  assert.equal(re1.role, 'master');
  assert.deepEqual(changes, ['backup->master graceful=true at 2000']);
  clock.advanceTo(B + 2999);
  assert.equal(re1.alarms.length, 0, 'alarms wait one second after the takeover');
  clock.advanceTo(B + 3000);
  assert.deepEqual(
    re1.alarms.map((alarm) => [alarm.description, alarm.since - B]),
    [
      ['Backup RE Active', 3000],
      ['Loss of communication with Backup RE', 3000],
    ],
  );
  clock.advanceTo(B + 120_000);
  // With GRES no FPC restarts; no silence lines (2 s is shorter than 20 s).
  assert.deepEqual(re1.log.filter((line) => line.startsWith('Mar 11 12:0')), [
    'Mar 11 12:00:02  r1-re1 /kernel: mastership: routing engine 1 becoming master, no keepalive from routing engine 0 for 2 seconds',
    'Mar 11 12:00:02  r1-re1 /kernel: mastership: routing engine 1 became master',
    'Mar 11 12:00:02  r1-re1 chassisd[1893]: CHASSISD_RE_MASTERSHIP_CHANGE: Routing Engine 1 is master (keepalive timeout, graceful-switchover)',
    'Mar 11 12:00:03  r1-re1 alarmd[1902]: Alarm set: RE color=YELLOW, class=CHASSIS, reason=Backup RE Active',
    'Mar 11 12:00:03  r1-re1 craftd[1899]:  Minor alarm set, Backup RE Active',
    'Mar 11 12:00:03  r1-re1 alarmd[1902]: Alarm set: RE color=YELLOW, class=CHASSIS, reason=Loss of communication with Backup RE',
    'Mar 11 12:00:03  r1-re1 craftd[1899]:  Minor alarm set, Loss of communication with Backup RE',
  ]);
  assert.deepEqual(re1.mastershipLog, ['Mar 11 12:00:02 mastership: no keepalive from routing engine 0 for 2 seconds, taking mastership']);
  assert.equal(re1.routingEngineStatus()[0]?.mastershipState, 'present');
});

test('without GRES or keepalive failover the backup never takes over, and says so every 20 s', () => {
  const D = Date.UTC(2024, 2, 11, 13, 0, 0);
  const { re0, re1, clock } = bootedAndRunTo('', D);
  re0.halt();
  clock.advanceTo(D + 3 * 3600_000);
  assert.equal(re1.role, 'backup');
  assert.equal(re1.alarms.length, 0, 'the backup raises no alarm of its own');
  assert.equal(re1.mastershipLog[0], 'Mar 11 13:00:20 mastership: no keepalive from routing engine 0 for 20 seconds, failover not configured');
  assert.equal(re1.mastershipLog.length, (3 * 3600) / 20);
  // Branch D: the operator takes mastership by hand.
  assert.deepEqual(re1.prepare('acquire'), {
    kind: 'confirm',
    warning: 'warning: Traffic will be interrupted while the PFE is re-initialized',
    question: 'Attempt to become the master routing engine ? [yes,no] (no) ',
  });
  assert.deepEqual(re1.request({ action: 'acquire' }), {
    ok: true,
    lines: ['Resolving mastership...', 'Complete. The local routing engine becomes the master.'],
  });
  assert.equal(re1.role, 'master');
});

test('no preemption: the old master boots again as backup', () => {
  const { re0, re1, clock } = bootedAndRunTo('set chassis redundancy graceful-switchover', T);
  re0.halt();
  clock.advance(10_000);
  assert.equal(re1.role, 'master');
  const config = redundancy('set chassis redundancy graceful-switchover');
  re0.boot(config, { peerPresent: true });
  clock.advance(600_000);
  assert.equal(re0.role, 'backup');
  assert.equal(re1.role, 'master');
  assert.deepEqual(
    re1.alarms.map((alarm) => alarm.description),
    ['Backup RE Active'],
    'communication is back; re1 still holds mastership against its default role',
  );
});

test('a backup takes over at once when the master is removed from its slot', () => {
  const { re0, re1, clock } = bootedAndRunTo('', T);
  re0.halt();
  re1.peerRemoved();
  assert.equal(re1.role, 'master');
  assert.equal(re1.routingEngineStatus()[0]?.mastershipState, 'empty');
  clock.advance(1000);
  assert.deepEqual(
    re1.alarms.map((alarm) => alarm.description),
    ['Backup RE Active', 'Loss of communication with Backup RE'],
  );
});

test('failover on-disk-failure: the backup takes over when the master reports a failing disk', () => {
  const { re0, re1 } = bootedAndRunTo('set chassis redundancy failover on-disk-failure', T);
  re0.diskFailure();
  assert.equal(re1.role, 'master');
  assert.equal(re0.role, 'backup');
  assert.match(re1.log.find((line) => line.includes('becoming master')) ?? '', /becoming master, disk failure on routing engine 0$/);
  assert.ok(re0.log.some((line) => line.endsWith('CHASSISD_RE_MASTERSHIP_CHANGE: Routing Engine 0 is backup (disk failure)')));
  assert.deepEqual(
    re1.alarms.map((alarm) => alarm.description),
    ['Backup RE Active', 'Routing Engine 0 Hard Disk Error'],
  );
});

test('without on-disk-failure a failing disk raises an alarm and nothing moves', () => {
  const { re0, re1 } = bootedAndRunTo('', T);
  re0.diskFailure();
  assert.deepEqual([re0.role, re1.role], ['master', 'backup']);
  assert.deepEqual(
    re0.alarms.map((alarm) => alarm.description),
    ['Routing Engine 0 Hard Disk Error'],
  );
  assert.match(re0.log.at(-3) ?? '', /CHASSISD_RE_DISK_FAILURE: Hard disk failure on Routing Engine 0$/);
});

test('the master raises Loss of communication 4 s after the backup halts (procedure 5.3)', () => {
  const A = Date.UTC(2024, 2, 11, 11, 0, 0);
  const { re0, re1, clock } = bootedAndRunTo('', A);
  re1.halt();
  clock.advanceTo(A + 3999);
  assert.equal(re0.alarms.length, 0);
  clock.advanceTo(A + 4000);
  assert.deepEqual(
    re0.alarms.map((alarm) => [alarm.severity, alarm.description, alarm.since - A]),
    [['Minor', 'Loss of communication with Backup RE', 4000]],
  );
  assert.equal(re0.routingEngineStatus()[1]?.mastershipState, 'present');
  // re1 powered on again: the alarm clears as soon as it talks.
  clock.advanceTo(A + 600_000);
  re1.boot(redundancy(''), { peerPresent: true });
  assert.deepEqual(re0.alarms, []);
  assert.equal(re1.role, 'backup');
  assert.match(re0.log.at(-1) ?? '', /craftd\[1899\]: {2}Minor alarm cleared, Loss of communication with Backup RE$/);
});

test('a master alone until another RE is inserted raises no alarm until the newcomer has talked', () => {
  const { re0, re1, clock } = pair();
  re0.boot(redundancy(''), { peerPresent: false });
  re0.peerInserted();
  clock.advance(60_000);
  assert.equal(re0.alarms.length, 0);
  re1.boot(redundancy(''), { peerPresent: true });
  assert.equal(re1.role, 'backup');
  re1.halt();
  clock.advance(4000);
  assert.deepEqual(
    re0.alarms.map((alarm) => alarm.description),
    ['Loss of communication with Backup RE'],
  );
});

test('booting a running RE reboots it: it leaves its role first and is elected again', () => {
  const { re0, re1, clock } = bootedAndRunTo('set chassis redundancy graceful-switchover', T);
  const changes: string[] = [];
  re0.onRoleChange((change) => changes.push(`${change.from}->${change.to}`));
  re0.boot(redundancy('set chassis redundancy graceful-switchover'), { peerPresent: true });
  // re1 heard re0 less than 2 s ago and is still backup: re0 (master by default) wins again.
  assert.deepEqual(changes, ['master->none', 'none->master']);
  clock.advance(10_000);
  assert.deepEqual([re0.role, re1.role], ['master', 'backup']);
});
