import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAddress, parsePrefix, type IpPrefix } from '../../lib/ip.js';
import { Kernel, type KernelOptions } from './kernel.js';
import { renderForwardingTable } from './render-forwarding-table.js';
import { LAB_MAC, MAIN_LINE, expanded } from '../testing/lab-config.js';

function kernel(options: Partial<KernelOptions> = {}): Kernel {
  return new Kernel({ managementInterface: 'fxp0', neighbourMac: LAB_MAC, ...options });
}

function table(k: Kernel, query: Parameters<Kernel['forwardingTable']>[0]): string {
  const result = k.forwardingTable(query);
  assert.ok(result.ok);
  return renderForwardingTable(result.value);
}

const HEAD = 'Routing table: default.inet\nInternet:\nDestination        Type RtRef Next hop           Type Index    NhRef Netif\n';
const DEFAULT_REJECT = 'default            perm     0                    rjct       36     1\n';

test('8.1: on the backup RE the backup-router route is present and the master-only address is not', () => {
  const k = kernel({ firstIndex: 556 });
  k.start(expanded(MAIN_LINE, 're1'));
  k.setRole('backup');
  assert.equal(table(k, { destination: '10.0.0.0/8' }), HEAD + '10.0.0.0/8         user     0 10.255.0.1         ucst      561     2 fxp0.0\n');
  assert.equal(
    table(k, { family: 'inet' }),
    HEAD +
      DEFAULT_REJECT +
      '0.0.0.0/32         perm     0                    dscd       34     1\n' +
      '10.0.0.0/8         user     0 10.255.0.1         ucst      561     2 fxp0.0\n' +
      '10.255.0.0/24      intf     0                    rslv      559     1 fxp0.0\n' +
      '10.255.0.0/32      dest     0 10.255.0.0         recv      557     1 fxp0.0\n' +
      '10.255.0.1/32      dest     0 2c:6b:f5:8e:4:c1   ucst      561     2 fxp0.0\n' +
      '10.255.0.12/32     intf     0 10.255.0.12        locl      558     2\n' +
      '10.255.0.255/32    dest     0 10.255.0.255       bcst      556     1 fxp0.0\n' +
      '224.0.0.0/4        perm     0                    mdsc       35     1\n' +
      '255.255.255.255/32 perm     0                    bcst       32     1\n',
  );
});

test('8.1: the backup route stays on the backup RE even with a standby rpd (NSR), which installs nothing', () => {
  const k = kernel({ firstIndex: 556 });
  k.start(expanded(MAIN_LINE, 're1'));
  k.setRole('backup');
  k.rpdStopped();
  assert.equal(k.installedBackupRoutes().length, 1);
});

test('8.2: on the master with rpd running the backup route is gone and the gateway entry is referenced once', () => {
  // re0's numbers in 8.2 come from its history: fxp0 .11 at boot, the master-only address
  // and the backup router added later by commits while rpd ran.
  const k = kernel({ firstIndex: 609 });
  k.start(expanded('set interfaces fxp0 unit 0 family inet address 10.255.0.11/24'));
  k.setRole('master');
  k.installRoutes([]);
  k.reconfigure(expanded(MAIN_LINE, 're0'));
  assert.equal(table(k, { destination: '10.0.0.0/8' }), HEAD + DEFAULT_REJECT);
  assert.equal(
    table(k, { family: 'inet' }),
    HEAD +
      DEFAULT_REJECT +
      '0.0.0.0/32         perm     0                    dscd       34     1\n' +
      '10.255.0.0/24      intf     0                    rslv      612     1 fxp0.0\n' +
      '10.255.0.0/32      dest     0 10.255.0.0         recv      610     1 fxp0.0\n' +
      '10.255.0.1/32      dest     0 2c:6b:f5:8e:4:c1   ucst      615     1 fxp0.0\n' +
      '10.255.0.10/32     intf     0 10.255.0.10        locl      614     2\n' +
      '10.255.0.11/32     intf     0 10.255.0.11        locl      611     2\n' +
      '10.255.0.255/32    dest     0 10.255.0.255       bcst      609     1 fxp0.0\n' +
      '224.0.0.0/4        perm     0                    mdsc       35     1\n' +
      '255.255.255.255/32 perm     0                    bcst       32     1\n',
  );
});

test('8.3: at a cold start the route is there before rpd starts and gone after', () => {
  const k = kernel({ firstIndex: 529 });
  k.start(expanded(MAIN_LINE, 're0'));
  k.setRole('master');
  assert.equal(table(k, { destination: '10.0.0.0/8' }), HEAD + '10.0.0.0/8         user     0 10.255.0.1         ucst      534     2 fxp0.0\n');
  k.installRoutes([]);
  assert.equal(table(k, { destination: '10.0.0.0/8' }), HEAD + DEFAULT_REJECT);
});

test('8.3: the backup RE keeps its route while the master loses its own', () => {
  const re0 = kernel();
  const re1 = kernel();
  re0.start(expanded(MAIN_LINE, 're0'));
  re1.start(expanded(MAIN_LINE, 're1'));
  re0.setRole('master');
  re1.setRole('backup');
  re0.installRoutes([]);
  assert.equal(re0.installedBackupRoutes().length, 0);
  assert.equal(re1.installedBackupRoutes().length, 1);
});

