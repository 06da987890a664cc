import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RoutingEngineSlot } from '../config/groups.js';
import type { Router } from '../router/index.js';
import { bootedLab, type Lab } from '../router/test-router.js';
import { routerView, syslogLineTime } from './router-adapter.js';
import { rpcRegistry } from './rpc-table.js';

/** A router booted until ready (simulated time). */
function readyLab(): Lab {
  const lab = bootedLab({}, 1000);
  while (!lab.router.ready) lab.clock.advance(1000);
  return lab;
}

const text = (router: Router, slot: RoutingEngineSlot, rpc: string, args: Record<string, string | true> = {}): string =>
  rpcRegistry.invoke(routerView(router, slot), rpc, args).text();

test('show chassis routing-engine on a booted router shows both REs with their figures', () => {
  const { router } = readyLab();
  const engines = routerView(router, 're0').routingEngines();
  assert.deepEqual(
    engines.map((status) => [status.slot, status.state, status.electionPriority.role, status.electionPriority.byDefault, status.details !== undefined]),
    [
      ['re0', 'master', 'master', true, true],
      ['re1', 'backup', 'backup', true, true],
    ],
  );
  const out = text(router, 're0', 'get-route-engine-information');
  assert.match(out, /Slot 0:\n {4}Current state {18}Master\n/);
  assert.match(out, /Slot 1:\n {4}Current state {18}Backup\n/);
  assert.match(out, /Last reboot reason {13}0x1:power cycle\/failure/);
  router.shutdown();
});

test('a halted re1 reads Present in its slot, without figures, and is not reachable', () => {
  const { clock, router } = readyLab();
  router.faults.halt('re1');
  clock.advance(30_000);
  const view = routerView(router, 're0');
  assert.deepEqual(
    view.routingEngines().map((status) => [status.slot, status.state, status.details === undefined]),
    [
      ['re0', 'master', false],
      ['re1', 'present', true],
    ],
  );
  assert.match(text(router, 're0', 'get-route-engine-information'), /Slot 1:\n {4}Current state {17}Present\n$/);
  assert.deepEqual(view.peer('re1'), { ok: false, reason: 'No route to host' });
  assert.equal(view.inventory().modules.some((item) => item.name === 'Routing Engine 1'), true, 'a halted RE stays in the inventory');
  router.shutdown();
});

test('show chassis hardware answers on the master and is Aborted! on the backup', () => {
  const { router } = readyLab();
  assert.match(text(router, 're0', 'get-chassis-inventory'), /^Hardware inventory:\n/);
  assert.match(text(router, 're1', 'get-chassis-inventory'), /^Aborted! This command can only be used on the master routing engine\./);
  router.shutdown();
});

