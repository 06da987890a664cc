/**
 * Validators for the value types of `types.ts`.
 *
 * Owns the question "is this string a valid value of that type, and if not, what does Junos say?",
 * and the written (canonical) form of a valid value. Each validator returns `undefined` for a good
 * value or the message Junos prints about it. It does not know where the value came from: the
 * caller adds the statement path and the position (`at '...'`, or the caret line of the CLI).
 *
 * Where the messages come from:
 * - Confirmed from public captures of real devices:
 *   `Value 9228 is not within range (256..9192)` (integer out of range: a vSRX lab write-up; also
 *   `Value 9000 is not within range (1..4094)` in the NETCONF replies internap/netman tests
 *   against, and `value 1000 is not within range (1..511)` in Juniper's DDL guide of 2010), and
 *   `Length 513 is not within range (1..512)` (string too long: a commit-comment limit report and
 *   a MACsec CAK report, both from real routers). A pattern mismatch prints the
 *   statement's own pattern message (the DDL `match` message, which Juniper's YANG carries as
 *   `junos:pattern-message`); those messages are reproduced as they are, since they are what the
 *   router prints.
 * - From the fake-switches Juniper emulation (modelled on real EX/QFX replies), not checked
 *   against a device: `Invalid numeric value: 'x'`, `invalid interface type in 'x'`,
 *   `invalid trailing input '/1' in 'ge-0/0/0/1'`.
 * - Junos's answer to an unknown keyword, which is what an enumeration value is in the CLI:
 *   `syntax error` (the CLI adds a period and a caret).
 * - Our choice (the wording of a real router was not found): `invalid ip address or hostname`,
 *   `invalid prefix length '33'`, `prefix length too short for address '10.0.0.1/24'` (host bits
 *   set in a destination prefix), `invalid unit number in 'x'`, `invalid encrypted password`,
 *   and `invalid value` for a pattern without a message of its own.
 */
import { checkInterfaceName, checkInterfaceUnit } from './interface-names.js';
import { canonicalIpv4Prefix, canonicalPrefix, checkIpv4Prefix, checkIpv6Prefix, INVALID_ADDRESS, isIpv4Address, isIpv6Address } from './ip-values.js';
import type { ValueType } from './types.js';

export { isInterfaceName } from './interface-names.js';
export { ipv4ToNumber, isIpv4Address, isIpv6Address } from './ip-values.js';

export type ValidationMessage = string | undefined;

/** A DNS name: dot-separated labels of letters, digits and inner dashes (not all digits). */
const DNS_NAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?)*\.?$/;

function isHostname(text: string): boolean {
  if (isIpv4Address(text) || isIpv6Address(text)) return true;
  return DNS_NAME.test(text) && !/^[\d.]+$/.test(text);
}

function checkAddressOrInterface(text: string): ValidationMessage {
  if (isIpv4Address(text) || isIpv6Address(text)) return undefined;
  const asInterface = checkInterfaceUnit(text);
  if (asInterface === undefined) return undefined;
  const looksLikeAddress = /^[\d.]+$/.test(text) || /^[0-9a-fA-F]*:[0-9a-fA-F:.]*$/.test(text);
  return looksLikeAddress ? INVALID_ADDRESS : asInterface;
}

/**
 * Crypt(3) hashes Junos writes: MD5 ($1$), SHA-256 ($5$), SHA-512 ($6$) and its own $sha1$. The
 * lengths of salt and hash are not checked (Junos only limits the whole to 128 characters), so
 * hand-made hashes in documents load; plain text and unknown schemes are refused.
 */
const CRYPT_HASH = /^\$(?:1|5|6|sha1)\$(?:(?:rounds=)?\d+\$)?[./0-9A-Za-z]{1,64}\$[./0-9A-Za-z]+$/;

function checkEncryptedPassword(text: string): ValidationMessage {
  if (text.length < 1 || text.length > 128) return `Length ${text.length} is not within range (1..128)`;
  return CRYPT_HASH.test(text) ? undefined : 'invalid encrypted password';
}

/** Junos's own key formats and messages: the algorithm word, white space, then the key text. */
const SSH_KEY_FORMATS: Readonly<Record<string, { readonly pattern: RegExp; readonly message: string }>> = {
  'ssh-rsa': {
    pattern: /^(?:\d+\s+\d+\s+\d+|ssh-rsa\s+[\x20-\x7e]+)(?:\s+.*)?$/,
    message: 'Must follow SSHv2 or SSHv1 RSA key format',
  },
  'ssh-dss': {
    pattern: /^ssh-dss\s+[\x20-\x7e]+(?:\s+.*)?$/,
    message: "Key format must be 'ssh-dss <base64-encoded-DSA-key> <comment>'",
  },
  ecdsa: {
    pattern: /^ecdsa-sha2-nistp(?:256|384|521)\s+[\x20-\x7e]+(?:\s+.*)?$/,
    message: "Key format must be 'ecdsa-sha2-nistp??? <base64-encoded-ECDSA-key> <comment>'",
  },
  'ssh-ed25519': {
    pattern: /^ssh-ed25519\s+[\x20-\x7e]+(?:\s+.*)?$/,
    message: "Key format must be 'ssh-ed25519 <base64-encoded-key> <comment>'",
  },
};

function checkSshKey(text: string, algorithm: string): ValidationMessage {
  const format = SSH_KEY_FORMATS[algorithm];
  if (format === undefined) return 'invalid value';
  return format.pattern.test(text) ? undefined : format.message;
}

