/**
 * `[edit snmp]`: system identification for SNMP and the SNMPv1/v2c communities with the clients
 * allowed to use them (written `clients { 10.0.0.0/8; 0.0.0.0/0 restrict; }`).
 *
 * Names and order follow Junos (YANG module junos-conf-snmp); help texts are ours.
 */
import { container, enumeration, flag, IP_PREFIX, leaf, list, pattern, STRING } from './define.js';
import type { StatementDef } from './types.js';

const community = list('community', 'SNMPv1/v2c community', STRING, [
  leaf('view', 'MIB view the community may see', STRING),
  leaf('authorization', 'What the community may do', enumeration('read-only', 'read-write')),
  leaf('client-list-name', 'Named list of allowed clients', pattern('^.{1,128}$', 'Must be a string of 128 characters or less'), {
    choice: 'clients_choice',
  }),
  list('clients', 'Client prefixes allowed (or refused) to use the community', IP_PREFIX, [flag('restrict', 'Refuse these clients')], {
    choice: 'clients_choice',
    block: true,
    oneliner: 'always',
  }),
]);

export const snmp: StatementDef = container('snmp', 'SNMP agent', [
  leaf('system-name', 'Name reported instead of the host name', STRING),
  leaf('description', 'System description reported (sysDescr)', STRING),
  leaf('location', 'Where the router is (sysLocation)', STRING),
  leaf('contact', 'Who looks after the router (sysContact)', STRING),
  community,
]);
