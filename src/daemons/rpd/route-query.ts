/**
 * `show route [destination] [exact] [protocol P] [table T] [hidden] [brief|terse|detail]` as data,
 * from rpd's RIB.
 *
 * Owns which tables, destinations and routes a query shows:
 * - tables: both, or the one named by `table`, or (with a destination) the one of its family;
 *   a table with nothing to show is still listed with its counts (as Junos does under a
 *   protocol filter) [U for the other filters]; the counts are always the whole table's;
 * - destination `D` [U: Junos says "active entries for the specified address or range of
 *   addresses"]: the destinations inside D, plus the longest destination holding D (so an
 *   address shows the route packets to it would follow); with `exact`, D itself only;
 * - routes: the usable ones, or with `hidden` the hidden ones only; `protocol` keeps one
 *   protocol (`direct`, `local`, `static`, any case);
 * - detail adds the entry and announcement counts, next-hop type, state, task and
 *   announcement fields of `show route detail`; next-hop indexes there are 0 and reference
 *   counts count the RIB's routes using the same next hop [U].
 */
import { formatAddress, formatPrefix, parsePrefixOrHost, prefixCovers, type IpPrefix } from '../../lib/ip.js';
import { briefAge, detailAge } from './route-age.js';
import type { RouteInformation, RouteNh, RouteStyle, RouteTableInformation, Rt, RtEntry } from './route-information.js';
import { routesOf } from './rib.js';
import { TABLE_OF_FAMILY, type Rib, type RibTable, type Route, type RouteNextHop } from './route-types.js';

export interface ShowRouteQuery {
  /** An address or prefix (`10.0.0.0/8`, `10.255.0.1`, `2001:db8::/32`). */
  readonly destination?: string;
  readonly exact?: boolean;
  /** `direct`, `local`, `static`. */
  readonly protocol?: string;
  /** `inet.0`, `inet6.0`. */
  readonly table?: string;
  readonly hidden?: boolean;
  readonly style?: RouteStyle;
}

export type RouteQueryError = { readonly code: 'invalid-destination'; readonly message: string };

const SPECIAL_TEXT = { local: 'Local', reject: 'Reject', discard: 'Discard', receive: 'Receive' } as const;

function nhOf(hop: RouteNextHop, selected: boolean, detail: boolean): RouteNh {
  return {
    ...(selected ? { 'selected-next-hop': true as const } : {}),
    ...(detail ? { 'nh-string': 'Next hop' } : {}),
    ...(hop.to === undefined ? {} : { to: formatAddress(hop.to) }),
    via: hop.via,
  };
}

function nextHops(route: Route, detail: boolean): RouteNh[] | undefined {
  if (route.localInterface !== undefined) return [{ 'nh-local-interface': route.localInterface }];
  if (route.nextHops.length === 0) return undefined;
  return route.nextHops.map((hop, i) => nhOf(hop, i === 0, detail));
}

function briefNhType(route: Route): string | undefined {
  if (route.special !== undefined) return SPECIAL_TEXT[route.special];
  return route.hidden ? 'Unusable' : undefined;
}

function detailNhType(route: Route): string {
  if (route.special !== undefined) return SPECIAL_TEXT[route.special];
  if (route.hidden) return 'Unusable';
  return route.nextHops[0]?.to === undefined ? 'Interface' : 'Router';
}

function state(route: Route): string {
  const words = [route.active ? 'Active' : undefined, route.hidden ? 'Hidden' : undefined, route.readvertise ? undefined : 'NoReadvrt', 'Int', route.protocol === 'Static' ? 'Ext' : undefined];
  return words.filter((word) => word !== undefined).join(' ');
}

function hopIdentity(route: Route): string {
  if (route.localInterface !== undefined) return `local@${route.localInterface}`;
  return route.special ?? route.nextHops.map((hop) => `${hop.to === undefined ? '' : formatAddress(hop.to)}@${hop.via}`).join(',');
}

