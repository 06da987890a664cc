/**
 * Reads a Junos XML `<configuration>` (what `<load-configuration format="xml">` and
 * `<edit-config>` carry) as configuration commands (`set`, `delete`, `deactivate`, …), which
 * mgd's session then applies with `load … set` (`config/parse-set.ts`): every value is then
 * checked, canonicalised and reported exactly as a typed `set` would be.
 *
 * Owns the XML → statement mapping (the inverse of `config/element-mapping.ts`): an element is
 * the schema child of its name (`SchemaNode.byName`); a list entry's key is its `<name>` (or key
 * name) child and written after the list's name (alone for a nokeyword list:
 * `<interface><name>fxp0</name>` → `interfaces fxp0`); a nokeyword leaf's value joins its
 * parent's words (`<backup-router><address>10.0.0.1</address>` →
 * `system backup-router 10.0.0.1 …`); a flag is an empty element; a leaf-list one element per
 * value. An element that names no statement is `syntax error` with bad-element its name and
 * error-path the level (`[edit system]`), as a load of text reports it.
 *
 * Operations, per element (inherited by its children):
 * - Junos attributes: `delete="delete"` → `delete` (a missing statement gives mgd's warning
 *   `statement not found`); `replace="replace"` (when `replaceAttribute`, i.e. `action="replace"`
 *   and `<edit-config>`) → the statement's old content removed before the new is set;
 *   `inactive="inactive"` / `active="active"` → `deactivate` / `activate`; `protect="protect"` /
 *   `unprotect="unprotect"` likewise.
 * - NETCONF `operation` (RFC 6241 §7.2): `merge`, `replace`, `create` (refused with
 *   `data-exists` when present), `delete` (refused with `data-missing` when absent), `remove`
 *   (nothing when absent). With `defaultOperation: 'none'`, elements without an operation of
 *   their own or above only lead to the ones below.
 * Existence is judged against `current` (the candidate the commands will apply to).
 * Annotations (`<junos:comment>`) and ordering attributes (`insert`) are ignored [U].
 */
import { editHeader } from '../../config/errors.js';
import { keyElementName } from '../../config/element-mapping.js';
import type { ConfigNode } from '../../config/node.js';
import { quoteValue } from '../../config/quote.js';
import type { SchemaNode } from '../../schema/compile.js';
import { childNamed } from './xml-element.js';
import { rpcError, syntaxErrorFor } from './rpc-errors.js';
import type { XmlElement, XmlRpcError } from './xml-rpc-types.js';

export type EditOperation = 'merge' | 'replace' | 'create' | 'delete' | 'remove';
const OPERATIONS: readonly string[] = ['merge', 'replace', 'create', 'delete', 'remove'];

export interface XmlCommandOptions {
  /** The tree the commands will apply to, for `create`/`delete`/`remove`/`replace`. */
  readonly current: ConfigNode | undefined;
  /** Honour `replace="replace"`. */
  readonly replaceAttribute: boolean;
  /** `<default-operation>` of `<edit-config>` (`merge` otherwise). */
  readonly defaultOperation?: 'merge' | 'replace' | 'none';
}

export interface XmlCommands {
  /** Configuration commands, one per line, in document order. */
  readonly lines: string[];
  /** The statement path (plain words, values included) each line changes, for permissions. */
  readonly paths: string[][];
  readonly errors: XmlRpcError[];
}

interface Level {
  readonly schema: SchemaNode;
  readonly node: ConfigNode | undefined;
  /** Quoted words of the level (for commands) and plain ones (for paths). */
  readonly words: readonly string[];
  readonly plain: readonly string[];
  /** An operation set on this level or above. */
  readonly operation: EditOperation | undefined;
}

const COMMENT = 'comment';

class Reader {
  readonly out: XmlCommands = { lines: [], paths: [], errors: [] };
  readonly #options: XmlCommandOptions;

  constructor(options: XmlCommandOptions) {
    this.#options = options;
  }

