/**
 * Checks of configuration groups that a commit reports as errors.
 *
 * Owns `checkGroups`: `apply-groups` / `apply-groups-except` naming a group that is not defined
 * under `[edit groups]`, and group names with the reserved `junos-` prefix. It does not expand
 * anything (see `groups.ts`). Inactive statements are not checked, as a commit ignores them.
 *
 * Messages [U]: Junos's exact wording was not found; we use `Group 'foo' not defined` under the
 * edit path of the level holding the `apply-groups` statement, and
 * `Group names beginning with 'junos-' are reserved` under `[edit groups]`. Both are errors. A
 * group that exists but is inactive, or is the other RE's `re0`/`re1`, counts as defined.
 */
import { APPLY_GROUPS, APPLY_GROUPS_EXCEPT } from '../schema/compile.js';
import type { ConfigIssue } from './errors.js';
import type { ConfigNode } from './node.js';

const RESERVED_PREFIX = 'junos-';

function reservedName(name: string): ConfigIssue {
  return {
    severity: 'error',
    code: 'invalid-value',
    message: `Group names beginning with '${RESERVED_PREFIX}' are reserved`,
    path: ['groups'],
    statement: name,
    badElement: name,
  };
}

function undefinedGroup(path: readonly string[], statement: string, name: string): ConfigIssue {
  return {
    severity: 'error',
    code: 'not-found',
    message: `Group '${name}' not defined`,
    path,
    statement,
    badElement: name,
  };
}

/** The words a node adds to an edit path: `system`, `fxp0` (nokeyword list), `user lab`. */
function pathWords(node: ConfigNode): string[] {
  const words: string[] = [];
  if (node.schema.def.nokeyword !== true) words.push(node.name);
  if (node.key !== undefined) words.push(node.key);
  return words;
}

/** Problems with the groups of `tree` (the root), in the order they appear. */
export function checkGroups(tree: ConfigNode): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const defined = new Set<string>();
  for (const child of tree.children) {
    if (child.name !== 'groups' || child.key === undefined) continue;
    defined.add(child.key);
    if (child.key.startsWith(RESERVED_PREFIX)) issues.push(reservedName(child.key));
  }
  const path: string[] = [];
  const visit = (node: ConfigNode, isRoot: boolean): void => {
    for (const child of node.children) {
      if (child.inactive || (isRoot && child.name === 'groups')) continue;
      const kind = child.schema.kind;
      if (kind === 'leaf') continue;
      if (kind === 'leaf-list') {
        if (child.name !== APPLY_GROUPS && child.name !== APPLY_GROUPS_EXCEPT) continue;
        for (const name of child.values ?? []) {
          if (!defined.has(name)) issues.push(undefinedGroup([...path], child.name, name));
        }
        continue;
      }
      const words = pathWords(child);
      path.push(...words);
      visit(child, false);
      path.length -= words.length;
    }
  };
  visit(tree, true);
  return issues;
}
