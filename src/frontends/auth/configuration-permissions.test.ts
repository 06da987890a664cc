import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  configurationArea,
  mayCommit,
  mayConfigure,
  mayEditConfiguration,
  mayRollback,
  mayViewConfiguration,
  mayViewSecrets,
} from './configuration-permissions.js';
import { expandedConfig, loginOfClass } from './testing/configs.js';

const path = (statement: string): string[] => (statement === '' ? [] : statement.split(' '));

const CLASSES = expandedConfig(
  'set system login class netadmin permissions [ configure interface-control routing view ]',
  'set system login class useradmin permissions [ configure admin-control ]',
  'set system login class keyadmin permissions [ configure admin-control secret-control ]',
  'set system login class auditor permissions [ view view-configuration ]',
  'set system login class controller permissions [ configure control ]',
  'set system login class roller permissions [ configure rollback ]',
  'set system login class plain permissions configure',
);

const PASSWORD = 'system login user lab authentication encrypted-password $6$abc$def';

test('super-user may configure, view and change everything, secrets included', () => {
  const su = loginOfClass('super-user');
  assert.equal(mayConfigure(su), true);
  assert.equal(mayCommit(su), true);
  assert.equal(mayRollback(su, 49), true);
  assert.equal(mayViewSecrets(su), true);
  for (const statement of ['', 'system host-name r1', PASSWORD, 'interfaces fxp0 unit 0', 'groups re0 system host-name x', 'protocols ospf', 'apply-groups re0']) {
    assert.equal(mayEditConfiguration(su, path(statement)), true, statement);
    assert.equal(mayViewConfiguration(su, path(statement)), true, statement);
  }
});

test('operator, read-only and unauthorized may not enter configuration mode or see the configuration', () => {
  for (const className of ['operator', 'read-only', 'unauthorized']) {
    const login = loginOfClass(className);
    assert.equal(mayConfigure(login), false, className);
    assert.equal(mayCommit(login), false, className);
    assert.equal(mayRollback(login, 0), false, className);
    assert.equal(mayViewSecrets(login), false, className);
    assert.equal(mayEditConfiguration(login, path('interfaces fxp0')), false, className);
    assert.equal(mayViewConfiguration(login, path('system host-name')), false, className);
    assert.equal(mayViewConfiguration(login, path('')), true, className);
  }
});

test('areas follow the permission flag pages', () => {
  assert.equal(configurationArea(path('system host-name r1')), 'system');
  assert.equal(configurationArea(path('system login user lab class super-user')), 'admin');
  assert.equal(configurationArea(path('system root-authentication encrypted-password x')), 'admin');
  assert.equal(configurationArea(path('chassis redundancy graceful-switchover')), 'interface');
  assert.equal(configurationArea(path('interfaces fxp0')), 'interface');
  assert.equal(configurationArea(path('groups re0')), 'interface');
  assert.equal(configurationArea(path('routing-options static')), 'routing');
  assert.equal(configurationArea(path('snmp community public')), 'snmp');
  assert.equal(configurationArea(path('event-options')), undefined);
});

test('a -control flag changes its area; the plain flag only shows it', () => {
  const net = loginOfClass('netadmin', CLASSES);
  assert.equal(mayEditConfiguration(net, path('interfaces fxp0 unit 0 family inet address 10.0.0.1/24')), true);
  assert.equal(mayEditConfiguration(net, path('chassis redundancy graceful-switchover')), true);
  assert.equal(mayEditConfiguration(net, path('apply-groups re0')), true);
  assert.equal(mayEditConfiguration(net, path('groups re0 interfaces fxp0')), true);
  assert.equal(mayEditConfiguration(net, path('routing-options static route 0.0.0.0/0')), false);
  assert.equal(mayViewConfiguration(net, path('routing-options static route 0.0.0.0/0')), true);
  assert.equal(mayEditConfiguration(net, path('system host-name r1')), false);
  assert.equal(mayViewConfiguration(net, path('system host-name')), false);
  assert.equal(mayViewConfiguration(net, path('snmp')), false);
  assert.equal(mayEditConfiguration(net, path('version')), false);
  // A group's statements also need the flag of the area they would land in.
  assert.equal(mayEditConfiguration(net, path('groups re0 system host-name r1-re0')), false);
  assert.equal(mayViewConfiguration(net, path('groups re0 system host-name')), false);
  // Changing everything at once, or a hierarchy no area covers, needs all or control.
  assert.equal(mayEditConfiguration(net, path('')), false);
  assert.equal(mayEditConfiguration(net, path('event-options')), false);
});

test('user accounts need admin-control, and their passwords secret-control as well', () => {
  const users = loginOfClass('useradmin', CLASSES);
  assert.equal(mayEditConfiguration(users, path('system login user ann class operator')), true);
  assert.equal(mayEditConfiguration(users, path('system login class noc permissions view')), true);
  assert.equal(mayEditConfiguration(users, path(PASSWORD)), false);
  assert.equal(mayEditConfiguration(users, path('system root-authentication encrypted-password $6$abc$def')), false);
  assert.equal(mayEditConfiguration(users, path('system login user lab authentication plain-text-password')), false);
  assert.equal(mayEditConfiguration(users, path('system host-name r1')), false);
  assert.equal(mayViewSecrets(users), false);
  const keys = loginOfClass('keyadmin', CLASSES);
  assert.equal(mayEditConfiguration(keys, path(PASSWORD)), true);
  assert.equal(mayEditConfiguration(keys, path('system root-authentication encrypted-password $6$abc$def')), true);
  assert.equal(mayViewSecrets(keys), true);
  // A user named like a secret statement is not a secret.
  assert.equal(mayEditConfiguration(users, path('system login user encrypted-password class operator')), true);
});

