/**
 * `[edit system root-authentication]` and `[edit system login]`: passwords and SSH keys, login
 * classes with their permission flags, user accounts and the login banner.
 *
 * Names, order and ranges follow Junos (YANG module junos-conf-system); help texts are ours. The
 * pattern messages are the ones Junos prints, reproduced because the twin must print them too.
 */
import {
  container,
  enumeration,
  flag,
  integer,
  leaf,
  leafList,
  list,
  pattern,
  STRING,
  text,
  UINT32,
} from './define.js';
import type { StatementDef, ValueType } from './types.js';

const FROM_PATTERN = pattern('^[*.:a-zA-Z0-9,!?_-]+$', 'Pattern-list must not contain spaces');

/** One list of public keys of an algorithm, keyed by the quoted key line itself. */
function keyList(name: string, help: string, algorithm: 'ssh-rsa' | 'ssh-dss' | 'ecdsa' | 'ssh-ed25519'): StatementDef {
  return list(name, help, { type: 'ssh-public-key', algorithm }, [leaf('from', 'Hosts allowed to use this key (pattern list)', FROM_PATTERN)], {
    oneliner: 'always',
  });
}

/** The authentication block shared by `root-authentication` and each user. */
export const authentication: readonly StatementDef[] = [
  flag('plain-text-password', 'Type the password at a prompt; it is stored encrypted', { promptsFor: 'encrypted-password' }),
  leaf('encrypted-password', 'Password as a crypt(3) hash', { type: 'encrypted-password' }, { secret: true }),
  flag('no-public-keys', 'Refuse SSH public key logins for this account'),
  keyList('ssh-rsa', 'SSH RSA public key', 'ssh-rsa'),
  keyList('ssh-dsa', 'SSH DSA public key', 'ssh-dss'),
  keyList('ssh-ecdsa', 'SSH ECDSA public key', 'ecdsa'),
  keyList('ssh-ed25519', 'SSH Ed25519 public key', 'ssh-ed25519'),
];

/** Junos login-class permission flags (the `-control` form grants changes as well). */
export const PERMISSION_FLAGS: readonly string[] = [
  'access', 'access-control', 'admin', 'admin-control', 'all', 'all-control', 'clear', 'configure', 'control',
  'field', 'firewall', 'firewall-control', 'floppy', 'flow-tap', 'flow-tap-control', 'flow-tap-operation',
  'idp-profiler-operation', 'interface', 'interface-control', 'maintenance', 'network', 'pgcp-session-mirroring',
  'pgcp-session-mirroring-control', 'reset', 'rollback', 'routing', 'routing-control', 'secret', 'secret-control',
  'security', 'security-control', 'shell', 'snmp', 'snmp-control', 'storage', 'storage-control', 'system',
  'system-control', 'trace', 'trace-control', 'unified-edge', 'unified-edge-control', 'view', 'view-configuration',
];

const NAME_MESSAGE = 'Must be a string of alphanumericals, dashes or underscores';
const CLASS_NAME: ValueType = pattern('^[A-Za-z0-9_-]+$', NAME_MESSAGE);
const USER_NAME: ValueType = pattern(
  '^[A-Za-z0-9_]+\\.?[A-Za-z0-9_-]*\\.?[A-Za-z0-9_-]*$',
  'Must contain characters (alphanumerics, underscores or hyphens) beginning with an alphanumeric or an underscore character.',
);

const loginClass = list('class', 'Named set of permissions for users', CLASS_NAME, [
  leafList('allowed-days', 'Days of the week when logins are allowed', enumeration('sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday')),
  leaf('idle-timeout', 'Minutes of inactivity before a session is closed', UINT32, { units: 'minutes' }),
  flag('login-alarms', 'Show system alarms at login'),
  flag('login-tip', 'Show a CLI tip at login'),
  flag('no-scp-server', 'Refuse incoming SCP for this class'),
  flag('no-sftp-server', 'Refuse incoming SFTP for this class'),
  leafList('permissions', 'Permission flags of the class', enumeration(...PERMISSION_FLAGS)),
  leaf('allow-commands', 'Regular expression of commands allowed on top of the permissions', STRING),
  leaf('deny-commands', 'Regular expression of commands refused despite the permissions', STRING),
  leaf('allow-configuration', 'Regular expression of configuration allowed on top of the permissions', STRING),
  leaf('deny-configuration', 'Regular expression of configuration refused despite the permissions', STRING),
  leafList('allow-commands-regexps', 'Commands allowed on top of the permissions, one expression each', STRING),
  leafList('deny-commands-regexps', 'Commands refused despite the permissions, one expression each', STRING),
  leafList('allow-configuration-regexps', 'Configuration allowed on top of the permissions, one expression each', STRING),
  leafList('deny-configuration-regexps', 'Configuration refused despite the permissions, one expression each', STRING),
]);

const user = list('user', 'User account', USER_NAME, [
  leaf('full-name', "User's real name", pattern('^[^:\\n]*$', 'Field cannot contain colons or new lines')),
  leaf('uid', 'Numeric user id', integer(100, 64000)),
  leaf('class', 'Login class of the user', CLASS_NAME, { mandatory: true }),
  container('authentication', 'How the user proves who they are', authentication),
]);

export const login: StatementDef = container('login', 'User accounts, login classes and banners', [
  container('retry-options', 'What happens after failed password attempts', [
    leaf('tries-before-disconnect', 'Failed attempts before the connection is closed', integer(2, 10), { default: '3' }),
    leaf('backoff-threshold', 'Failed attempts before each retry is delayed', integer(1, 3), { default: '2' }),
    leaf('backoff-factor', 'Seconds added to the delay at each further failure', integer(5, 10), { default: '5', units: 'seconds' }),
    leaf('minimum-time', 'Shortest time a failing connection is kept open', integer(20, 60), { default: '20', units: 'seconds' }),
    leaf('maximum-time', 'Longest time allowed to enter a user name and password', integer(20, 300), { default: '120', units: 'seconds' }),
    leaf('lockout-period', 'Minutes an account stays locked after too many failures', integer(1, 43200), { units: 'minutes' }),
  ]),
  loginClass,
  user,
  leaf('announcement', 'Text shown after a successful login', text(1, 2048)),
  leaf('message', 'Banner shown before the login prompt', text(1, 2048)),
]);

export const rootAuthentication: StatementDef = container('root-authentication', 'Password and keys of the root account', authentication);
