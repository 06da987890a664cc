import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schemaAt, type SchemaNode } from './compile.js';
import { hierarchies, junosSchema, junosSchemaDef } from './junos.js';
import { checkValue } from './value-types.js';
import type { StatementDef } from './types.js';

function at(path: string): SchemaNode {
  const node = schemaAt(junosSchema, path.split(' '));
  assert.ok(node !== undefined, `no statement at '${path}'`);
  return node;
}

function walk(def: StatementDef, visit: (def: StatementDef, parent: StatementDef | undefined) => void, parent?: StatementDef): void {
  visit(def, parent);
  for (const child of def.children ?? []) walk(child, visit, def);
}

test('statement kinds are right', () => {
  const kinds: Readonly<Record<string, string>> = {
    'system services': 'presence',
    'system services ssh': 'presence',
    'system services netconf': 'container',
    'system services netconf ssh': 'presence',
    'system services rest http': 'presence',
    'system login class permissions': 'leaf-list',
    'system domain-search': 'leaf-list',
    'system login user': 'list',
    'system name-server': 'list',
    'system root-authentication ssh-rsa': 'list',
    'system backup-router': 'container',
    'system backup-router destination': 'leaf-list',
    'system processes routing failover': 'leaf',
    'chassis redundancy failover': 'presence',
    'chassis redundancy graceful-switchover': 'presence',
    'interfaces interface': 'list',
    'interfaces interface unit family': 'container',
    'interfaces interface unit family inet': 'presence',
    'interfaces interface unit family iso': 'presence',
    'routing-options static route next-hop': 'leaf-list',
    'routing-options static route preference': 'presence',
    'routing-options rib': 'list',
    'routing-options graceful-restart': 'presence',
    'routing-options autonomous-system': 'container',
    'snmp community clients': 'list',
  };
  for (const [path, kind] of Object.entries(kinds)) assert.equal(at(path).kind, kind, path);
});

test('display flags of the key statements are right', () => {
  const def = (path: string): StatementDef => at(path).def;
  assert.equal(def('interfaces interface').nokeyword, true);
  assert.equal(def('system syslog file contents').nokeyword, true);
  assert.equal(def('system syslog file contents').oneliner, 'always');
  assert.equal(def('system backup-router').oneliner, 'always');
  assert.equal(def('system backup-router address').nokeyword, true);
  assert.equal(def('system backup-router address').mandatory, true);
  assert.equal(def('system inet6-backup-router').oneliner, 'always');
  assert.equal(def('system inet6-backup-router address').nokeyword, true);
  assert.equal(def('chassis redundancy routing-engine').oneliner, 'always');
  assert.equal(def('routing-options static route').oneliner, 'single');
  assert.equal(def('routing-options rib static route').oneliner, 'single');
  assert.equal(def('routing-options static route preference').oneliner, 'always');
  assert.equal(def('routing-options static route preference metric-value').nokeyword, true);
  assert.equal(def('routing-options autonomous-system as-number').nokeyword, true);
  assert.equal(def('interfaces interface unit family').flat, true);
  assert.equal(def('system name-server').block, true);
  assert.equal(def('snmp community clients').block, true);
  assert.equal(def('groups').block, true);
  assert.equal(def('system root-authentication encrypted-password').secret, true);
  assert.equal(def('system login user authentication encrypted-password').secret, true);
  assert.equal(def('system login user authentication plain-text-password').promptsFor, 'encrypted-password');
  assert.equal(def('system login user class').mandatory, true);
  assert.equal(def('system root-authentication ssh-ed25519').oneliner, 'always');
  assert.equal(def('system syslog file archive').oneliner, 'always');
  assert.equal(def('system processes routing').oneliner, 'always');
  assert.equal(def('system ntp server').oneliner, 'always');
  assert.equal(at('interfaces').keyList?.name, 'interface');
  assert.equal(at('system backup-router').bareLeaf?.name, 'address');
  assert.equal(at('routing-options static route preference').bareLeaf?.name, 'metric-value');
});

test('choices group the statements that exclude each other', () => {
  const choiceOf = (path: string): string | undefined => at(path).def.choice;
  for (const role of ['master', 'backup', 'disabled']) assert.equal(choiceOf(`chassis redundancy routing-engine ${role}`), 'priority');
  for (const level of ['any', 'emergency', 'alert', 'critical', 'error', 'warning', 'notice', 'info', 'none']) {
    assert.equal(choiceOf(`system syslog host contents ${level}`), 'level');
  }
  for (const target of ['next-hop', 'discard', 'reject', 'receive']) assert.equal(choiceOf(`routing-options static route ${target}`), 'next_hop');
  assert.equal(choiceOf('routing-options static route retain'), choiceOf('routing-options static route no-retain'));
  assert.equal(choiceOf('routing-options static route install'), choiceOf('routing-options static route no-install'));
  assert.notEqual(choiceOf('routing-options static route retain'), choiceOf('routing-options static route install'));
  assert.equal(choiceOf('snmp community clients'), choiceOf('snmp community client-list-name'));
});

test('ranges come from Junos: keepalive-time refuses 1 and 10001, accepts 2 and 10000', () => {
  const type = at('chassis redundancy keepalive-time').type;
  assert.ok(type !== undefined);
  assert.equal(checkValue(type, '1'), 'Value 1 is not within range (2..10000)');
  assert.equal(checkValue(type, '10001'), 'Value 10001 is not within range (2..10000)');
  assert.equal(checkValue(type, '2'), undefined);
  assert.equal(checkValue(type, '10000'), undefined);
});

