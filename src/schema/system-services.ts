/**
 * `[edit system services]`: the management services the twin serves (SSH, NETCONF over SSH,
 * REST). Only those statements; the many other Junos services are left out.
 *
 * Names, order, ranges and defaults follow Junos (YANG module junos-conf-system); help texts are ours.
 */
import { container, enumeration, flag, INT32, integer, leaf, leafList, PORT, pattern, presence } from './define.js';
import type { StatementDef, ValueType } from './types.js';

const CONNECTION_LIMIT: ValueType = integer(1, 250);

/** The keep-alive and admission settings SSH and NETCONF-over-SSH share. */
function sessionLimits(): StatementDef[] {
  return [
    leaf('connection-limit', 'Most connections open at once', CONNECTION_LIMIT, { default: '75' }),
    leaf('rate-limit', 'Most new connections per minute', CONNECTION_LIMIT, { default: '150' }),
    leaf('client-alive-count-max', 'Unanswered keep-alives before the client is dropped', integer(0, 255), { default: '3' }),
    leaf('client-alive-interval', 'Seconds of silence before a keep-alive is sent (0: never)', integer(0, 65535), {
      default: '0',
      units: 'seconds',
    }),
  ];
}

const ssh = presence('ssh', 'SSH access to the CLI', [
  leaf('root-login', 'Whether root may log in over SSH', enumeration('allow', 'deny', 'deny-password')),
  flag('no-passwords', 'Refuse password and keyboard-interactive logins'),
  flag('no-public-keys', 'Refuse public key logins'),
  leafList('protocol-version', 'SSH protocol versions offered', enumeration('v2')),
  leaf('max-sessions-per-connection', 'Most sessions one connection may open', integer(1, 65535)),
  flag('sftp-server', 'Serve SFTP'),
  leaf('client-alive-count-max', 'Unanswered keep-alives before the client is dropped', integer(0, 255), { default: '3' }),
  leaf('client-alive-interval', 'Seconds of silence before a keep-alive is sent (0: never)', integer(0, 65535), {
    default: '0',
    units: 'seconds',
  }),
  leaf('port', 'TCP port the SSH server listens on', PORT, { default: '22' }),
  flag('log-key-changes', 'Log changes to authorized keys'),
  leaf('connection-limit', 'Most connections open at once', CONNECTION_LIMIT, { default: '75' }),
  leaf('rate-limit', 'Most new connections per minute', CONNECTION_LIMIT, { default: '150' }),
]);

const netconf = container('netconf', 'NETCONF management service', [
  presence('ssh', 'NETCONF over SSH', [...sessionLimits(), leaf('port', 'TCP port of the NETCONF SSH server', PORT, { default: '830' })]),
  flag('rfc-compliant', 'Answer in the form RFC 6241 prescribes'),
  flag('yang-compliant', 'Answer in the form the YANG models prescribe'),
]);

const REST_PORT: ValueType = integer(1024, 65535);
const CERTIFICATE: ValueType = pattern('^.{1,32}$', 'Must be string of 32 characters or less');

const rest = container('rest', 'REST API service', [
  presence('http', 'REST over plain HTTP', [
    leaf('port', 'TCP port of the HTTP server', REST_PORT, { default: '3000' }),
    leafList('addresses', 'Local addresses to listen on', { type: 'ipv4-address' }),
  ]),
  container('https', 'REST over HTTPS', [
    leaf('port', 'TCP port of the HTTPS server', REST_PORT, { default: '3443' }),
    leafList('addresses', 'Local addresses to listen on', { type: 'ipv4-address' }),
    leaf('server-certificate', 'Local certificate to present', CERTIFICATE),
  ]),
  container('control', 'Who may use the REST service', [
    leafList('allowed-sources', 'Client addresses allowed to connect', { type: 'ipv4-address' }),
    leaf('connection-limit', 'Most connections open at once', INT32),
  ]),
  flag('enable-explorer', 'Serve the REST API explorer pages'),
]);

export const services: StatementDef = presence('services', 'Management services', [ssh, netconf, rest]);
