/**
 * Static routes as configured: reading `[edit routing-options static]` (inet.0) and
 * `[edit routing-options rib inet6.0 static]` (inet6.0) of an expanded configuration.
 *
 * Owns the statements and their defaults, nothing about reachability (`static-routes.ts`).
 * Defaults (Junos's): preference 5, `no-retain`, `install`, `readvertise`. A route of the wrong
 * family for its table, or with neither next hop nor `reject`/`discard`/`receive`, is skipped
 * (the commit checks refuse the first; the second cannot be committed on Junos). Inactive
 * statements are not configuration. Other tables under `rib` (inet.3 ...) are not modelled.
 */
import { activeAt, activeChild, activeEntries } from '../../config/checks/active.js';
import type { ConfigNode } from '../../config/node.js';
import { networkOf, parsePrefixOrHost, type IpPrefix } from '../../lib/ip.js';
import { TABLE_OF_FAMILY, type TableName } from './route-types.js';

export const STATIC_PREFERENCE = 5;

export interface QualifiedNextHop {
  /** An address or a logical interface, as written. */
  readonly value: string;
  readonly preference?: number;
  readonly metric?: number;
  /** `interface`: the gateway must be reached through this logical interface. */
  readonly interface?: string;
}

export interface StaticRouteConfig {
  readonly table: TableName;
  readonly destination: IpPrefix;
  /** As written in the configuration (the route's key). */
  readonly text: string;
  readonly preference: number;
  readonly metric?: number;
  readonly tag?: number;
  /** `next-hop` values, in order. */
  readonly nextHops: readonly string[];
  readonly qualified: readonly QualifiedNextHop[];
  readonly special?: 'reject' | 'discard' | 'receive';
  readonly retain: boolean;
  readonly install: boolean;
  readonly readvertise: boolean;
}

function numberOf(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  return Number(text);
}

/** `preference 7;` is a container holding a bare value (`metric-value`). */
function bareNumber(route: ConfigNode, name: string): number | undefined {
  return numberOf(activeChild(activeChild(route, name), 'metric-value')?.value);
}

const has = (node: ConfigNode, name: string): boolean => activeChild(node, name) !== undefined;

function readRoute(route: ConfigNode, table: TableName): StaticRouteConfig | undefined {
  const text = route.key ?? '';
  const prefix = parsePrefixOrHost(text);
  if (prefix === undefined || TABLE_OF_FAMILY[prefix.address.family] !== table) return undefined;
  const special = (['reject', 'discard', 'receive'] as const).find((flag) => has(route, flag));
  const nextHops = activeChild(route, 'next-hop')?.values ?? [];
  const qualified = activeEntries(route, 'qualified-next-hop').map((entry): QualifiedNextHop => {
    const preference = numberOf(activeChild(entry, 'preference')?.value);
    const metric = numberOf(activeChild(entry, 'metric')?.value);
    const via = activeChild(entry, 'interface')?.value;
    return {
      value: entry.key ?? '',
      ...(preference === undefined ? {} : { preference }),
      ...(metric === undefined ? {} : { metric }),
      ...(via === undefined ? {} : { interface: via }),
    };
  });
  if (special === undefined && nextHops.length === 0 && qualified.length === 0) return undefined;
  const metric = bareNumber(route, 'metric');
  const tag = bareNumber(route, 'tag');
  return {
    table,
    destination: networkOf(prefix),
    text,
    preference: bareNumber(route, 'preference') ?? STATIC_PREFERENCE,
    ...(metric === undefined ? {} : { metric }),
    ...(tag === undefined ? {} : { tag }),
    nextHops,
    qualified,
    ...(special === undefined ? {} : { special }),
    retain: has(route, 'retain'),
    install: !has(route, 'no-install'),
    readvertise: !has(route, 'no-readvertise'),
  };
}

function routesOf(staticNode: ConfigNode | undefined, table: TableName): StaticRouteConfig[] {
  return activeEntries(staticNode, 'route')
    .map((route) => readRoute(route, table))
    .filter((route): route is StaticRouteConfig => route !== undefined);
}

/** Every static route of inet.0 and inet6.0, in configuration order. */
export function staticRouteConfigs(expanded: ConfigNode | undefined): StaticRouteConfig[] {
  const routingOptions = expanded === undefined ? undefined : activeChild(expanded, 'routing-options');
  if (routingOptions === undefined) return [];
  const out = routesOf(activeChild(routingOptions, 'static'), 'inet.0');
  for (const rib of activeEntries(routingOptions, 'rib')) {
    if (rib.key === 'inet6.0') out.push(...routesOf(activeAt(rib, 'static'), 'inet6.0'));
  }
  return out;
}
