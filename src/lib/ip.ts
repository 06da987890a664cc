/**
 * IPv4 and IPv6 address and prefix arithmetic, shared by the commit-time checks (config), the
 * kernel's forwarding table and rpd's routing tables (daemons).
 *
 * Owns reading an address or an `address/length` (an interface address such as
 * `10.255.0.11/24`, or a route prefix), asking whether a subnet holds an address or another
 * prefix, the network and broadcast addresses of a subnet, the order Junos lists prefixes in,
 * and writing addresses and prefixes back as text (`10.255.0.0/24`, `2001:db8::/64`, IPv6 in
 * RFC 5952's short form). It knows nothing of configuration statements or value-type messages
 * (those are `src/schema/ip-values.ts`'s).
 *
 * Both families are held as bigint so one set of functions serves both. Anything unreadable
 * gives `undefined`, never a throw. IPv4 octets with a leading zero (`01`) are refused, as the
 * configuration's value checks refuse them.
 */

export type IpFamily = 'inet' | 'inet6';

export interface IpAddress {
  readonly family: IpFamily;
  readonly value: bigint;
}

export interface IpPrefix {
  readonly address: IpAddress;
  readonly length: number;
}

const BITS: Readonly<Record<IpFamily, number>> = { inet: 32, inet6: 128 };

/** The number of bits of an address of `family` (32 or 128). */
export function familyBits(family: IpFamily): number {
  return BITS[family];
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function ipv4Value(text: string): bigint | undefined {
  const match = IPV4.exec(text);
  if (match === null) return undefined;
  let value = 0n;
  for (let i = 1; i <= 4; i += 1) {
    const octet = match[i] as string;
    if ((octet.length > 1 && octet.startsWith('0')) || Number(octet) > 255) return undefined;
    value = (value << 8n) | BigInt(Number(octet));
  }
  return value;
}

function hexGroups(part: string): number[] | undefined {
  if (part === '') return [];
  const groups = part.split(':');
  if (!groups.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))) return undefined;
  return groups.map((group) => parseInt(group, 16));
}

/** The eight 16-bit groups of an IPv6 address (an IPv4 tail allowed), or undefined. */
function ipv6Groups(text: string): number[] | undefined {
  if (text.length < 2 || !/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  let head = text;
  const tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  const last = text.slice(lastColon + 1);
  if (last.includes('.')) {
    const v4 = ipv4Value(last);
    if (v4 === undefined) return undefined;
    tail.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    head = text.slice(0, lastColon + 1);
    if (!head.endsWith('::')) head = head.slice(0, -1);
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const left = hexGroups(halves[0] ?? '');
  if (left === undefined) return undefined;
  if (halves.length === 1) {
    const all = [...left, ...tail];
    return all.length === 8 ? all : undefined;
  }
  const right = hexGroups(halves[1] ?? '');
  if (right === undefined) return undefined;
  const known = left.length + right.length + tail.length;
  if (known > 7) return undefined;
  return [...left, ...new Array<number>(8 - known).fill(0), ...right, ...tail];
}

/** Reads a plain address of either family. */
export function parseAddress(text: string): IpAddress | undefined {
  const v4 = ipv4Value(text);
  if (v4 !== undefined) return { family: 'inet', value: v4 };
  const groups = ipv6Groups(text);
  if (groups === undefined) return undefined;
  return { family: 'inet6', value: groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n) };
}

/** Reads `address/length` (an interface address or a prefix) of either family. */
export function parsePrefix(text: string): IpPrefix | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = parseAddress(text.slice(0, slash));
  const lengthText = text.slice(slash + 1);
  if (address === undefined || !/^\d{1,3}$/.test(lengthText)) return undefined;
  const length = Number(lengthText);
  return length > BITS[address.family] ? undefined : { address, length };
}

/** Reads `address/length`, or a bare address as a host prefix (/32, /128). */
export function parsePrefixOrHost(text: string): IpPrefix | undefined {
  if (text.includes('/')) return parsePrefix(text);
  const address = parseAddress(text);
  return address === undefined ? undefined : hostPrefix(address);
}

/** The host prefix of an address: `10.0.0.1/32`, `2001:db8::1/128`. */
export function hostPrefix(address: IpAddress): IpPrefix {
  return { address, length: BITS[address.family] };
}

function hostMask(family: IpFamily, length: number): bigint {
  return (1n << BigInt(BITS[family] - length)) - 1n;
}

/** Whether `address` lies inside `prefix` (same family, same network bits). */
export function prefixContains(prefix: IpPrefix, address: IpAddress): boolean {
  if (prefix.address.family !== address.family) return false;
  const mask = hostMask(address.family, prefix.length);
  return (prefix.address.value & ~mask) === (address.value & ~mask);
}

/** Whether `outer` holds all of `inner` (same family, no longer, same network bits). */
export function prefixCovers(outer: IpPrefix, inner: IpPrefix): boolean {
  return outer.length <= inner.length && prefixContains(outer, inner.address);
}

/** The prefix with its host bits cleared: `10.255.0.11/24` → `10.255.0.0/24`. */
export function networkOf(prefix: IpPrefix): IpPrefix {
  const family = prefix.address.family;
  return { address: { family, value: prefix.address.value & ~hostMask(family, prefix.length) }, length: prefix.length };
}

/** The last address of a subnet (the IPv4 broadcast address): `10.255.0.11/24` → `10.255.0.255`. */
export function lastAddressOf(prefix: IpPrefix): IpAddress {
  const family = prefix.address.family;
  return { family, value: prefix.address.value | hostMask(family, prefix.length) };
}

/** Whether two prefixes are the same (family, network bits and length). */
export function samePrefix(a: IpPrefix, b: IpPrefix): boolean {
  return a.length === b.length && a.address.family === b.address.family && networkOf(a).address.value === networkOf(b).address.value;
}

/**
 * The order Junos lists routes in: IPv4 before IPv6, then by network address, then shorter
 * prefixes first (`10.255.0.0/24` before `10.255.0.0/32`).
 */
export function comparePrefixes(a: IpPrefix, b: IpPrefix): number {
  if (a.address.family !== b.address.family) return a.address.family === 'inet' ? -1 : 1;
  const av = networkOf(a).address.value;
  const bv = networkOf(b).address.value;
  if (av !== bv) return av < bv ? -1 : 1;
  return a.length - b.length;
}

/** Whether an IPv6 address is link-local (fe80::/10). */
export function isLinkLocal(address: IpAddress): boolean {
  return address.family === 'inet6' && address.value >> 118n === 0x3fan;
}

function formatIpv6(value: bigint): string {
  const groups: number[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number((value >> shift) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j += 1;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** An address as text (dotted quad, or IPv6 in its short form). */
export function formatAddress(address: IpAddress): string {
  if (address.family === 'inet6') return formatIpv6(address.value);
  const v = address.value;
  return [24n, 16n, 8n, 0n].map((shift) => String((v >> shift) & 0xffn)).join('.');
}

/** A prefix as text, host bits as given: `10.255.0.11/24`. */
export function formatPrefix(prefix: IpPrefix): string {
  return `${formatAddress(prefix.address)}/${prefix.length}`;
}

/** The subnet of an interface address as text: `10.255.0.11/24` → `10.255.0.0/24`. */
export function subnetOf(prefix: IpPrefix): string {
  return formatPrefix(networkOf(prefix));
}