test('view-configuration shows everything but secrets and changes nothing', () => {
  const auditor = loginOfClass('auditor', CLASSES);
  for (const statement of ['system host-name', 'system login user lab', 'interfaces', 'snmp', 'services', 'groups re0 system']) {
    assert.equal(mayViewConfiguration(auditor, path(statement)), true, statement);
  }
  assert.equal(mayViewConfiguration(auditor, path('event-options policy p')), false);
  assert.equal(mayViewConfiguration(auditor, path('system scripts op')), false);
  assert.equal(mayViewSecrets(auditor), false);
  assert.equal(mayConfigure(auditor), false);
  assert.equal(mayEditConfiguration(auditor, path('system host-name r1')), false);
});

test('control grants every -control flag but not configuration mode itself', () => {
  const controller = loginOfClass('controller', CLASSES);
  for (const statement of ['', 'system host-name r1', 'interfaces fxp0', 'event-options', PASSWORD]) {
    assert.equal(mayEditConfiguration(controller, path(statement)), true, statement);
  }
  assert.equal(mayViewSecrets(controller), true);
  assert.equal(mayRollback(controller, 1), false);
  const config = expandedConfig('set system login class ctl permissions control');
  assert.equal(mayEditConfiguration(loginOfClass('ctl', config), path('system host-name r1')), false);
});

test('rollback to an older configuration needs the rollback flag', () => {
  assert.equal(mayRollback(loginOfClass('plain', CLASSES), 0), true);
  assert.equal(mayRollback(loginOfClass('plain', CLASSES), 1), false);
  assert.equal(mayRollback(loginOfClass('roller', CLASSES), 1), true);
  assert.equal(mayCommit(loginOfClass('plain', CLASSES)), true);
});

test('deny-configuration hides and locks what it matches and everything below (Junos examples)', () => {
  const config = expandedConfig(
    'set system login class no-m permissions all',
    'set system login class no-m deny-configuration "system login class m.*"',
    'set system login class no-telnet permissions all',
    'set system login class no-telnet deny-configuration "(system login class)|(system services)"',
  );
  const noM = loginOfClass('no-m', config);
  assert.equal(mayEditConfiguration(noM, path('system login class mgr permissions view')), false);
  assert.equal(mayViewConfiguration(noM, path('system login class mgr')), false);
  assert.equal(mayEditConfiguration(noM, path('system login class ops permissions view')), true);
  const noTelnet = loginOfClass('no-telnet', config);
  assert.equal(mayEditConfiguration(noTelnet, path('system services ssh')), false);
  assert.equal(mayEditConfiguration(noTelnet, path('system login class x')), false);
  assert.equal(mayEditConfiguration(noTelnet, path('system login user x class operator')), true);
});

test('the -regexps forms are anchored; each applies to the hierarchy it names and below', () => {
  const config = expandedConfig(
    'set system login class r permissions all',
    'set system login class r deny-configuration-regexps [ "system services telnet" "interfaces .* description" ]',
  );
  const r = loginOfClass('r', config);
  assert.equal(mayEditConfiguration(r, path('system services telnet connection-limit 5')), false);
  assert.equal(mayEditConfiguration(r, path('system services ssh')), true);
  assert.equal(mayEditConfiguration(r, path('interfaces fxp0 description mgmt')), false);
  assert.equal(mayEditConfiguration(r, path('interfaces fxp0 unit 0 description mgmt')), false);
  assert.equal(mayEditConfiguration(r, path('interfaces fxp0 unit 0')), true);
  assert.equal(mayEditConfiguration(r, path('snmp description telnet')), true);
});

test('allow-configuration adds hierarchies, and deny wins over allow', () => {
  const config = expandedConfig(
    'set system login class snmp-only permissions configure',
    'set system login class snmp-only allow-configuration "^snmp"',
    'set system login class snmp-only deny-configuration "snmp community private"',
  );
  const login = loginOfClass('snmp-only', config);
  assert.equal(mayEditConfiguration(login, path('snmp community public authorization read-only')), true);
  assert.equal(mayViewConfiguration(login, path('snmp location')), true);
  assert.equal(mayEditConfiguration(login, path('snmp community private')), false);
  assert.equal(mayEditConfiguration(login, path('interfaces fxp0')), false);
  // Without configure nothing can be changed, whatever the expressions say.
  const noConfigure = expandedConfig('set system login class v permissions view', 'set system login class v allow-configuration "snmp"');
  assert.equal(mayEditConfiguration(loginOfClass('v', noConfigure), path('snmp location lab')), false);
});

test('allow-commands and deny-commands decide configuration mode too', () => {
  const config = expandedConfig(
    'set system login class cfg permissions view',
    'set system login class cfg allow-commands "^configure"',
    'set system login class nocfg permissions all',
    'set system login class nocfg deny-commands "^configure"',
  );
  assert.equal(mayConfigure(loginOfClass('cfg', config)), true);
  assert.equal(mayConfigure(loginOfClass('nocfg', config)), false);
  assert.equal(mayEditConfiguration(loginOfClass('nocfg', config), path('system host-name r1')), false);
});
