import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ConfigNode } from '../../config/node.js';
import { SimulatedClock } from '../../lib/clock.js';
import { Kernel } from '../kernel/kernel.js';
import { renderForwardingTable } from '../kernel/render-forwarding-table.js';
import { renderRoutes } from './render-route.js';
import { Rpd, type RpdLogEntry, type RpdOptions } from './rpd.js';
import { MAIN_LINE, expanded } from '../testing/lab-config.js';

const WITH_STATIC = `${MAIN_LINE}
set routing-options static route 172.16.0.0/12 next-hop 10.255.0.1 retain no-readvertise
set routing-options static route 192.168.0.0/16 next-hop 10.255.0.1
`;

const HEAD = 'Routing table: default.inet\nInternet:\nDestination        Type RtRef Next hop           Type Index    NhRef Netif\n';
const DEFAULT_REJECT = 'default            perm     0                    rjct       36     1\n';

interface Lab {
  readonly clock: SimulatedClock;
  readonly kernel: Kernel;
  readonly rpd: Rpd;
  readonly log: string[];
}

/** One RE booted at 14:00:00 with `config`, elected `role` at +2 s. */
function boot(config: ConfigNode, role: 'master' | 'backup' = 'master', options: Partial<RpdOptions> = {}): Lab {
  const clock = new SimulatedClock(Date.UTC(2024, 2, 11, 14, 0, 0));
  const kernel = new Kernel({ managementInterface: 'fxp0', firstIndex: 529, neighbourMac: () => '2c:6b:f5:8e:4:c1' });
  const log: string[] = [];
  const rpd = new Rpd({ clock, kernel, log: (entry: RpdLogEntry) => log.push(`${new Date(clock.now()).toISOString().slice(11, 19)} ${entry.process}: ${entry.text}`), ...options });
  kernel.start(config);
  rpd.reconfigure(config);
  clock.advance(2000);
  kernel.setRole(role);
  return { clock, kernel, rpd, log };
}

function fib(lab: Lab, destination: string): string {
  const result = lab.kernel.forwardingTable({ destination });
  assert.ok(result.ok);
  return renderForwardingTable(result.value);
}

function showRoute(lab: Lab): string {
  const result = lab.rpd.showRoute();
  return result.ok ? renderRoutes(result.value) : `error: ${result.error.message}\n`;
}

test('8.3: before rpd starts show route fails and the backup route is used; once rpd starts it is gone', () => {
  const lab = boot(expanded(MAIN_LINE));
  lab.clock.advance(1000);
  assert.equal(showRoute(lab), 'error: the routing subsystem is not running\n');
  assert.equal(fib(lab, '10.0.0.0/8'), HEAD + '10.0.0.0/8         user     0 10.255.0.1         ucst      534     2 fxp0.0\n');
  lab.clock.advance(2000);
  lab.rpd.start();
  assert.deepEqual(lab.log, ['14:00:05 init: routing (PID 1764) started']);
  assert.equal(lab.rpd.status(), 'up');
  assert.equal(fib(lab, '10.0.0.0/8'), HEAD + DEFAULT_REJECT);
});

test('show route lists the direct and local routes, the master-only address included on the master', () => {
  const lab = boot(expanded(MAIN_LINE));
  lab.rpd.start();
  lab.clock.advance(125_000);
  assert.equal(
    showRoute(lab),
    '\ninet.0: 3 destinations, 4 routes (3 active, 0 holddown, 0 hidden)\n' +
      '+ = Active Route, - = Last Active, * = Both\n\n' +
      '10.255.0.0/24      *[Direct/0] 00:02:05\n' +
      '                    >  via fxp0.0\n' +
      '                    [Direct/0] 00:02:05\n' +
      '                    >  via fxp0.0\n' +
      '10.255.0.10/32     *[Local/0] 00:02:05\n' +
      '                       Local via fxp0.0\n' +
      '10.255.0.11/32     *[Local/0] 00:02:05\n' +
      '                       Local via fxp0.0\n' +
      '\ninet6.0: 0 destinations, 0 routes (0 active, 0 holddown, 0 hidden)\n',
  );
});

