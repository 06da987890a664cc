/**
 * MAC addresses of neighbours (the gateways the kernel holds ARP / neighbour-discovery entries
 * for). There is no wire, so they are invented: stable, derived from the neighbour's address,
 * so the same gateway always shows the same MAC. A lab or a test may supply its own table.
 *
 * Junos prints MAC addresses in forwarding-table rows without leading zeros in each byte
 * (`2c:6b:f5:8e:4:c1`, `0:0:5e:0:1:1`); `formatMac` writes them that way.
 */

/** Gives the MAC address shown for a neighbour, from its address as text. */
export type NeighbourMac = (address: string) => string;

/** Six bytes as Junos prints them: lower-case hex, no leading zeros, colon-separated. */
export function formatMac(bytes: readonly number[]): string {
  return bytes.map((byte) => (byte & 0xff).toString(16)).join(':');
}

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The default: a locally administered unicast MAC (first byte `x2`, `x6`, `xa` or `xe`) whose
 * bytes are a hash of the address.
 */
export const inventedMac: NeighbourMac = (address) => {
  const high = fnv1a(address, 0x811c9dc5);
  const low = fnv1a(address, 0x01234567);
  const bytes = [(high >>> 24) & 0xfc, high >>> 16, high >>> 8, low >>> 16, low >>> 8, low];
  bytes[0] = ((bytes[0] as number) | 0x02) & 0xfe;
  return formatMac(bytes);
};