function lengthMessage(length: number, min: number | undefined, max: number | undefined): string {
  return `Length ${length} is not within range (${min ?? 0}..${max ?? 65535})`;
}

/** Compiled string patterns, by source (a schema has few; `RegExp.test` keeps no state without flags). */
const patterns = new Map<string, RegExp>();

function patternOf(source: string): RegExp {
  let pattern = patterns.get(source);
  if (pattern === undefined) {
    pattern = new RegExp(source);
    patterns.set(source, pattern);
  }
  return pattern;
}

function checkString(text: string, type: Extract<ValueType, { type: 'string' }>): ValidationMessage {
  const tooShort = type.minLength !== undefined && text.length < type.minLength;
  const tooLong = type.maxLength !== undefined && text.length > type.maxLength;
  if (tooShort || tooLong) return lengthMessage(text.length, type.minLength, type.maxLength);
  if (type.pattern !== undefined && !patternOf(type.pattern).test(text)) {
    return type.patternMessage ?? 'invalid value';
  }
  return undefined;
}

const MINUS = 45;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** Whether `text` is an optional `-` and one or more ASCII digits (`/^-?\d+$/` without the regular expression). */
function isDecimal(text: string): boolean {
  const start = text.charCodeAt(0) === MINUS ? 1 : 0;
  if (text.length <= start) return false;
  for (let i = start; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < DIGIT_0 || code > DIGIT_9) return false;
  }
  return true;
}

function checkInteger(text: string, min: number, max: number): ValidationMessage {
  if (!isDecimal(text)) return `Invalid numeric value: '${text}'`;
  const value = Number(text);
  if (value < min || value > max) return `Value ${text} is not within range (${min}..${max})`;
  return undefined;
}

function isIpv6Text(text: string): boolean {
  return text.includes(':');
}

/** Checks `text` against `type`; returns undefined when valid, else Junos's complaint. */
export function checkValue(type: ValueType, text: string): ValidationMessage {
  switch (type.type) {
    case 'empty':
      return undefined;
    case 'string':
      return checkString(text, type);
    case 'integer':
      return checkInteger(text, type.min, type.max);
    case 'enum':
      return type.values.includes(text) ? undefined : 'syntax error';
    case 'ipv4-address':
      return isIpv4Address(text) ? undefined : INVALID_ADDRESS;
    case 'ipv6-address':
      return isIpv6Address(text) ? undefined : INVALID_ADDRESS;
    case 'ip-address':
      return isIpv4Address(text) || isIpv6Address(text) ? undefined : INVALID_ADDRESS;
    case 'ipv4-prefix':
      return checkIpv4Prefix(text, true);
    case 'ipv6-prefix':
      return checkIpv6Prefix(text, true);
    case 'ip-prefix':
      return isIpv6Text(text) ? checkIpv6Prefix(text, true) : checkIpv4Prefix(text, true);
    case 'ipv4-interface-address':
      return checkIpv4Prefix(text, false);
    case 'ipv6-interface-address':
      return checkIpv6Prefix(text, false);
    case 'interface-name':
      return checkInterfaceName(text);
    case 'interface-unit-name':
      return checkInterfaceUnit(text);
    case 'ip-address-or-interface':
      return checkAddressOrInterface(text);
    case 'hostname':
      return isHostname(text) ? undefined : INVALID_ADDRESS;
    case 'encrypted-password':
      return checkEncryptedPassword(text);
    case 'ssh-public-key':
      return checkSshKey(text, type.algorithm);
  }
}

/**
 * The form Junos writes a valid value in: a prefix or interface address gets its length
 * (`10.0.0.1` → `10.0.0.1/32`) and its left-out octets (`0/0` → `0.0.0.0/0`). Other values, and
 * values that are not valid, come back unchanged.
 */
export function canonicalValue(type: ValueType, text: string): string {
  return checkValue(type, text) === undefined ? canonicalValidValue(type, text) : text;
}

/** `canonicalValue` for a value already checked valid (no second check). */
export function canonicalValidValue(type: ValueType, text: string): string {
  switch (type.type) {
    case 'ipv4-prefix':
    case 'ipv4-interface-address':
      return canonicalPrefix(text, false);
    case 'ipv6-prefix':
    case 'ipv6-interface-address':
      return canonicalPrefix(text, true);
    case 'ip-prefix':
      return canonicalPrefix(text, isIpv6Text(text));
    default:
      return text;
  }
}

/**
 * The form Junos writes `text` in when it is a valid value of `type`, else undefined: what
 * `checkValue` and `canonicalValidValue` say together, with IPv4 prefixes and interface
 * addresses (most of the values of a large configuration) checked and spelled in one pass.
 */
export function validCanonicalValue(type: ValueType, text: string): string | undefined {
  switch (type.type) {
    case 'ipv4-prefix':
      return canonicalIpv4Prefix(text, true);
    case 'ipv4-interface-address':
      return canonicalIpv4Prefix(text, false);
    case 'ip-prefix':
      if (!isIpv6Text(text)) return canonicalIpv4Prefix(text, true);
      break;
  }
  return checkValue(type, text) === undefined ? canonicalValidValue(type, text) : undefined;
}

/** Whether Junos writes this value of this type as a number in JSON (integers only). */
export function isNumericType(type: ValueType | undefined): boolean {
  return type?.type === 'integer';
}
