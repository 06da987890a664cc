/**
 * Small constructors for statement definitions, so that the hierarchy files read like the Junos
 * hierarchy they describe. Each returns plain data (a `StatementDef`); nothing here is stateful.
 */
import type { StatementDef, ValueType } from './types.js';

type Extra = Partial<Omit<StatementDef, 'name' | 'kind' | 'help' | 'type' | 'children'>>;

export function container(name: string, help: string, children: readonly StatementDef[], extra: Extra = {}): StatementDef {
  return { name, kind: 'container', help, children, ...extra };
}

/** A container whose mere presence means something (`ssh;`, `family inet;`). */
export function presence(name: string, help: string, children: readonly StatementDef[] = [], extra: Extra = {}): StatementDef {
  return { name, kind: 'presence', help, children, ...extra };
}

export function leaf(name: string, help: string, type: ValueType, extra: Extra = {}): StatementDef {
  return { name, kind: 'leaf', help, type, ...extra };
}

/** A leaf without a value (YANG type empty): `retain;`, `master-only;`. */
export function flag(name: string, help: string, extra: Extra = {}): StatementDef {
  return { name, kind: 'leaf', help, type: { type: 'empty' }, ...extra };
}

export function leafList(name: string, help: string, type: ValueType, extra: Extra = {}): StatementDef {
  return { name, kind: 'leaf-list', help, type, ...extra };
}

/** A keyed list; `keyType` types the key, the children describe each entry. */
export function list(name: string, help: string, keyType: ValueType, children: readonly StatementDef[], extra: Extra = {}): StatementDef {
  return { name, kind: 'list', help, type: keyType, children, ...extra };
}

export const STRING: ValueType = { type: 'string' };

export function integer(min: number, max: number): ValueType {
  return { type: 'integer', min, max };
}

export function enumeration(...values: string[]): ValueType {
  return { type: 'enum', values };
}

export function pattern(regex: string, message: string): ValueType {
  return { type: 'string', pattern: regex, patternMessage: message };
}

/** A string with a length range (YANG `length`); Junos reports `Length N is not within range`. */
export function text(minLength: number, maxLength: number): ValueType {
  return { type: 'string', minLength, maxLength };
}

/** A string that must match `regex`, with a length range as well. */
export function patternWithLength(regex: string, message: string, minLength: number, maxLength: number): ValueType {
  return { type: 'string', pattern: regex, patternMessage: message, minLength, maxLength };
}

/** Flags that exclude each other (a YANG choice whose cases are single flags). */
export function choiceOfFlags(choice: string, flags: readonly (readonly [name: string, help: string])[]): StatementDef[] {
  return flags.map(([name, help]) => flag(name, help, { choice }));
}

/** YANG uint32. */
export const UINT32: ValueType = { type: 'integer', min: 0, max: 4294967295 };
/** YANG int32. */
export const INT32: ValueType = { type: 'integer', min: -2147483648, max: 2147483647 };
/** A TCP or UDP port. */
export const PORT: ValueType = { type: 'integer', min: 1, max: 65535 };
export const IPV4_ADDRESS: ValueType = { type: 'ipv4-address' };
export const IPV6_ADDRESS: ValueType = { type: 'ipv6-address' };
export const IP_ADDRESS: ValueType = { type: 'ip-address' };
export const IP_PREFIX: ValueType = { type: 'ip-prefix' };
export const HOSTNAME: ValueType = { type: 'hostname' };
export const INTERFACE_NAME: ValueType = { type: 'interface-name' };
