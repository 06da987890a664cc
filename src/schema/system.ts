/**
 * `[edit system]`: host identity, authentication, login classes and users, services, the
 * backup-router, commit synchronization, mastership-related process settings, name servers,
 * NTP, syslog and location. Help texts are our own words; names, order and ranges follow Junos.
 */
import { container, enumeration, flag, integer, leaf, leafList, list, pattern, presence, STRING } from './define.js';
import type { StatementDef } from './types.js';

const authentication: StatementDef[] = [
  leaf('encrypted-password', 'Crypted password string', { type: 'encrypted-password' }, { secret: true }),
  flag('plain-text-password', 'Prompt for plain text password (autoencrypted)'),
  list('ssh-rsa', 'Secure shell (ssh) RSA public key string', { type: 'ssh-public-key', algorithm: 'ssh-rsa' }, [], { oneliner: 'always' }),
  list('ssh-ecdsa', 'Secure shell (ssh) ECDSA public key string', { type: 'ssh-public-key', algorithm: 'ecdsa' }, [], { oneliner: 'always' }),
  list('ssh-ed25519', 'Secure shell (ssh) EDDSA public key string', { type: 'ssh-public-key', algorithm: 'ssh-ed25519' }, [], { oneliner: 'always' }),
];

const backupRouter = (name: string, family: 'ipv4' | 'ipv6'): StatementDef =>
  container(
    name,
    family === 'ipv4' ? 'IPv4 router to use while booting' : 'IPv6 router to use while booting',
    [
      leaf('address', 'Address of the router to use while booting', { type: `${family}-address` }, { nokeyword: true, mandatory: true }),
      leafList('destination', 'Destination network reachable through the router', { type: `${family}-prefix` }),
    ],
    { oneliner: 'always' },
  );

export const system: StatementDef = container('system', 'System parameters', [
  leaf('host-name', 'Host name for this router', pattern('^[A-Za-z0-9._-]{1,255}$', 'Must be a string of alphanumericals, dashes or underscores')),
  container('root-authentication', 'Authentication information for the root login', authentication),
  container('commit', 'Configuration commit management', [flag('synchronize', 'Synchronize commit on both Routing Engines by default')]),
  container('login', 'Names, login classes, and passwords for users', [
    list('user', 'Username', pattern('^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$', 'Must be a string of alphanumericals, dashes or underscores'), [
      leaf('full-name', 'Full name', STRING),
      leaf('uid', 'User identifier (uid)', integer(100, 64000)),
      leaf('class', 'Login class', STRING, { mandatory: true }),
      container('authentication', 'Authentication method', authentication),
    ]),
  ]),
  container('services', 'System services', [
    presence('ssh', 'Allow ssh access', [leaf('port', 'Port number to accept incoming connections', integer(1, 65535))]),
    container('netconf', 'NETCONF services', [presence('ssh', 'NETCONF service over SSH', [leaf('port', 'Service port number', integer(1, 65535))])]),
  ]),
  leaf('domain-name', 'Domain name for this router', STRING),
  backupRouter('backup-router', 'ipv4'),
  backupRouter('inet6-backup-router', 'ipv6'),
  leaf('time-zone', 'Time zone name or POSIX-compliant time zone string', STRING),
  flag('switchover-on-routing-crash', 'Switch over to the other Routing Engine if the routing daemon crashes on the master'),
  list('name-server', 'DNS name servers', { type: 'ip-address' }, [], { block: true }),
  container('syslog', 'System logging facility', [
    list('user', 'Notify a user of the event', STRING, [
      list('contents', 'Facility type', enumeration('any', 'authorization', 'interactive-commands', 'kernel', 'daemon', 'firewall'), [
        flag('any', 'All levels', { choice: 'level' }),
        flag('emergency', 'Panic conditions', { choice: 'level' }),
        flag('notice', 'Conditions that should be handled specially', { choice: 'level' }),
        flag('info', 'Informational messages', { choice: 'level' }),
      ], { nokeyword: true, oneliner: 'always' }),
    ]),
    list('file', 'File in which to log data', STRING, [
      list('contents', 'Facility type', enumeration('any', 'authorization', 'interactive-commands', 'kernel', 'daemon', 'firewall'), [
        flag('any', 'All levels', { choice: 'level' }),
        flag('emergency', 'Panic conditions', { choice: 'level' }),
        flag('notice', 'Conditions that should be handled specially', { choice: 'level' }),
        flag('info', 'Informational messages', { choice: 'level' }),
      ], { nokeyword: true, oneliner: 'always' }),
    ]),
  ]),
  container('processes', 'Process control', [
    container('routing', 'Routing process', [
      container('failover', 'How to handle failure of the routing process', [flag('other-routing-engine', 'Switch over to the other Routing Engine')], { oneliner: 'always' }),
    ]),
  ]),
]);
