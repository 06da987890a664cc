/**
 * Whether two configuration trees say the same thing: same statements, values, marks and
 * comments, in the same order. mgd uses it to tell whether a candidate differs from the committed
 * configuration (`show | compare` would print something) without rendering either.
 *
 * Choice: a list reordered counts as a change (stricter than `show | compare`, which prints
 * nothing for a reordering alone).
 */
import type { ConfigNode } from '../../config/node.js';

function sameValues(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return a.every((value, i) => value === b[i]);
}

export function sameTree(a: ConfigNode, b: ConfigNode): boolean {
  if (a === b) return true;
  if (a.schema !== b.schema || a.key !== b.key || a.value !== b.value) return false;
  if (a.inactive !== b.inactive || a.protect !== b.protect || a.annotation !== b.annotation) return false;
  if (!sameValues(a.values, b.values)) return false;
  const left = a.children;
  const right = b.children;
  if (left.length !== right.length) return false;
  for (let i = 0; i < left.length; i += 1) if (!sameTree(left[i] as ConfigNode, right[i] as ConfigNode)) return false;
  return true;
}
