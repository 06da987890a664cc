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

test('the spec §7.3 example is reproduced byte for byte on a backup RE', () => {
  const k = kernel({ firstIndex: 547 });
  k.start(expanded('set system backup-router 10.255.2.1 destination 10.0.0.0/8\nset interfaces fxp0 unit 0 family inet address 10.255.2.41/24'));
  k.setRole('backup');
  assert.equal(
    table(k, { family: 'inet' }),
    HEAD +
      DEFAULT_REJECT +
      '0.0.0.0/32         perm     0                    dscd       34     1\n' +
      '10.0.0.0/8         user     0 10.255.2.1         ucst      552     2 fxp0.0\n' +
      '10.255.2.0/24      intf     0                    rslv      550     1 fxp0.0\n' +
      '10.255.2.0/32      dest     0 10.255.2.0         recv      548     1 fxp0.0\n' +
      '10.255.2.1/32      dest     0 0:0:5e:0:1:1       ucst      552     2 fxp0.0\n' +
      '10.255.2.41/32     intf     0 10.255.2.41        locl      549     2\n' +
      '10.255.2.255/32    dest     0 10.255.2.255       bcst      547     1 fxp0.0\n' +
      '224.0.0.0/4        perm     0                    mdsc       35     1\n' +
      '255.255.255.255/32 perm     0                    bcst       32     1\n',
  );
});

test('without destination the backup router is a default route (spec §7.3)', () => {
  const k = kernel({ firstIndex: 547 });
  k.start(expanded('set system backup-router 10.255.2.1\nset interfaces fxp0 unit 0 family inet address 10.255.2.41/24'));
  assert.equal(table(k, { destination: '192.0.2.1' }), HEAD + 'default            user     0 10.255.2.1         ucst      552     2 fxp0.0\n');
});

const route = (destination: string, gateway: string, retain = false) => ({
  destination: parsePrefix(destination) as IpPrefix,
  nextHop: { kind: 'gateway' as const, address: parseAddress(gateway) ?? assert.fail(gateway), interface: 'fxp0.0' },
  retain,
});

test('rpd routes share the gateway next hop with the neighbour entry, and a static default replaces default perm', () => {
  const k = kernel({ firstIndex: 600 });
  k.start(expanded('set interfaces fxp0 unit 0 family inet address 10.255.0.11/24'));
  k.setRole('master');
  k.installRoutes([route('0.0.0.0/0', '10.255.0.1'), route('192.0.2.0/24', '10.255.0.1')]);
  const text = table(k, { family: 'inet' });
  assert.match(text, /^default {12}user {5}0 10\.255\.0\.1 {9}ucst {6}605 {5}3 fxp0\.0$/m);
  assert.match(text, /^10\.255\.0\.1\/32 {6}dest {5}0 2c:6b:f5:8e:4:c1 {3}ucst {6}605 {5}3 fxp0\.0$/m);
});

test('master-only addresses are installed only on the master and move with the role', () => {
  const k = kernel();
  k.start(expanded(MAIN_LINE, 're0'));
  const addresses = (): string[] => k.logicalInterfaces().flatMap((unit) => unit.addresses.map((a) => a.text));
  assert.deepEqual(addresses(), ['10.255.0.11/24']);
  k.setRole('master');
  assert.deepEqual(addresses(), ['10.255.0.11/24', '10.255.0.10/24']);
  k.setRole('backup');
  assert.deepEqual(addresses(), ['10.255.0.11/24']);
});