test('other ranges and value types of the covered statements', () => {
  const check = (path: string, value: string): string | undefined => {
    const type = at(path).type;
    assert.ok(type !== undefined, path);
    return checkValue(type, value);
  };
  assert.equal(check('system login user uid', '99'), 'Value 99 is not within range (100..64000)');
  assert.equal(check('system login user uid', '64000'), undefined);
  assert.equal(check('chassis redundancy routing-engine', '2'), 'Value 2 is not within range (0..1)');
  assert.equal(check('interfaces interface unit', '1073741823'), undefined);
  assert.equal(check('interfaces interface unit', '1073741824'), 'Value 1073741824 is not within range (0..1073741823)');
  assert.equal(check('interfaces interface unit vlan-id', '4095'), 'Value 4095 is not within range (1..4094)');
  assert.equal(check('system services rest http port', '80'), 'Value 80 is not within range (1024..65535)');
  assert.equal(check('system services netconf ssh port', '830'), undefined);
  assert.equal(check('system ntp server version', '5'), 'Value 5 is not within range (1..4)');
  assert.equal(check('system host-name', 'r1 re0'), 'Must be a string of alphanumericals, dashes or underscores');
  assert.equal(check('system host-name', 'r1-re0.lab'), undefined);
  assert.equal(check('system host-name', 'x'.repeat(256)), 'Length 256 is not within range (1..255)');
  assert.equal(check('system login message', ''), 'Length 0 is not within range (1..2048)');
  assert.equal(check('system login class permissions', 'view-configuration'), undefined);
  assert.equal(check('system login class permissions', 'superuser'), 'syntax error');
  assert.equal(check('system services ssh root-login', 'deny-password'), undefined);
  assert.equal(check('system syslog file contents', 'interactive-commands'), undefined);
  assert.equal(check('system syslog file contents', 'local7'), 'syntax error');
  assert.equal(check('system syslog user', '*'), undefined);
  assert.equal(check('system syslog file', 'var/log/messages'), "Must not contain '/', % or a space");
  assert.equal(check('interfaces interface', 're0:mgmt-0'), undefined);
  assert.equal(check('interfaces interface unit family inet address', '10.255.0.11/24'), undefined);
  assert.equal(check('routing-options static route', '10.255.0.11/24'), "prefix length too short for address '10.255.0.11/24'");
  assert.equal(check('routing-options static route next-hop', 'fxp0.0'), undefined);
  assert.equal(check('routing-options static route next-hop', '10.0.0.1'), undefined);
  assert.equal(check('routing-options rib', 'inet6.0'), undefined);
  assert.equal(check('routing-options rib', 'inet6'), 'Must match the format [<instance-name>[:<topology-name>].]<family-name>.<rib-id>');
  assert.equal(check('routing-options rib static route', '2001:db8::/32'), undefined);
  assert.equal(check('routing-options autonomous-system as-number', '65000'), undefined);
  assert.equal(check('routing-options autonomous-system as-number', '1.10'), undefined);
  assert.notEqual(check('routing-options autonomous-system as-number', '0'), undefined);
  assert.equal(check('snmp community authorization', 'read-write'), undefined);
  assert.equal(check('system time-zone', 'Europe/Amsterdam'), undefined);
  assert.equal(check('system time-zone', 'a b'), 'Invalid string');
});

test('every definition is JSON-serialisable', () => {
  assert.deepEqual(JSON.parse(JSON.stringify(junosSchemaDef)), junosSchemaDef);
  for (const hierarchy of hierarchies) assert.deepEqual(JSON.parse(JSON.stringify(hierarchy)), hierarchy);
});

test('every definition is well formed', () => {
  walk(junosSchemaDef, (def, parent) => {
    const where = `${parent?.name ?? ''} ${def.name}`;
    assert.match(def.name, /^[a-z0-9][a-z0-9_.-]*$/, where);
    assert.ok(def.help.length > 0 && def.help.length <= 80, `help of ${where}`);
    assert.ok(!def.help.endsWith('.'), `help of ${where} ends with a period`);
    const holds = def.kind === 'container' || def.kind === 'presence' || def.kind === 'list';
    assert.equal(def.children !== undefined, holds, `children of ${where}`);
    if (def.kind === 'list' || def.kind === 'leaf-list') assert.ok(def.type !== undefined, `type of ${where}`);
    if (def.type?.type === 'string' && def.type.pattern !== undefined) assert.doesNotThrow(() => new RegExp(def.type?.type === 'string' ? (def.type.pattern ?? '') : ''), where);
    if (def.type?.type === 'integer') assert.ok(def.type.min <= def.type.max, `range of ${where}`);
    if (def.default !== undefined && def.type !== undefined) assert.equal(checkValue(def.type, def.default), undefined, `default of ${where}`);
    if (def.promptsFor !== undefined) assert.ok(parent?.children?.some((sibling) => sibling.name === def.promptsFor), `promptsFor of ${where}`);
    const children = def.children ?? [];
    const names = children.map((child) => child.name);
    assert.equal(new Set(names).size, names.length, `duplicate names under ${def.name}`);
    assert.ok(children.filter((child) => child.nokeyword === true && child.kind === 'list').length <= 1, `nokeyword lists under ${def.name}`);
    assert.ok(children.filter((child) => child.nokeyword === true && child.kind === 'leaf').length <= 1, `nokeyword leaves under ${def.name}`);
  });
});

test('the help texts are short and our own, not the YANG descriptions', () => {
  const yangWording = [
    'Hostname for this router',
    'Time before Routing Engine failover',
    'Interface address/destination prefix',
    'Panic conditions',
    'Conditions that should be handled specially',
    'Protocol-independent routing option configuration',
  ];
  walk(junosSchemaDef, (def) => assert.ok(!yangWording.includes(def.help), `${def.name}: '${def.help}'`));
});
