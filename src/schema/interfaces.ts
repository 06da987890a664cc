/**
 * `[edit interfaces]`: physical and management interfaces with their logical units and
 * IPv4/IPv6 addresses.
 */
import { container, flag, integer, leaf, list, presence, STRING } from './define.js';
import type { StatementDef } from './types.js';

const address = (family: 'ipv4' | 'ipv6'): StatementDef =>
  list('address', 'Interface address/destination prefix', { type: `${family}-interface-address` }, [
    flag('master-only', 'Master management IP address for multiple Routing Engines'),
    flag('primary', 'Candidate for primary address in system'),
    flag('preferred', 'Preferred address on interface'),
  ]);

export const interfaces: StatementDef = container('interfaces', 'Interface configuration', [
  list('interface', 'Interface name', { type: 'interface-name' }, [
    leaf('description', 'Text description of interface', STRING),
    flag('disable', 'Disable this interface'),
    list('unit', 'Logical interface', integer(0, 1073741823), [
      leaf('description', 'Text description of interface', STRING),
      container('family', 'Protocol family', [
        presence('inet', 'IPv4 parameters', [address('ipv4')]),
        presence('inet6', 'IPv6 protocol parameters', [address('ipv6')]),
      ], { flat: true }),
    ]),
  ], { nokeyword: true }),
]);