test('line-card ports exist on the master only; disabled units install no address', () => {
  const k = kernel();
  const config = expanded(`set interfaces ge-0/0/0 unit 0 family inet address 192.0.2.1/24
set interfaces ge-0/0/1 unit 0 disable
set interfaces ge-0/0/1 unit 0 family inet address 198.51.100.1/24
set interfaces lo0 unit 0 family inet address 10.1.1.1/32`);
  k.start(config);
  k.setRole('backup');
  assert.deepEqual(k.interfaces().map((i) => i.name), ['fxp0', 'lo0']);
  k.setRole('master');
  assert.deepEqual(k.interfaces().map((i) => i.name), ['fxp0', 'ge-0/0/0', 'ge-0/0/1', 'lo0']);
  const text = table(k, { family: 'inet' });
  assert.match(text, /^192\.0\.2\.0\/24 +intf +0 +rslv +\d+ +1 ge-0\/0\/0\.0$/m);
  assert.match(text, /^10\.1\.1\.1\/32 +intf +0 10\.1\.1\.1 +locl +\d+ +2$/m);
  assert.doesNotMatch(text, /198\.51\.100/);
});

test('the management interface is the model\'s: re0:mgmt-0 on Junos OS Evolved', () => {
  const k = kernel({ managementInterface: 're1:mgmt-0' });
  k.start(expanded(`set interfaces re0:mgmt-0 unit 0 family inet address 10.255.0.11/24
set interfaces re1:mgmt-0 unit 0 family inet address 10.255.0.12/24
set system backup-router 10.255.0.1`, 're1'));
  k.setRole('backup');
  assert.deepEqual(k.interfaces().map((i) => i.name), ['re1:mgmt-0', 'lo0']);
  assert.match(table(k, { destination: '8.8.8.8' }), /^default +user +0 10\.255\.0\.1 +ucst +\d+ +2 re1:mgmt-0\.0$/m);
});

test('inet6-backup-router installs its routes in default.inet6', () => {
  const k = kernel({ firstIndex: 700 });
  k.start(expanded(`set interfaces fxp0 unit 0 family inet6 address 2001:db8:ff::12/64
set system inet6-backup-router 2001:db8:ff::1 destination 2001:db8::/32`));
  k.setRole('backup');
  const result = k.forwardingTable({ family: 'inet6' });
  assert.ok(result.ok);
  assert.equal(
    renderForwardingTable(result.value),
    'Routing table: default.inet6\nInternet6:\nDestination        Type RtRef Next hop           Type Index    NhRef Netif\n' +
      'default            perm     0                    rjct       44     1\n' +
      '::/128             perm     0                    dscd       42     1\n' +
      '2001:db8::/32      user     0 2001:db8:ff::1     ucst      704     2 fxp0.0\n' +
      '2001:db8:ff::/64   intf     0                    rslv      702     1 fxp0.0\n' +
      '2001:db8:ff::/128  dest     0 2001:db8:ff::      recv      700     1 fxp0.0\n' +
      '2001:db8:ff::1/128 dest     0 0:0:5e:0:1:1       ucst      704     2 fxp0.0\n' +
      '2001:db8:ff::12/128\n' +
      '                   intf     0 2001:db8:ff::12    locl      701     2\n' +
      'ff00::/8           perm     0                    mdsc       43     1\n' +
      'ff02::1/128        perm     0 ff02::1            mcst       39     1\n',
  );
  k.installRoutes([]);
  assert.equal(k.installedBackupRoutes().length, 1, 'the backup RE keeps it even if something installs');
});

test('both families are listed without family, separated by an empty line; a bad destination is an error value', () => {
  const k = kernel();
  k.start(expanded('set interfaces fxp0 unit 0 family inet address 10.255.0.11/24'));
  assert.match(table(k, {}), /255\.255\.255\.255\/32 perm +0 +bcst +32 +1\n\nRouting table: default\.inet6\n/);
  const bad = k.forwardingTable({ destination: 'fxp0' });
  assert.equal(bad.ok, false);
});

test('a halted kernel has nothing; a new boot numbers next hops afresh', () => {
  const k = kernel({ firstIndex: 556 });
  k.start(expanded(MAIN_LINE, 're1'));
  k.stop();
  assert.equal(k.status(), 'down');
  assert.equal(k.interfaces().length, 0);
  k.start(expanded(MAIN_LINE, 're1'));
  assert.match(table(k, { destination: '10.0.0.0/8' }), / 561 /);
});
