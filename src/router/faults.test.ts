import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RoutingEngine } from './routing-engine.js';
import { bootedLab, commitFrom, committedText, fib, historyOf } from './test-router.js';

const UNREACHABLE = ['error: Could not connect to re1 : No route to host', 'warning: Cannot connect to other RE, ignoring it', 'commit complete'].join('\n');

const alarmTexts = (re: RoutingEngine): string[] => re.alarms().map((alarm) => alarm.description);
const states = (re: RoutingEngine): string[] => re.routingEngineStatus().map((slot) => slot.mastershipState);

test('a halted backup: the alarm after 4 s, Present, and a commit that synchronizes with nobody (procedure 5.3)', async () => {
  const { router, clock } = bootedLab();
  const [re0, re1] = [router.re('re0'), router.re('re1')];
  assert.deepEqual(router.faults.halt('re1'), { ok: true });
  assert.equal(re1.power, 'halted');
  assert.ok(re1.messages().at(-1)?.endsWith('r1-re1 shutdown: halt by root:'));
  clock.advance(3999);
  assert.deepEqual(alarmTexts(re0), []);
  clock.advance(1);
  assert.deepEqual(alarmTexts(re0), ['Loss of communication with Backup RE']);
  assert.deepEqual(states(re0), ['master', 'present']);
  assert.equal(await commitFrom(re0, 'set system name-server 10.20.0.53'), UNREACHABLE);
  assert.deepEqual(historyOf(re0), ['lab via cli', 'root via other']);
  assert.deepEqual(router.faults.halt('re1'), { ok: false, message: 're1 is not running' });
});

test('an RE powered on again fetches the master\'s configuration as root via other, and the alarm clears', async () => {
  const { router, clock } = bootedLab();
  const [re0, re1] = [router.re('re0'), router.re('re1')];
  router.faults.halt('re1');
  clock.advance(30_000);
  await commitFrom(re0, 'set system name-server 10.20.0.53');
  clock.advance(60_000);
  router.faults.powerOn('re1');
  assert.equal(re1.lastRebootReason, 'Router rebooted after a normal shutdown.');
  assert.doesNotMatch(committedText(re1), /name-server/, 're1 boots on its own last configuration');
  clock.advance(1000);
  assert.deepEqual(historyOf(re1), ['root via other', 'root via other'], 'fetched as soon as its mgd is up');
  assert.deepEqual(alarmTexts(re0), ['Loss of communication with Backup RE'], 'the alarm clears after the install (procedure 5.3)');
  clock.advance(10_000);
  assert.equal(re1.role, 'backup');
  assert.deepEqual(historyOf(re1), ['root via other', 'root via other']);
  assert.equal(committedText(re1), committedText(re0));
  assert.equal(re1.database?.rollbackFileText(0), re0.database?.rollbackFileText(0), 'a copy of the master\'s file, header included');
  assert.deepEqual(alarmTexts(re0), []);
  assert.deepEqual(states(re0), ['master', 'backup']);
});

test('the backup keeps its own configuration when the master does not ask for synchronized commits', async () => {
  const { router, clock } = bootedLab();
  const re1 = router.re('re1');
  await commitFrom(router.re('re0'), 'delete system commit synchronize');
  router.faults.halt('re1');
  await commitFrom(router.re('re0'), 'set system name-server 10.20.0.53');
  router.faults.powerOn('re1');
  clock.advance(10_000);
  assert.deepEqual(historyOf(re1), ['root via other'], 'the commit that removed the statement did not synchronize (9.B4)');
  assert.doesNotMatch(committedText(re1), /name-server/);
  assert.match(committedText(re1), /synchronize;/);
});

test('GRES: the backup takes over exactly 2 s after the last keepalive of a halted master; the master-only address moves', () => {
  const { router, clock } = bootedLab();
  const [re0, re1] = [router.re('re0'), router.re('re1')];
  assert.ok(fib(re0).includes('10.255.0.10/32 intf'));
  router.faults.powerOff('re0');
  clock.advance(1999);
  assert.equal(re1.role, 'backup');
  clock.advance(1);
  assert.equal(re1.role, 'master');
  assert.ok(fib(re1).includes('10.255.0.10/32 intf'), 'master-only address on the new master');
  assert.ok(fib(re1).includes('10.0.0.0/8 user'), 'rpd has not started yet');
  assert.ok(re1.messages().some((line) => line.endsWith('CHASSISD_RE_MASTERSHIP_CHANGE: Routing Engine 1 is master (keepalive timeout, graceful-switchover)')));
  clock.advance(1000);
  assert.equal(re1.rpd?.status(), 'up');
  assert.ok(!fib(re1).includes('10.0.0.0/8 user'), 'the backup-router route leaves once rpd runs');
  assert.deepEqual(alarmTexts(re1), ['Backup RE Active', 'Loss of communication with Backup RE']);
  assert.deepEqual(states(re1), ['present', 'master']);
  router.faults.powerOn('re0');
  clock.advance(600_000);
  assert.deepEqual([re0.role, re1.role], ['backup', 'master'], 'no preemption');
  assert.ok(fib(re0).includes('10.0.0.0/8 user'));
  assert.ok(!fib(re0).includes('10.255.0.10/32 intf'));
});

