/**
 * `[edit routing-options]`: static routes (IPv4, and IPv6 through `rib inet6.0`), router id,
 * autonomous system and nonstop routing.
 */
import { container, enumeration, flag, integer, leaf, leafList, list } from './define.js';
import type { StatementDef } from './types.js';

const staticRoutes = (family: 'ipv4' | 'ipv6'): StatementDef =>
  container('static', 'Static routes', [
    list('route', 'Static route', { type: `${family}-prefix` }, [
      leafList('next-hop', 'Next hop to destination', { type: 'ip-address' }, { choice: 'next-hop-type' }),
      flag('discard', 'Drop packets to destination; send no ICMP unreachables', { choice: 'next-hop-type' }),
      flag('reject', 'Drop packets to destination; send ICMP unreachables', { choice: 'next-hop-type' }),
      list('qualified-next-hop', 'Next hop with qualifiers', { type: 'ip-address' }, [
        leaf('preference', 'Preference value', integer(0, 4294967295)),
      ]),
      flag('retain', 'Always keep route in forwarding table'),
      flag('no-readvertise', "Don't mark route as eligible to be readvertised"),
      leaf('preference', 'Preference value', integer(0, 4294967295)),
    ], { oneliner: 'single' }),
  ]);

export const routingOptions: StatementDef = container('routing-options', 'Protocol-independent routing option configuration', [
  list('rib', 'Routing table options', enumeration('inet6.0'), [staticRoutes('ipv6')]),
  staticRoutes('ipv4'),
  leaf('router-id', 'Router identifier', { type: 'ipv4-address' }),
  leaf('autonomous-system', 'Autonomous system number', integer(1, 4294967295)),
  flag('nonstop-routing', 'Enable nonstop routing'),
]);
