/**
 * The statement path of `show configuration <path>` (`system`, `system domain-name`,
 * `interfaces fxp0 unit 0`): which part of a configuration `get-configuration` answers.
 *
 * Owns resolving the words (the configuration library's `resolvePath`, keys and values
 * optional) and cutting the tree: the XML and JSON forms keep the named statements inside
 * their ancestors (`<configuration><system><domain-name>…`, as PyEZ's filtered
 * `domain_config_get-configuration.xml` shows [C]); the text form prints what is at that level
 * without its ancestors (`show configuration system` prints the statements inside `system`
 * [R]; a leaf prints its own line). A path that names nothing gives an empty configuration.
 * The NETCONF subtree filter (`<configuration><system><domain-name/></system></configuration>`)
 * maps onto these words in the front end.
 */
import type { ConfigIssue } from '../../config/errors.js';
import { findPath } from '../../config/edit.js';
import { isLeafLike, newConfiguration, ConfigNode } from '../../config/node.js';
import { resolvePath, type Step } from '../../config/path.js';

export interface PathSelection {
  /** The configuration cut down to the path, ancestors kept. */
  readonly tree: ConfigNode;
  /** The statements the path names (empty when none). */
  readonly nodes: readonly ConfigNode[];
}

export type PathResult = { readonly ok: true; readonly selection: PathSelection } | { readonly ok: false; readonly issue: ConfigIssue };

/** A shallow copy: the statement itself, without children. */
function shell(node: ConfigNode): ConfigNode {
  const copy = new ConfigNode(node.schema, node.key);
  copy.inactive = node.inactive;
  copy.protect = node.protect;
  return copy;
}

export function selectPath(tree: ConfigNode, words: string): PathResult {
  const list = words
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((text) => ({ text, quoted: false }));
  if (list.length === 0) return { ok: true, selection: { tree, nodes: [tree] } };
  const resolution = resolvePath(list, 0, tree.schema, { partial: true, wildcards: true, editPath: [] });
  if (resolution.issue !== undefined) return { ok: false, issue: resolution.issue };
  const steps: readonly Step[] = resolution.steps;
  const found = findPath(tree, steps);
  const root = newConfiguration(tree.schema);
  if (found === undefined || found.nodes.length === 0) return { ok: true, selection: { tree: root, nodes: [] } };
  let source = tree;
  let target = root;
  while (source !== found.parent) {
    const next = source.children.find((child) => isAncestor(child, found.parent));
    if (next === undefined) break;
    target = target.insert(shell(next));
    source = next;
  }
  for (const node of found.nodes) target.insert(node.clone());
  return { ok: true, selection: { tree: root, nodes: found.nodes } };
}

function isAncestor(node: ConfigNode, of: ConfigNode): boolean {
  if (node === of) return true;
  return !isLeafLike(node) && node.children.some((child) => isAncestor(child, of));
}
