/**
 * IPv4 and IPv6 address arithmetic for the commit-time checks: parsing an address or an
 * interface address (`10.255.0.11/24`), asking whether an address lies in a subnet, and writing
 * a subnet back as text (`10.255.0.0/24`, `2001:db8::/64`, in RFC 5952's short form).
 *
 * Both families are held as bigint so one set of functions serves both. Input is assumed to have
 * passed the value-type validators already; anything unreadable gives `undefined`, never a throw.
 * (This would sit in `src/lib/` as the design suggests; it lives here until that module exists.)
 */
import { isIpv4Address, isIpv6Address } from '../../schema/value-types.js';

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

function ipv4Value(text: string): bigint {
  return text.split('.').reduce((value, part) => (value << 8n) | BigInt(Number(part)), 0n);
}

function ipv6Value(text: string): bigint {
  let head = text;
  let tailGroups: bigint[] = [];
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = ipv4Value(tail);
    tailGroups = [v4 >> 16n, v4 & 0xffffn];
    head = text.slice(0, lastColon + 1);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const groups = (part: string): bigint[] => (part === '' ? [] : part.split(':').map((g) => BigInt(`0x${g}`)));
  let all: bigint[];
  if (head.includes('::')) {
    const [left = '', right = ''] = head.split('::');
    const l = groups(left);
    const r = [...groups(right), ...tailGroups];
    all = [...l, ...new Array<bigint>(8 - l.length - r.length).fill(0n), ...r];
  } else {
    all = [...groups(head), ...tailGroups];
  }
  return all.reduce((value, group) => (value << 16n) | group, 0n);
}

/** Reads a plain address of either family. */
export function parseAddress(text: string): IpAddress | undefined {
  if (isIpv4Address(text)) return { family: 'inet', value: ipv4Value(text) };
  if (isIpv6Address(text)) return { family: 'inet6', value: ipv6Value(text) };
  return undefined;
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

function hostMask(family: IpFamily, length: number): bigint {
  return (1n << BigInt(BITS[family] - length)) - 1n;
}

/** Whether `address` lies inside `prefix` (same family, same network bits). */
export function prefixContains(prefix: IpPrefix, address: IpAddress): boolean {
  if (prefix.address.family !== address.family) return false;
  const mask = hostMask(address.family, prefix.length);
  return (prefix.address.value & ~mask) === (address.value & ~mask);
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

/** The subnet of an interface address as text: `10.255.0.11/24` → `10.255.0.0/24`. */
export function subnetOf(prefix: IpPrefix): string {
  const family = prefix.address.family;
  const network = prefix.address.value & ~hostMask(family, prefix.length);
  return `${formatAddress({ family, value: network })}/${prefix.length}`;
}
