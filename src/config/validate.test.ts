import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from '../../test/support/fixtures.js';
import { junosSchema } from '../schema/junos.js';
import { formatIssue, type ConfigIssue } from './errors.js';
import { expandGroups } from './groups.js';
import { loadConfiguration } from './load.js';
import type { ConfigNode } from './node.js';
import { backupRouterReachable, checkoutFailedLine, commitFailedLine, managementInterfaceFor, validateConfig, type ValidateOptions } from './validate.js';

type Re = 're0' | 're1';

function load(text: string): ConfigNode {
  const { tree, issues } = loadConfiguration(text, junosSchema);
  assert.deepEqual(issues, [], 'the test configuration must parse');
  return tree;
}

/** Loads, expands for `re` and validates, as a commit on that RE would. */
function check(text: string, re: Re = 're0', options: Partial<ValidateOptions> = {}): ConfigIssue[] {
  const source = load(text);
  return validateConfig(expandGroups(source, { re }).tree, { re, source, ...options });
}

const shown = (issues: readonly ConfigIssue[]): string => issues.map((issue) => formatIssue(issue)).join('\n');

const reference = fixture('procedure-reference.conf');
const BASE = ['set system host-name r1', 'set system login user lab class super-user'];
const lines = (...more: string[]): string => [...BASE, ...more].join('\n');

test('the reference configuration has no issue on either RE', () => {
  assert.deepEqual(check(reference, 're0'), []);
  assert.deepEqual(check(reference, 're1'), []);
});

test('a user without a class misses a mandatory statement, reported on the user', () => {
  const issues = check('set system login user lab uid 2001');
  assert.equal(shown(issues), "[edit system login]\n  'user lab'\n    Missing mandatory statement: 'class'");
  assert.equal(issues[0]?.code, 'missing-mandatory');
  assert.equal(issues[0]?.badElement, 'user lab');
  assert.equal(checkoutFailedLine(issues), 'error: configuration check-out failed: (missing mandatory statements)');
  assert.equal(commitFailedLine(issues), 'error: commit failed: (missing mandatory statements)');
});

test('a deactivated mandatory statement counts as missing, a deactivated user is not checked', () => {
  assert.equal(
    shown(check(lines('set system login user ops uid 2002', 'set system login user ops class operator', 'deactivate system login user ops class'))),
    "[edit system login]\n  'user ops'\n    Missing mandatory statement: 'class'",
  );
  assert.deepEqual(check(lines('set system login user ops uid 2002', 'deactivate system login user ops')), []);
});

test('a backup-router without its address misses the address', () => {
  assert.equal(shown(check(lines('set system backup-router destination 10.0.0.0/8'))), "[edit system]\n  'backup-router'\n    Missing mandatory statement: 'address'");
});

test('both Routing Engines configured master is refused', () => {
  const issues = check(lines('set chassis redundancy routing-engine 0 master', 'set chassis redundancy routing-engine 1 master'));
  assert.equal(shown(issues), "[edit chassis redundancy]\n  'routing-engine 1'\n    Both Routing Engines cannot be configured as master");
  assert.equal(checkoutFailedLine(issues), 'error: configuration check-out failed');
  assert.equal(commitFailedLine(issues), 'error: configuration check-out failed');
  assert.deepEqual(check(lines('set chassis redundancy routing-engine 0 master', 'set chassis redundancy routing-engine 1 backup')), []);
  assert.deepEqual(check(lines('set chassis redundancy routing-engine 0 master', 'set chassis redundancy routing-engine 1 master', 'deactivate chassis redundancy routing-engine 1')), []);
});

test('nonstop-routing needs graceful switchover and commit synchronize', () => {
  assert.equal(
    shown(check(lines('set routing-options nonstop-routing'))),
    [
      "[edit routing-options]\n  'nonstop-routing'\n    Graceful switchover configuration is required for nonstop-routing",
      "[edit routing-options]\n  'nonstop-routing'\n    commit synchronize should be configured with NSR",
    ].join('\n'),
  );
  assert.equal(
    shown(check(lines('set routing-options nonstop-routing', 'set chassis redundancy graceful-switchover'))),
    "[edit routing-options]\n  'nonstop-routing'\n    commit synchronize should be configured with NSR",
  );
  assert.deepEqual(check(lines('set routing-options nonstop-routing', 'set chassis redundancy graceful-switchover', 'set system commit synchronize')), []);
  assert.deepEqual(check(lines('set routing-options nonstop-routing', 'deactivate routing-options nonstop-routing')), []);
});

