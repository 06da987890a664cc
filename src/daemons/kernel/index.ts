/**
 * The kernel daemon's public surface: what the router layer and the RPC registry use. Internals
 * (the state machine, next-hop numbering, table building) stay behind it.
 */
export { Kernel, DEFAULT_FIRST_INDEX, type KernelOptions, type RpdKernelPort } from './kernel.js';
export type {
  BackupRoute,
  ForwardingEntry,
  ForwardingNextHop,
  ForwardingNextHopType,
  ForwardingRouteType,
  ForwardingTable,
  ForwardingTableInformation,
  KernelNextHop,
  KernelRoute,
} from './forwarding-types.js';
export type { ForwardingQueryResult, ForwardingTableQuery } from './forwarding-query.js';
export type { InstalledAddress, InterfaceKind, LogicalInterface, PhysicalInterface, RoutingEngineRole } from './interfaces.js';
export { renderForwardingTable } from './render-forwarding-table.js';
export { formatMac, inventedMac, type NeighbourMac } from './neighbour-mac.js';