test('a master-only address leaves rpd\'s tables when the RE stops being master', () => {
  const lab = boot(expanded(MAIN_LINE));
  lab.rpd.start();
  lab.kernel.setRole('backup');
  const result = lab.rpd.showRoute({ protocol: 'local' });
  assert.ok(result.ok);
  assert.deepEqual(result.value['route-table'][0]?.rt.map((rt) => rt['rt-destination']), ['10.255.0.11/32']);
});

test('8.4: a crashed rpd leaves the table as it was; restart routing then only reports the start', async () => {
  const lab = boot(expanded(MAIN_LINE), 'master', { nextPid: ((pids) => () => pids.shift() ?? 0)([9137, 9642, 9710]) });
  lab.rpd.start();
  const before = renderForwardingTable((lab.kernel.forwardingTable({ family: 'inet' }) as { ok: true; value: never }).value);
  lab.rpd.crash();
  assert.equal(lab.rpd.status(), 'crashed');
  assert.equal(showRoute(lab), 'error: the routing subsystem is not running\n');
  assert.equal(renderForwardingTable((lab.kernel.forwardingTable({ family: 'inet' }) as { ok: true; value: never }).value), before);
  assert.equal(fib(lab, '10.0.0.0/8'), HEAD + DEFAULT_REJECT);
  lab.clock.advance(60_000);
  assert.deepEqual(await lab.rpd.restart(), ['Routing protocols process started, pid 9642']);
  assert.equal(lab.rpd.status(), 'up');
  lab.clock.advance(60_000);
  const printed: string[] = [];
  const restarted = lab.rpd.restart({ onLine: (line) => printed.push(line) });
  assert.equal(lab.rpd.status(), 'down');
  lab.clock.advance(2000);
  assert.deepEqual(await restarted, ['Routing protocols process signalled but still running, waiting 28 seconds more', 'Routing protocols process started, pid 9710']);
  assert.deepEqual(printed, await restarted);
  assert.equal(fib(lab, '10.0.0.0/8'), HEAD + DEFAULT_REJECT);
  assert.deepEqual(lab.log, [
    '14:00:02 init: routing (PID 9137) started',
    '14:00:02 init: routing (PID 9137) terminated by signal number 11. Core dumped!',
    '14:01:02 init: routing (PID 9642) started',
    '14:02:02 init: routing (PID 9642) exited with status=0 Normal Exit',
    '14:02:04 init: routing (PID 9710) started',
  ]);
});

test('a normal stop removes rpd\'s static routes except those with retain; the backup route does not come back', () => {
  const lab = boot(expanded(WITH_STATIC));
  lab.rpd.start();
  assert.match(fib(lab, '192.168.1.1'), /^192\.168\.0\.0\/16 +user/m);
  lab.rpd.stop();
  assert.equal(lab.rpd.status(), 'down');
  assert.match(fib(lab, '172.16.1.1'), /^172\.16\.0\.0\/12 +user +0 10\.255\.0\.1 +ucst +534 +2 fxp0\.0$/m);
  assert.equal(fib(lab, '192.168.1.1'), HEAD + DEFAULT_REJECT);
  assert.equal(fib(lab, '10.0.0.0/8'), HEAD + DEFAULT_REJECT);
});

test('a crash leaves every route; the next rpd reinstalls what it computes and removes stale ones', () => {
  const lab = boot(expanded(WITH_STATIC));
  lab.rpd.start();
  lab.rpd.crash();
  assert.match(fib(lab, '192.168.1.1'), /^192\.168\.0\.0\/16 +user/m);
  lab.rpd.reconfigure(expanded(MAIN_LINE));
  assert.match(fib(lab, '192.168.1.1'), /^192\.168\.0\.0\/16 +user/m, 'a commit does not touch a dead rpd\'s routes');
  lab.rpd.start();
  assert.equal(fib(lab, '192.168.1.1'), HEAD + DEFAULT_REJECT);
  assert.equal(fib(lab, '172.16.1.1'), HEAD + DEFAULT_REJECT);
});

test('init restarts a crashed rpd when the fault asks for it', () => {
  const lab = boot(expanded(MAIN_LINE));
  lab.rpd.start();
  lab.rpd.crash({ restartAfterMs: 5000 });
  lab.clock.advance(4999);
  assert.equal(lab.rpd.status(), 'crashed');
  lab.clock.advance(1);
  assert.equal(lab.rpd.status(), 'up');
});

