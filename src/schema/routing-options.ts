/**
 * `[edit routing-options]`: static routes (in inet.0 directly, in any table through `rib`), the
 * router id, the autonomous system, graceful restart and nonstop routing.
 *
 * Names, order and ranges follow Junos (YANG module junos-conf-routing-options); help texts are
 * ours. `preference`, `metric` and `tag` of a route are presence containers holding a bare value,
 * as in Junos: written `preference 5;`, in XML `<preference><metric-value>5</metric-value></preference>`.
 */
import { choiceOfFlags, container, flag, integer, INTERFACE_NAME, IP_PREFIX, leaf, leafList, list, pattern, presence, UINT32 } from './define.js';
import type { StatementDef, ValueType } from './types.js';

const NEXT_HOP: ValueType = { type: 'ip-address-or-interface' };

/** `preference 5;`, `metric 10 type 2;`: a value and an optional IGP metric type. */
const valueWithType = (name: string, help: string): StatementDef =>
  presence(name, help, [
    leaf('metric-value', 'The number itself', UINT32, { nokeyword: true, mandatory: true }),
    leaf('type', 'Type of the value (1..16)', integer(1, 16)),
  ], { oneliner: 'always' });

const route = list('route', 'Static route to a destination prefix', IP_PREFIX, [
  leafList('next-hop', 'Gateway address or outgoing interface', NEXT_HOP, { choice: 'next_hop' }),
  ...choiceOfFlags('next_hop', [
    ['reject', 'Drop matching packets and answer with ICMP unreachable'],
    ['discard', 'Drop matching packets silently'],
    ['receive', 'Deliver matching packets to the Routing Engine'],
  ]),
  list('qualified-next-hop', 'Gateway with its own preference and metric', NEXT_HOP, [
    leaf('preference', 'Preference of this gateway (lower wins)', UINT32),
    leaf('metric', 'Metric of this gateway', UINT32),
    leaf('interface', 'Interface to reach the gateway through', INTERFACE_NAME),
    leaf('tag', 'Tag of this gateway', UINT32),
  ]),
  ...choiceOfFlags('retain-choice', [
    ['retain', 'Leave the route in the forwarding table when the routing process stops'],
    ['no-retain', 'Remove the route from the forwarding table when the routing process stops'],
  ]),
  ...choiceOfFlags('install-choice', [
    ['install', 'Put the route in the forwarding table'],
    ['no-install', 'Keep the route out of the forwarding table'],
  ]),
  ...choiceOfFlags('readvertise-choice', [
    ['readvertise', 'Let routing policy export the route'],
    ['no-readvertise', 'Never export the route to routing protocols'],
  ]),
  ...choiceOfFlags('resolve-choice', [
    ['resolve', 'Resolve a gateway that is not directly connected'],
    ['no-resolve', 'Use only directly connected gateways'],
  ]),
  ...choiceOfFlags('passive_flag', [
    ['active', 'Remove the route when its gateway is unreachable'],
    ['passive', 'Keep the route even when its gateway is unreachable'],
  ]),
  valueWithType('metric', 'Metric of the route'),
  valueWithType('tag', 'Tag of the route'),
  valueWithType('preference', 'Preference of the route (lower wins)'),
], { oneliner: 'single' });

const staticRoutes = (): StatementDef => container('static', 'Routes configured by hand', [route]);

const RIB_NAME: ValueType = pattern(
  '^(?:[A-Za-z0-9_-]+(?::[A-Za-z0-9_-]+)?\\.)?[a-z][a-z0-9-]*\\.(?:[0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])$',
  'Must match the format [<instance-name>[:<topology-name>].]<family-name>.<rib-id>',
);

const AS_NUMBER: ValueType = pattern(
  '^(?:[1-9][0-9]{0,9}|[0-9]{1,5}\\.[0-9]{1,5})$',
  "Use format 'x' or 'x.y' to specify number 'x' (Range 1 .. 4294967295) or number with higher 2 bytes 'x' (Range 0 .. 65535) and lower 2 bytes 'y' (Range 0 .. 65535) respectively",
);

export const routingOptions: StatementDef = container('routing-options', 'Routing settings not tied to one protocol', [
  list('rib', 'Settings of one routing table (inet6.0, inet.3 ...)', RIB_NAME, [staticRoutes()]),
  leaf('router-id', 'Router identifier (an IPv4 address)', { type: 'ipv4-address' }),
  container('autonomous-system', 'Autonomous system of this router', [
    leaf('as-number', 'AS number (x or x.y)', AS_NUMBER, { nokeyword: true, mandatory: true }),
    leaf('loops', 'How often the own AS may appear in an AS path', integer(1, 10)),
    flag('asdot-notation', 'Show 4-byte AS numbers as x.y'),
  ], { oneliner: 'always' }),
  presence('graceful-restart', 'Keep forwarding while routing protocols restart', [
    flag('disable', 'Turn graceful restart off'),
    leaf('restart-duration', 'Longest time a restart may take', integer(120, 10000), { units: 'seconds' }),
  ]),
  staticRoutes(),
  flag('nonstop-routing', 'Keep routing protocol state on the backup Routing Engine (NSR)'),
]);
