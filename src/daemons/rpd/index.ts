/**
 * rpd's public surface: what the router layer and the RPC registry use. Internals (the state
 * machine, route sources, selection) stay behind it.
 */
export { Rpd, RESTART_SIGNALLED, restartStarted, type RestartOptions, type RpdLogEntry, type RpdOptions, type ShowRouteResult } from './rpd.js';
export type { DaemonStatus } from './daemon-status.js';
export type { RpdMode } from './rpd-machine.js';
export type { RouteQueryError, ShowRouteQuery } from './route-query.js';
export type { RouteAge, RouteInformation, RouteNh, RouteStyle, RouteTableInformation, Rt, RtEntry } from './route-information.js';
export { renderRoutes, ROUTING_NOT_RUNNING } from './render-route.js';
export type { Protocol, Rib, RibDestination, RibTable, Route, RouteNextHop, TableName } from './route-types.js';
