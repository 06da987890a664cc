/**
 * `system backup-router` / `inet6-backup-router` reachability (spec §7.2; procedure.md 8.5,
 * 9.A6, 9.B14).
 *
 * The backup router must sit on a subnet the RE's management interface is directly connected
 * to. Junos documents no commit error for this (spec §10 item 6); retwin accepts the commit and
 * warns, in the form procedure.md 8.5 shows, under the expanded path (not the group's):
 *
 *     [edit system]
 *       'backup-router 10.255.1.1'
 *         warning: backup-router 10.255.1.1 is not on a subnet of fxp0.0; backup route not installed
 *
 * Choices where Junos is silent:
 * - Every active address of the family on the management interface counts, `master-only` ones
 *   too (they are configured on this RE even when not installed); when several subnets hold the
 *   gateway, a non-master-only address is preferred.
 * - The logical interface named in the warning is the first unit holding addresses of the
 *   family, else the first unit with the family, else the first unit, else unit 0 (`fxp0.0`):
 *   the warning is given even when the interface has no address at all.
 * - An IPv6 link-local gateway (fe80::/10) is on-link wherever the interface has `family inet6`
 *   (every IPv6 interface has a link-local address), so it is reachable through that unit.
 *
 * `backupRouterReachable` answers the same question for the kernel daemon: where the route
 * would go, or undefined when it would not be installed.
 */
import type { ConfigIssue } from '../errors.js';
import type { ConfigNode } from '../node.js';
import { activeAt, activeChild, statementOf } from './active.js';
import { issueAt, type Check } from './check.js';
import { interfaceAddresses, logicalName, unitsOf, unitsWithFamily, type InterfaceAddress } from './interface-addresses.js';
import { isLinkLocal, parseAddress, prefixContains, subnetOf, type IpFamily } from '../../lib/ip.js';

/** The statement configuring the backup router of each family. */
export const BACKUP_ROUTER_STATEMENT: Readonly<Record<IpFamily, string>> = { inet: 'backup-router', inet6: 'inet6-backup-router' };

export interface BackupRouterReach {
  readonly family: IpFamily;
  /** The backup router's address, as configured. */
  readonly gateway: string;
  /** The configured destinations; empty means a default route. */
  readonly destinations: readonly string[];
  /** The logical interface the gateway is reached through (`fxp0.0`). */
  readonly interfaceUnit: string;
  /** The interface address whose subnet holds the gateway (`10.255.0.11/24`); absent for a link-local gateway. */
  readonly address?: string;
  /** That subnet (`10.255.0.0/24`; `fe80::/64` for a link-local gateway). */
  readonly subnet: string;
}

function backupRouterNode(expanded: ConfigNode, family: IpFamily): ConfigNode | undefined {
  return activeAt(expanded, 'system', BACKUP_ROUTER_STATEMENT[family]);
}

function gatewayOf(node: ConfigNode): string | undefined {
  const bare = node.schema.bareLeaf;
  return bare === undefined ? undefined : activeChild(node, bare.name)?.value;
}

function better(a: InterfaceAddress, b: InterfaceAddress): InterfaceAddress {
  return a.masterOnly && !b.masterOnly ? b : a;
}

/**
 * Where this RE's backup route of `family` would be installed: the management interface unit
 * and subnet holding the gateway. Undefined when no such backup router is configured (or it is
 * inactive), or when its address is on none of the interface's subnets.
 */
export function backupRouterReachable(expanded: ConfigNode, managementInterface = 'fxp0', family: IpFamily = 'inet'): BackupRouterReach | undefined {
  const node = backupRouterNode(expanded, family);
  const gateway = node === undefined ? undefined : gatewayOf(node);
  const address = gateway === undefined ? undefined : parseAddress(gateway);
  if (node === undefined || gateway === undefined || address === undefined || address.family !== family) return undefined;
  const destinations = activeChild(node, 'destination')?.values ?? [];
  if (isLinkLocal(address)) {
    const unit = unitsWithFamily(expanded, managementInterface, 'inet6')[0];
    if (unit === undefined) return undefined;
    return { family, gateway, destinations, interfaceUnit: logicalName({ interface: managementInterface, unit }), subnet: 'fe80::/64' };
  }
  let found: InterfaceAddress | undefined;
  for (const candidate of interfaceAddresses(expanded, managementInterface)) {
    if (candidate.family !== family || !prefixContains(candidate.prefix, address)) continue;
    found = found === undefined ? candidate : better(found, candidate);
  }
  if (found === undefined) return undefined;
  return { family, gateway, destinations, interfaceUnit: logicalName(found), address: found.text, subnet: subnetOf(found.prefix) };
}

/** The logical interface a warning names: see the module comment. */
function warningUnit(expanded: ConfigNode, managementInterface: string, family: IpFamily): string {
  const withAddress = interfaceAddresses(expanded, managementInterface).find((a) => a.family === family)?.unit;
  const unit = withAddress ?? unitsWithFamily(expanded, managementInterface, family)[0] ?? unitsOf(expanded, managementInterface)[0] ?? '0';
  return logicalName({ interface: managementInterface, unit });
}

export function backupRouterWarning(statement: string, gateway: string, logicalInterface: string): string {
  return `${statement} ${gateway} is not on a subnet of ${logicalInterface}; backup route not installed`;
}

export const checkBackupRouter: Check = (expanded, context) => {
  const issues: ConfigIssue[] = [];
  for (const family of ['inet', 'inet6'] as const) {
    const node = backupRouterNode(expanded, family);
    const gateway = node === undefined ? undefined : gatewayOf(node);
    if (node === undefined || gateway === undefined) continue;
    if (backupRouterReachable(expanded, context.managementInterface, family) !== undefined) continue;
    const unit = warningUnit(expanded, context.managementInterface, family);
    issues.push(issueAt('warning', 'warning', ['system'], statementOf(node), backupRouterWarning(BACKUP_ROUTER_STATEMENT[family], gateway, unit)));
  }
  return issues;
};
