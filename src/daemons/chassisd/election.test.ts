import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NOON, pair, redundancy } from './test-pair.js';

test('by default re0 becomes master and re1 backup, at once and without alarms', () => {
  const { re0, re1, bootBoth } = pair();
  bootBoth();
  assert.equal(re0.role, 'master');
  assert.equal(re1.role, 'backup');
  assert.deepEqual(re0.alarms, []);
  assert.deepEqual(re1.alarms, []);
  assert.deepEqual(re0.log, [
    'Mar 11 12:00:00  r1-re0 /kernel: mastership: routing engine 0 becoming master',
    'Mar 11 12:00:00  r1-re0 /kernel: mastership: routing engine 0 became master',
    'Mar 11 12:00:00  r1-re0 chassisd[1893]: CHASSISD_RE_MASTERSHIP_CHANGE: Routing Engine 0 is master (election)',
  ]);
  assert.deepEqual(re1.routingEngineStatus(), [
    { slot: 0, local: false, mastershipState: 'master', mastershipPriority: { role: 'master', isDefault: true } },
    { slot: 1, local: true, mastershipState: 'backup', mastershipPriority: { role: 'backup', isDefault: true } },
  ]);
});

test('routing-engine 1 master makes re1 master and re0 backup', () => {
  const { re0, re1, bootBoth } = pair();
  const config = redundancy('set chassis redundancy routing-engine 1 master');
  bootBoth(config);
  assert.equal(re0.role, 'backup');
  assert.equal(re1.role, 'master');
  assert.deepEqual(
    re0.routingEngineStatus().map((row) => row.mastershipPriority),
    [
      { role: 'backup', isDefault: true },
      { role: 'master', isDefault: false },
    ],
  );
  // re1 is master as configured: no `Backup RE Active`.
  assert.deepEqual(re1.alarms, []);
});

test('the same election whichever RE boots first', () => {
  const { re0, re1, clock } = pair();
  re1.boot(redundancy(''), { peerPresent: true });
  clock.advance(700);
  re0.boot(redundancy(''), { peerPresent: true });
  assert.equal(re0.role, 'master');
  assert.equal(re1.role, 'backup');
});

test('a disabled RE takes no part: the other becomes master, and the disabled one never does', () => {
  const { re0, re1, bootBoth, clock } = pair();
  const config = redundancy('set chassis redundancy routing-engine 1 disabled\nset chassis redundancy graceful-switchover');
  bootBoth(config);
  assert.equal(re0.role, 'master');
  assert.equal(re1.role, 'disabled');
  assert.equal(re0.routingEngineStatus()[1]?.mastershipState, 'disabled');
  clock.advance(10_000);
  re0.halt();
  clock.advance(3600_000);
  assert.equal(re1.role, 'disabled', 'no failover to a disabled RE, even with GRES');
});

test('an RE alone in the chassis becomes master whatever is configured', () => {
  const { re1 } = pair();
  re1.boot(redundancy('set chassis redundancy routing-engine 1 backup'), { peerPresent: false });
  assert.equal(re1.role, 'master');
  assert.match(re1.log[0] ?? '', /routing engine 1 becoming master, routing engine 0 not present$/);
  // Slot 1 prefers backup, so its mastership raises `Backup RE Active`; nobody to lose touch with.
  assert.deepEqual(
    re1.alarms.map((alarm) => [alarm.severity, alarm.description, alarm.since]),
    [['Minor', 'Backup RE Active', NOON]],
  );
});

test('an RE whose other slot holds a silent RE waits two seconds, then becomes master', () => {
  const { re0, clock } = pair();
  re0.boot(redundancy(''), { peerPresent: true });
  assert.equal(re0.role, 'none');
  clock.advance(1999);
  assert.equal(re0.role, 'none');
  clock.advance(1);
  assert.equal(re0.role, 'master');
  // The other RE is in its slot but silent: the master cannot talk to it.
  assert.deepEqual(
    re0.alarms.map((alarm) => alarm.description),
    ['Loss of communication with Backup RE'],
  );
  assert.equal(re0.routingEngineStatus()[1]?.mastershipState, 'present');
});

test('both configured backup: neither becomes master, until one is removed', () => {
  const { re0, re1, bootBoth, clock } = pair();
  const config = redundancy('set chassis redundancy routing-engine 0 backup\nset chassis redundancy routing-engine 1 backup');
  bootBoth(config);
  clock.advance(3600_000);
  assert.equal(re0.role, 'backup');
  assert.equal(re1.role, 'backup');
  re1.halt();
  re0.peerRemoved();
  assert.equal(re0.role, 'master');
  assert.ok(re0.log.some((line) => line.endsWith('CHASSISD_RE_MASTERSHIP_CHANGE: Routing Engine 0 is master (other Routing Engine removed)')));
});

test('both configured backup with keepalive failover: the failover elects one master', () => {
  const { re0, re1, bootBoth, clock } = pair();
  const config = redundancy(
    'set chassis redundancy routing-engine 0 backup\nset chassis redundancy routing-engine 1 backup\n' +
      'set chassis redundancy failover on-loss-of-keepalives\nset chassis redundancy keepalive-time 30',
  );
  bootBoth(config);
  clock.advance(29_999);
  assert.deepEqual([re0.role, re1.role], ['backup', 'backup']);
  clock.advance(1);
  assert.deepEqual([re0.role, re1.role], ['master', 'backup']);
  clock.advance(3600_000);
  assert.deepEqual([re0.role, re1.role], ['master', 'backup']);
});

test('both configured master: the first booted wins, the second becomes backup', () => {
  const { re0, re1, clock } = pair();
  const config = redundancy('set chassis redundancy routing-engine 0 master\nset chassis redundancy routing-engine 1 master');
  re1.boot(config, { peerPresent: true });
  clock.advance(10_000);
  re0.boot(config, { peerPresent: true });
  assert.equal(re1.role, 'master');
  assert.equal(re0.role, 'backup');
});

test('both configured master and booted together: slot 0 wins', () => {
  const { re0, re1, bootBoth } = pair();
  bootBoth(redundancy('set chassis redundancy routing-engine 0 master\nset chassis redundancy routing-engine 1 master'));
  assert.deepEqual([re0.role, re1.role], ['master', 'backup']);
});

test('a commit changes the election priority but never moves mastership', () => {
  const { re0, re1, bootBoth, clock } = pair();
  bootBoth();
  clock.advance(5000);
  const swapped = redundancy('set chassis redundancy routing-engine 1 master');
  re0.commit(swapped);
  re1.commit(swapped);
  clock.advance(600_000);
  assert.deepEqual([re0.role, re1.role], ['master', 'backup']);
  assert.equal(re0.routingEngineStatus()[0]?.mastershipPriority.role, 'backup');
  // re0 now prefers backup while it is master.
  assert.deepEqual(
    re0.alarms.map((alarm) => alarm.description),
    ['Backup RE Active'],
  );
});

test('a backup configured disabled by a commit becomes disabled, and backup again when reconfigured', () => {
  const { re1, bootBoth } = pair();
  bootBoth();
  re1.commit(redundancy('set chassis redundancy routing-engine 1 disabled'));
  assert.equal(re1.role, 'disabled');
  re1.commit(redundancy('set chassis redundancy routing-engine 1 backup'));
  assert.equal(re1.role, 'backup');
});
