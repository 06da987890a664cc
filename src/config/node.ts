/**
 * The configuration tree: one type for every statement of a Junos configuration.
 *
 * Owns the in-memory shape of a configuration and the invariants every other module relies on:
 * a node's children are always in display order (the schema's order; list entries in the order
 * they were added), and there is at most one child per identity (a statement name, plus the key
 * for a list entry). Parsers build trees, renderers read them, groups/compare/validate walk them.
 * It knows nothing of text, XML or commits.
 */
import type { SchemaNode } from '../schema/compile.js';
import { ChildIndex } from './child-index.js';

/**
 * The children of a node that has none. Small child lists are kept in arrays of exactly their
 * size: an array grown by `push` reserves 17 slots at once, and a large configuration has tens of
 * thousands of containers with one to three children (this halves the memory of a parsed tree
 * and most of the time spent building it, see `npm run bench`).
 */
const NO_CHILDREN: readonly ConfigNode[] = Object.freeze([]);
/** From this many children on, a list grows by `push`/`splice` (amortised) instead of by copy. */
const EXACT_SIZE_LIMIT = 8;

/** Look-ups switch from a scan to a map once a node has this many children. */
const INDEX_THRESHOLD = 12;

const INACTIVE = 1;
const PROTECT = 2;
const REPLACE = 4;

/**
 * A copy of `children` with `node` at position `at`, in an array of exactly the new size. Written
 * out as a loop: `Array.prototype.concat` costs about a microsecond a call (it looks up
 * `Symbol.isConcatSpreadable` on every argument), and a parse inserts a node per statement.
 */
function insertedAt(children: readonly ConfigNode[], at: number, node: ConfigNode): ConfigNode[] {
  const length = children.length;
  const next = new Array<ConfigNode>(length + 1);
  for (let i = 0; i < at; i += 1) next[i] = children[i] as ConfigNode;
  next[at] = node;
  for (let i = at; i < length; i += 1) next[i + 1] = children[i] as ConfigNode;
  return next;
}

/**
 * What few statements carry, kept out of the node itself (a large configuration has a node per
 * statement, and every field costs 8 bytes in each): the `inactive` / `protect` / `replace`
 * marks (one bit each), an annotation, and the look-up index of a node with many children.
 */
class Rare {
  marks = 0;
  annotation: string | undefined = undefined;
  index: ChildIndex | undefined = undefined;
}

/** `rare` with a mark set or cleared (created only to set one). */
function marked(rare: Rare | undefined, mark: number, on: boolean): Rare | undefined {
  if (rare === undefined) {
    if (!on) return undefined;
    rare = new Rare();
  }
  rare.marks = on ? rare.marks | mark : rare.marks & ~mark;
  return rare;
}

/*
 * No private methods in ConfigNode: a class with one gives every instance an extra field (the
 * brand V8 checks them with). Helpers are module functions instead.
 */
export class ConfigNode {
  readonly schema: SchemaNode;
  /** The key of a list entry (unquoted), undefined for every other kind. */
  readonly key: string | undefined;
  /** The value of a leaf; undefined for a flag (a leaf of type empty). */
  value: string | undefined;
  /** The values of a leaf-list, in order. */
  values: string[] | undefined;
  #children: ConfigNode[] = NO_CHILDREN as ConfigNode[];
  #rare: Rare | undefined;

  constructor(schema: SchemaNode, key?: string) {
    this.schema = schema;
    this.key = key;
    if (schema.kind === 'leaf-list') this.values = [];
  }

  get inactive(): boolean {
    return this.#rare !== undefined && (this.#rare.marks & INACTIVE) !== 0;
  }

  set inactive(on: boolean) {
    this.#rare = marked(this.#rare, INACTIVE, on);
  }

  get protect(): boolean {
    return this.#rare !== undefined && (this.#rare.marks & PROTECT) !== 0;
  }

  set protect(on: boolean) {
    this.#rare = marked(this.#rare, PROTECT, on);
  }

  /** `replace:` tag of a loaded file; meaningful only to `load replace`. */
  get replace(): boolean {
    return this.#rare !== undefined && (this.#rare.marks & REPLACE) !== 0;
  }

  set replace(on: boolean) {
    this.#rare = marked(this.#rare, REPLACE, on);
  }

  /** A comment attached to the statement, with its delimiters (`/* ... *\/` or `# ...`). */
  get annotation(): string | undefined {
    return this.#rare?.annotation;
  }

