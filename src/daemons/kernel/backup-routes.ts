/**
 * What `system backup-router` and `system inet6-backup-router` ask of this RE's kernel.
 *
 * Owns turning the statements into `BackupRoute`s. Reachability is the configuration library's
 * `backupRouterReachable` (the same rule as the commit warning of procedure.md 8.5: the gateway
 * must be on a subnet of the management interface); nothing is installed when it says no
 * (9.A6). In addition the kernel needs the logical interface to be up here and, unless the
 * gateway is IPv6 link-local, one of its installed addresses to hold the gateway: a gateway
 * reachable only through a `master-only` subnet is not reachable on the backup RE [U].
 * When the route is installed and removed is `kernel-state.ts`'s business.
 */
import { backupRouterReachable } from '../../config/validate.js';
import type { ConfigNode } from '../../config/node.js';
import { isLinkLocal, parseAddress, parsePrefixOrHost, prefixContains, networkOf, type IpFamily, type IpPrefix } from '../../lib/ip.js';
import type { BackupRoute } from './forwarding-types.js';
import type { LogicalInterface } from './interfaces.js';

function backupRouteOf(expanded: ConfigNode, family: IpFamily, managementInterface: string, units: readonly LogicalInterface[]): BackupRoute | undefined {
  const reach = backupRouterReachable(expanded, managementInterface, family);
  const gateway = reach === undefined ? undefined : parseAddress(reach.gateway);
  if (reach === undefined || gateway === undefined) return undefined;
  const unit = units.find((candidate) => candidate.name === reach.interfaceUnit);
  if (unit === undefined || !unit.up || !unit.families.includes(family)) return undefined;
  const onLink = isLinkLocal(gateway) || unit.addresses.some((address) => prefixContains(address.prefix, gateway));
  if (!onLink) return undefined;
  const destinations: IpPrefix[] = [];
  for (const text of reach.destinations) {
    const prefix = parsePrefixOrHost(text);
    if (prefix !== undefined && prefix.address.family === family) destinations.push(networkOf(prefix));
  }
  return { family, gateway, destinations, interface: unit.name };
}

/** The backup routes this RE's configuration asks for (inet first), given its interfaces. */
export function wantedBackupRoutes(expanded: ConfigNode | undefined, managementInterface: string, units: readonly LogicalInterface[]): BackupRoute[] {
  if (expanded === undefined) return [];
  const out: BackupRoute[] = [];
  for (const family of ['inet', 'inet6'] as const) {
    const route = backupRouteOf(expanded, family, managementInterface, units);
    if (route !== undefined) out.push(route);
  }
  return out;
}

/** Whether two sets of backup routes are the same (a commit that changes nothing changes nothing). */
export function sameBackupRoutes(a: readonly BackupRoute[], b: readonly BackupRoute[]): boolean {
  const key = (route: BackupRoute): string =>
    [route.family, route.gateway.value, route.interface, ...route.destinations.map((d) => `${d.address.value}/${d.length}`)].join(' ');
  return a.length === b.length && a.every((route, i) => key(route) === key(b[i] as BackupRoute));
}
