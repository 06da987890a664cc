/**
 * How configuration statements map onto XML elements and JSON members, shared by the XML and
 * JSON renderers (and meant for their parsers, when those come).
 *
 * Owns the rules both encodings follow on Junos: every statement is named by its schema (YANG)
 * name, whatever the text form hides (nokeyword lists and leaves, block lists, flat containers);
 * a list entry carries its key as a child named `name` (or the list's `keyName`); each
 * statement has one shape (a leaf value, a flag, leaf-list values, an empty container, a list
 * entry or a container); integer-typed values are numbers in JSON; and the commit attributes of
 * `<configuration>` / the `"@"` member. A parser reads an element back by the inverse of these:
 * child schema by element name (`SchemaNode.byName`), the key from `keyElementName`, the value
 * kind from `shapeOf`'s cases. Nothing here writes text.
 */
import type { SchemaNode } from '../schema/compile.js';
import type { ValueType } from '../schema/types.js';
import type { ConfigNode } from './node.js';

/** Element (XML) and member (JSON) name of a list key when the schema names none. */
export const DEFAULT_KEY_NAME = 'name';

/** The element that carries an annotation in XML, just before the annotated element. */
export const COMMENT_ELEMENT = 'junos:comment';

/** Name of the element or member that carries a list entry's key. */
export function keyElementName(list: SchemaNode): string {
  return list.def.keyName ?? DEFAULT_KEY_NAME;
}

/**
 * The shape of a statement in XML and JSON:
 * - `value`: a leaf with a value (`<host-name>r1</host-name>`, `"host-name" : "r1"`);
 * - `flag`: a leaf without one (`<synchronize/>`, `"synchronize" : [null]`);
 * - `values`: a leaf-list (one element per value; a JSON array);
 * - `empty`: a container or presence container without children (`ssh;`);
 * - `entry`: a list entry (its key first, then its children);
 * - `container`: a container or presence container with children.
 */
export type StatementShape = 'value' | 'flag' | 'values' | 'empty' | 'entry' | 'container';

export function shapeOf(node: ConfigNode): StatementShape {
  switch (node.schema.kind) {
    case 'leaf':
      return node.value === undefined ? 'flag' : 'value';
    case 'leaf-list':
      return 'values';
    case 'list':
      return 'entry';
    default:
      return node.children.length === 0 ? 'empty' : 'container';
  }
}

const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;

/** Whether `value`, of type `type`, is written as a JSON number (Junos does so from 17.1 on). */
export function isJsonNumber(type: ValueType | undefined, value: string): boolean {
  return type?.type === 'integer' && INTEGER.test(value);
}

/** The commit that produced a configuration, as `<configuration>` carries it. */
export interface CommitAttributes {
  /** Seconds since the epoch (`junos:commit-seconds`). */
  readonly seconds: number | string;
  /** Local time of the commit, e.g. `2024-03-11 09:13:30 UTC` (`junos:commit-localtime`). */
  readonly localtime: string;
  /** Who committed (`junos:commit-user`). */
  readonly user: string;
}

/** The commit attributes as (qualified name, value) pairs, in the order Junos writes them. */
export function commitAttributePairs(commit: CommitAttributes): readonly (readonly [string, string])[] {
  return [
    ['junos:commit-seconds', String(commit.seconds)],
    ['junos:commit-localtime', commit.localtime],
    ['junos:commit-user', commit.user],
  ];
}