test('a deactivated commit synchronize does not satisfy nonstop-routing', () => {
  const issues = check(lines('set routing-options nonstop-routing', 'set chassis redundancy graceful-switchover', 'set system commit synchronize', 'deactivate system commit synchronize'));
  assert.deepEqual(issues.map((issue) => issue.message), ['commit synchronize should be configured with NSR']);
});

test('keepalive-time cannot be set together with graceful switchover', () => {
  const issues = check(lines('set chassis redundancy keepalive-time 300', 'set chassis redundancy graceful-switchover'));
  assert.equal(shown(issues), "[edit chassis redundancy]\n  'keepalive-time 300'\n    'keepalive-time' cannot be configured if 'graceful-switchover' is configured");
  assert.equal(checkoutFailedLine(issues), 'error: configuration check-out failed: (statements constraint check failed)');
  assert.equal(commitFailedLine(issues), 'error: commit failed: (statements constraint check failed)');
  assert.deepEqual(check(lines('set chassis redundancy keepalive-time 300', 'set chassis redundancy failover on-loss-of-keepalives')), []);
});

test('a backup router off the fxp0 subnet warns on that RE only, as in procedure 8.5', () => {
  const at = reference.lastIndexOf('backup-router 10.255.0.1');
  const changed = `${reference.slice(0, at)}backup-router 10.255.1.1${reference.slice(at + 'backup-router 10.255.0.1'.length)}`;
  const re1 = check(changed, 're1');
  assert.equal(
    shown(re1),
    "[edit system]\n  'backup-router 10.255.1.1'\n    warning: backup-router 10.255.1.1 is not on a subnet of fxp0.0; backup route not installed",
  );
  assert.equal(re1[0]?.severity, 'warning');
  assert.equal(checkoutFailedLine(re1), undefined);
  assert.equal(commitFailedLine(re1), undefined);
  assert.deepEqual(check(changed, 're0'), []);
});

test('a backup router still warns when the management interface has no address', () => {
  assert.equal(
    shown(check(lines('set system backup-router 10.255.0.1 destination 10.0.0.0/8'))),
    "[edit system]\n  'backup-router 10.255.0.1'\n    warning: backup-router 10.255.0.1 is not on a subnet of fxp0.0; backup route not installed",
  );
});

test('the warning names the unit that holds the management addresses', () => {
  const issues = check(lines('set system backup-router 10.9.9.1', 'set interfaces fxp0 unit 5 family inet address 10.255.0.11/24'));
  assert.match(issues[0]?.message ?? '', /not on a subnet of fxp0\.5;/);
});

test('an inactive management address does not make the backup router reachable', () => {
  const issues = check(lines('set system backup-router 10.255.0.1', 'set interfaces fxp0 unit 0 family inet address 10.255.0.11/24', 'deactivate interfaces fxp0 unit 0 family inet address 10.255.0.11/24'));
  assert.equal(issues.length, 1);
  assert.equal(issues[0]?.severity, 'warning');
});

test('backupRouterReachable gives the unit, address and subnet the route would use', () => {
  const expanded = expandGroups(load(reference), { re: 're0' }).tree;
  assert.deepEqual(backupRouterReachable(expanded, 'fxp0'), {
    family: 'inet',
    gateway: '10.255.0.1',
    destinations: ['10.0.0.0/8'],
    interfaceUnit: 'fxp0.0',
    address: '10.255.0.11/24',
    subnet: '10.255.0.0/24',
  });
  assert.equal(backupRouterReachable(expanded, 'em0'), undefined);
  assert.equal(backupRouterReachable(expanded, 'fxp0', 'inet6'), undefined);
});

test('backupRouterReachable prefers the RE own address over the master-only one', () => {
  const expanded = load(lines(
    'set system backup-router 10.255.0.1',
    'set interfaces fxp0 unit 0 family inet address 10.255.0.10/24 master-only',
    'set interfaces fxp0 unit 0 family inet address 10.255.0.12/24',
  ));
  assert.equal(backupRouterReachable(expanded)?.address, '10.255.0.12/24');
});

