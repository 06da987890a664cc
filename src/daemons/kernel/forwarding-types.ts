/**
 * The vocabulary of the kernel's forwarding table: the routes rpd and the backup-router put in
 * it, and the entries `show route forwarding-table` lists.
 *
 * Owns the shapes only. Entries use the Junos XML element names of
 * `<get-forwarding-table-information>`'s reply (`<forwarding-table-information>` >
 * `<route-table>` > `<rt-entry>`), in Junos's element order, so the RPC layer can render XML
 * and JSON from them without a mapping; the text form is `render-forwarding-table.ts`'s.
 */
import type { IpAddress, IpFamily, IpPrefix } from '../../lib/ip.js';

/** Route types of the forwarding table (spec §7.3). */
export type ForwardingRouteType = 'perm' | 'intf' | 'dest' | 'user';

/** Next-hop types used here (spec §7.3). */
export type ForwardingNextHopType = 'rjct' | 'dscd' | 'mdsc' | 'bcst' | 'mcst' | 'rslv' | 'recv' | 'locl' | 'ucst';

/** Where a route rpd installs sends its packets. */
export type KernelNextHop =
  /** A gateway on a connected subnet, reached through `interface` (a logical interface). */
  | { readonly kind: 'gateway'; readonly address: IpAddress; readonly interface: string }
  /** Out of a (point-to-point) logical interface, no gateway. */
  | { readonly kind: 'interface'; readonly interface: string }
  | { readonly kind: 'reject' }
  | { readonly kind: 'discard' }
  | { readonly kind: 'receive' };

/** A route rpd installs into the kernel (type `user` in the forwarding table). */
export interface KernelRoute {
  /** The destination, host bits cleared. */
  readonly destination: IpPrefix;
  readonly nextHop: KernelNextHop;
  /** `retain`: the route stays in the kernel when rpd stops normally. */
  readonly retain: boolean;
}

/** The routes a `backup-router` / `inet6-backup-router` statement puts in the kernel. */
export interface BackupRoute {
  readonly family: IpFamily;
  readonly gateway: IpAddress;
  /** The configured destinations; empty means a default route. */
  readonly destinations: readonly IpPrefix[];
  /** The logical interface the gateway is on (`fxp0.0`). */
  readonly interface: string;
}

/** `<nh>` of a forwarding entry. */
export interface ForwardingNextHop {
  /** A gateway or own address, or a neighbour's MAC address on an ARP/ND entry. */
  readonly to?: string;
  readonly 'nh-type': ForwardingNextHopType;
  readonly 'nh-index': number;
  readonly 'nh-reference-count': number;
  /** The Netif column: the logical interface, absent on local and permanent entries. */
  readonly via?: string;
}

/** `<rt-entry>` of a forwarding table. */
export interface ForwardingEntry {
  /** `default` for a zero-length prefix, else `10.0.0.0/8`. */
  readonly 'rt-destination': string;
  readonly 'destination-type': ForwardingRouteType;
  readonly 'route-reference-count': number;
  readonly nh: ForwardingNextHop;
}

/** `<route-table>` of `<forwarding-table-information>`. */
export interface ForwardingTable {
  /** `default.inet`, `default.inet6`. */
  readonly 'table-name': string;
  /** `Internet`, `Internet6`. */
  readonly 'address-family': string;
  readonly 'rt-entry': readonly ForwardingEntry[];
}

/** The reply of `<get-forwarding-table-information>`. */
export interface ForwardingTableInformation {
  readonly 'route-table': readonly ForwardingTable[];
}