test('an rpd that never starts (or fails to start) leaves the backup route in place', () => {
  const k = kernel();
  k.start(expanded(MAIN_LINE, 're0'));
  k.setRole('master');
  k.rpdCrashed();
  assert.equal(k.installedBackupRoutes().length, 1);
});

test('8.4: the backup route does not come back when rpd crashes or stops', () => {
  const k = kernel();
  k.start(expanded(MAIN_LINE, 're0'));
  k.setRole('master');
  k.installRoutes([]);
  k.rpdCrashed();
  assert.equal(table(k, { destination: '10.0.0.0/8' }), HEAD + DEFAULT_REJECT);
  k.installRoutes([]);
  k.rpdStopped();
  assert.equal(table(k, { destination: '10.0.0.0/8' }), HEAD + DEFAULT_REJECT);
  k.reconfigure(expanded(MAIN_LINE, 're0'));
  assert.equal(k.installedBackupRoutes().length, 0, 'a commit that changes nothing changes nothing');
});

test('8.5: an off-subnet backup router installs nothing; the rollback brings the route back at commit', () => {
  const k = kernel({ firstIndex: 556 });
  k.start(expanded(MAIN_LINE, 're1'));
  k.setRole('backup');
  k.reconfigure(expanded(`${MAIN_LINE}\nset groups re1 system backup-router 10.255.1.1 destination 10.0.0.0/8`, 're1'));
  assert.equal(table(k, { destination: '10.0.0.0/8' }), HEAD + DEFAULT_REJECT);
  assert.equal(k.forwardingTable({ destination: '10.255.1.1' }).ok, true);
  k.reconfigure(expanded(MAIN_LINE, 're1'));
  assert.equal(table(k, { destination: '10.0.0.0/8' }), HEAD + '10.0.0.0/8         user     0 10.255.0.1         ucst      561     2 fxp0.0\n');
});

test('9.B15: a backup-router change takes effect at commit where rpd is not running, and waits where it runs', () => {
  const running = kernel();
  const crashed = kernel();
  for (const k of [running, crashed]) {
    k.start(expanded(MAIN_LINE, 're0'));
    k.setRole('master');
    k.installRoutes([]);
  }
  crashed.rpdCrashed();
  const changed = expanded(`${MAIN_LINE}\nset groups re0 system backup-router 10.255.0.1 destination 172.16.0.0/12`, 're0');
  running.reconfigure(changed);
  crashed.reconfigure(changed);
  assert.equal(running.installedBackupRoutes().length, 0);
  assert.equal(crashed.installedBackupRoutes().length, 1);
  assert.equal(crashed.installedBackupRoutes()[0]?.destinations.length, 2);
});

test('a switchover back to backup puts the backup route back (procedure.md 8.1 after section 7)', () => {
  const k = kernel();
  k.start(expanded(MAIN_LINE, 're1'));
  k.setRole('master');
  k.installRoutes([]);
  assert.equal(k.installedBackupRoutes().length, 0);
  k.rpdStopped();
  k.setRole('backup');
  assert.equal(k.installedBackupRoutes().length, 1);
});

const route = (destination: string, gateway: string, retain = false) => ({
  destination: parsePrefix(destination) as IpPrefix,
  nextHop: { kind: 'gateway' as const, address: parseAddress(gateway) ?? assert.fail(gateway), interface: 'fxp0.0' },
  retain,
});

test('a normal rpd stop removes its routes except those with retain; a crash leaves them all', () => {
  const k = kernel();
  k.start(expanded(MAIN_LINE, 're0'));
  k.setRole('master');
  k.installRoutes([route('10.0.0.0/8', '10.255.0.1', true), route('172.16.0.0/12', '10.255.0.1')]);
  k.rpdCrashed();
  assert.equal(k.rpdRoutes().length, 2);
  k.installRoutes([route('10.0.0.0/8', '10.255.0.1', true), route('172.16.0.0/12', '10.255.0.1')]);
  k.rpdStopped();
  assert.deepEqual(k.rpdRoutes().map((r) => r.destination.length), [8]);
  assert.match(table(k, { destination: '10.1.2.3' }), /^10\.0\.0\.0\/8 +user +0 10\.255\.0\.1 +ucst +\d+ +2 fxp0\.0$/m);
});

test('8.6: two routers as each other\'s backup router: a backup RE leaves through fxp0, the other router\'s master has the subnet on a data port', () => {
  const r1Re1 = kernel();
  r1Re1.start(expanded(`${MAIN_LINE}
set interfaces xe-0/0/0 unit 0 family inet address 10.20.0.2/24
set interfaces xe-0/0/9 unit 0 family inet address 10.255.1.1/24`, 're1'));
  r1Re1.setRole('backup');
  assert.equal(table(r1Re1, { destination: '10.20.0.3' }), HEAD + '10.0.0.0/8         user     0 10.255.0.1         ucst      565     2 fxp0.0\n');
  const r2Re0 = kernel();
  r2Re0.start(expanded(`set interfaces fxp0 unit 0 family inet address 10.255.1.11/24
set system backup-router 10.255.1.1 destination 10.0.0.0/8
set interfaces xe-0/0/0 unit 0 family inet address 10.20.0.3/24
set interfaces xe-0/0/9 unit 0 family inet address 10.255.0.1/24`));
  r2Re0.setRole('master');
  r2Re0.installRoutes([]);
  assert.equal(table(r2Re0, { destination: '10.255.0.12' }), HEAD + '10.255.0.0/24      intf     0                    rslv      574     1 xe-0/0/9.0\n');
});
