/**
 * `show route forwarding-table [family inet|inet6] [destination P]` as data
 * (`<get-forwarding-table-information>`).
 *
 * Owns choosing the tables and entries a query shows. Without `family`, both `default.inet`
 * and `default.inet6` are listed; with `destination`, only the table of P's family, and in it
 * the one entry longest-prefix matching would use for P (procedure.md 9.B11): the longest
 * entry whose prefix holds all of P. Reference counts are those of the whole table. Internal
 * tables (`__pfe_private__`, `mpls`, ...) are not modelled. A destination that is not an
 * address or prefix is an error value, as Junos refuses it (`invalid value`) [U wording].
 */
import { parsePrefixOrHost, prefixCovers, type IpFamily } from '../../lib/ip.js';
import { countedEntries, forwardingRows, TABLE_NAMES } from './forwarding-table.js';
import type { ForwardingTable, ForwardingTableInformation } from './forwarding-types.js';
import type { KernelState } from './kernel-state.js';
import type { NeighbourMac } from './neighbour-mac.js';

export interface ForwardingTableQuery {
  readonly family?: IpFamily;
  /** An address or a prefix (`10.0.0.0/8`, `10.1.1.1`, `2001:db8::1`). */
  readonly destination?: string;
}

export type ForwardingQueryResult =
  | { readonly ok: true; readonly value: ForwardingTableInformation }
  | { readonly ok: false; readonly error: { readonly code: 'invalid-destination'; readonly message: string } };

function tableOf(state: KernelState, family: IpFamily, mac: NeighbourMac, destination: string | undefined): ForwardingTable {
  const rows = forwardingRows(state, family, mac);
  const entries = countedEntries(rows);
  const names = TABLE_NAMES[family];
  const target = destination === undefined ? undefined : parsePrefixOrHost(destination);
  if (target === undefined) return { 'table-name': names.name, 'address-family': names.addressFamily, 'rt-entry': entries };
  let best = -1;
  rows.forEach((row, i) => {
    if (prefixCovers(row.prefix, target) && (best < 0 || row.prefix.length > (rows[best]?.prefix.length ?? -1))) best = i;
  });
  const picked = best < 0 ? [] : [entries[best]].filter((entry) => entry !== undefined);
  return { 'table-name': names.name, 'address-family': names.addressFamily, 'rt-entry': picked };
}

export function queryForwardingTable(state: KernelState, query: ForwardingTableQuery, mac: NeighbourMac): ForwardingQueryResult {
  let families: IpFamily[] = query.family === undefined ? ['inet', 'inet6'] : [query.family];
  if (query.destination !== undefined) {
    const target = parsePrefixOrHost(query.destination);
    if (target === undefined) return { ok: false, error: { code: 'invalid-destination', message: `invalid value: ${query.destination}` } };
    families = families.filter((family) => family === target.address.family);
  }
  return { ok: true, value: { 'route-table': families.map((family) => tableOf(state, family, mac, query.destination)) } };
}
