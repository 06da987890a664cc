/**
 * `| display inheritance`: the expanded configuration as text, each inherited statement preceded
 * by a `##` comment block naming its group.
 *
 * Owns the marker text only; the layout is `render-text.ts`'s (through its `commentsFor` hook)
 * and the expansion is `groups.ts`'s. The rules, from Juniper's examples and real captures:
 * - [C] Every inherited statement gets its own block, nested ones included (an inherited
 *   `netconf { ssh; }` is marked at `netconf` and again at `ssh`):
 *       ##
 *       ## 'r1-re0' was inherited from group 're0'
 *       ##
 *       host-name r1-re0;
 * - [C] The quoted word is the statement's identity as written: a list entry's key (`'fxp0'`,
 *   `'0'`, `'10.0.0.1/24'`), a leaf's value (`'r1-re0'`, `'9216'`, unquoted, secrets included),
 *   a flag's or container's name (`'master-only'`, `'netconf'`), and for a leaf-list one line per
 *   value a group added (`'so-1/1/1.0'`), local values unmarked.
 * - [C] `family inet` is marked once, as `'inet'` (our `family` container is flat).
 * - [R] A statement written on one line lists, in one block, itself and then each inherited leaf
 *   on that line (`'traffic-engineering'` then `'disable'`). [U] for leaf-lists on such lines.
 * - `no-comments` is the same expansion without any marker (`renderText` of the tree).
 */
import type { GroupExpansion } from './groups.js';
import { isLeafLike, type ConfigNode } from './node.js';
import { fitsOnOneLine, isWrittenFlat, renderText, type TextRenderOptions } from './render-text.js';

export interface InheritanceRenderOptions {
  /** `| display inheritance no-comments`: no `##` markers. */
  readonly noComments?: boolean;
}

function marker(word: string, group: string): string {
  return `## '${word}' was inherited from group '${group}'`;
}

/** The marker lines of one statement, without the enclosing `##` lines. */
function markerLines(expansion: GroupExpansion, node: ConfigNode, into: string[]): void {
  if (node.schema.kind === 'leaf-list') {
    const values = expansion.inheritedValues(node);
    if (values !== undefined) for (const [value, group] of values) into.push(marker(value, group));
    return;
  }
  const group = expansion.groupOf(node);
  if (group === undefined) return;
  const word = node.key ?? (node.schema.kind === 'leaf' && node.value !== undefined ? node.value : node.name);
  into.push(marker(word, group));
}

/** The `commentsFor` hook of `renderText` that writes the inheritance markers. */
export function inheritanceComments(expansion: GroupExpansion): (node: ConfigNode) => readonly string[] | undefined {
  return (node) => {
    if (isWrittenFlat(node)) return undefined;
    const lines: string[] = [];
    markerLines(expansion, node, lines);
    if (!isLeafLike(node) && fitsOnOneLine(node)) {
      for (const child of node.children) markerLines(expansion, child, lines);
    }
    return lines.length === 0 ? undefined : ['##', ...lines, '##'];
  };
}

/**
 * Renders `node` (a node of `expansion.tree`; the whole tree by default) as
 * `show configuration | display inheritance` prints it.
 */
export function renderInheritance(expansion: GroupExpansion, node: ConfigNode = expansion.tree, options: InheritanceRenderOptions = {}): string {
  const textOptions: TextRenderOptions = options.noComments === true ? {} : { commentsFor: inheritanceComments(expansion) };
  return renderText(node, textOptions);
}
