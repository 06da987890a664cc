/**
 * What a `ping` from one Routing Engine would meet, decided from that RE's own state: retwin
 * has no packets, so each probe's fate is worked out from the RE's forwarding table
 * (`RouterView.forwardingTable`, longest-prefix match, procedure 9.B11) and the addresses known
 * on its connected subnets.
 *
 * Owns the decision and the simulated times [U: all of it is retwin's model, documented here]:
 * - the host must be an IPv4 address (no name service: `ping: cannot resolve <host>: Unknown
 *   host`); `source` must be one of this RE's installed addresses (`ping: bind: Can't assign
 *   requested address`);
 * - no route (the `default` reject entry, or no table): every probe fails to go out, `ping:
 *   sendto: No route to host` (FreeBSD's message);
 * - a local address of the RE (a `locl` entry: its fxp0 address, the master-only address on the
 *   master, lo0): answered, loopback times;
 * - a neighbour entry (the backup-router gateway or a static route's gateway, whose ARP entry
 *   the kernel holds): answered — the management LAN's router;
 * - a connected subnet (`rslv`): answered when the address is installed on the other RE (its
 *   fxp0 address, the master-only address while the other RE is master; `otherEngineInterfaces`,
 *   over the management LAN whatever the internal link), else lost (no ARP answer);
 * - a route through a gateway (`user` entry): the gateway is known but what lies beyond it is not
 *   simulated, so the probes are lost (`Request timeout`) — procedure 8.6, where another router
 *   answers through the backup router, needs a lab of routers, not one RE;
 * - discard, broadcast, multicast and network entries: lost.
 * Round-trip times are stable and sub-millisecond, derived from a hash of the RE, the target and
 * the sequence number: 0.030–0.060 ms for the RE's own addresses, 0.450–0.750 ms on the LAN.
 * TTL 64 (FreeBSD's), 56 data bytes, replies of 64 bytes.
 */
import type { ForwardingEntry, PhysicalInterface } from '../../daemons/kernel/index.js';
import { formatAddress, parseAddress } from '../../lib/ip.js';
import type { RouterView } from '../router-view.js';

/** What happens to one probe. */
export type ProbeOutcome =
  | { readonly kind: 'reply'; readonly rttUs: number; readonly ttl: number }
  | { readonly kind: 'lost' }
  /** `sendto` failed: the probe never left (`No route to host`). */
  | { readonly kind: 'unreachable' };

export const DATA_BYTES = 56;
export const REPLY_BYTES = 64;
export const TTL = 64;

/** Where the probes of one ping go, and how each fares. */
export interface PingPlan {
  /** The host as typed. */
  readonly host: string;
  /** The address pinged. */
  readonly address: string;
  readonly source?: string;
  /** The fate of probe `seq` (0, 1, …): the same for a given RE, target and sequence number. */
  probe(seq: number): ProbeOutcome;
}

export type PlanResult = { readonly ok: true; readonly plan: PingPlan } | { readonly ok: false; readonly message: string };

type Reach = { readonly kind: 'reply'; readonly baseUs: number; readonly spreadUs: number } | { readonly kind: 'lost' } | { readonly kind: 'unreachable' };

const LOCAL: Reach = { kind: 'reply', baseUs: 30, spreadUs: 30 };
const LAN: Reach = { kind: 'reply', baseUs: 450, spreadUs: 300 };

/** FNV-1a of `text` with murmur3's final mix (so that near inputs spread), as a fraction in [0, 1). */
function hashFraction(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  hash ^= hash >>> 16;
  return (hash >>> 0) / 0x1_0000_0000;
}

/** The IPv4 addresses installed on `interfaces`. */
function addressesOf(interfaces: readonly PhysicalInterface[]): Set<string> {
  const out = new Set<string>();
  for (const ifd of interfaces) for (const unit of ifd.units) for (const address of unit.addresses) if (address.family === 'inet') out.add(formatAddress(address.prefix.address));
  return out;
}

/** The entry longest-prefix matching would use for `address` in `view`'s inet table. */
function matchingEntry(view: RouterView, address: string): ForwardingEntry | undefined {
  const result = view.forwardingTable({ family: 'inet', destination: address });
  return result.ok ? result.value['route-table'][0]?.['rt-entry'][0] : undefined;
}

function reachOf(view: RouterView, address: string): Reach {
  const entry = matchingEntry(view, address);
  if (entry === undefined) return { kind: 'unreachable' };
  switch (entry.nh['nh-type']) {
    case 'rjct':
      return { kind: 'unreachable' };
    case 'locl':
      return LOCAL;
    case 'ucst':
      return entry['destination-type'] === 'dest' ? LAN : { kind: 'lost' };
    case 'rslv':
      return addressesOf(view.otherEngineInterfaces()).has(address) ? LAN : { kind: 'lost' };
    default:
      return { kind: 'lost' };
  }
}

export interface PingTarget {
  readonly host: string;
  readonly source?: string;
}

/** How a ping of `target.host` from `view`'s RE would go, or the message that stops it. */
export function planPing(view: RouterView, target: PingTarget): PlanResult {
  const parsed = parseAddress(target.host);
  if (parsed === undefined || parsed.family !== 'inet') return { ok: false, message: `ping: cannot resolve ${target.host}: Unknown host` };
  const address = formatAddress(parsed);
  let source: string | undefined;
  if (target.source !== undefined) {
    const from = parseAddress(target.source);
    source = from === undefined ? target.source : formatAddress(from);
    if (from === undefined || !addressesOf(view.interfaces()).has(source)) return { ok: false, message: "ping: bind: Can't assign requested address" };
  }
  const reach = reachOf(view, address);
  const plan: PingPlan = {
    host: target.host,
    address,
    ...(source === undefined ? {} : { source }),
    probe: (seq) => {
      if (reach.kind !== 'reply') return { kind: reach.kind };
      const rttUs = reach.baseUs + Math.floor(hashFraction(`${view.slot}|${address}|${seq}`) * reach.spreadUs);
      return { kind: 'reply', rttUs, ttl: TTL };
    },
  };
  return { ok: true, plan };
}
