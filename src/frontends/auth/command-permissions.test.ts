import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commandRefusal, mayRunCommand, requiredPermission } from './command-permissions.js';
import { resolveLoginClass } from './login-class.js';
import { EXPECTING_COMMAND, UNKNOWN_COMMAND } from './messages.js';
import { expandedConfig, loginOfClass } from './testing/configs.js';

const words = (command: string): string[] => command.split(' ');
const may = (className: string, command: string, config = expandedConfig()): boolean =>
  mayRunCommand(loginOfClass(className, config), words(command));

/** Command → whether super-user, operator, read-only and unauthorized may run it. */
const MATRIX: readonly (readonly [string, readonly [boolean, boolean, boolean, boolean]])[] = [
  ['show version', [true, true, true, false]],
  ['show chassis routing-engine', [true, true, true, false]],
  ['show configuration system', [true, true, true, false]],
  ['show log messages', [true, true, false, false]],
  ['file show /var/log/messages', [true, false, false, false]],
  ['file list /var/tmp', [true, false, false, false]],
  ['file compare files a b', [true, false, false, false]],
  ['request chassis routing-engine master switch', [true, true, false, false]],
  ['request chassis routing-engine master acquire no-confirm', [true, true, false, false]],
  ['request chassis routing-engine master release', [true, true, false, false]],
  ['request chassis fpc slot 0 offline', [true, false, false, false]],
  ['request system reboot', [true, false, false, false]],
  ['request system halt both-routing-engines', [true, false, false, false]],
  ['request routing-engine login other-routing-engine', [true, false, false, false]],
  ['restart routing', [true, true, false, false]],
  ['ping 10.255.0.1 count 5', [true, true, false, false]],
  ['traceroute 10.255.0.1', [true, true, false, false]],
  ['clear interfaces statistics all', [true, true, false, false]],
  ['clear system reboot', [true, false, false, false]],
  ['monitor interface fxp0', [true, true, false, false]],
  ['configure', [true, false, false, false]],
  ['configure private', [true, false, false, false]],
  ['start shell', [true, false, false, false]],
  ['set cli screen-length 0', [true, true, true, true]],
  ['exit', [true, true, true, true]],
  ['quit', [true, true, true, true]],
  ['help topic', [true, true, true, true]],
  ['frobnicate everything', [true, false, false, false]],
];

test('each predefined class against the command table', () => {
  const classes = ['super-user', 'operator', 'read-only', 'unauthorized'];
  for (const [command, expected] of MATRIX) {
    classes.forEach((className, i) => assert.equal(may(className, command), expected[i], `${className}: ${command}`));
  }
  // superuser is the other spelling of super-user.
  assert.equal(may('superuser', 'request system reboot'), true);
});

test('the table answers by the longest prefix, and nothing for what it does not cover', () => {
  assert.equal(requiredPermission(words('show log messages')), 'trace');
  assert.equal(requiredPermission(words('show logical-systems')), 'view');
  assert.equal(requiredPermission(words('request chassis routing-engine master switch no-confirm')), 'reset');
  assert.equal(requiredPermission(words('request chassis routing-engine master')), 'maintenance');
  assert.equal(requiredPermission(words('request')), undefined);
  assert.equal(mayRunCommand(loginOfClass('super-user'), []), false);
});

test('allow-commands adds to the permissions (Junos example operator-and-boot)', () => {
  const config = expandedConfig(
    'set system login class operator-and-boot permissions [ clear network reset trace view ]',
    'set system login class operator-and-boot allow-commands "request system reboot"',
  );
  assert.equal(may('operator-and-boot', 'request system reboot', config), true);
  assert.equal(may('operator-and-boot', 'request system reboot in 5', config), true);
  assert.equal(may('operator-and-boot', 'request system halt', config), false);
  assert.equal(may('operator-and-boot', 'show version', config), true);
});

