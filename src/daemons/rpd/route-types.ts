/**
 * The vocabulary of rpd's routing tables (inet.0, inet6.0): routes as their sources propose
 * them, and the routing information base (RIB) after the active route of each destination is
 * chosen. Shapes only; sources are `connected-routes.ts` and `static-routes.ts`, selection is
 * `rib.ts`'s.
 */
import type { IpAddress, IpFamily, IpPrefix } from '../../lib/ip.js';

export type TableName = 'inet.0' | 'inet6.0';

export const TABLE_OF_FAMILY: Readonly<Record<IpFamily, TableName>> = { inet: 'inet.0', inet6: 'inet6.0' };

/** Protocols as `show route` names them. */
export type Protocol = 'Direct' | 'Local' | 'Static';

/** A usable next hop: a gateway on a connected subnet (`to`) and the logical interface (`via`). */
export interface RouteNextHop {
  readonly to?: IpAddress;
  readonly via: string;
}

/** A next hop that is not an address: what the route does with its packets itself. */
export type SpecialNextHop = 'local' | 'reject' | 'discard' | 'receive';

export interface CandidateRoute {
  readonly table: TableName;
  /** Host bits cleared. */
  readonly destination: IpPrefix;
  readonly protocol: Protocol;
  readonly preference: number;
  /** Resolved next hops, the selected one first (empty for special and hidden routes). */
  readonly nextHops: readonly RouteNextHop[];
  readonly special?: SpecialNextHop;
  /** A Local route's interface (`Local via fxp0.0`). */
  readonly localInterface?: string;
  /** Not usable (a static route whose next hops resolve nowhere): only `show route hidden` lists it. */
  readonly hidden: boolean;
  readonly metric?: number;
  readonly tag?: number;
  /** Static: stays in the forwarding table when rpd stops normally. */
  readonly retain: boolean;
  /** Static: goes into the forwarding table when active (`no-install` says no). */
  readonly install: boolean;
  /** `no-readvertise` (and every Local route) says no. */
  readonly readvertise: boolean;
  /** Same key, same route: its age carries over a recomputation. */
  readonly key: string;
}

export interface Route extends CandidateRoute {
  /** When the route appeared (ms since the epoch), for its age. */
  readonly since: number;
  readonly active: boolean;
}

export interface RibDestination {
  readonly destination: IpPrefix;
  /** The active route first, then the others by preference. */
  readonly routes: readonly Route[];
}

export interface RibTable {
  readonly name: TableName;
  /** In Junos's order (by address, shorter prefixes first). */
  readonly destinations: readonly RibDestination[];
}

export interface Rib {
  readonly tables: readonly RibTable[];
}
