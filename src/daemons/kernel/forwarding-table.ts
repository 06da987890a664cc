/**
 * The forwarding table of one kernel, as `show route forwarding-table` lists it.
 *
 * Owns building the entries of `default.inet` and `default.inet6` from a `KernelState`:
 * - permanent entries (spec §7.3): inet `default` reject, `0.0.0.0/32` discard, `224.0.0.0/4`
 *   multicast discard, `255.255.255.255/32` broadcast; inet6 [U] `default` reject, `::/128`
 *   discard, `ff00::/8` multicast discard, `ff02::1/128` multicast;
 * - per installed address of an up unit: the subnet (`intf`, `rslv`), its network address
 *   (`dest`, `recv`) and broadcast address (`dest`, `bcst`, IPv4 up to /30), the address itself
 *   (`intf`, `locl`, no Netif); IPv6 subnets have no broadcast entry; a host address (/32,
 *   /128) has its local entry only;
 * - one neighbour entry (`dest`, the neighbour's MAC, `ucst`) per gateway in use: the
 *   backup-router gateway whenever it is reachable (procedure.md 8.2 keeps it on the master,
 *   referenced once), and every gateway of an installed route;
 * - rpd's routes and the backup routes (`user`); a route through a gateway shares the
 *   neighbour entry's next hop (9.A7).
 * Where two sources give the same destination, the interface entries win over rpd's routes,
 * rpd's over the backup routes (spec §7.2: active routes take precedence over backup-router
 * prefixes), and all of them over the permanent entries (a static default route replaces
 * `default perm`). The next-hop reference count is the number of entries using the next hop,
 * plus one for a local next hop (the address holds it too: procedure.md 8.1 shows 2). Route
 * reference counts are 0, as in every example. Entries are listed in prefix order.
 */
import { comparePrefixes, familyBits, formatAddress, formatPrefix, hostPrefix, lastAddressOf, networkOf, parsePrefix, subnetOf, type IpFamily, type IpPrefix } from '../../lib/ip.js';
import type { ForwardingEntry, ForwardingNextHopType, ForwardingRouteType, ForwardingTable, KernelNextHop } from './forwarding-types.js';
import { logicalInterfaces } from './interfaces.js';
import type { KernelState } from './kernel-state.js';
import type { NeighbourMac } from './neighbour-mac.js';
import { indexOf, nextHopKey, PERMANENT_INDEXES } from './next-hop-indexes.js';

/** An entry before reference counts, with its prefix for ordering and look-ups. */
export interface FibRow {
  readonly prefix: IpPrefix;
  readonly type: ForwardingRouteType;
  readonly to?: string;
  readonly nhType: ForwardingNextHopType;
  readonly index: number;
  readonly via?: string;
}

const PRIORITY: Readonly<Record<string, number>> = { intf: 0, dest: 0, rpd: 1, backup: 2, perm: 3 };

const prefix = (text: string): IpPrefix => parsePrefix(text) as IpPrefix;

function permanentRows(family: IpFamily): FibRow[] {
  const ix = PERMANENT_INDEXES[family];
  if (family === 'inet') {
    return [
      { prefix: prefix('0.0.0.0/0'), type: 'perm', nhType: 'rjct', index: ix.reject },
      { prefix: prefix('0.0.0.0/32'), type: 'perm', nhType: 'dscd', index: ix.discard },
      { prefix: prefix('224.0.0.0/4'), type: 'perm', nhType: 'mdsc', index: ix.multicastDiscard },
      { prefix: prefix('255.255.255.255/32'), type: 'perm', nhType: 'bcst', index: ix.broadcast },
    ];
  }
  return [
    { prefix: prefix('::/0'), type: 'perm', nhType: 'rjct', index: ix.reject },
    { prefix: prefix('::/128'), type: 'perm', nhType: 'dscd', index: ix.discard },
    { prefix: prefix('ff00::/8'), type: 'perm', nhType: 'mdsc', index: ix.multicastDiscard },
    { prefix: prefix('ff02::1/128'), type: 'perm', to: 'ff02::1', nhType: 'mcst', index: ix.multicast },
  ];
}

function interfaceRows(state: KernelState, family: IpFamily): FibRow[] {
  const rows: FibRow[] = [];
  for (const unit of logicalInterfaces(state.interfaces)) {
    for (const address of unit.addresses) {
      if (address.family !== family) continue;
      const ifl = unit.name;
      const own = formatAddress(address.prefix.address);
      rows.push({ prefix: hostPrefix(address.prefix.address), type: 'intf', to: own, nhType: 'locl', index: indexOf(state.indexes, nextHopKey.local(ifl, own)) });
      if (address.prefix.length === familyBits(family)) continue;
      const subnet = subnetOf(address.prefix);
      rows.push({ prefix: networkOf(address.prefix), type: 'intf', nhType: 'rslv', index: indexOf(state.indexes, nextHopKey.resolve(ifl, subnet)), via: ifl });
      const networkKey = nextHopKey.network(ifl, subnet);
      if (state.indexes.byKey.has(networkKey)) {
        const network = networkOf(address.prefix).address;
        rows.push({ prefix: hostPrefix(network), type: 'dest', to: formatAddress(network), nhType: 'recv', index: indexOf(state.indexes, networkKey), via: ifl });
      }
      const broadcastKey = nextHopKey.broadcast(ifl, subnet);
      if (family === 'inet' && state.indexes.byKey.has(broadcastKey)) {
        const broadcast = lastAddressOf(address.prefix);
        rows.push({ prefix: hostPrefix(broadcast), type: 'dest', to: formatAddress(broadcast), nhType: 'bcst', index: indexOf(state.indexes, broadcastKey), via: ifl });
      }
    }
  }
  return rows;
}

