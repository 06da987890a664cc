/** `[edit snmp]`: location, contact and communities. */
import { container, enumeration, leaf, list, STRING } from './define.js';
import type { StatementDef } from './types.js';

export const snmp: StatementDef = container('snmp', 'Simple Network Management Protocol configuration', [
  leaf('location', 'Physical location of system', STRING),
  leaf('contact', 'Contact information for administrator', STRING),
  list('community', 'Configure a community string', STRING, [
    leaf('authorization', 'Type of access allowed', enumeration('read-only', 'read-write')),
  ]),
]);
