/**
 * The interfaces one Routing Engine's kernel holds, computed from that RE's expanded
 * configuration and its current role.
 *
 * Owns which interfaces exist on an RE, whether they are up, and which configured addresses
 * are installed. It does not own the forwarding entries those addresses create
 * (`forwarding-table.ts`) nor how they are shown (`show interfaces` belongs to the RPC layer).
 *
 * Choices ([U] where Junos is not documented):
 * - Every RE has its own management interface (named by the model: `fxp0` on MX, `re0:mgmt-0` /
 *   `re1:mgmt-0` on Junos OS Evolved; passed in) and `lo0`, present even when not configured.
 *   The configuration of any other management interface (the other RE's `re1:mgmt-0`, `em0`)
 *   is ignored on this RE.
 * - Line-card ports (`ge-`, `xe-`, `et-`) belong to the master's view [U]: they exist on an RE
 *   only while it is master, since the backup RE does not drive the Packet Forwarding Engines.
 *   GRES kernel replication of the master's line-card state to the backup is not modelled.
 *   Other interface kinds (`ae`, `irb`, `em0` ...) are not modelled.
 * - A configured interface or unit is up unless it is `disable`d (there is no cabling model, so
 *   the link is taken to be up); a disabled interface keeps its configuration but installs no
 *   address. `lo0`'s internal units (lo0.16384 ...) are not modelled.
 * - `master-only` addresses are installed only while the RE is master (spec §5.4,
 *   procedure.md 9.A13); before the election (role unknown) they are not installed.
 * - IPv6 link-local addresses are not generated.
 */
import { activeAt, activeChild, activeEntries } from '../../config/checks/active.js';
import type { ConfigNode } from '../../config/node.js';
import { parsePrefixOrHost, type IpFamily, type IpPrefix } from '../../lib/ip.js';

/** The role of an RE, or undefined before chassisd's election. */
export type RoutingEngineRole = 'master' | 'backup';

export type InterfaceKind = 'management' | 'loopback' | 'line-card';

export interface InstalledAddress {
  readonly family: IpFamily;
  /** The address with its prefix length, host bits kept (`10.255.0.11/24`). */
  readonly prefix: IpPrefix;
  /** As configured: `10.255.0.11/24`. */
  readonly text: string;
  readonly masterOnly: boolean;
}

export interface LogicalInterface {
  /** `fxp0.0`, `ge-0/0/0.100`. */
  readonly name: string;
  readonly unit: string;
  readonly kind: InterfaceKind;
  readonly adminUp: boolean;
  readonly linkUp: boolean;
  /** Admin and link up: only such a unit installs addresses. */
  readonly up: boolean;
  /** The families configured on the unit, addresses or not. */
  readonly families: readonly IpFamily[];
  /** The addresses installed now (none while the unit is down; master-only ones only on the master). */
  readonly addresses: readonly InstalledAddress[];
  /** Addresses configured but not installed (master-only on a backup, or on a down unit). */
  readonly pendingAddresses: readonly InstalledAddress[];
}

export interface PhysicalInterface {
  readonly name: string;
  readonly kind: InterfaceKind;
  readonly adminUp: boolean;
  readonly linkUp: boolean;
  readonly units: readonly LogicalInterface[];
}

export interface InterfaceOptions {
  /** This RE's management interface: `fxp0`, or `re0:mgmt-0` on Junos OS Evolved. */
  readonly managementInterface: string;
  readonly role: RoutingEngineRole | undefined;
}

const LINE_CARD = /^(?:ge|xe|et)-\d+\/\d+\/\d+(?::\d+)?$/;

function kindOf(name: string, managementInterface: string): InterfaceKind | undefined {
  if (name === managementInterface) return 'management';
  if (name === 'lo0') return 'loopback';
  return LINE_CARD.test(name) ? 'line-card' : undefined;
}

function addressesOf(unit: ConfigNode, family: IpFamily): InstalledAddress[] {
  const familyNode = activeAt(unit, 'family', family);
  const out: InstalledAddress[] = [];
  for (const entry of activeEntries(familyNode, 'address')) {
    const text = entry.key ?? '';
    const prefix = parsePrefixOrHost(text);
    if (prefix === undefined || prefix.address.family !== family) continue;
    out.push({ family, prefix, text, masterOnly: activeChild(entry, 'master-only') !== undefined });
  }
  return out;
}

function logicalUnit(ifd: ConfigNode, unit: ConfigNode, kind: InterfaceKind, physicalUp: boolean, role: RoutingEngineRole | undefined): LogicalInterface {
  const name = `${ifd.key ?? ''}.${unit.key ?? '0'}`;
  const adminUp = activeChild(unit, 'disable') === undefined;
  const linkUp = physicalUp;
  const up = adminUp && linkUp;
  const families = (['inet', 'inet6'] as const).filter((family) => activeAt(unit, 'family', family) !== undefined);
  const configured = families.flatMap((family) => addressesOf(unit, family));
  const installable = (address: InstalledAddress): boolean => up && (!address.masterOnly || role === 'master');
  return {
    name,
    unit: unit.key ?? '0',
    kind,
    adminUp,
    linkUp,
    up,
    families,
    addresses: configured.filter(installable),
    pendingAddresses: configured.filter((address) => !installable(address)),
  };
}

function physical(name: string, kind: InterfaceKind, ifd: ConfigNode | undefined, role: RoutingEngineRole | undefined): PhysicalInterface {
  const adminUp = ifd === undefined || activeChild(ifd, 'disable') === undefined;
  const units = ifd === undefined ? [] : activeEntries(ifd, 'unit').map((unit) => logicalUnit(ifd, unit, kind, adminUp, role));
  return { name, kind, adminUp, linkUp: adminUp, units };
}

/**
 * The interfaces of this RE: the management interface first, then the line-card ports in
 * configuration order (on the master only), then `lo0`.
 */
export function kernelInterfaces(expanded: ConfigNode | undefined, options: InterfaceOptions): PhysicalInterface[] {
  const configured = expanded === undefined ? [] : activeEntries(activeChild(expanded, 'interfaces'), 'interface');
  const byName = new Map(configured.map((ifd) => [ifd.key ?? '', ifd]));
  const lineCards = configured
    .filter((ifd) => kindOf(ifd.key ?? '', options.managementInterface) === 'line-card')
    .filter(() => options.role === 'master')
    .map((ifd) => physical(ifd.key ?? '', 'line-card', ifd, options.role));
  return [
    physical(options.managementInterface, 'management', byName.get(options.managementInterface), options.role),
    ...lineCards,
    physical('lo0', 'loopback', byName.get('lo0'), options.role),
  ];
}

/** Every logical interface of `interfaces`, in order. */
export function logicalInterfaces(interfaces: readonly PhysicalInterface[]): LogicalInterface[] {
  return interfaces.flatMap((ifd) => ifd.units);
}