  #emit(verb: string, words: readonly string[], plain: readonly string[]): void {
    this.out.lines.push(`${verb} ${words.join(' ')}`);
    this.out.paths.push([...plain]);
  }

  #operationOf(element: XmlElement, level: Level): EditOperation | undefined | 'bad' {
    const explicit = element.attributes.operation;
    if (explicit !== undefined) return OPERATIONS.includes(explicit) ? (explicit as EditOperation) : 'bad';
    if (element.attributes.delete === 'delete') return 'delete';
    if (this.#options.replaceAttribute && element.attributes.replace === 'replace') return 'replace';
    return level.operation;
  }

  children(element: XmlElement, level: Level, skip?: XmlElement): void {
    for (const child of element.children) {
      if (child === skip) continue;
      const schema = level.schema.byName.get(child.name);
      if (schema === undefined) {
        if (child.name !== COMMENT) this.out.errors.push({ ...syntaxErrorFor(child.name), path: editHeader(level.plain) });
        continue;
      }
      this.statement(child, schema, level);
    }
  }

  statement(element: XmlElement, schema: SchemaNode, level: Level): void {
    const operation = this.#operationOf(element, level);
    if (operation === 'bad') {
      this.out.errors.push(syntaxErrorFor(element.attributes.operation ?? 'operation'));
      return;
    }
    const named = this.#words(element, schema, level);
    if (named === undefined) return;
    const { words, plain, node, inner, skip } = named;
    const effective = operation ?? (this.#options.defaultOperation === 'none' ? 'none' : 'merge');
    const strictDelete = element.attributes.operation === 'delete';
    const next: Level = { schema, node, words, plain, operation };
    switch (effective) {
      case 'none':
        if (inner) this.children(element, next, skip);
        return;
      case 'delete':
      case 'remove':
        if (node === undefined && strictDelete) this.out.errors.push(rpcError('statement not found', { type: 'application', tag: 'data-missing', path: editHeader(level.plain), badElement: element.name }));
        if (node !== undefined || (effective === 'delete' && !strictDelete)) this.#emit('delete', this.#statementWords(schema, words, false), plain);
        return;
      case 'create':
        if (node !== undefined) {
          this.out.errors.push(rpcError('statement already exists', { type: 'application', tag: 'data-exists', path: editHeader(level.plain), badElement: element.name }));
          return;
        }
        break;
      case 'replace':
        if (node !== undefined && inner) this.#emit('delete', words, plain);
        break;
    }
    const fresh = effective === 'replace' ? undefined : node;
    const hasContent = inner && element.children.some((child) => child !== skip && !(schema.kind === 'list' && child.name === keyElementName(schema)));
    if (hasContent) this.children(element, { ...next, node: fresh }, skip);
    else this.#emit('set', words, plain);
    this.#marks(element, this.#statementWords(schema, words, true), plain);
  }

  /** The words naming the statement itself: a leaf's (or leaf-list's, for `values`) without its value. */
  #statementWords(schema: SchemaNode, words: readonly string[], values: boolean): readonly string[] {
    const valued = (schema.kind === 'leaf' && schema.type?.type !== 'empty') || (values && schema.kind === 'leaf-list');
    return valued && schema.def.nokeyword !== true ? words.slice(0, -1) : words;
  }

  #marks(element: XmlElement, words: readonly string[], plain: readonly string[]): void {
    const { attributes } = element;
    if (attributes.inactive === 'inactive') this.#emit('deactivate', words, plain);
    if (attributes.active === 'active') this.#emit('activate', words, plain);
    if (attributes.protect === 'protect') this.#emit('protect', words, plain);
    if (attributes.unprotect === 'unprotect') this.#emit('unprotect', words, plain);
  }

  /** The words of the statement, the node it names in `current`, and whether it holds statements. */
  #words(element: XmlElement, schema: SchemaNode, level: Level) {
    const add = (extra: readonly string[]) => ({ words: [...level.words, ...extra.map((word) => quoteValue(word))], plain: [...level.plain, ...extra] });
    if (schema.kind === 'leaf' || schema.kind === 'leaf-list') {
      const bad = element.children[0];
      if (bad !== undefined) {
        this.out.errors.push({ ...syntaxErrorFor(bad.name), path: editHeader(level.plain) });
        return undefined;
      }
      const value = element.text.trim();
      const flag = schema.kind === 'leaf' && schema.type?.type === 'empty';
      const extra = schema.def.nokeyword === true ? [value] : flag ? [schema.name] : [schema.name, value];
      const existing = level.node?.child(schema.name);
      const node = schema.kind === 'leaf-list' && existing !== undefined && !(existing.values ?? []).includes(value) ? undefined : existing;
      return { ...add(extra), node, inner: false, skip: undefined };
    }
    if (schema.kind === 'list') {
      const keyElement = childNamed(element, keyElementName(schema));
      const key = keyElement?.text.trim();
      if (key === undefined || key === '') {
        this.out.errors.push({ ...rpcError('missing key', { badElement: schema.name }), path: editHeader(level.plain) });
        return undefined;
      }
      const extra = schema.def.nokeyword === true ? [key] : [schema.name, key];
      return { ...add(extra), node: level.node?.child(schema.name, key), inner: true, skip: keyElement };
    }
    const bare = schema.bareLeaf === undefined ? undefined : childNamed(element, schema.bareLeaf.name);
    const extra = bare === undefined ? [schema.name] : [schema.name, bare.text.trim()];
    return { ...add(extra), node: level.node?.child(schema.name), inner: true, skip: bare };
  }
}

/** The commands of a `<configuration>` element (its children are the top statements). */
export function xmlToCommands(configuration: XmlElement, schema: SchemaNode, options: XmlCommandOptions): XmlCommands {
  const reader = new Reader(options);
  reader.children(configuration, { schema, node: options.current, words: [], plain: [], operation: undefined });
  return reader.out;
}
