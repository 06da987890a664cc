/**
 * IPv4 and IPv6 addresses and prefixes as Junos reads them: addresses, destination prefixes
 * (length optional, trailing IPv4 octets may be left out, host bits refused) and interface
 * addresses (host bits kept). Juniper documents that an address may be given with or without
 * its prefix length and that left-out octets count as zero; the YANG types of these statements
 * are the optional-length ones (ipv4prefix, not ipv4prefix-mandatory). Used by value-types.ts,
 * which owns the messages' catalogue; the wording of these messages is our choice (see there).
 */

export const INVALID_ADDRESS = 'invalid ip address or hostname';

const IPV4_OCTET = /^(?:0|[1-9]\d{0,2})$/;

export function isIpv4Address(text: string): boolean {
  const parts = text.split('.');
  if (parts.length !== 4) return false;
  return parts.every((part) => IPV4_OCTET.test(part) && Number(part) <= 255);
}

/** A dotted quad with trailing octets left out (`10`, `10.1`), as a prefix may be written. */
function isPartialIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length >= 1 && parts.length <= 4 && parts.every((part) => IPV4_OCTET.test(part) && Number(part) <= 255);
}

export function completeIpv4(text: string): string {
  const parts = text.split('.');
  while (parts.length < 4) parts.push('0');
  return parts.join('.');
}

/** The 32-bit value of a dotted quad already known to be valid. */
export function ipv4ToNumber(address: string): number {
  let value = 0;
  for (const part of address.split('.')) value = value * 256 + Number(part);
  return value;
}

/** The eight 16-bit groups of an IPv6 address, or undefined when it is not one. */
function ipv6Groups(text: string): number[] | undefined {
  if (text.length < 2 || !/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  let head = text;
  const tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  const last = text.slice(lastColon + 1);
  if (last.includes('.')) {
    if (!isIpv4Address(last)) return undefined;
    const value = ipv4ToNumber(last);
    tail.push(Math.floor(value / 65536), value % 65536);
    head = text.slice(0, lastColon + 1);
    if (!head.endsWith('::')) head = head.slice(0, -1);
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups = part.split(':');
    if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
    return groups.map((g) => parseInt(g, 16));
  };
  const left = parse(halves[0] ?? '');
  if (left === undefined) return undefined;
  if (halves.length === 1) {
    const all = [...left, ...tail];
    return all.length === 8 ? all : undefined;
  }
  const right = parse(halves[1] ?? '');
  if (right === undefined) return undefined;
  const known = left.length + right.length + tail.length;
  if (known > 7) return undefined;
  return [...left, ...new Array<number>(8 - known).fill(0), ...right, ...tail];
}

export function isIpv6Address(text: string): boolean {
  return ipv6Groups(text) !== undefined;
}

function ipv6ToBigInt(text: string): bigint {
  let value = 0n;
  for (const group of ipv6Groups(text) ?? []) value = (value << 16n) | BigInt(group);
  return value;
}

interface Prefix {
  readonly address: string;
  /** Undefined when the length was left out (a host prefix). */
  readonly length: number | undefined;
}

function splitPrefix(text: string, maxLength: number): Prefix | string {
  const slash = text.indexOf('/');
  if (slash < 0) return { address: text, length: undefined };
  const lengthText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(lengthText) || Number(lengthText) > maxLength) return `invalid prefix length '${lengthText}'`;
  return { address: text.slice(0, slash), length: Number(lengthText) };
}

function hostBitsV4(address: string, length: number): boolean {
  if (length >= 32) return false;
  const hostMask = 2 ** (32 - length) - 1;
  return ipv4ToNumber(address) % (hostMask + 1) !== 0;
}

function hostBitsV6(address: string, length: number): boolean {
  if (length >= 128) return false;
  const hostMask = (1n << BigInt(128 - length)) - 1n;
  return (ipv6ToBigInt(address) & hostMask) !== 0n;
}

/** An IPv4 prefix; `destination` true for a route prefix (host bits refused, octets may be left out). */
export function checkIpv4Prefix(text: string, destination: boolean): string | undefined {
  const parts = splitPrefix(text, 32);
  if (typeof parts === 'string') return parts;
  const partialAllowed = destination && parts.length !== undefined;
  if (!(partialAllowed ? isPartialIpv4(parts.address) : isIpv4Address(parts.address))) return INVALID_ADDRESS;
  if (destination && parts.length !== undefined && hostBitsV4(completeIpv4(parts.address), parts.length)) {
    return `prefix length too short for address '${text}'`;
  }
  return undefined;
}

export function checkIpv6Prefix(text: string, destination: boolean): string | undefined {
  const parts = splitPrefix(text, 128);
  if (typeof parts === 'string') return parts;
  if (!isIpv6Address(parts.address)) return INVALID_ADDRESS;
  if (destination && parts.length !== undefined && hostBitsV6(parts.address, parts.length)) {
    return `prefix length too short for address '${text}'`;
  }
  return undefined;
}

export function canonicalPrefix(text: string, v6: boolean): string {
  const slash = text.indexOf('/');
  if (slash < 0) return `${text}/${v6 ? 128 : 32}`;
  return v6 ? text : `${completeIpv4(text.slice(0, slash))}${text.slice(slash)}`;
}
