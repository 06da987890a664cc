/**
 * The routing information base: every candidate route sorted into its table and destination,
 * and the active route of each destination chosen.
 *
 * Owns selection and ages. The active route is the usable (not hidden) route with the lowest
 * preference; ties go to Direct, then Local, then Static, then to the route that came first
 * (configuration and interface order) [U: Junos breaks such ties on further criteria that do
 * not apply to these protocols]. A route keeps its age across recomputations while its key
 * (protocol, interface/address or configuration and resolved next hops) is unchanged.
 * Destinations are listed in Junos's order; within a destination the active route first, then
 * the others by preference.
 */
import { comparePrefixes, formatPrefix } from '../../lib/ip.js';
import type { CandidateRoute, Protocol, Rib, RibDestination, Route, TableName } from './route-types.js';

const TABLES: readonly TableName[] = ['inet.0', 'inet6.0'];
const PROTOCOL_RANK: Readonly<Record<Protocol, number>> = { Direct: 0, Local: 1, Static: 2 };

function better(a: CandidateRoute, b: CandidateRoute): number {
  return a.preference - b.preference || PROTOCOL_RANK[a.protocol] - PROTOCOL_RANK[b.protocol];
}

/** Every route of `rib`, for carrying ages over. */
export function routesOf(rib: Rib | undefined): Route[] {
  return rib === undefined ? [] : rib.tables.flatMap((table) => table.destinations.flatMap((destination) => destination.routes));
}

export function buildRib(candidates: readonly CandidateRoute[], previous: Rib | undefined, now: number): Rib {
  const since = new Map(routesOf(previous).map((route) => [route.key, route.since]));
  const byTable = new Map<TableName, Map<string, CandidateRoute[]>>(TABLES.map((name) => [name, new Map()]));
  for (const candidate of candidates) {
    const destinations = byTable.get(candidate.table) as Map<string, CandidateRoute[]>;
    const key = formatPrefix(candidate.destination);
    const list = destinations.get(key);
    if (list === undefined) destinations.set(key, [candidate]);
    else list.push(candidate);
  }
  const tables = TABLES.map((name) => {
    const destinations: RibDestination[] = [];
    for (const list of (byTable.get(name) as Map<string, CandidateRoute[]>).values()) {
      const ordered = list.map((route, order) => ({ route, order })).sort((a, b) => better(a.route, b.route) || a.order - b.order);
      const winner = ordered.find((entry) => !entry.route.hidden)?.route;
      const routes = ordered.map(({ route }): Route => ({ ...route, since: since.get(route.key) ?? now, active: route === winner }));
      routes.sort((a, b) => Number(b.active) - Number(a.active));
      destinations.push({ destination: (list[0] as CandidateRoute).destination, routes });
    }
    destinations.sort((a, b) => comparePrefixes(a.destination, b.destination));
    return { name, destinations };
  });
  return { tables };
}

/** The active route of each destination of each table. */
export function activeRoutes(rib: Rib): Route[] {
  return rib.tables.flatMap((table) => table.destinations.flatMap((destination) => destination.routes.filter((route) => route.active)));
}
