/**
 * The engine of `expandGroups` (see `groups.ts` for the rules it implements): builds the
 * expanded tree node by node, carrying the group statements that apply at each level, and
 * records where every inherited node and leaf-list value came from. Internal to `groups.ts`.
 */
import { APPLY_GROUPS, APPLY_GROUPS_EXCEPT, type SchemaNode } from '../schema/compile.js';
import { ConfigNode } from './node.js';
import { compileWildcard, isWildcardKey, matchesWildcard, type Wildcard } from './wildcard.js';

/** One group statement that provides data for the node being built. */
export interface Source {
  readonly group: string;
  readonly node: ConfigNode;
}

interface Slot {
  readonly schema: SchemaNode;
  readonly key: string | undefined;
}

export const NO_SOURCES: readonly Source[] = [];

function isGroupStatement(name: string): boolean {
  return name === APPLY_GROUPS || name === APPLY_GROUPS_EXCEPT;
}

/**
 * The `apply-groups` (or `apply-groups-except`) child of `local`. Children are in display order,
 * so the scan stops at the first child placed after that statement: one or two steps.
 */
function groupStatement(schema: SchemaNode, local: ConfigNode, name: string): ConfigNode | undefined {
  const order = schema.byName.get(name)?.order;
  if (order === undefined) return undefined;
  for (const child of local.children) {
    if (child.schema.order > order) return undefined;
    if (child.schema.order === order) return child;
  }
  return undefined;
}

export class Expander {
  readonly nodeGroup = new WeakMap<ConfigNode, string>();
  readonly valueGroups = new WeakMap<ConfigNode, Map<string, string>>();
  readonly #groups: ReadonlyMap<string, ConfigNode>;
  /** Wildcard entries of a group node's lists: group node → list name → ranked entries. */
  readonly #wildcards = new Map<ConfigNode, Map<string, { wildcard: Wildcard; node: ConfigNode }[]>>();
  readonly #compiled = new Map<string, Wildcard>();
  /** Names and keys of the nodes from the root to the one being built (for deeper apply-groups). */
  readonly #pathNames: string[] = [];
  readonly #pathKeys: (string | undefined)[] = [];

  constructor(groups: ReadonlyMap<string, ConfigNode>) {
    this.#groups = groups;
  }

  /** Builds the expanded node for `local` and/or the group statements in `outer`. */
  build(schema: SchemaNode, key: string | undefined, local: ConfigNode | undefined, outer: readonly Source[]): ConfigNode {
    let sources = local !== undefined && schema.groupable ? this.#levelSources(schema, local, outer) : outer;
    if (sources.length > 0 && sources.some((source) => source.node.inactive) && (local !== undefined || sources.some((source) => !source.node.inactive))) {
      sources = sources.filter((source) => !source.node.inactive);
    }
    const creator = local ?? (sources[0] as Source).node;
    const out = new ConfigNode(schema, key);
    out.inactive = creator.inactive;
    out.protect = creator.protect;
    if (local !== undefined) out.annotation = local.annotation;
    else this.nodeGroup.set(out, (sources[0] as Source).group);
    switch (schema.kind) {
      case 'leaf':
        out.value = creator.value;
        return out;
      case 'leaf-list':
        this.#mergeValues(out, local, sources);
        return out;
      default:
        this.#children(out, local, sources);
        return out;
    }
  }

