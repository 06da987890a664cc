/**
 * Tree merges mgd needs beyond single edits: `load merge` / `load replace` of a parsed tree into
 * a candidate, and the three-way merge that commits a private candidate (`configure private`) on
 * top of a committed configuration that may have moved since the private copy was taken.
 *
 * Owns the merge rules; parsing is `config/`'s, and which load action uses which is `load.ts`'s.
 *
 * Rules and choices:
 * - Merge: statements of the loaded tree are added or, for leaves, replace the value; a
 *   leaf-list gains the values it lacks; a loaded statement drops the members of its choice
 *   already there (as `set` does); `inactive:`/`protect:` marks and comments of loaded statements
 *   are taken. With `replace` tags honoured (`load replace`), a statement tagged `replace:`
 *   replaces the candidate's one whole.
 * - Three-way (private commit): what the private copy changed since its base wins; what it left
 *   alone comes from the current committed configuration (including statements others deleted).
 *   A statement deleted in the private copy is deleted. [U] Junos reports some conflicts as
 *   errors; retwin lets the private change win silently. Entries the private copy added to a
 *   list come after the committed ones.
 */
import { ConfigNode, isLeafLike } from '../../config/node.js';
import { sameTree } from './tree-equal.js';

/** Drops the siblings of `schema`'s choice from `parent` (another member of the same choice). */
function clearChoice(parent: ConfigNode, child: ConfigNode): void {
  const choice = child.schema.def.choice;
  if (choice === undefined) return;
  for (const sibling of [...parent.children]) {
    if (sibling.schema !== child.schema && sibling.schema.def.choice === choice) parent.remove(sibling);
  }
}

/** A deep copy without `replace:` tags. */
function untagged(node: ConfigNode): ConfigNode {
  const copy = node.clone();
  const clear = (n: ConfigNode): void => {
    n.replace = false;
    for (const child of n.children) clear(child);
  };
  clear(copy);
  return copy;
}

function takeMarks(target: ConfigNode, source: ConfigNode): void {
  if (source.inactive) target.inactive = true;
  if (source.protect) target.protect = true;
  if (source.annotation !== undefined) target.annotation = source.annotation;
}

/** Merges `source`'s statements into `target` (same level). */
export function mergeInto(target: ConfigNode, source: ConfigNode, honourReplace: boolean): void {
  for (const child of source.children) {
    const existing = target.child(child.name, child.key);
    if (existing === undefined || (honourReplace && child.replace)) {
      if (existing === undefined) clearChoice(target, child);
      target.insert(untagged(child));
      continue;
    }
    takeMarks(existing, child);
    if (child.schema.kind === 'leaf') {
      existing.value = child.value;
    } else if (child.schema.kind === 'leaf-list') {
      const values = (existing.values ??= []);
      for (const value of child.values ?? []) if (!values.includes(value)) values.push(value);
    } else {
      mergeInto(existing, child, honourReplace);
    }
  }
}

/** The identities of the children of the given nodes, in order of first appearance. */
function identities(...nodes: (ConfigNode | undefined)[]): ConfigNode[] {
  const seen = new Set<string>();
  const out: ConfigNode[] = [];
  for (const node of nodes) {
    for (const child of node?.children ?? []) {
      if (seen.has(child.identity)) continue;
      seen.add(child.identity);
      out.push(child);
    }
  }
  return out;
}

/**
 * The three-way merge: `mine` is `base` with the private changes; `current` is what is committed
 * now. Returns the merged node, or undefined when the statement should not exist.
 */
export function mergeThreeWay(base: ConfigNode | undefined, mine: ConfigNode | undefined, current: ConfigNode | undefined): ConfigNode | undefined {
  if (mine === undefined) return base === undefined ? current?.clone() : undefined;
  if (base !== undefined && sameTree(base, mine)) return current?.clone();
  if (current === undefined || isLeafLike(mine)) return mine.clone();
  const result = new ConfigNode(mine.schema, mine.key);
  const unchanged = base !== undefined;
  result.value = unchanged && base.value === mine.value ? current.value : mine.value;
  result.inactive = unchanged && base.inactive === mine.inactive ? current.inactive : mine.inactive;
  result.protect = unchanged && base.protect === mine.protect ? current.protect : mine.protect;
  result.annotation = unchanged && base.annotation === mine.annotation ? current.annotation : mine.annotation;
  for (const sample of identities(current, mine)) {
    const merged = mergeThreeWay(base?.child(sample.name, sample.key), mine.child(sample.name, sample.key), current.child(sample.name, sample.key));
    if (merged !== undefined) result.insert(merged);
  }
  return result;
}
