/**
 * IPv4 and IPv6 addresses and prefixes as Junos reads them: addresses, destination prefixes
 * (length optional, trailing IPv4 octets may be left out, host bits refused) and interface
 * addresses (host bits kept). Juniper documents that an address may be given with or without
 * its prefix length and that left-out octets count as zero; the YANG types of these statements
 * are the optional-length ones (ipv4prefix, not ipv4prefix-mandatory). Used by value-types.ts,
 * which owns the messages' catalogue; the wording of these messages is our choice (see there).
 */

export const INVALID_ADDRESS = 'invalid ip address or hostname';

const DOT = 46;
const SLASH = 47;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/**
 * The 32-bit value of a dotted quad in `text[start..end)`, or -1 when it is not one. With
 * `partial`, trailing octets may be left out (`10.1` is 10.1.0.0), as a prefix may be written.
 * A scan over char codes: addresses are checked for every statement of a large configuration.
 */
function parseIpv4(text: string, start: number, end: number, partial: boolean): number {
  let value = 0;
  let octets = 0;
  let octet = 0;
  let digits = 0;
  for (let i = start; i <= end; i += 1) {
    const code = i === end ? DOT : text.charCodeAt(i);
    if (code === DOT) {
      if (digits === 0 || octet > 255 || octets === 4) return -1;
      value = value * 256 + octet;
      octets += 1;
      octet = 0;
      digits = 0;
    } else if (code >= DIGIT_0 && code <= DIGIT_9) {
      if (digits > 0 && octet === 0) return -1;
      octet = octet * 10 + (code - DIGIT_0);
      digits += 1;
      if (digits > 3) return -1;
    } else {
      return -1;
    }
  }
  if (octets !== 4 && !partial) return -1;
  for (let i = octets; i < 4; i += 1) value *= 256;
  return value;
}

export function isIpv4Address(text: string): boolean {
  return parseIpv4(text, 0, text.length, false) >= 0;
}


export function completeIpv4(text: string): string {
  const parts = text.split('.');
  while (parts.length < 4) parts.push('0');
  return parts.join('.');
}

/** The 32-bit value of a dotted quad (or of its leading octets) already known to be valid. */
export function ipv4ToNumber(address: string): number {
  return parseIpv4(address, 0, address.length, true);
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

const PREFIX_LENGTH = /^\d{1,3}$/;

function splitPrefix(text: string, maxLength: number): Prefix | string {
  const slash = text.indexOf('/');
  if (slash < 0) return { address: text, length: undefined };
  const lengthText = text.slice(slash + 1);
  const length = PREFIX_LENGTH.test(lengthText) ? Number(lengthText) : NaN;
  if (!(length <= maxLength)) return `invalid prefix length '${lengthText}'`;
  return { address: text.slice(0, slash), length };
}

function hostBitsV6(address: string, length: number): boolean {
  if (length >= 128) return false;
  const hostMask = (1n << BigInt(128 - length)) - 1n;
  return (ipv6ToBigInt(address) & hostMask) !== 0n;
}

/**
 * The prefix length written from `start` to the end of `text`, or -1 when it is not a number of
 * one to three digits no larger than `max`.
 */
function prefixLength(text: string, start: number, max: number): number {
  const digits = text.length - start;
  if (digits < 1 || digits > 3) return -1;
  let value = 0;
  for (let i = start; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < DIGIT_0 || code > DIGIT_9) return -1;
    value = value * 10 + (code - DIGIT_0);
  }
  return value <= max ? value : -1;
}

/**
 * Whether the 32-bit `value` has bits set below a prefix of `length` (0..31) bits: a mask, not
 * `value % 2 ** (32 - length)`, which is a floating-point remainder and far slower.
 */
function hasHostBits(value: number, length: number): boolean {
  return (value & (0xffffffff >>> length)) !== 0;
}

const PREFIX_OK = 0;
const BAD_LENGTH = 1;
const BAD_ADDRESS = 2;
const HOST_BITS = 3;

/**
 * What is wrong with an IPv4 prefix (`PREFIX_OK` when nothing); `destination` true for a route
 * prefix (host bits refused, octets may be left out). One pass over the text, no intermediate
 * strings: every route and address of a large configuration goes through here.
 */
function ipv4PrefixProblem(text: string, slash: number, destination: boolean): number {
  let length = -1;
  if (slash >= 0) {
    length = prefixLength(text, slash + 1, 32);
    if (length < 0) return BAD_LENGTH;
  }
  const value = parseIpv4(text, 0, slash < 0 ? text.length : slash, destination && slash >= 0);
  if (value < 0) return BAD_ADDRESS;
  if (destination && length >= 0 && length < 32 && hasHostBits(value, length)) return HOST_BITS;
  return PREFIX_OK;
}

/** An IPv4 prefix (see `ipv4PrefixProblem`): undefined when valid, else the complaint. */
export function checkIpv4Prefix(text: string, destination: boolean): string | undefined {
  const slash = text.indexOf('/');
  switch (ipv4PrefixProblem(text, slash, destination)) {
    case BAD_LENGTH:
      return `invalid prefix length '${text.slice(slash + 1)}'`;
    case BAD_ADDRESS:
      return INVALID_ADDRESS;
    case HOST_BITS:
      return `prefix length too short for address '${text}'`;
    default:
      return undefined;
  }
}

/**
 * `canonicalPrefix` of a valid IPv4 prefix, or undefined when `checkIpv4Prefix` would refuse it:
 * the same rules in a single pass over the text, for the values of a large configuration (which
 * are nearly all valid). It says nothing of what is wrong; `checkIpv4Prefix` does.
 */
export function canonicalIpv4Prefix(text: string, destination: boolean): string | undefined {
  const end = text.length;
  let value = 0;
  let octets = 0;
  let octet = 0;
  let digits = 0;
  let at = 0;
  for (; at <= end; at += 1) {
    const code = at === end ? SLASH : text.charCodeAt(at);
    if (code >= DIGIT_0 && code <= DIGIT_9) {
      if (digits > 0 && octet === 0) return undefined;
      octet = octet * 10 + (code - DIGIT_0);
      digits += 1;
      if (digits > 3) return undefined;
    } else if (code === DOT || code === SLASH) {
      if (digits === 0 || octet > 255 || octets === 4) return undefined;
      value = value * 256 + octet;
      octets += 1;
      octet = 0;
      digits = 0;
      if (code === SLASH) break;
    } else {
      return undefined;
    }
  }
  if (at === end) return octets === 4 ? `${text}/32` : undefined;
  const length = prefixLength(text, at + 1, 32);
  if (length < 0 || (octets !== 4 && !destination)) return undefined;
  for (let i = octets; i < 4; i += 1) value *= 256;
  if (destination && length < 32 && hasHostBits(value, length)) return undefined;
  return octets === 4 ? text : canonicalPrefix(text, false);
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
  if (v6) return text;
  let dots = 0;
  for (let i = 0; i < slash; i += 1) if (text.charCodeAt(i) === DOT) dots += 1;
  return dots === 3 ? text : `${completeIpv4(text.slice(0, slash))}${text.slice(slash)}`;
}
