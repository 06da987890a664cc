/**
 * `[edit system]`: host identity, authentication and logins, management services, commit
 * synchronization, the boot-time backup routers, routing-engine switchover settings, name
 * servers and static host names, location, syslog, process failover and NTP.
 *
 * Names, order (Junos's `show configuration` order), ranges and pattern messages follow Junos
 * (YANG module junos-conf-system); help texts are ours. Login and authentication live in
 * system-login.ts, services in system-services.ts, syslog in system-syslog.ts.
 */
import {
  choiceOfFlags,
  container,
  enumeration,
  flag,
  HOSTNAME,
  INT32,
  integer,
  IP_ADDRESS,
  leaf,
  leafList,
  list,
  pattern,
  patternWithLength,
  STRING,
  UINT32,
} from './define.js';
import { login, rootAuthentication } from './system-login.js';
import { services } from './system-services.js';
import { syslog } from './system-syslog.js';
import type { StatementDef, ValueType } from './types.js';

const NAME_MESSAGE = 'Must be a string of alphanumericals, dashes or underscores';
const HOST_NAME: ValueType = patternWithLength('^[A-Za-z0-9._-]+$', NAME_MESSAGE, 1, 255);

const commit = container('commit', 'How commits behave', [
  ...choiceOfFlags('persist-groups-choice', [
    ['persist-groups-inheritance', 'Keep the inheritance of groups in the committed database'],
    ['no-persist-groups-inheritance', 'Expand groups again at every commit'],
  ]),
  flag('fast-synchronize', 'Commit on both Routing Engines in parallel'),
  flag('synchronize', 'Every commit also commits on the other Routing Engine'),
  flag('delta-export', 'Export only the changes at commit'),
  flag('no-synchronize', 'Commit on this Routing Engine only'),
]);

/** `backup-router` and `inet6-backup-router`: written `backup-router 10.0.0.1 destination 10.0.0.0/8;`. */
const backupRouter = (name: string, family: 'ipv4' | 'ipv6'): StatementDef =>
  container(
    name,
    family === 'ipv4' ? 'IPv4 gateway used while the routing daemon is not running' : 'IPv6 gateway used while the routing daemon is not running',
    [
      leaf('address', 'Address of the gateway', { type: `${family}-address` }, { nokeyword: true, mandatory: true }),
      leafList('destination', 'Prefixes reached through the gateway (default: all)', { type: `${family}-prefix` }),
    ],
    { oneliner: 'always' },
  );

const location = container('location', 'Where the router is', [
  leaf('country-code', 'Country (ISO 3166 two-letter code)', STRING),
  leaf('postal-code', 'Postal code', STRING),
  leaf('npa-nxx', 'Telephone area code and exchange (NPA-NXX)', STRING),
  leaf('latitude', 'Latitude', STRING),
  leaf('longitude', 'Longitude', STRING),
  leaf('altitude', 'Height above sea level', INT32, { units: 'feet' }),
  leaf('lata', 'Local access and transport area', STRING),
  leaf('vcoord', 'Vertical coordinate (Bellcore)', STRING),
  leaf('hcoord', 'Horizontal coordinate (Bellcore)', STRING),
  leaf('building', 'Building', STRING),
  leaf('floor', 'Floor', INT32),
  leaf('rack', 'Rack', UINT32),
]);

const ROUTING_INSTANCE: ValueType = {
  type: 'string',
  pattern: '^(?!__.*__$)(?!all$)(?!""$)[^ ]{1,128}$',
  patternMessage: 'Must be a non-reserved string of 128 characters or less with no spaces.',
};

const nameServer = list('name-server', 'DNS servers to query', IP_ADDRESS, [
  leaf('routing-instance', 'Routing instance to reach the server through', ROUTING_INSTANCE),
  leaf('source-address', 'Source address of queries', IP_ADDRESS),
], { block: true, oneliner: 'always' });

const staticHostMapping = list('static-host-mapping', 'Host names resolved locally', pattern('^[A-Za-z0-9._-]+$', NAME_MESSAGE), [
  leafList('inet', 'IPv4 addresses of the host', { type: 'ipv4-address' }),
  leafList('inet6', 'IPv6 addresses of the host', { type: 'ipv6-address' }),
  leaf('sysid', 'IS-IS system identifier of the host', STRING),
  leafList('alias', 'Other names of the host', STRING),
], { block: true });

/** A daemon under `processes`: can be disabled, and can move mastership when it keeps failing. */
const process = (name: string, help: string, failover: readonly string[]): StatementDef =>
  container(name, help, [
    flag('disable', 'Do not run this process'),
    ...(failover.length === 0
      ? []
      : [leaf('failover', 'What to do when the process keeps failing', enumeration(...failover))]),
  ], { oneliner: 'always' });

const processes = container('processes', 'System processes', [
  process('routing', 'Routing protocol process (rpd)', ['other-routing-engine', 'alternate-media']),
  process('chassis-control', 'Chassis management process (chassisd)', ['alternate-media']),
  process('ntp', 'Network time process (xntpd)', ['other-routing-engine', 'alternate-media']),
  process('web-management', 'Web and REST management process', ['other-routing-engine', 'alternate-media']),
]);

const KEY_ID: ValueType = integer(1, 65534);

/** `server` and `peer` entries: `server 10.0.0.1 version 4 prefer;`. */
const ntpAssociation = (name: string, help: string, keyType: ValueType): StatementDef =>
  list(name, help, keyType, [
    leaf('key', 'Authentication key to use', KEY_ID),
    leaf('version', 'NTP version to speak', integer(1, 4)),
    flag('prefer', 'Prefer this source over the others'),
  ], { oneliner: 'always' });

const ntp = container('ntp', 'Network Time Protocol', [
  leaf('boot-server', 'Server to set the clock from at boot', IP_ADDRESS),
  ntpAssociation('peer', 'Symmetric peer', IP_ADDRESS),
  ntpAssociation('server', 'Time server to follow', HOSTNAME),
  leafList('trusted-key', 'Key ids trusted for authentication', KEY_ID),
  list('source-address', 'Source address of NTP packets', IP_ADDRESS, [
    leaf('routing-instance', 'Routing instance the address belongs to', ROUTING_INSTANCE),
  ], { oneliner: 'always' }),
]);

export const system: StatementDef = container('system', 'Settings of the router as a whole', [
  leaf('host-name', 'Name of this router', HOST_NAME),
  rootAuthentication,
  commit,
  login,
  services,
  leaf('domain-name', 'DNS domain this router belongs to', HOST_NAME),
  leafList('domain-search', 'Domains to try when resolving a short name', STRING),
  backupRouter('backup-router', 'ipv4'),
  backupRouter('inet6-backup-router', 'ipv6'),
  leaf('time-zone', 'Time zone (region/city name or POSIX string)', {
    type: 'string',
    pattern: '^[a-zA-Z0-9:_+,./\\\\-]{3,}$',
    patternMessage: 'Invalid string',
  }, { default: 'UTC' }),
  flag('switchover-on-routing-crash', 'Switch Routing Engines when the routing process crashes on the master'),
  flag('default-address-selection', 'Source locally generated packets from the loopback address'),
  location,
  nameServer,
  staticHostMapping,
  syslog,
  processes,
  ntp,
]);