function entryOf(route: Route, style: RouteStyle, now: number, references: ReadonlyMap<string, number>): RtEntry {
  const seconds = Math.max(0, Math.floor((now - route.since) / 1000));
  const tags = route.active ? { 'active-tag': '*', 'current-active': true as const, 'last-active': true as const } : {};
  const head = { ...tags, 'protocol-name': route.protocol, preference: route.preference };
  const metric = route.metric === undefined ? {} : { metric: route.metric };
  const nh = nextHops(route, style === 'detail');
  if (style !== 'detail') {
    const nhType = briefNhType(route);
    return { ...head, age: { seconds, text: briefAge(seconds) }, ...metric, ...(nhType === undefined ? {} : { 'nh-type': nhType }), ...(nh === undefined ? {} : { nh }) };
  }
  const announced = route.active && (route.protocol !== 'Static' || route.install);
  return {
    ...head,
    'nh-type': detailNhType(route),
    'nh-index': 0,
    'nh-reference-count': references.get(hopIdentity(route)) ?? 1,
    ...(nh === undefined ? {} : { nh }),
    'rt-entry-state': state(route),
    ...(route.active || route.hidden ? {} : { 'inactive-reason': 'Route Preference' }),
    age: { seconds, text: detailAge(seconds) },
    ...metric,
    'task-name': route.protocol === 'Static' ? 'RT' : 'IF',
    ...(announced ? { 'announce-bits': 1, 'announce-tasks': '0-KRT' } : {}),
    'as-path': 'AS path: I',
  };
}

function matchesDestination(table: RibTable, target: IpPrefix, exact: boolean, visible: (route: Route) => boolean): Set<string> {
  const keep = new Set<string>();
  let longest: IpPrefix | undefined;
  for (const { destination, routes } of table.destinations) {
    if (!routes.some(visible)) continue;
    const key = formatPrefix(destination);
    if (exact) {
      if (destination.length === target.length && prefixCovers(destination, target)) keep.add(key);
      continue;
    }
    if (prefixCovers(target, destination)) keep.add(key);
    if (prefixCovers(destination, target) && (longest === undefined || destination.length > longest.length)) longest = destination;
  }
  if (longest !== undefined) keep.add(formatPrefix(longest));
  return keep;
}

function tableInformation(table: RibTable, query: ShowRouteQuery, target: IpPrefix | undefined, now: number, rib: Rib): RouteTableInformation {
  const all = table.destinations.flatMap((destination) => destination.routes);
  const style = query.style ?? 'brief';
  const protocol = query.protocol?.toLowerCase();
  const visible = (route: Route): boolean => (query.hidden === true ? route.hidden : !route.hidden) && (protocol === undefined || route.protocol.toLowerCase() === protocol);
  const keep = target === undefined ? undefined : matchesDestination(table, target, query.exact === true, visible);
  const references = new Map<string, number>();
  for (const route of routesOf(rib)) references.set(hopIdentity(route), (references.get(hopIdentity(route)) ?? 0) + 1);
  const rt: Rt[] = [];
  for (const { destination, routes } of table.destinations) {
    const key = formatPrefix(destination);
    if (keep !== undefined && !keep.has(key)) continue;
    const shown = routes.filter(visible);
    if (shown.length === 0) continue;
    const entries = shown.map((route) => entryOf(route, style, now, references));
    if (style !== 'detail') {
      rt.push({ style, 'rt-destination': key, 'rt-entry': entries });
      continue;
    }
    const announced = shown.filter((route) => route.active && (route.protocol !== 'Static' || route.install)).length;
    const count = shown.length;
    rt.push({ style, 'rt-destination': key, 'rt-entry-count': { count, format: `${count} ${count === 1 ? 'entry' : 'entries'}` }, 'rt-announced-count': announced, 'rt-entry': entries });
  }
  return {
    'table-name': table.name,
    'destination-count': table.destinations.length,
    'total-route-count': all.length,
    'active-route-count': all.filter((route) => route.active).length,
    'holddown-route-count': 0,
    'hidden-route-count': all.filter((route) => route.hidden).length,
    rt,
  };
}

export function queryRoutes(rib: Rib, query: ShowRouteQuery, now: number): { ok: true; value: RouteInformation } | { ok: false; error: RouteQueryError } {
  let target: IpPrefix | undefined;
  let tables = rib.tables;
  if (query.destination !== undefined) {
    target = parsePrefixOrHost(query.destination);
    if (target === undefined) return { ok: false, error: { code: 'invalid-destination', message: `invalid value: ${query.destination}` } };
    const family = TABLE_OF_FAMILY[target.address.family];
    tables = tables.filter((table) => table.name === family);
  }
  if (query.table !== undefined) tables = tables.filter((table) => table.name === query.table);
  return { ok: true, value: { 'route-table': tables.map((table) => tableInformation(table, query, target, now, rib)) } };
}