  #mergeValues(out: ConfigNode, local: ConfigNode | undefined, sources: readonly Source[]): void {
    const values = [...(local?.values ?? [])];
    const seen = new Set(values);
    let added: Map<string, string> | undefined;
    for (const source of sources) {
      for (const value of source.node.values ?? []) {
        if (seen.has(value)) continue;
        seen.add(value);
        values.push(value);
        (added ??= new Map()).set(value, source.group);
      }
    }
    out.values = values;
    if (added !== undefined) this.valueGroups.set(out, added);
  }

  #children(out: ConfigNode, local: ConfigNode | undefined, sources: readonly Source[]): void {
    const isRoot = out.schema.parent === undefined;
    if (local !== undefined) {
      for (const child of local.children) {
        const name = child.schema.name;
        if (isGroupStatement(name) || (isRoot && name === 'groups')) continue;
        this.#child(out, child.schema, child.key, child, sources);
      }
    }
    if (sources.length === 0) return;
    const created = this.#createdSlots(out.schema, local, sources);
    if (created.length === 0) return;
    for (const slot of created) this.#child(out, slot.schema, slot.key, undefined, sources);
    out.sortByDisplayOrder();
  }

  #child(out: ConfigNode, schema: SchemaNode, key: string | undefined, local: ConfigNode | undefined, sources: readonly Source[]): void {
    this.#pathNames.push(schema.name);
    this.#pathKeys.push(key);
    const matched = sources.length > 0 ? this.#matching(sources, schema.name, key) : NO_SOURCES;
    out.appendAll([this.build(schema, key, local, matched)]);
    this.#pathNames.pop();
    this.#pathKeys.pop();
  }

  /** Statements the groups add at this level (wildcard keys create nothing; choices are respected). */
  #createdSlots(schema: SchemaNode, local: ConfigNode | undefined, sources: readonly Source[]): Slot[] {
    const created: Slot[] = [];
    const seen = new Set<string>();
    const choices = new Map<string, string>();
    const noteChoice = (child: SchemaNode): void => {
      const choice = child.def.choice;
      if (choice !== undefined && !choices.has(choice)) choices.set(choice, child.name);
    };
    if (local !== undefined) for (const child of local.children) noteChoice(child.schema);
    for (const source of sources) {
      for (const child of source.node.children) {
        const name = child.schema.name;
        if (isGroupStatement(name) || isWildcardKey(child.key)) continue;
        if (local?.child(name, child.key) !== undefined) continue;
        const identity = child.identity;
        if (seen.has(identity)) continue;
        const target = schema.byName.get(name);
        if (target === undefined) continue;
        const choice = target.def.choice;
        if (choice !== undefined && choices.has(choice) && choices.get(choice) !== name) continue;
        noteChoice(target);
        seen.add(identity);
        created.push({ schema: target, key: child.key });
      }
    }
    return created;
  }

  /** The group statements that provide data for the child `name` (`key`), in priority order. */
  #matching(sources: readonly Source[], name: string, key: string | undefined): Source[] {
    const matched: Source[] = [];
    for (const source of sources) {
      if (key === undefined) {
        const child = source.node.child(name);
        if (child !== undefined) matched.push({ group: source.group, node: child });
        continue;
      }
      for (const node of this.#entries(source.node, name, key)) matched.push({ group: source.group, node });
    }
    return matched;
  }

  /** Entries of `parent`'s list `name` that apply to `key`: the exact one, then wildcards. */
  #entries(parent: ConfigNode, name: string, key: string): ConfigNode[] {
    const found: ConfigNode[] = [];
    const exact = parent.child(name, key);
    if (exact !== undefined) found.push(exact);
    for (const entry of this.#wildcardEntries(parent, name)) {
      if (matchesWildcard(entry.wildcard, key)) found.push(entry.node);
    }
    return found;
  }

  #wildcardEntries(parent: ConfigNode, name: string): readonly { wildcard: Wildcard; node: ConfigNode }[] {
    let byList = this.#wildcards.get(parent);
    if (byList === undefined) {
      byList = new Map();
      for (const child of parent.children) {
        if (!isWildcardKey(child.key)) continue;
        let wildcard = this.#compiled.get(child.key);
        if (wildcard === undefined) {
          wildcard = compileWildcard(child.key);
          this.#compiled.set(child.key, wildcard);
        }
        const list = byList.get(child.schema.name) ?? [];
        list.push({ wildcard, node: child });
        byList.set(child.schema.name, list);
      }
      for (const list of byList.values()) list.sort((a, b) => b.wildcard.specificity - a.wildcard.specificity);
      this.#wildcards.set(parent, byList);
    }
    return byList.get(name) ?? [];
  }

  /** Sources at a level with its own apply-groups: those groups first, then the outer ones. */
  #levelSources(schema: SchemaNode, local: ConfigNode, outer: readonly Source[]): readonly Source[] {
    const apply = groupStatement(schema, local, APPLY_GROUPS);
    const except = groupStatement(schema, local, APPLY_GROUPS_EXCEPT);
    if (apply === undefined && except === undefined) return outer;
    const applied = apply !== undefined && !apply.inactive ? (apply.values ?? []) : [];
    const excepted = except !== undefined && !except.inactive ? (except.values ?? []) : [];
    if (applied.length === 0 && excepted.length === 0) return outer;
    const result: Source[] = [];
    const seen = new Set<ConfigNode>();
    for (const group of applied) {
      const entry = this.#groups.get(group);
      if (entry === undefined) continue;
      for (const node of this.#groupNodesAtPath(entry)) {
        if (seen.has(node)) continue;
        seen.add(node);
        result.push({ group, node });
      }
    }
    const excluded = new Set(excepted);
    for (const source of outer) {
      if (excluded.has(source.group) || seen.has(source.node)) continue;
      seen.add(source.node);
      result.push(source);
    }
    return result;
  }

  /** The statements of a group at the level being built (several when wildcards match). */
  #groupNodesAtPath(entry: ConfigNode): ConfigNode[] {
    let nodes = [entry];
    for (let depth = 0; depth < this.#pathNames.length; depth += 1) {
      const name = this.#pathNames[depth] as string;
      const key = this.#pathKeys[depth];
      const next: ConfigNode[] = [];
      for (const node of nodes) {
        if (key === undefined) {
          const child = node.child(name);
          if (child !== undefined) next.push(child);
        } else {
          next.push(...this.#entries(node, name, key));
        }
      }
      nodes = next.filter((node) => !node.inactive);
      if (nodes.length === 0) break;
    }
    return nodes;
  }
}
