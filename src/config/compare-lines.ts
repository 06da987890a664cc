/**
 * The lines of `show | compare`: which column a statement starts at, and the text of a statement
 * as the diff shows it (whole, on one line, or as `name { ... }`).
 *
 * Owns only the diff-specific layout; the statement text itself always comes from
 * `render-text.ts`, on shallow copies of the nodes (so that marks or annotations can be left
 * out) wrapped, when the statement sits inside a flat container, in copies of those containers
 * (which gives `family inet6 { ... }` under `[edit interfaces ge-0/0/0 unit 0]`).
 *
 * Columns (text start; the sign is in column 0). `depth` is the number of containers and list
 * entries from the root down to the statement itself, its schema path length: a flat container
 * counts (`family`), the wrapper of a block list does not (`groups re1` is one level). Derived
 * from public device outputs, see compare.ts for the evidence:
 * - leaf, leaf-list, and a container written on one line (`backup-router ...;`): 1 + depth;
 * - the `name {` line of a block list wrapper (`groups {`, `name-server {`): 1 + entry depth;
 * - any other container, presence container or list entry, on one line or not: 2 + depth;
 * - a `!` line (inactive/active): one column right of that.
 * Lines inside a printed block keep render-text's 4 columns per level.
 */
import type { SchemaNode } from '../schema/compile.js';
import { ConfigNode, isLeafLike } from './node.js';
import { renderStatement, renderText } from './render-text.js';

/** A copy without marks and annotation, sharing the children unless told not to keep them. */
function shallowCopy(node: ConfigNode, withChildren = true): ConfigNode {
  const copy = new ConfigNode(node.schema, node.key);
  copy.value = node.value;
  copy.values = node.values === undefined ? undefined : [...node.values];
  if (withChildren) copy.appendAll(node.children);
  return copy;
}

/** `node` inside copies of the flat containers `flats` (outermost first). */
function wrapInFlats(node: ConfigNode, flats: readonly ConfigNode[]): ConfigNode {
  let inner = node;
  for (let i = flats.length - 1; i >= 0; i -= 1) {
    const outer = new ConfigNode((flats[i] as ConfigNode).schema);
    outer.appendAll([inner]);
    inner = outer;
  }
  return inner;
}

function toLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The statement as `show` prints it: marks, annotation, subtree. */
export function statementLines(node: ConfigNode, flats: readonly ConfigNode[]): string[] {
  return toLines(renderStatement(wrapInFlats(node, flats)));
}

/** The entries of one block list inside their `name { ... }` wrapper. */
export function wrapperLines(parent: SchemaNode, entries: readonly ConfigNode[]): string[] {
  const holder = new ConfigNode(parent);
  holder.appendAll(entries);
  return toLines(renderText(holder));
}

/** The statement without marks and annotation; equal texts mean equal content. */
export function contentText(node: ConfigNode): string {
  return renderStatement(shallowCopy(node));
}

/** Whether a container or list entry is written on one line together with its children. */
export function isOneLiner(node: ConfigNode): boolean {
  if (node.schema.def.oneliner === undefined || node.children.length === 0) return false;
  return toLines(contentText(node)).length === 1;
}

/** One line standing for the statement: the whole of it if it fits, else `name { ... }`. */
export function summaryLine(node: ConfigNode, flats: readonly ConfigNode[]): string {
  if (isLeafLike(node) || node.children.length === 0 || isOneLiner(node)) {
    return toLines(renderStatement(wrapInFlats(shallowCopy(node), flats))).join(' ');
  }
  const head = toLines(renderStatement(wrapInFlats(shallowCopy(node, false), flats)))[0] ?? '';
  return `${head.replace(/;$/, '')} { ... }`;
}

/** The lines of the statement's annotation, as render-text writes them. */
export function annotationLines(node: ConfigNode): string[] {
  return node.annotation === undefined ? [] : node.annotation.split('\n');
}

/** Column where a `+`/`-` statement line starts its text. */
export function columnOf(node: ConfigNode): number {
  const depth = node.schema.path.length;
  if (isLeafLike(node)) return 1 + depth;
  if (node.schema.kind !== 'list' && isOneLiner(node)) return 1 + depth;
  return 2 + depth;
}

/** Column of a block list wrapper (`groups {`) whose entries sit at `entryDepth`. */
export function wrapperColumn(entryDepth: number): number {
  return 1 + entryDepth;
}