test('failover on-loss-of-keepalives without GRES: takeover after exactly 300 s', async () => {
  const { router, clock } = bootedLab();
  const re1 = router.re('re1');
  const text = await commitFrom(router.re('re0'), 'delete chassis redundancy graceful-switchover\nset chassis redundancy failover on-loss-of-keepalives');
  assert.match(text, /^re0:\nconfiguration check succeeds\nre1:\ncommit complete\nre0:\ncommit complete$/);
  clock.advance(60_000);
  router.faults.halt('re0');
  clock.advance(299_999);
  assert.equal(re1.role, 'backup');
  clock.advance(1);
  assert.equal(re1.role, 'master');
  assert.equal(re1.mastershipLog().at(-1), 'Mar 11 09:06:10 mastership: no keepalive from routing engine 0 for 300 seconds, taking mastership');
});

test('a manual switch moves mastership, rpd and the master-only address; the old master gets its backup-router route back', () => {
  const { router, clock } = bootedLab();
  const [re0, re1] = [router.re('re0'), router.re('re1')];
  clock.advance(240_000);
  const reply = re0.chassisd.request({ action: 'switch' });
  assert.equal(reply.ok, true);
  assert.deepEqual([re0.role, re1.role], ['backup', 'master']);
  assert.ok(!fib(re0).includes('10.255.0.10/32 intf'));
  assert.ok(fib(re1).includes('10.255.0.10/32 intf'));
  assert.equal(re0.rpd?.status(), 'down');
  assert.ok(fib(re0).includes('10.0.0.0/8 user'));
  clock.advance(1000);
  assert.equal(re1.rpd?.status(), 'up');
});

test('an rpd crash on the master leaves its routes; the backup-router route does not come back (procedure 8.4)', () => {
  const { router, clock } = bootedLab();
  const re0 = router.re('re0');
  const before = fib(re0);
  assert.deepEqual(router.faults.crashRpd('re0'), { ok: true });
  assert.ok(re0.messages().at(-1)?.endsWith('r1-re0 init: routing (PID 1764) terminated by signal number 11. Core dumped!'));
  clock.advance(60_000);
  assert.equal(re0.rpd?.status(), 'crashed');
  assert.deepEqual(fib(re0), before);
  assert.equal(re0.showRoute().ok, false);
  assert.deepEqual(router.faults.crashRpd('re0'), { ok: false, message: 'rpd is not running on re0' });
});

test('an rpd crash with a restart that fails: init spawns it, it exits at once, until the fault is cleared', async () => {
  const { router, clock } = bootedLab();
  const re0 = router.re('re0');
  router.faults.crashRpd('re0', { restartAfterMs: 1000, failToStart: true });
  clock.advance(1000);
  assert.equal(re0.rpd?.status(), 'down');
  assert.ok(re0.messages().at(-1)?.endsWith('init: routing (PID 1765) exited with status=1'));
  router.faults.setRpdFailToStart('re0', false);
  const lines = await re0.rpd?.restart();
  assert.deepEqual(lines, ['Routing protocols process started, pid 1766']);
  assert.equal(re0.rpd?.status(), 'up');
});

test('a cut internal link: keepalives stop, commits do not synchronize; restored, one master remains', async () => {
  const { router, clock } = bootedLab();
  const [re0, re1] = [router.re('re0'), router.re('re1')];
  assert.deepEqual(router.faults.cutLink(), { ok: true });
  assert.ok(re0.messages().at(-1)?.endsWith('r1-re0 /kernel: em0: link state changed to DOWN'));
  assert.equal(await commitFrom(re0, 'set system name-server 10.20.0.53'), UNREACHABLE);
  clock.advance(2000);
  assert.deepEqual([re0.role, re1.role], ['master', 'master'], 'with GRES the backup takes over after 2 s');
  clock.advance(10_000);
  assert.deepEqual(router.faults.state().linkCut, true);
  router.faults.restoreLink();
  clock.advance(1000);
  assert.deepEqual([re0.role, re1.role], ['backup', 'master'], 'the later master keeps mastership');
  assert.equal(router.master()?.slot, 're1');
  assert.ok(!fib(re0).includes('10.255.0.10/32 intf'));
});

