import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileSchema, schemaAt, type SchemaNode } from './compile.js';
import { hierarchies, junosSchema, junosSchemaDef } from './junos.js';

/** Every statement the schema must cover, as paths of YANG names from the root. */
const COVERED: readonly string[] = [
  'version',
  'groups',
  'apply-groups',
  'system host-name',
  'system domain-name',
  'system domain-search',
  'system time-zone',
  'system root-authentication encrypted-password',
  'system root-authentication plain-text-password',
  'system root-authentication ssh-rsa',
  'system root-authentication ssh-rsa from',
  'system root-authentication ssh-ecdsa',
  'system root-authentication ssh-ed25519',
  'system login class',
  'system login class permissions',
  'system login class idle-timeout',
  'system login class allow-commands',
  'system login class deny-commands',
  'system login user',
  'system login user full-name',
  'system login user uid',
  'system login user class',
  'system login user authentication encrypted-password',
  'system login user authentication plain-text-password',
  'system login user authentication ssh-rsa',
  'system login user authentication ssh-ecdsa',
  'system login user authentication ssh-ed25519',
  'system login message',
  'system services ssh',
  'system services ssh root-login',
  'system services ssh port',
  'system services ssh protocol-version',
  'system services netconf ssh',
  'system services netconf ssh port',
  'system services rest http port',
  'system services rest https port',
  'system services rest enable-explorer',
  'system backup-router address',
  'system backup-router destination',
  'system inet6-backup-router address',
  'system inet6-backup-router destination',
  'system commit synchronize',
  'system commit fast-synchronize',
  'system switchover-on-routing-crash',
  'system processes routing failover',
  'system processes routing disable',
  'system processes chassis-control failover',
  'system name-server',
  'system ntp boot-server',
  'system ntp server',
  'system ntp server version',
  'system ntp server prefer',
  'system syslog user contents any',
  'system syslog user contents emergency',
  'system syslog user contents alert',
  'system syslog user contents critical',
  'system syslog user contents error',
  'system syslog user contents warning',
  'system syslog user contents notice',
  'system syslog user contents info',
  'system syslog user contents none',
  'system syslog host contents',
  'system syslog host port',
  'system syslog host source-address',
  'system syslog file contents',
  'system syslog file archive size',
  'system syslog file archive files',
  'system location country-code',
  'system location building',
  'system location floor',
  'system location rack',
  'system default-address-selection',
  'system static-host-mapping inet',
  'chassis redundancy routing-engine master',
  'chassis redundancy routing-engine backup',
  'chassis redundancy routing-engine disabled',
  'chassis redundancy failover on-loss-of-keepalives',
  'chassis redundancy failover on-disk-failure',
  'chassis redundancy failover on-loss-of-vm-host-connection',
  'chassis redundancy keepalive-time',
  'chassis redundancy graceful-switchover',
  'interfaces interface description',
  'interfaces interface disable',
  'interfaces interface mtu',
  'interfaces interface vlan-tagging',
  'interfaces interface unit description',
  'interfaces interface unit disable',
  'interfaces interface unit vlan-id',
  'interfaces interface unit family inet address master-only',
  'interfaces interface unit family inet address primary',
  'interfaces interface unit family inet address preferred',
  'interfaces interface unit family inet address broadcast',
  'interfaces interface unit family inet6 address',
  'interfaces interface unit family iso',
  'interfaces interface unit family mpls',
  'routing-options static route next-hop',
  'routing-options static route discard',
  'routing-options static route reject',
  'routing-options static route receive',
  'routing-options static route qualified-next-hop preference',
  'routing-options static route qualified-next-hop metric',
  'routing-options static route qualified-next-hop interface',
  'routing-options static route retain',
  'routing-options static route no-retain',
  'routing-options static route readvertise',
  'routing-options static route no-readvertise',
  'routing-options static route install',
  'routing-options static route no-install',
  'routing-options static route preference metric-value',
  'routing-options static route metric metric-value',
  'routing-options static route tag metric-value',
  'routing-options rib static route next-hop',
  'routing-options router-id',
  'routing-options autonomous-system as-number',
  'routing-options autonomous-system loops',
  'routing-options nonstop-routing',
  'routing-options graceful-restart',
  'snmp location',
  'snmp contact',
  'snmp description',
  'snmp community authorization',
  'snmp community clients restrict',
];