function neighbourRow(state: KernelState, ifl: string, gateway: string, mac: NeighbourMac): FibRow {
  const address = parsePrefix(`${gateway}/${gateway.includes(':') ? 128 : 32}`) as IpPrefix;
  return { prefix: address, type: 'dest', to: mac(gateway), nhType: 'ucst', index: indexOf(state.indexes, nextHopKey.neighbour(ifl, gateway)), via: ifl };
}

function userRow(state: KernelState, destination: IpPrefix, hop: KernelNextHop): FibRow {
  const family = destination.address.family;
  const ix = PERMANENT_INDEXES[family];
  switch (hop.kind) {
    case 'gateway': {
      const gateway = formatAddress(hop.address);
      return { prefix: destination, type: 'user', to: gateway, nhType: 'ucst', index: indexOf(state.indexes, nextHopKey.neighbour(hop.interface, gateway)), via: hop.interface };
    }
    case 'interface':
      return { prefix: destination, type: 'user', nhType: 'ucst', index: indexOf(state.indexes, nextHopKey.interface(hop.interface)), via: hop.interface };
    case 'reject':
      return { prefix: destination, type: 'user', nhType: 'rjct', index: ix.reject };
    case 'discard':
      return { prefix: destination, type: 'user', nhType: 'dscd', index: ix.discard };
    case 'receive':
      return { prefix: destination, type: 'user', nhType: 'recv', index: indexOf(state.indexes, nextHopKey.receive(family)) };
  }
}

/** The rows of one family's table, deduplicated by destination and sorted, before counting. */
export function forwardingRows(state: KernelState, family: IpFamily, mac: NeighbourMac): FibRow[] {
  const candidates: { row: FibRow; source: string }[] = [];
  const add = (row: FibRow, source: string): void => {
    if (row.prefix.address.family === family) candidates.push({ row, source });
  };
  for (const row of permanentRows(family)) add(row, 'perm');
  for (const row of interfaceRows(state, family)) add(row, row.type);
  const neighbours = new Map<string, { ifl: string; gateway: string }>();
  for (const backup of state.wantedBackup) neighbours.set(`${backup.interface} ${formatAddress(backup.gateway)}`, { ifl: backup.interface, gateway: formatAddress(backup.gateway) });
  for (const route of state.rpdRoutes) {
    const hop = route.nextHop;
    if (hop.kind === 'gateway') neighbours.set(`${hop.interface} ${formatAddress(hop.address)}`, { ifl: hop.interface, gateway: formatAddress(hop.address) });
  }
  for (const { ifl, gateway } of neighbours.values()) add(neighbourRow(state, ifl, gateway, mac), 'dest');
  for (const route of state.rpdRoutes) add(userRow(state, route.destination, route.nextHop), 'rpd');
  for (const backup of state.installedBackup) {
    const destinations = backup.destinations.length > 0 ? backup.destinations : [{ address: { family: backup.family, value: 0n }, length: 0 }];
    const hop: KernelNextHop = { kind: 'gateway', address: backup.gateway, interface: backup.interface };
    for (const destination of destinations) add(userRow(state, destination, hop), 'backup');
  }
  const best = new Map<string, { row: FibRow; source: string }>();
  for (const candidate of candidates) {
    const key = formatPrefix(networkOf(candidate.row.prefix));
    const held = best.get(key);
    if (held === undefined || (PRIORITY[candidate.source] ?? 9) < (PRIORITY[held.source] ?? 9)) best.set(key, candidate);
  }
  return [...best.values()].map((entry) => entry.row).sort((a, b) => comparePrefixes(a.prefix, b.prefix));
}

/** `default` for a zero-length prefix, else the prefix as text. */
export function destinationText(prefix: IpPrefix): string {
  return prefix.length === 0 ? 'default' : formatPrefix(networkOf(prefix));
}

/** Turns rows into entries with their next-hop reference counts. */
export function countedEntries(rows: readonly FibRow[]): ForwardingEntry[] {
  const uses = new Map<number, number>();
  for (const row of rows) uses.set(row.index, (uses.get(row.index) ?? 0) + (row.nhType === 'locl' ? 2 : 1));
  return rows.map((row) => ({
    'rt-destination': destinationText(row.prefix),
    'destination-type': row.type,
    'route-reference-count': 0,
    nh: {
      ...(row.to === undefined ? {} : { to: row.to }),
      'nh-type': row.nhType,
      'nh-index': row.index,
      'nh-reference-count': uses.get(row.index) ?? 1,
      ...(row.via === undefined ? {} : { via: row.via }),
    },
  }));
}

export const TABLE_NAMES: Readonly<Record<IpFamily, { name: string; addressFamily: string }>> = {
  inet: { name: 'default.inet', addressFamily: 'Internet' },
  inet6: { name: 'default.inet6', addressFamily: 'Internet6' },
};

/** The whole table of one family. */
export function forwardingTable(state: KernelState, family: IpFamily, mac: NeighbourMac): ForwardingTable {
  return { 'table-name': TABLE_NAMES[family].name, 'address-family': TABLE_NAMES[family].addressFamily, 'rt-entry': countedEntries(forwardingRows(state, family, mac)) };
}