test('deny-commands takes away, also what needs no flag (Junos example operator-no-set)', () => {
  const config = expandedConfig(
    'set system login class operator-no-set permissions [ clear network reset trace view ]',
    'set system login class operator-no-set deny-commands "^set"',
  );
  assert.equal(may('operator-no-set', 'set cli screen-length 0', config), false);
  assert.equal(may('operator-no-set', 'show version', config), true);
  // Only at the start: a show command with "set" inside is not a set command.
  assert.equal(may('operator-no-set', 'show system reset', config), true);
});

test('allow and deny together, case-insensitive, deny winning (Junos example)', () => {
  const config = expandedConfig(
    'set system login class install permissions [ clear network reset trace view ]',
    'set system login class install allow-commands "(request system software add)|(show route$)"',
    'set system login class install deny-commands "SHOW BGP"',
    'set system login class both permissions view',
    'set system login class both allow-commands "request system reboot"',
    'set system login class both deny-commands "reboot"',
  );
  assert.equal(may('install', 'request system software add /var/tmp/junos.tgz', config), true);
  assert.equal(may('install', 'show bgp summary', config), false);
  assert.equal(may('install', 'show route', config), true);
  assert.equal(may('install', 'request system reboot', config), false);
  assert.equal(may('both', 'request system reboot', config), false);
});

test('an allow-commands $ stops at the end of the command', () => {
  const config = expandedConfig('set system login class narrow allow-commands "show interfaces$"');
  assert.equal(may('narrow', 'show interfaces', config), true);
  assert.equal(may('narrow', 'show interfaces detail', config), false);
  assert.equal(may('narrow', 'show version', config), false);
});

test('the -regexps forms match the whole command, and POSIX classes work', () => {
  const config = expandedConfig(
    'set system login class exact allow-commands-regexps [ "request system reboot" "show interfaces ge-[[:digit:]]/0/[[:digit:]]+" ]',
    'set system login class exact deny-commands-regexps "exit"',
  );
  assert.equal(may('exact', 'request system reboot', config), true);
  assert.equal(may('exact', 'request system reboot in 5', config), false);
  assert.equal(may('exact', 'show interfaces ge-1/0/12', config), true);
  assert.equal(may('exact', 'show interfaces xe-1/0/12', config), false);
  assert.equal(may('exact', 'exit', config), false);
  assert.equal(may('exact', 'quit', config), true);
});

test('expressions that do not compile make the class unusable', () => {
  const bad = [
    'set system login class a deny-commands "(show"',
    'set system login class b allow-commands-regexps "show [[:nothing:]]"',
    'set system login class c deny-configuration "system ("',
  ];
  const config = expandedConfig(...bad);
  for (const name of ['a', 'b', 'c']) assert.equal(resolveLoginClass(config, name), undefined, name);
});

test('a predefined class name always means the predefined class', () => {
  const config = expandedConfig('set system login class operator permissions all');
  assert.equal(may('operator', 'request system reboot', config), false);
});

test('commandRefusal puts the caret where the command leaves what the class may see', () => {
  const readOnly = loginOfClass('read-only');
  const operator = loginOfClass('operator');
  assert.deepEqual(commandRefusal(readOnly, words('configure')), { wordIndex: 0, message: UNKNOWN_COMMAND });
  assert.deepEqual(commandRefusal(readOnly, words('file show /var/log/messages')), { wordIndex: 0, message: UNKNOWN_COMMAND });
  // operator sees request (the mastership commands need reset) but not request system.
  assert.deepEqual(commandRefusal(operator, words('request system reboot')), { wordIndex: 1, message: EXPECTING_COMMAND });
  assert.deepEqual(commandRefusal(operator, words('request chassis fpc slot 0 offline')), { wordIndex: 2, message: EXPECTING_COMMAND });
  assert.equal(commandRefusal(operator, words('request chassis routing-engine master switch')), undefined);
  assert.equal(commandRefusal(loginOfClass('super-user'), words('request system reboot')), undefined);
  const config = expandedConfig('set system login class nobgp permissions view', 'set system login class nobgp deny-commands "show bgp"');
  assert.deepEqual(commandRefusal(loginOfClass('nobgp', config), words('show bgp summary')), { wordIndex: 1, message: EXPECTING_COMMAND });
});