function at(path: string, from: SchemaNode = junosSchema): SchemaNode {
  const node = schemaAt(from, path.split(' '));
  assert.ok(node !== undefined, `no statement at '${path}'`);
  return node;
}

function childNames(path: string): string[] {
  return (path === '' ? junosSchema : at(path)).children.map((child) => child.name);
}

/** Asserts that `names` appear among the children of `path` in this order. */
function assertOrder(path: string, names: readonly string[]): void {
  const all = childNames(path);
  const positions = names.map((name) => all.indexOf(name));
  positions.forEach((position, i) => assert.ok(position >= 0, `'${names[i]}' is not under '${path}'`));
  assert.deepEqual([...positions].sort((a, b) => a - b), positions, `order under '${path}': ${all.join(', ')}`);
}

test('the schema compiles and every covered statement resolves', () => {
  const compiled = compileSchema(junosSchemaDef);
  for (const path of COVERED) at(path, compiled);
});

test('every hierarchy can also be written inside a group', () => {
  for (const hierarchy of hierarchies) at(`groups ${hierarchy.name}`);
  at('groups system backup-router address');
  at('groups interfaces interface unit family inet address master-only');
});

test('the top level follows Junos display order', () => {
  assert.deepEqual(childNames(''), ['version', 'groups', 'apply-groups', 'system', 'chassis', 'interfaces', 'snmp', 'routing-options']);
});

test('children follow the Junos display order', () => {
  assertOrder('system', [
    'host-name', 'root-authentication', 'commit', 'login', 'services', 'domain-name', 'domain-search', 'backup-router',
    'inet6-backup-router', 'time-zone', 'switchover-on-routing-crash', 'default-address-selection', 'location',
    'name-server', 'static-host-mapping', 'syslog', 'processes', 'ntp',
  ]);
  assertOrder('system root-authentication', ['plain-text-password', 'encrypted-password', 'ssh-rsa', 'ssh-ecdsa', 'ssh-ed25519']);
  assertOrder('system login', ['class', 'user', 'message']);
  assertOrder('system login user', ['full-name', 'uid', 'class', 'authentication']);
  assertOrder('system syslog', ['user', 'host', 'file']);
  assertOrder('system syslog user contents', ['any', 'emergency', 'alert', 'critical', 'error', 'warning', 'notice', 'info', 'none']);
  assertOrder('system services', ['ssh', 'netconf', 'rest']);
  assertOrder('chassis redundancy', ['routing-engine', 'failover', 'keepalive-time', 'graceful-switchover']);
  assertOrder('interfaces interface', ['description', 'disable', 'vlan-tagging', 'mtu', 'unit']);
  assertOrder('interfaces interface unit', ['disable', 'description', 'vlan-id', 'family']);
  assertOrder('interfaces interface unit family', ['inet', 'iso', 'inet6', 'mpls']);
  assertOrder('interfaces interface unit family inet address', ['destination', 'broadcast', 'primary', 'preferred', 'master-only']);
  assertOrder('routing-options', ['rib', 'router-id', 'autonomous-system', 'graceful-restart', 'static', 'nonstop-routing']);
  assertOrder('routing-options static route', [
    'next-hop', 'reject', 'discard', 'receive', 'qualified-next-hop', 'retain', 'no-retain', 'install', 'no-install',
    'readvertise', 'no-readvertise', 'metric', 'tag', 'preference',
  ]);
  assertOrder('snmp', ['description', 'location', 'contact', 'community']);
});

test('apply-groups comes first inside every statement that holds others', () => {
  assert.equal(at('system').children[0]?.name, 'apply-groups');
  assert.equal(at('system').children[1]?.name, 'apply-groups-except');
  assert.equal(at('interfaces interface unit').children[0]?.name, 'apply-groups');
  assert.equal(at('groups').byName.has('apply-groups'), false);
});
