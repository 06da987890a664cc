/**
 * The active configuration, as the commit-time checks see it.
 *
 * Owns the one rule every check shares: an inactive statement (and everything below it) is not
 * part of the active configuration, so checks never see it; neither do the contents of
 * `[edit groups]`, which are templates, not configuration. It also names where a statement is,
 * the way Junos prints it in an issue: the `[edit ...]` words of a level and the quoted
 * statement (`'user lab'`, `'backup-router 10.255.1.1'`). It does not decide what is wrong.
 */
import type { ConfigNode } from '../node.js';
import { quoteValue } from '../quote.js';

/** The active children of `node`. */
export function activeChildren(node: ConfigNode): ConfigNode[] {
  return node.children.filter((child) => !child.inactive);
}

/** The child with this name (and key), if present and active. */
export function activeChild(node: ConfigNode | undefined, name: string, key?: string): ConfigNode | undefined {
  const child = node?.child(name, key);
  return child === undefined || child.inactive ? undefined : child;
}

/** Follows `names` (statement names, no keys) through active containers from `node`. */
export function activeAt(node: ConfigNode | undefined, ...names: string[]): ConfigNode | undefined {
  let at = node;
  for (const name of names) at = activeChild(at, name);
  return at;
}

/** The active entries of the named list below `node`. */
export function activeEntries(node: ConfigNode | undefined, listName: string): ConfigNode[] {
  return node === undefined ? [] : node.entries(listName).filter((entry) => !entry.inactive);
}

/** Whether `node` is the top-level `groups` list (whose entries are not configuration). */
function isGroups(node: ConfigNode, depth: number): boolean {
  return depth === 0 && node.schema.name === 'groups';
}

/**
 * Visits every active statement below `root` (not `root` itself), parents before children,
 * skipping inactive subtrees and `[edit groups]`. `chain` runs from the top-level statement down
 * to the visited node's parent.
 */
export function walkActive(root: ConfigNode, visit: (node: ConfigNode, chain: readonly ConfigNode[]) => void): void {
  const chain: ConfigNode[] = [];
  const step = (node: ConfigNode): void => {
    for (const child of node.children) {
      if (child.inactive || isGroups(child, chain.length)) continue;
      visit(child, chain);
      chain.push(child);
      step(child);
      chain.pop();
    }
  };
  step(root);
}

/** The words a statement adds to an `[edit ...]` path: `system`, `user lab`, `fxp0`, `unit 0`. */
function pathWordsOf(node: ConfigNode): string[] {
  const kind = node.schema.kind;
  if (kind === 'leaf' || kind === 'leaf-list') return [];
  const words = node.schema.def.nokeyword === true ? [] : [node.name];
  if (node.key !== undefined) words.push(quoteValue(node.key));
  return words;
}

/** The edit path of a chain of statements from the top level (`['system', 'login', 'user', 'lab']`). */
export function editPathOf(chain: readonly ConfigNode[]): string[] {
  return chain.flatMap(pathWordsOf);
}

/**
 * A statement as Junos quotes it in an issue: its name and key (`user lab`, `address 10.0.0.1/24`,
 * the bare key of a nokeyword entry such as `fxp0`), the bare value of a container written with
 * one (`backup-router 10.255.1.1`), or a leaf with its value (`keepalive-time 300`).
 */
export function statementOf(node: ConfigNode): string {
  const words = node.schema.def.nokeyword === true ? [] : [node.name];
  if (node.key !== undefined) words.push(quoteValue(node.key));
  if (node.schema.kind === 'leaf' && node.value !== undefined) words.push(quoteValue(node.value));
  const bareLeaf = node.schema.bareLeaf;
  if (bareLeaf !== undefined) {
    const bare = activeChild(node, bareLeaf.name);
    if (bare?.value !== undefined) words.push(quoteValue(bare.value));
  }
  return words.join(' ');
}