test('show system commit lists mgd history, newest first, REST commits as junoscript', async () => {
  const { clock, router } = readyLab();
  clock.advance(60_000);
  const master = router.re('re0');
  let done = false;
  const opened = master.database?.openSession({ user: 'lab', client: 'rest' });
  assert.equal(opened?.ok, true);
  const session = opened?.ok === true ? opened.value : assert.fail('no session');
  assert.equal(session.runCommands('set system domain-name example.net').ok, true);
  const pending = session.commit({ comment: 'CHG1' }).finally(() => (done = true));
  for (let i = 0; i < 600 && !done; i += 1) {
    clock.advance(100);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await pending;
  session.close();
  const history = routerView(router, 're0').commitHistory();
  assert.equal(history[0]?.user, 'lab');
  assert.equal(history[0]?.client, 'junoscript');
  assert.equal(history[0]?.log, 'CHG1');
  assert.equal(history.at(-1)?.user, 'root');
  const out = text(router, 're0', 'get-commit-information');
  assert.match(out, /^0 {3}2024-03-11 09:\d\d:\d\d UTC by lab via junoscript\n {4}CHG1\n1 {3}2024-03-11 09:00:00 UTC by root via other\n/);
  const committed = routerView(router, 're0').configuration('committed');
  assert.equal(committed.lastCommit?.user, 'lab');
  assert.equal(routerView(router, 're0').configuration('candidate').tree, committed.tree);
  router.shutdown();
});

test('the backup forwarding table holds the backup-router route and rpd is not running there', () => {
  const { router } = readyLab();
  const out = text(router, 're1', 'get-forwarding-table-information');
  assert.match(out, /\n10\.0\.0\.0\/8 {9}user {5}0 10\.255\.0\.1 .* fxp0\.0\n/);
  const route = routerView(router, 're1').showRoute({});
  assert.equal(route.ok, false);
  assert.equal(rpcRegistry.invoke(routerView(router, 're1'), 'get-route-information').text(), 'error: the routing subsystem is not running\n');
  router.shutdown();
});

test('show version invoke-on all-routing-engines answers for both REs, and for re0 alone once re1 is halted', () => {
  const { clock, router } = readyLab();
  const both = text(router, 're0', 'get-software-information', { 'invoke-on': 'all-routing-engines' });
  assert.match(both, /^re0:\n-{74}\nHostname: r1-re0\n/);
  assert.match(both, /\nre1:\n-{74}\nHostname: r1-re1\n/);
  router.faults.halt('re1');
  clock.advance(30_000);
  const one = text(router, 're0', 'get-software-information', { 'invoke-on': 'all-routing-engines' });
  assert.match(one, /^error: Could not connect to re1 : No route to host\nre0:\n/);
  assert.doesNotMatch(one, /re1:/);
  router.shutdown();
});

test('a cut internal link makes the other RE unreachable', () => {
  const { router } = readyLab();
  assert.equal(routerView(router, 're1').peer('re0').ok, true);
  router.faults.cutLink();
  assert.deepEqual(routerView(router, 're1').peer('re0'), { ok: false, reason: 'No route to host' });
  router.shutdown();
});

test('alarms map chassisd severity to class, newest first, type Chassis', () => {
  const { clock, router } = readyLab();
  router.faults.halt('re1');
  clock.advance(30_000);
  const alarms = routerView(router, 're0').alarms();
  assert.equal(alarms.length > 0, true);
  assert.deepEqual(
    alarms.map((alarm) => [alarm.class, alarm.description, alarm.shortDescription, alarm.type]),
    [['Minor', 'Loss of communication with Backup RE', 'Loss of communication with Backup RE', 'Chassis']],
  );
  router.shutdown();
});

test('the messages log is read from the RE, modified at its last line', () => {
  const { router } = readyLab();
  const file = routerView(router, 're1').readFile('/var/log/messages');
  assert.notEqual(file, undefined);
  assert.match(file?.text ?? '', /^Mar 11 09:00:0\d {2}r1-re1 /);
  assert.equal(file?.text.endsWith('\n'), true);
  assert.equal(routerView(router, 're1').readFile('/var/log/nothing'), undefined);
  assert.match(text(router, 're0', 'file-show', { filename: '/etc/hosts.junos' }), /hosts.junos: reserved names/);
  router.shutdown();
});

test('a syslog stamp takes the year of now, or the year before when it would be later', () => {
  const now = Date.UTC(2024, 0, 2, 0, 0, 0);
  assert.equal(syslogLineTime('Jan  1 23:59:59  r1-re0 init: x', now), Date.UTC(2024, 0, 1, 23, 59, 59));
  assert.equal(syslogLineTime('Dec 31 10:00:00  r1-re0 init: x', now), Date.UTC(2023, 11, 31, 10, 0, 0));
  assert.equal(syslogLineTime('garbage', now), undefined);
});

test('the disk, the shutdown timer and the other RE\'s interfaces through the view', () => {
  const { clock, router } = readyLab();
  const view = routerView(router, 're0');
  assert.deepEqual(view.listDisk('/config'), [{ name: 'juniper.conf.gz', directory: false }]);
  assert.deepEqual(view.listDisk('/var').map((entry) => entry.directory), view.listDisk('/var').map(() => true));
  assert.equal(view.readDiskFile('/config/juniper.conf.gz')?.modified, undefined, 'mgd\'s files have no recorded time');
  assert.deepEqual(view.writeTmpFile('/var/tmp/x', new Uint8Array([1])), { ok: true });
  assert.deepEqual(view.readDiskFile('/var/tmp/x'), { bytes: new Uint8Array([1]), modified: clock.now() });
  assert.equal(view.writeTmpFile('/etc/x', new Uint8Array()).ok, false);
  assert.ok(view.otherEngineInterfaces().some((ifd) => ifd.name === 'fxp0' && ifd.units.some((unit) => unit.addresses.some((a) => a.text === '10.255.0.12/24'))));
  view.scheduleShutdown('halt', 300);
  clock.advance(299);
  assert.equal(router.re('re0').power, 'running');
  clock.advance(1);
  assert.equal(router.re('re0').power, 'halted');
  assert.deepEqual(routerView(router, 're1').otherEngineInterfaces(), []);
  router.shutdown();
});
