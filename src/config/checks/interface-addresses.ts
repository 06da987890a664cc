/**
 * The interface addresses of an (expanded) configuration, as a flat list: which interface, unit
 * and family each active `address` statement sits on, with where it is for messages.
 *
 * Owns only the reading of `[edit interfaces]` for the checks (backup-router reachability,
 * duplicate addresses). Inactive interfaces, units, families and addresses are left out; a
 * `disable`d interface keeps its addresses, since the checks look at the configuration, not at
 * the link state.
 */
import type { ConfigNode } from '../node.js';
import { activeAt, activeChild, activeEntries } from './active.js';
import { parsePrefix, type IpFamily, type IpPrefix } from '../../lib/ip.js';

export interface InterfaceAddress {
  /** Physical interface name (`fxp0`, `re0:mgmt-0`). */
  readonly interface: string;
  /** Logical unit number, as written. */
  readonly unit: string;
  readonly family: IpFamily;
  /** The address as written (`10.255.0.11/24`). */
  readonly text: string;
  readonly prefix: IpPrefix;
  readonly masterOnly: boolean;
  /** The `address` list entry, for messages. */
  readonly node: ConfigNode;
  /** Edit path of the family holding it (`interfaces fxp0 unit 0 family inet`). */
  readonly familyPath: readonly string[];
}

/** `fxp0.0`: an interface with its unit, as Junos names a logical interface. */
export function logicalName(address: Pick<InterfaceAddress, 'interface' | 'unit'>): string {
  return `${address.interface}.${address.unit}`;
}

/** Every active address of every active interface unit, in configuration order. */
export function interfaceAddresses(root: ConfigNode, onlyInterface?: string): InterfaceAddress[] {
  const out: InterfaceAddress[] = [];
  for (const ifd of activeEntries(activeChild(root, 'interfaces'), 'interface')) {
    const name = ifd.key ?? '';
    if (onlyInterface !== undefined && name !== onlyInterface) continue;
    for (const unit of activeEntries(ifd, 'unit')) {
      for (const family of ['inet', 'inet6'] as const) {
        const familyNode = activeAt(unit, 'family', family);
        for (const entry of activeEntries(familyNode, 'address')) {
          const prefix = parsePrefix(entry.key ?? '');
          if (prefix === undefined) continue;
          out.push({
            interface: name,
            unit: unit.key ?? '0',
            family,
            text: entry.key ?? '',
            prefix,
            masterOnly: activeChild(entry, 'master-only') !== undefined,
            node: entry,
            familyPath: ['interfaces', name, 'unit', unit.key ?? '0', 'family', family],
          });
        }
      }
    }
  }
  return out;
}

/** The active units of one interface that carry the given family (present, even without addresses). */
export function unitsWithFamily(root: ConfigNode, interfaceName: string, family: IpFamily): string[] {
  const ifd = activeChild(activeChild(root, 'interfaces'), 'interface', interfaceName);
  return activeEntries(ifd, 'unit')
    .filter((unit) => activeAt(unit, 'family', family) !== undefined)
    .map((unit) => unit.key ?? '0');
}

/** The active units of one interface, in order. */
export function unitsOf(root: ConfigNode, interfaceName: string): string[] {
  const ifd = activeChild(activeChild(root, 'interfaces'), 'interface', interfaceName);
  return activeEntries(ifd, 'unit').map((unit) => unit.key ?? '0');
}
