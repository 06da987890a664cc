import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LAB_PASSWORD_HASH } from '../../router/starter-config.js';
import { spendCheckTime, verifyCryptHash } from './crypt-hash.js';
import { compileExpression, hasControl, hasFlag, predefinedClass, resolveLoginClass } from './login-class.js';
import { expandedConfig } from './testing/configs.js';

test('the predefined classes carry the flags Junos documents', () => {
  const flags = (name: string): string[] => [...(predefinedClass(name)?.flags ?? ['(missing)'])];
  assert.deepEqual(flags('super-user'), ['all']);
  assert.deepEqual(flags('superuser'), ['all']);
  assert.deepEqual(flags('operator'), ['clear', 'network', 'reset', 'trace', 'view']);
  assert.deepEqual(flags('read-only'), ['view']);
  assert.deepEqual(flags('unauthorized'), []);
  assert.equal(predefinedClass('admin'), undefined);
  assert.equal(predefinedClass('toString'), undefined);
});

test('SCP and SFTP are off for operator and read-only only', () => {
  assert.equal(predefinedClass('operator')?.noSftpServer, true);
  assert.equal(predefinedClass('read-only')?.noScpServer, true);
  assert.equal(predefinedClass('super-user')?.noScpServer, false);
  const config = expandedConfig('set system login class c permissions view', 'set system login class c no-sftp-server');
  assert.equal(resolveLoginClass(config, 'c')?.noSftpServer, true);
  assert.equal(resolveLoginClass(config, 'c')?.noScpServer, false);
});

test('expressions are case-insensitive, searched or anchored, with POSIX classes', () => {
  assert.equal(compileExpression('show bgp', false)?.test('SHOW BGP summary'), true);
  assert.equal(compileExpression('show bgp', true)?.test('show bgp summary'), false);
  assert.equal(compileExpression('show bgp|show route', true)?.test('show route'), true);
  assert.equal(compileExpression('ge-[[:digit:]]+', true)?.test('ge-10'), true);
  assert.equal(compileExpression('[[:alpha:][:space:]]+', true)?.test('show route'), true);
  assert.equal(compileExpression('[[:bogus:]]', false), undefined);
  assert.equal(compileExpression('(', false), undefined);
});

test('flags: all grants every flag; control and all-control grant every -control', () => {
  const config = expandedConfig(
    'set system login class a permissions control',
    'set system login class b permissions all-control',
    'set system login class c permissions [ interface-control view ]',
  );
  const get = (name: string) => {
    const found = resolveLoginClass(config, name);
    assert.ok(found !== undefined);
    return found;
  };
  assert.equal(hasControl(get('a'), 'system'), true);
  assert.equal(hasControl(get('b'), 'snmp'), true);
  assert.equal(hasFlag(get('a'), 'view'), false);
  assert.equal(hasControl(get('c'), 'interface'), true);
  assert.equal(hasControl(get('c'), 'system'), false);
  const all = predefinedClass('super-user');
  assert.ok(all !== undefined);
  assert.equal(hasFlag(all, 'maintenance'), true);
  assert.equal(hasControl(all, 'secret'), true);
});

test('inactive classes and statements are not in effect', () => {
  const config = expandedConfig(
    'set system login class gone permissions all',
    'deactivate system login class gone',
    'set system login class half permissions view',
    'set system login class half deny-commands "show"',
    'deactivate system login class half deny-commands',
  );
  assert.equal(resolveLoginClass(config, 'gone'), undefined);
  assert.deepEqual(resolveLoginClass(config, 'half')?.denyCommands, []);
});

test('verifyCryptHash picks the scheme by prefix and refuses the ones it does not know', () => {
  assert.equal(verifyCryptHash('lab123', LAB_PASSWORD_HASH), true);
  assert.equal(verifyCryptHash('lab123', '$5$Rt1wIn.x$Xv8BPWl8rpuUPkvy/U5yCxtEl6.Br.FfA4gOCg3Nku7'), true);
  assert.equal(verifyCryptHash('lab123', '$1$Rt1wIn.x$JTi0FOJiKiGwukYDrZP9a/'), true);
  assert.equal(verifyCryptHash('lab123', '$2b$10$abcdefghijklmnopqrstuv'), false);
  assert.equal(verifyCryptHash('lab123', 'lab123'), false);
  assert.equal(verifyCryptHash('', ''), false);
  assert.equal(spendCheckTime('anything'), undefined);
});
