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