test('an IPv6 backup router on a subnet of an inet6 address is reachable, off it warns', () => {
  const base = ['set interfaces fxp0 unit 0 family inet6 address 2001:db8:0:1::11/64'];
  const good = lines(...base, 'set system inet6-backup-router 2001:db8:0:1::1 destination 2001:db8:ff::/48');
  assert.deepEqual(check(good), []);
  assert.deepEqual(backupRouterReachable(load(good), 'fxp0', 'inet6'), {
    family: 'inet6',
    gateway: '2001:db8:0:1::1',
    destinations: ['2001:db8:ff::/48'],
    interfaceUnit: 'fxp0.0',
    address: '2001:db8:0:1::11/64',
    subnet: '2001:db8:0:1::/64',
  });
  assert.equal(
    shown(check(lines(...base, 'set system inet6-backup-router 2001:db8:0:2::1'))),
    "[edit system]\n  'inet6-backup-router 2001:db8:0:2::1'\n    warning: inet6-backup-router 2001:db8:0:2::1 is not on a subnet of fxp0.0; backup route not installed",
  );
});

test('an IPv4 address does not make an IPv6 backup router reachable, nor the reverse', () => {
  const issues = check(lines('set interfaces fxp0 unit 0 family inet address 10.255.0.11/24', 'set system inet6-backup-router 2001:db8::1'));
  assert.deepEqual(issues.map((issue) => issue.statement), ['inet6-backup-router 2001:db8::1']);
});

test('a link-local IPv6 backup router is on-link wherever fxp0 has family inet6', () => {
  assert.deepEqual(check(lines('set interfaces fxp0 unit 0 family inet6 address 2001:db8::11/64', 'set system inet6-backup-router fe80::1')), []);
  assert.equal(check(lines('set interfaces fxp0 unit 0 family inet address 10.0.0.1/24', 'set system inet6-backup-router fe80::1')).length, 1);
});

test('the management interface can be em0, or this RE mgmt-0 on Junos OS Evolved', () => {
  const em0 = lines('set system backup-router 10.255.0.1', 'set interfaces em0 unit 0 family inet address 10.255.0.11/24');
  assert.equal(check(em0).length, 1);
  assert.deepEqual(check(em0, 're0', { managementInterface: 'em0' }), []);
  assert.equal(managementInterfaceFor('re1', 'mgmt-0'), 're1:mgmt-0');
  assert.equal(managementInterfaceFor('re0'), 'fxp0');
  const evo = lines('set system backup-router 10.255.0.1', 'set interfaces re1:mgmt-0 unit 0 family inet address 10.255.0.12/24');
  assert.deepEqual(check(evo, 're1', { managementInterface: 'mgmt-0' }), []);
  assert.match(check(evo, 're0', { managementInterface: 'mgmt-0' })[0]?.message ?? '', /of re0:mgmt-0\.0;/);
});

test('the same address on two logical interfaces warns on the later one', () => {
  const issues = check(lines('set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24', 'set interfaces ge-0/0/1 unit 0 family inet address 10.0.0.1/30'));
  assert.equal(
    shown(issues),
    "[edit interfaces ge-0/0/1 unit 0 family inet]\n  'address 10.0.0.1/30'\n    warning: identical local address 10.0.0.1 is found on ge-0/0/0.0; this address is ignored",
  );
  assert.equal(checkoutFailedLine(issues), undefined);
  assert.deepEqual(check(lines('set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24', 'set interfaces ge-0/0/0 unit 0 family inet address 10.0.1.1/24')), []);
  assert.deepEqual(check(lines('set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24', 'set interfaces ge-0/0/1 unit 0 family inet address 10.0.0.1/30', 'deactivate interfaces ge-0/0/1')), []);
  assert.deepEqual(check(lines('set interfaces ge-0/0/0 unit 0 family inet6 address fe80::1/64', 'set interfaces ge-0/0/1 unit 0 family inet6 address fe80::1/64')), []);
  assert.equal(check(lines('set interfaces ge-0/0/0 unit 0 family inet6 address 2001:db8::1/64', 'set interfaces ge-0/0/1 unit 7 family inet6 address 2001:0db8::1/126')).length, 1);
});

