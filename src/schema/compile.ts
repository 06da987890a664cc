/**
 * Turns the serialisable statement definitions into the runtime schema.
 *
 * Owns the runtime view of the hierarchy: parent links, each statement's display order, name
 * look-ups (including the names written in text, which differ from the YANG names for nokeyword
 * lists), and the `apply-groups` / `apply-groups-except` statements that Junos allows at almost
 * every level. It does not know about configuration values; see `config/` for that.
 */
import type { StatementDef, StatementKind, ValueType } from './types.js';

export const APPLY_GROUPS = 'apply-groups';
export const APPLY_GROUPS_EXCEPT = 'apply-groups-except';

export interface SchemaNode {
  readonly def: StatementDef;
  readonly name: string;
  readonly kind: StatementKind;
  readonly help: string;
  readonly type: ValueType | undefined;
  readonly parent: SchemaNode | undefined;
  /** Position among the parent's children: the display order. */
  readonly order: number;
  /** Path of statement names from the root, for messages. */
  readonly path: readonly string[];
  readonly children: readonly SchemaNode[];
  /** Children by name (YANG name). */
  readonly byName: ReadonlyMap<string, SchemaNode>;
  /** The nokeyword list among the children, if any: a word that names no child is one of its keys. */
  readonly keyList: SchemaNode | undefined;
  /** The nokeyword leaf among the children, if any: written as a bare value. */
  readonly bareLeaf: SchemaNode | undefined;
  /** `apply-groups` may be written here. */
  readonly groupable: boolean;
}

const EMPTY: ValueType = { type: 'empty' };

/** The `apply-groups` statement; a definition may place it itself to fix its display order. */
export const APPLY_GROUPS_DEF: StatementDef = {
  name: APPLY_GROUPS,
  kind: 'leaf-list',
  help: 'Groups from which to inherit configuration data',
  type: { type: 'string', pattern: '^[^\\s]+$' },
};

const APPLY_GROUPS_EXCEPT_DEF: StatementDef = {
  name: APPLY_GROUPS_EXCEPT,
  kind: 'leaf-list',
  help: "Don't inherit configuration data from these groups",
  type: { type: 'string', pattern: '^[^\\s]+$' },
};

function valueTypeOf(def: StatementDef): ValueType | undefined {
  if (def.kind === 'leaf') return def.type ?? EMPTY;
  return def.type;
}

interface MutableSchemaNode extends Omit<SchemaNode, 'children' | 'byName' | 'keyList' | 'bareLeaf'> {
  children: SchemaNode[];
  byName: Map<string, SchemaNode>;
  keyList: SchemaNode | undefined;
  bareLeaf: SchemaNode | undefined;
}

function build(def: StatementDef, parent: SchemaNode | undefined, order: number, isRoot: boolean): SchemaNode {
  const hasChildren = def.kind === 'container' || def.kind === 'presence' || def.kind === 'list';
  const node: MutableSchemaNode = {
    def,
    name: def.name,
    kind: def.kind,
    help: def.help,
    type: valueTypeOf(def),
    parent,
    order,
    path: parent === undefined ? [] : [...parent.path, def.name],
    children: [],
    byName: new Map(),
    keyList: undefined,
    bareLeaf: undefined,
    groupable: hasChildren && def.noGroups !== true,
  };
  if (hasChildren) {
    const defs: StatementDef[] = [];
    const explicit = (def.children ?? []).some((child) => child.name === APPLY_GROUPS);
    if (node.groupable && !explicit) {
      defs.push(APPLY_GROUPS_DEF);
      if (!isRoot) defs.push(APPLY_GROUPS_EXCEPT_DEF);
    }
    defs.push(...(def.children ?? []));
    defs.forEach((childDef, index) => {
      const child = build(childDef, node, index, false);
      node.children.push(child);
      node.byName.set(child.name, child);
      if (childDef.nokeyword === true && childDef.kind === 'list') node.keyList = child;
      if (childDef.nokeyword === true && childDef.kind === 'leaf') node.bareLeaf = child;
    });
  }
  return node;
}

/** Compiles a root definition (the `configuration` statement) into the runtime schema. */
export function compileSchema(root: StatementDef): SchemaNode {
  return build(root, undefined, 0, true);
}

/** Walks `names` (YANG names) from `from`; undefined if some name is not a child. */
export function schemaAt(from: SchemaNode, names: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = from;
  for (const name of names) {
    node = node?.byName.get(name);
    if (node === undefined) return undefined;
  }
  return node;
}

/** Whether this schema node holds statements (container, presence container or list). */
export function hasChildStatements(node: SchemaNode): boolean {
  return node.kind === 'container' || node.kind === 'presence' || node.kind === 'list';
}
