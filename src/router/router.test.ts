import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SimulatedClock } from '../lib/clock.js';
import { createRouter, RouterSetupError } from './router.js';
import { bootedLab, commitFrom, committedText, fib, historyOf, MORNING } from './test-router.js';

test('boot elects re0 and installs the starter configuration on both REs', () => {
  const { router } = bootedLab();
  assert.equal(router.master()?.slot, 're0');
  assert.equal(router.backup()?.slot, 're1');
  assert.equal(router.ready, true);
  for (const re of router.engines) {
    assert.deepEqual(historyOf(re), ['root via other']);
    assert.equal(re.commitHistory()[0]?.time, MORNING);
    assert.equal(re.hostName, `r1-${re.slot}`);
    assert.equal(re.softwareVersion, '17.3R1.10');
    assert.equal(re.lastRebootReason, '0x1:power cycle/failure');
  }
  assert.equal(committedText(router.re('re0')), committedText(router.re('re1')));
  const text = committedText(router.re('re0'));
  assert.match(text, /^version 17\.3R1\.10;/);
  assert.match(text, /host-name r1-re1;/);
  assert.match(text, /commit \{\n {8}synchronize;/);
  assert.match(text, /graceful-switchover;/);
  assert.match(text, /user lab \{\n {12}uid 2000;\n {12}class super-user;/);
  assert.deepEqual(router.re('re0').alarms(), []);
});

test('the boot follows procedure 8.3: kernel, mgd, chassisd, dcd, then rpd on the master', () => {
  const clock = new SimulatedClock(MORNING);
  const router = createRouter({ name: 'r1', clock, memory: true, initialConfig: 'set interfaces ge-0/0/0 unit 0 family inet address 192.0.2.1/24\nset system root-authentication encrypted-password "$1$abc$def"' });
  router.boot();
  const re0 = router.re('re0');
  assert.deepEqual([re0.stage, re0.role], ['kernel', 'none']);
  clock.advance(1000);
  assert.equal(re0.stage, 'mgd');
  clock.advance(1000);
  assert.deepEqual([re0.stage, re0.role, router.re('re1').role], ['chassisd', 'master', 'backup']);
  assert.equal(re0.interfaces().some((ifd) => ifd.name === 'ge-0/0/0'), false, 'not before dcd');
  clock.advance(1000);
  assert.equal(re0.stage, 'up');
  assert.equal(re0.interfaces().some((ifd) => ifd.name === 'ge-0/0/0'), true);
  assert.equal(re0.rpd?.status(), 'down');
  assert.equal(router.ready, false);
  clock.advance(2000);
  assert.equal(re0.rpd?.status(), 'up');
  assert.equal(router.re('re1').rpd?.status(), 'down');
  assert.equal(router.ready, true);
  assert.ok(re0.messages().includes('Mar 11 09:00:05  re0 init: routing (PID 1764) started'));
});

test('the backup-router route is in both tables until rpd starts, then only in the backup\'s (procedure 8.1 to 8.3)', () => {
  const { router, clock } = bootedLab({}, 0);
  const [re0, re1] = router.engines as [typeof router.engines[0], typeof router.engines[0]];
  assert.ok(fib(re0).includes('10.0.0.0/8 user'));
  assert.ok(fib(re1).includes('10.0.0.0/8 user'));
  assert.ok(!fib(re0).includes('10.255.0.10/32 intf'), 'no master-only address before the election');
  clock.advance(2000);
  assert.ok(fib(re0).includes('10.255.0.10/32 intf'), 'the master-only address comes with mastership');
  assert.ok(!fib(re1).includes('10.255.0.10/32 intf'));
  clock.advance(3000);
  assert.ok(!fib(re0).includes('10.0.0.0/8 user'), 'gone once rpd runs');
  assert.ok(fib(re1).includes('10.0.0.0/8 user'), 'stays on the backup');
  assert.deepEqual(re1.showRoute(), { ok: false, error: { code: 'routing-not-running', message: 'the routing subsystem is not running' } });
});

test('a commit synchronize from re0 changes both REs', async () => {
  const { router } = bootedLab();
  const text = await commitFrom(router.re('re0'), 'set system domain-name example.net', { synchronize: true });
  assert.equal(text, ['re0:', 'configuration check succeeds', 're1:', 'commit complete', 're0:', 'commit complete'].join('\n'));
  for (const re of router.engines) {
    assert.match(committedText(re), /domain-name example\.net;/);
    assert.deepEqual(historyOf(re), ['lab via cli', 'root via other']);
  }
  assert.ok(router.re('re0').messages().some((line) => line.includes("mgd[1897]: UI_COMMIT: User 'lab' requested 'commit synchronize' operation")));
});

test('the inventory lists the REs in their slots, with serials derived from the name', () => {
  const { router } = bootedLab();
  const names = (): string[] => router.inventory().modules.map((item) => item.name);
  assert.ok(names().includes('Routing Engine 1'));
  router.faults.remove('re1');
  assert.ok(!names().includes('Routing Engine 1'));
  assert.equal(router.inventory().serialNumber, createRouter({ name: 'r1', clock: router.clock }).inventory().serialNumber);
  assert.notEqual(router.inventory().serialNumber, createRouter({ name: 'r2', clock: router.clock }).inventory().serialNumber);
});

test('a PTX10008 uses re0:mgmt-0 and re1:mgmt-0 and runs GRES without configuring it', () => {
  const { router } = bootedLab({ model: 'ptx10008', initialConfig: 'set system host-name p1\nset system root-authentication encrypted-password "$1$abc$def"\nset groups re0 interfaces re0:mgmt-0 unit 0 family inet address 10.1.0.11/24\nset groups re1 interfaces re1:mgmt-0 unit 0 family inet address 10.1.0.12/24\nset apply-groups [ re0 re1 ]' });
  assert.equal(router.re('re1').managementInterface, 're1:mgmt-0');
  assert.ok(fib(router.re('re1')).includes('10.1.0.12/32 intf'));
  assert.equal(router.re('re0').softwareVersion, '22.4R3.25-EVO');
  const answer = router.re('re1').switchoverInformation();
  assert.equal(answer.kind === 'information' && answer.information['switchover-state'], 'On');
});

test('the starter configuration of a PTX10008 names its management interfaces', () => {
  const { router } = bootedLab({ model: 'PTX10008' });
  assert.match(committedText(router.re('re0')), /re1:mgmt-0 \{/);
  assert.ok(fib(router.re('re1')).includes('10.255.0.12/32 intf'));
});

test('createRouter refuses an unknown model and an initial configuration with errors', () => {
  const clock = new SimulatedClock(MORNING);
  assert.throws(() => createRouter({ name: 'r1', clock, model: 'mx10003' }), RouterSetupError);
  assert.throws(
    () => createRouter({ name: 'r1', clock, initialConfig: 'set chassis redundancy routing-engine 0 master\nset chassis redundancy routing-engine 1 master' }),
    (error: unknown) => error instanceof RouterSetupError && error.issues.length > 0,
  );
});

test('shutdown halts both REs and leaves nothing on the clock; boot powers them on again', () => {
  const { router, clock } = bootedLab();
  router.shutdown();
  assert.deepEqual(router.engines.map((re) => re.power), ['halted', 'halted']);
  assert.equal(clock.pending, 0);
  router.boot();
  clock.advance(10_000);
  assert.equal(router.ready, true);
  assert.equal(router.re('re0').lastRebootReason, 'Router rebooted after a normal shutdown.');
});