test('an rpd that fails to start leaves the backup route; show route keeps failing', async () => {
  const lab = boot(expanded(MAIN_LINE));
  lab.rpd.setFailToStart(true);
  lab.rpd.start();
  assert.equal(lab.rpd.status(), 'down');
  assert.equal(fib(lab, '10.0.0.0/8'), HEAD + '10.0.0.0/8         user     0 10.255.0.1         ucst      534     2 fxp0.0\n');
  assert.equal(showRoute(lab), 'error: the routing subsystem is not running\n');
  assert.deepEqual(await lab.rpd.restart(), ['Routing protocols process started, pid 1765']);
  assert.equal(lab.rpd.status(), 'down');
  assert.deepEqual(lab.log.slice(-2), ['14:00:02 init: routing (PID 1765) started', '14:00:02 init: routing (PID 1765) exited with status=1']);
  lab.rpd.setFailToStart(false);
  lab.rpd.start();
  assert.equal(fib(lab, '10.0.0.0/8'), HEAD + DEFAULT_REJECT);
});

test('restart routing immediately kills rpd (its routes stay until the new one installs) and starts a new one', async () => {
  const lab = boot(expanded(WITH_STATIC));
  lab.rpd.start();
  assert.deepEqual(await lab.rpd.restart({ immediately: true }), ['Routing protocols process started, pid 1765']);
  assert.equal(lab.rpd.status(), 'up');
  assert.ok(lab.log.includes('14:00:02 init: routing (PID 1764) terminated by signal number 9'));
});

test('with nonstop routing the backup RE\'s standby rpd answers show route and leaves the backup route alone', () => {
  const lab = boot(expanded(MAIN_LINE, 're1'), 'backup', { mode: 'standby' });
  lab.rpd.start();
  assert.equal(lab.rpd.status(), 'up');
  assert.match(showRoute(lab), /10\.255\.0\.12\/32 +\*\[Local\/0\]/);
  assert.equal(fib(lab, '10.0.0.0/8'), HEAD + '10.0.0.0/8         user     0 10.255.0.1         ucst      534     2 fxp0.0\n');
  lab.kernel.setRole('master');
  lab.rpd.setMode('active');
  assert.equal(fib(lab, '10.0.0.0/8'), HEAD + DEFAULT_REJECT);
});

test('a commit reaches a running rpd at once: new static routes go into the kernel', () => {
  const lab = boot(expanded(MAIN_LINE));
  lab.rpd.start();
  lab.rpd.reconfigure(expanded(`${MAIN_LINE}\nset routing-options static route 192.0.2.0/24 discard`));
  assert.match(fib(lab, '192.0.2.1'), /^192\.0\.2\.0\/24 +user +0 +dscd +34 +2$/m);
});

test('rpd stops listening to the kernel when disposed', () => {
  const lab = boot(expanded(MAIN_LINE));
  lab.rpd.start();
  lab.rpd.dispose();
  lab.kernel.setRole('backup');
  const result = lab.rpd.showRoute({ protocol: 'local' });
  assert.ok(result.ok);
  assert.equal(result.value['route-table'][0]?.rt.length, 2);
});

test('IPv6: the inet6-backup-router route leaves when rpd starts; rib inet6.0 static routes go in', () => {
  const lab = boot(expanded(`set interfaces fxp0 unit 0 family inet6 address 2001:db8:ff::11/64
set system inet6-backup-router 2001:db8:ff::1 destination 2001:db8::/32
set routing-options rib inet6.0 static route 2001:db8:aa::/48 next-hop 2001:db8:ff::1 retain`));
  assert.match(fib(lab, '2001:db8:1::1'), /^2001:db8::\/32 +user +0 2001:db8:ff::1 +ucst/m);
  lab.rpd.start();
  assert.match(fib(lab, '2001:db8:1::1'), /^default +perm +0 +rjct +44 +1$/m);
  assert.match(fib(lab, '2001:db8:aa::1'), /^2001:db8:aa::\/48 +user +0 2001:db8:ff::1 +ucst/m);
  lab.rpd.stop();
  assert.match(fib(lab, '2001:db8:aa::1'), /^2001:db8:aa::\/48 +user/m, 'retain keeps it');
});
