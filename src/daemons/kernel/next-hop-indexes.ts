/**
 * Next-hop indexes of one kernel: plausible, stable and deterministic.
 *
 * Owns the numbering of next hops. An index is given the first time a next hop is needed and
 * is kept for the life of the kernel (until the RE reboots), even while unused, so an entry
 * that goes and comes back shows the same index. Numbers are handed out in the order needs
 * appear, from `firstIndex` up, so two kernels fed the same events show the same numbers.
 *
 * The permanent next hops have fixed low numbers, as on a real box (spec §7.3 example:
 * inet reject 36, discard 34, multicast discard 35, broadcast 32). The inet6 numbers (reject
 * 44, discard 42, multicast discard 43, all-nodes multicast 39) are [U]: a public capture shows
 * `default perm rjct 44` for inet6; the others are our choice in the same range.
 *
 * The layout of an interface address's next hops follows the spec's and procedure.md 8.1's
 * examples: a new IPv4 subnet takes broadcast, network (recv), local, resolve, then one index
 * Junos uses for a next hop it does not list in `default.inet` (skipped here); a further
 * address in a known subnet takes a local next hop only. IPv6 subnets: recv, local, resolve and
 * the skipped one. A host address (/32, /128) takes a local next hop only.
 */
import type { IpFamily } from '../../lib/ip.js';

export interface NextHopIndexes {
  readonly next: number;
  readonly byKey: ReadonlyMap<string, number>;
}

/** The fixed next hops of each family's permanent entries. */
export const PERMANENT_INDEXES: Readonly<Record<IpFamily, { reject: number; discard: number; multicastDiscard: number; broadcast: number; multicast: number }>> = {
  inet: { reject: 36, discard: 34, multicastDiscard: 35, broadcast: 32, multicast: 33 },
  inet6: { reject: 44, discard: 42, multicastDiscard: 43, broadcast: 40, multicast: 39 },
};

export function emptyIndexes(firstIndex: number): NextHopIndexes {
  return { next: firstIndex, byKey: new Map() };
}

/**
 * Gives each key of `keys` (in order) an index unless it has one; `null` in `keys` skips one
 * number (a next hop Junos keeps but does not list). Returns `indexes` itself when nothing new
 * was needed.
 */
export function allocate(indexes: NextHopIndexes, keys: readonly (string | null)[]): NextHopIndexes {
  if (keys.every((key) => key === null || indexes.byKey.has(key))) return indexes;
  const byKey = new Map(indexes.byKey);
  let next = indexes.next;
  for (const key of keys) {
    if (key === null) next += 1;
    else if (!byKey.has(key)) byKey.set(key, next++);
  }
  return { next, byKey };
}

/** The index of `key`; keys are always allocated before a table is built. */
export function indexOf(indexes: NextHopIndexes, key: string): number {
  const index = indexes.byKey.get(key);
  if (index === undefined) throw new Error(`next hop ${key} has no index`);
  return index;
}

/** Keys of the next hops a kernel needs, shared by allocation and table building. */
export const nextHopKey = {
  broadcast: (ifl: string, subnet: string): string => `bcst ${ifl} ${subnet}`,
  network: (ifl: string, subnet: string): string => `recv ${ifl} ${subnet}`,
  local: (ifl: string, address: string): string => `locl ${ifl} ${address}`,
  resolve: (ifl: string, subnet: string): string => `rslv ${ifl} ${subnet}`,
  neighbour: (ifl: string, address: string): string => `ucst ${ifl} ${address}`,
  interface: (ifl: string): string => `ucst ${ifl}`,
  receive: (family: IpFamily): string => `recv ${family}`,
};
