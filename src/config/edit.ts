/**
 * Edits of a configuration tree by resolved path: set, delete, deactivate/activate,
 * protect/unprotect, annotate.
 *
 * Owns the tree-level meaning of Junos's configuration commands: `set` creates what is missing
 * and replaces a leaf's value (and drops the other members of its choice), `delete` removes a
 * statement and then any plain container it left empty, `deactivate` marks a statement inactive.
 * Paths come from `path.ts`; the text and set parsers and the CLI all edit through here.
 */
import type { SchemaNode } from '../schema/compile.js';
import { ConfigNode, isLeafLike } from './node.js';
import type { Step } from './path.js';

/** Drops the siblings of `child` that belong to the same choice. */
function clearChoice(parent: ConfigNode, child: SchemaNode): void {
  const choice = child.def.choice;
  if (choice === undefined) return;
  const siblings = parent.children;
  for (let i = siblings.length - 1; i >= 0; i -= 1) {
    const sibling = siblings[i] as ConfigNode;
    if (sibling.schema !== child && sibling.schema.def.choice === choice) parent.remove(sibling);
  }
}

function ensureChild(parent: ConfigNode, schema: SchemaNode, key?: string): ConfigNode {
  const existing = parent.child(schema.name, key);
  if (existing !== undefined) return existing;
  clearChoice(parent, schema);
  return parent.insertNew(new ConfigNode(schema, key));
}

/**
 * Applies one step of `set` below `level`. Returns the node the step names: a leaf or leaf-list
 * (which leaves the level where it is) or a container or list entry (the next level).
 */
export function setStep(level: ConfigNode, step: Step): ConfigNode {
  const node = ensureChild(level, step.schema, step.key);
  if (step.schema.kind === 'leaf') {
    node.value = step.value;
  } else if (step.schema.kind === 'leaf-list') {
    const values = (node.values ??= []);
    for (const value of step.values ?? []) if (!values.includes(value)) values.push(value);
  }
  return node;
}

/**
 * `setStep` for a step given by its parts, with at most one value (a leaf's, or one value of a
 * leaf-list), for callers that keep no `Step` objects (the text parser's fast path).
 */
export function setStatement(level: ConfigNode, schema: SchemaNode, key: string | undefined, value: string | undefined): ConfigNode {
  const node = ensureChild(level, schema, key);
  if (schema.kind === 'leaf') {
    node.value = value;
  } else if (schema.kind === 'leaf-list' && value !== undefined) {
    const values = node.values;
    // A first value gets an array of its own size (`push` on an empty array reserves 17 slots).
    if (values === undefined || values.length === 0) node.values = [value];
    else if (!values.includes(value)) values.push(value);
  }
  return node;
}

/**
 * Applies `set` along `steps` from `at`. Returns the node the path ends on (the leaf, the
 * leaf-list, or the deepest container or list entry), which prefixes such as `inactive:` mark.
 */
export function setPath(at: ConfigNode, steps: readonly Step[]): ConfigNode {
  let level = at;
  let last = at;
  for (const step of steps) {
    last = setStep(level, step);
    if (!isLeafLike(last)) level = last;
  }
  return last;
}

/** The nodes a path names: one node, or every entry of a list named without a key. */
export function findPath(at: ConfigNode, steps: readonly Step[]): { parent: ConfigNode; nodes: ConfigNode[] } | undefined {
  let level = at;
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i] as Step;
    const lastStep = i === steps.length - 1;
    const kind = step.schema.kind;
    if (kind === 'list' && step.key === undefined) {
      return lastStep ? { parent: level, nodes: level.entries(step.schema.name) } : undefined;
    }
    const node = level.child(step.schema.name, step.key);
    if (node === undefined) return undefined;
    if (kind === 'leaf' || kind === 'leaf-list') {
      // A leaf ends a path unless it is a oneliner's leaf followed by more leaves of that level.
      if (lastStep) return { parent: level, nodes: [node] };
      continue;
    }
    if (lastStep) return { parent: level, nodes: [node] };
    level = node;
  }
  return { parent: at, nodes: [at] };
}

/** Removes plain containers left empty along `chain` (deepest first). */
function pruneEmpty(chain: readonly ConfigNode[]): void {
  for (let i = chain.length - 1; i > 0; i -= 1) {
    const node = chain[i] as ConfigNode;
    if (node.schema.kind !== 'container' || !node.isEmpty) return;
    (chain[i - 1] as ConfigNode).remove(node);
  }
}

function chainTo(at: ConfigNode, steps: readonly Step[]): ConfigNode[] {
  const chain = [at];
  let level = at;
  for (const step of steps) {
    if (step.schema.kind === 'leaf' || step.schema.kind === 'leaf-list') break;
    const node = step.key === undefined && step.schema.kind === 'list' ? undefined : level.child(step.schema.name, step.key);
    if (node === undefined) break;
    chain.push(node);
    level = node;
  }
  return chain;
}

/**
 * Deletes what `steps` name. A leaf-list named with values loses only those values. Returns
 * false when nothing matched (Junos then warns `statement not found`).
 */
export function deletePath(at: ConfigNode, steps: readonly Step[]): boolean {
  if (steps.length === 0) {
    at.clear();
    return true;
  }
  const found = findPath(at, steps);
  if (found === undefined || found.nodes.length === 0) return false;
  const lastStep = steps[steps.length - 1] as Step;
  const [first] = found.nodes;
  if (lastStep.schema.kind === 'leaf-list' && first !== undefined && (lastStep.values?.length ?? 0) > 0) {
    const values = first.values ?? [];
    const remaining = values.filter((value) => !(lastStep.values ?? []).includes(value));
    if (remaining.length === values.length) return false;
    if (remaining.length > 0) {
      first.values = remaining;
      return true;
    }
  } else if (lastStep.schema.kind === 'leaf' && lastStep.value !== undefined && first?.value !== lastStep.value) {
    return false;
  }
  for (const node of found.nodes) found.parent.remove(node);
  pruneEmpty(chainTo(at, steps));
  return true;
}

export type Mark = 'inactive' | 'protect';

/** Sets or clears a mark on the statements `steps` name; false when nothing matched. */
export function markPath(at: ConfigNode, steps: readonly Step[], mark: Mark, on: boolean): boolean {
  const found = findPath(at, steps);
  if (found === undefined || found.nodes.length === 0 || steps.length === 0) return false;
  for (const node of found.nodes) node[mark] = on;
  return true;
}

/** Attaches (or, with an empty comment, removes) an annotation. */
export function annotatePath(at: ConfigNode, steps: readonly Step[], comment: string): boolean {
  const found = findPath(at, steps);
  if (found === undefined || found.nodes.length === 0 || steps.length === 0) return false;
  const text = comment === '' ? undefined : normaliseComment(comment);
  for (const node of found.nodes) node.annotation = text;
  return true;
}

/** A comment as stored: kept as written when it has delimiters, else wrapped in `/* *\/`. */
export function normaliseComment(comment: string): string {
  const trimmed = comment.trim();
  if (trimmed.startsWith('/*') || trimmed.startsWith('#')) return trimmed;
  return `/* ${trimmed} */`;
}