test('a user class must be predefined or defined under system login class', () => {
  const issues = check(lines('set system login user ops class admins'));
  assert.equal(shown(issues), "[edit system login user ops]\n  'class admins'\n    referenced class 'admins' must be defined");
  assert.equal(checkoutFailedLine(issues), 'error: configuration check-out failed: (statements constraint check failed)');
  assert.deepEqual(check(lines('set system login user ops class admins', 'set system login class admins permissions all')), []);
  for (const predefined of ['operator', 'read-only', 'super-user', 'superuser', 'unauthorized']) {
    assert.deepEqual(check(lines(`set system login user ops class ${predefined}`)), [], predefined);
  }
});

test('a static next hop of the other family is refused', () => {
  const issues = check(lines('set routing-options static route 10.0.0.0/8 next-hop 2001:db8::1', 'set routing-options static route 10.1.0.0/16 next-hop 10.255.0.1'));
  assert.equal(
    shown(issues),
    "[edit routing-options static route 10.0.0.0/8]\n  'next-hop 2001:db8::1'\n    next-hop 2001:db8::1 does not match the address family of the route",
  );
  assert.equal(checkoutFailedLine(issues), 'error: configuration check-out failed');
});

test('a static next hop that is neither an address nor an interface is refused', () => {
  const tree = load(lines('set routing-options rib inet6.0 static route 2001:db8:1::/48 next-hop ge-0/0/0.0', 'set routing-options static route 10.0.0.0/8 next-hop 10.255.0.1'));
  assert.deepEqual(validateConfig(tree, { re: 're0' }), [], 'an interface next hop is fine');
  const leaf = tree.child('routing-options')?.child('static')?.child('route', '10.0.0.0/8')?.child('next-hop');
  assert.ok(leaf?.values !== undefined);
  leaf.values = ['not-a-gateway'];
  assert.equal(
    shown(validateConfig(tree, { re: 're0' })),
    "[edit routing-options static route 10.0.0.0/8]\n  'next-hop not-a-gateway'\n    invalid next-hop 'not-a-gateway': expected an address or an interface name",
  );
});

test('an apply-groups naming an undefined group is reported from the source configuration', () => {
  const text = lines('set apply-groups re2');
  const source = load(text);
  const expanded = expandGroups(source, { re: 're0' }).tree;
  const issues = validateConfig(expanded, { re: 're0', source });
  assert.equal(issues.length, 1);
  assert.match(issues[0]?.message ?? '', /re2/);
  assert.equal(checkoutFailedLine(issues), 'error: configuration check-out failed: (statements constraint check failed)');
  assert.deepEqual(validateConfig(expanded, { re: 're0' }), [], 'without the source, groups are not checked');
});

test('statements coming from the re1 group are checked on re1 only', () => {
  const text = lines('set groups re1 system login user spare uid 3000', 'set apply-groups [ re0 re1 ]', 'set groups re0 system host-name r1-re0');
  assert.deepEqual(check(text, 're0'), []);
  assert.equal(shown(check(text, 're1')), "[edit system login]\n  'user spare'\n    Missing mandatory statement: 'class'");
});

test('several problems are all reported at once, mandatory statements deciding the closing line', () => {
  const issues = check([
    'set system host-name r1',
    'set system login user lab uid 2001',
    'set system login user ops class admins',
    'set chassis redundancy routing-engine 0 master',
    'set chassis redundancy routing-engine 1 master',
    'set chassis redundancy keepalive-time 60',
    'set chassis redundancy graceful-switchover',
    'set routing-options nonstop-routing',
    'set system backup-router 192.0.2.1',
  ].join('\n'));
  assert.deepEqual(
    issues.map((issue) => [issue.severity, issue.message]),
    [
      ['error', "Missing mandatory statement: 'class'"],
      ['error', "referenced class 'admins' must be defined"],
      ['error', 'Both Routing Engines cannot be configured as master'],
      ['error', "'keepalive-time' cannot be configured if 'graceful-switchover' is configured"],
      ['error', 'commit synchronize should be configured with NSR'],
      ['warning', 'backup-router 192.0.2.1 is not on a subnet of fxp0.0; backup route not installed'],
    ],
  );
  assert.equal(checkoutFailedLine(issues), 'error: configuration check-out failed: (missing mandatory statements)');
});

test('nothing in [edit groups] itself is checked', () => {
  assert.deepEqual(check(lines('set groups spare system login user x uid 3000', 'set groups spare routing-options nonstop-routing')), []);
});