  set annotation(text: string | undefined) {
    if (text === undefined && this.#rare === undefined) return;
    (this.#rare ??= new Rare()).annotation = text;
  }

  /** Child statements, in display order. Change them only through this class's methods. */
  get children(): readonly ConfigNode[] {
    return this.#children;
  }

  get name(): string {
    return this.schema.name;
  }

  /** The identity of this node among its siblings. */
  get identity(): string {
    return identityOf(this.schema.name, this.key);
  }

  /** The child with this statement name (and key, for a list entry). */
  child(name: string, key?: string): ConfigNode | undefined {
    const children = this.#children;
    let index = this.#rare?.index;
    if (index === undefined && children.length >= INDEX_THRESHOLD) index = (this.#rare ??= new Rare()).index = ChildIndex.of(children);
    if (index !== undefined) return index.get(name, key);
    for (let i = 0; i < children.length; i += 1) {
      const child = children[i] as ConfigNode;
      if (child.schema.name === name && child.key === key) return child;
    }
    return undefined;
  }

  /** Every entry of the named list, in order. */
  entries(listName: string): ConfigNode[] {
    return this.children.filter((child) => child.schema.name === listName);
  }

  /**
   * Puts `node` among the children at its display position. A child with the same identity is
   * replaced in place (the list entry keeps its position).
   */
  insert(node: ConfigNode): ConfigNode {
    const existing = this.child(node.schema.name, node.key);
    if (existing !== undefined) {
      const at = this.#children.indexOf(existing);
      this.#children[at] = node;
      this.#rare?.index?.set(node);
      return node;
    }
    return this.insertNew(node);
  }

  /** Puts a node known to be absent at its display position (skips the look-up of `insert`). */
  insertNew(node: ConfigNode): ConfigNode {
    const children = this.#children;
    let at = children.length;
    while (at > 0 && (children[at - 1] as ConfigNode).schema.order > node.schema.order) at -= 1;
    if (children.length >= EXACT_SIZE_LIMIT) {
      if (at === children.length) children.push(node);
      else children.splice(at, 0, node);
    } else {
      this.#children = insertedAt(children, at, node);
    }
    this.#rare?.index?.set(node);
    return node;
  }

  /** The child with this identity, created empty if absent. */
  ensure(schema: SchemaNode, key?: string): ConfigNode {
    return this.child(schema.name, key) ?? this.insert(new ConfigNode(schema, key));
  }

  /** Removes `node` from the children; returns whether it was there. */
  remove(node: ConfigNode): boolean {
    const at = this.#children.indexOf(node);
    if (at < 0) return false;
    this.#children = this.#children.filter((child) => child !== node);
    this.#rare?.index?.delete(node);
    return true;
  }

  /** Adds children known to be absent and already in display order, at the end (for builders). */
  appendAll(children: readonly ConfigNode[]): void {
    if (children.length === 0) return;
    if (this.#children.length >= EXACT_SIZE_LIMIT) this.#children.push(...children);
    else this.#children = [...this.#children, ...children];
    const index = this.#rare?.index;
    if (index !== undefined) for (const child of children) index.set(child);
  }

  /** Restores display order after `appendAll` added statements out of order (a stable sort). */
  sortByDisplayOrder(): void {
    this.#children.sort((a, b) => a.schema.order - b.schema.order);
  }

  /** Removes every child. */
  clear(): void {
    this.#children = NO_CHILDREN as ConfigNode[];
    if (this.#rare !== undefined) this.#rare.index = undefined;
  }

  /** Whether the node carries nothing (a container or entry without children). */
  get isEmpty(): boolean {
    return this.children.length === 0;
  }

  /** A deep copy, sharing only the schema. */
  clone(): ConfigNode {
    const copy = new ConfigNode(this.schema, this.key);
    copy.value = this.value;
    copy.values = this.values === undefined ? undefined : [...this.values];
    if (this.#rare !== undefined) {
      copy.#rare = new Rare();
      copy.#rare.marks = this.#rare.marks;
      copy.#rare.annotation = this.#rare.annotation;
    }
    copy.#children = this.#children.length === 0 ? (NO_CHILDREN as ConfigNode[]) : this.#children.map((child) => child.clone());
    return copy;
  }
}

/** Whether the node holds values rather than statements (a leaf or a leaf-list). */
export function isLeafLike(node: ConfigNode): boolean {
  return node.schema.kind === 'leaf' || node.schema.kind === 'leaf-list';
}

export function identityOf(name: string, key: string | undefined): string {
  return key === undefined ? name : `${name}\u0000${key}`;
}

/** Creates an empty root (`configuration`) node for a compiled schema. */
export function newConfiguration(root: SchemaNode): ConfigNode {
  return new ConfigNode(root);
}

/** Visits every node depth-first, parents before children. */
export function walk(node: ConfigNode, visit: (node: ConfigNode, parents: readonly ConfigNode[]) => void): void {
  const parents: ConfigNode[] = [];
  const step = (current: ConfigNode): void => {
    visit(current, parents);
    parents.push(current);
    for (const child of current.children) step(child);
    parents.pop();
  };
  step(node);
}