test('a disk failure with failover on-disk-failure: the backup takes over, the alarm is raised, commits fail', async () => {
  const { router } = bootedLab();
  const [re0, re1] = [router.re('re0'), router.re('re1')];
  await commitFrom(re0, 'set chassis redundancy failover on-disk-failure');
  assert.deepEqual(router.faults.failDisk('re0'), { ok: true });
  assert.deepEqual([re0.role, re1.role], ['backup', 'master']);
  assert.ok(alarmTexts(re1).includes('Routing Engine 0 Hard Disk Error'));
  assert.ok(re0.messages().some((line) => line.endsWith('CHASSISD_RE_DISK_FAILURE: Hard disk failure on Routing Engine 0')));
  assert.match(await commitFrom(re0, 'set system name-server 10.20.0.53', { noSynchronize: true }), /disk failure/);
  assert.deepEqual(router.faults.state().re0.diskFailed, true);
  router.faults.repairDisk('re0');
  assert.equal(await commitFrom(re0, 'set system name-server 10.20.0.53', { noSynchronize: true }), 'commit complete');
});

test('removing the master makes the backup master at once; a new RE inserted boots on the factory default and fetches', () => {
  const { router, clock } = bootedLab();
  const [re0, re1] = [router.re('re0'), router.re('re1')];
  router.faults.remove('re0');
  assert.equal(re1.role, 'master');
  assert.deepEqual(states(re1), ['empty', 'master']);
  assert.ok(re1.messages().some((line) => line.endsWith('chassisd[1893]: CHASSISD_FRU_OFFLINE_NOTICE: Taking Routing Engine 0 offline: removed')));
  clock.advance(5000);
  assert.deepEqual(router.faults.insert('re0', { fresh: true }), { ok: true });
  assert.equal(re0.lastRebootReason, '0x1:power cycle/failure');
  assert.doesNotMatch(committedText(re0), /host-name/, 'the factory default');
  clock.advance(10_000);
  assert.deepEqual([re0.role, re1.role], ['backup', 'master']);
  assert.deepEqual(historyOf(re0), ['root via other', 'root via other']);
  assert.equal(committedText(re0), committedText(re1));
  assert.equal(re0.hostName, 'r1-re0');
});

test('a commit delay makes the commit wait; it is logged and can be cleared', async () => {
  const { router, clock } = bootedLab();
  const re0 = router.re('re0');
  router.faults.setCommitDelay('re0', 5000);
  assert.ok(re0.messages().at(-1)?.endsWith('mgd[1897]: UI_COMMIT_PROGRESS: commit delay set to 5000 ms'));
  let done = false;
  const commit = commitFrom(re0, 'set system name-server 10.20.0.53').then((text) => {
    done = true;
    return text;
  });
  await Promise.resolve();
  clock.advance(4999);
  await Promise.resolve();
  assert.equal(done, false);
  clock.advance(1);
  assert.match(await commit, /commit complete$/);
  router.faults.clearCommitDelay('re0');
  assert.equal(re0.commitDelayMs, 0);
});

test('with nonstop-routing the backup runs rpd in standby and takes over with its routes', async () => {
  const { router, clock } = bootedLab();
  const [re0, re1] = [router.re('re0'), router.re('re1')];
  await commitFrom(re0, 'set routing-options nonstop-routing');
  clock.advance(1000);
  assert.deepEqual([re1.rpd?.status(), re1.rpd?.mode()], ['up', 'standby']);
  assert.equal(re1.showRoute().ok, true);
  assert.ok(fib(re1).includes('10.0.0.0/8 user'), 'standby rpd leaves the backup\'s kernel alone');
  clock.advance(240_000);
  re0.chassisd.request({ action: 'switch' });
  assert.deepEqual([re1.rpd?.status(), re1.rpd?.mode()], ['up', 'active']);
  assert.deepEqual([re0.rpd?.status(), re0.rpd?.mode()], ['up', 'standby']);
});

test('an RE whose disk has failed does not boot again until the disk is repaired', () => {
  const { router, clock } = bootedLab();
  const re1 = router.re('re1');
  router.faults.failDisk('re1');
  assert.deepEqual(router.faults.reboot('re1'), { ok: false, message: 're1 cannot read its disk' });
  assert.equal(re1.power, 'halted');
  assert.ok(re1.messages().at(-1)?.endsWith('/kernel: Routing Engine 1: cannot read its disk, boot aborted'));
  router.faults.repairDisk('re1');
  assert.deepEqual(router.faults.powerOn('re1'), { ok: true });
  clock.advance(10_000);
  assert.equal(re1.role, 'backup');
  assert.deepEqual(re1.alarms(), [], 'the disk alarm went with the reboot');
});
