/**
 * Validators for the value types of `types.ts`.
 *
 * Owns the question "is this string a valid value of that type, and if not, what does Junos say?".
 * Each validator returns `undefined` for a good value or the message Junos prints after the
 * offending value (e.g. `invalid prefix length '33'`). It does not know where the value came from;
 * the caller adds the statement path and the position.
 */
import type { ValueType } from './types.js';

export type ValidationMessage = string | undefined;

const IPV4_OCTET = /^(?:0|[1-9]\d{0,2})$/;

export function isIpv4Address(text: string): boolean {
  const parts = text.split('.');
  if (parts.length !== 4) return false;
  for (const part of parts) {
    if (!IPV4_OCTET.test(part) || Number(part) > 255) return false;
  }
  return true;
}

export function isIpv6Address(text: string): boolean {
  if (text.length < 2 || !/^[0-9a-fA-F:.]+$/.test(text)) return false;
  let head = text;
  let groupsFromTail = 0;
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIpv4Address(tail)) return false;
    head = text.slice(0, lastColon + 1) + '0:0';
    groupsFromTail = 0;
  }
  const doubleColons = head.split('::').length - 1;
  if (doubleColons > 1) return false;
  const groups = (h: string): string[] => (h === '' ? [] : h.split(':'));
  const validGroup = (g: string): boolean => /^[0-9a-fA-F]{1,4}$/.test(g);
  if (doubleColons === 1) {
    const [left = '', right = ''] = head.split('::');
    const all = [...groups(left), ...groups(right)];
    return all.every(validGroup) && all.length + groupsFromTail <= 7;
  }
  const all = groups(head);
  return all.length === 8 && all.every(validGroup);
}

interface PrefixParts {
  readonly address: string;
  readonly length: number;
}

function splitPrefix(text: string, maxLength: number): PrefixParts | string {
  const slash = text.indexOf('/');
  if (slash < 0) return 'missing prefix length';
  const lengthText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(lengthText) || Number(lengthText) > maxLength) {
    return `invalid prefix length '${lengthText}'`;
  }
  return { address: text.slice(0, slash), length: Number(lengthText) };
}

/** The 32-bit value of a dotted quad already known to be valid. */
export function ipv4ToNumber(address: string): number {
  let value = 0;
  for (const part of address.split('.')) value = value * 256 + Number(part);
  return value;
}

function hasHostBitsV4(address: string, length: number): boolean {
  if (length === 32) return false;
  const hostMask = length === 0 ? 0xffffffff : 2 ** (32 - length) - 1;
  return (ipv4ToNumber(address) & hostMask) >>> 0 !== 0;
}

function checkIpv4Prefix(text: string, hostBitsAllowed: boolean): ValidationMessage {
  const parts = splitPrefix(text, 32);
  if (typeof parts === 'string') return parts;
  if (!isIpv4Address(parts.address)) return 'invalid ip address or hostname';
  if (!hostBitsAllowed && hasHostBitsV4(parts.address, parts.length)) {
    return `prefix length too short for address '${text}'`;
  }
  return undefined;
}

function checkIpv6Prefix(text: string): ValidationMessage {
  const parts = splitPrefix(text, 128);
  if (typeof parts === 'string') return parts;
  if (!isIpv6Address(parts.address)) return 'invalid ip address or hostname';
  return undefined;
}

const INTERFACE_NAME =
  /^(?:(?:fxp|em|me|lo|irb|vme|ae|dsc|gr|ip|lt|vlan)\d+|re[01]:mgmt-\d+|(?:ge|xe|et|fe|so|mge)-\d+\/\d+\/\d+(?::\d+)?)$/;

export function isInterfaceName(text: string): boolean {
  return INTERFACE_NAME.test(text);
}

function checkInterfaceUnit(text: string): ValidationMessage {
  const dot = text.lastIndexOf('.');
  const device = dot < 0 ? text : text.slice(0, dot);
  const unit = dot < 0 ? '0' : text.slice(dot + 1);
  if (!isInterfaceName(device) || !/^\d{1,10}$/.test(unit)) return 'invalid interface name';
  return undefined;
}

const CRYPT_HASH = /^\$(?:1|5|6)\$[./0-9A-Za-z]{1,16}\$[./0-9A-Za-z]{22,86}$/;

const SSH_KEY_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  'ssh-rsa': ['ssh-rsa'],
  ecdsa: ['ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521'],
  'ssh-ed25519': ['ssh-ed25519'],
};

function checkSshKey(text: string, algorithm: string): ValidationMessage {
  const [prefix, body] = text.split(/\s+/);
  const allowed = SSH_KEY_PREFIXES[algorithm] ?? [];
  if (prefix === undefined || !allowed.includes(prefix) || body === undefined || !/^[A-Za-z0-9+/]+=*$/.test(body)) {
    return `invalid ${algorithm} public key`;
  }
  return undefined;
}

function checkString(text: string, type: Extract<ValueType, { type: 'string' }>): ValidationMessage {
  if (type.minLength !== undefined && text.length < type.minLength) {
    return `Must be at least ${type.minLength} character${type.minLength === 1 ? '' : 's'} long`;
  }
  if (type.maxLength !== undefined && text.length > type.maxLength) {
    return `Must be at most ${type.maxLength} characters long`;
  }
  if (type.pattern !== undefined && !new RegExp(type.pattern).test(text)) {
    return type.patternMessage ?? 'Invalid string';
  }
  return undefined;
}

function checkInteger(text: string, min: number, max: number): ValidationMessage {
  if (!/^-?\d+$/.test(text)) return `number expected: ${text}`;
  const value = Number(text);
  if (value < min || value > max) return `Value ${text} is not within range (${min}..${max})`;
  return undefined;
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
      return type.values.includes(text) ? undefined : `invalid value '${text}', expected one of: ${type.values.join(', ')}`;
    case 'ipv4-address':
      return isIpv4Address(text) ? undefined : 'invalid ip address or hostname';
    case 'ipv6-address':
      return isIpv6Address(text) ? undefined : 'invalid ip address or hostname';
    case 'ip-address':
      return isIpv4Address(text) || isIpv6Address(text) ? undefined : 'invalid ip address or hostname';
    case 'ipv4-prefix':
      return checkIpv4Prefix(text, false);
    case 'ipv4-interface-address':
      return checkIpv4Prefix(text, true);
    case 'ipv6-prefix':
    case 'ipv6-interface-address':
      return checkIpv6Prefix(text);
    case 'ip-prefix':
      return text.includes(':') ? checkIpv6Prefix(text) : checkIpv4Prefix(text, false);
    case 'interface-name':
      return isInterfaceName(text) ? undefined : 'invalid interface name';
    case 'interface-unit-name':
      return checkInterfaceUnit(text);
    case 'encrypted-password':
      return CRYPT_HASH.test(text) ? undefined : 'invalid encrypted password';
    case 'ssh-public-key':
      return checkSshKey(text, type.algorithm);
  }
}

/** Whether Junos writes this value of this type as a number in JSON (integers only). */
export function isNumericType(type: ValueType | undefined): boolean {
  return type?.type === 'integer';
}
