/**
 * Missing mandatory statements: every active container or list entry must hold each child its
 * definition marks `mandatory` (a user's `class`, a backup-router's address).
 *
 * Junos reports the problem one level up, naming the statement that lacks the child; seen on
 * devices for `root-authentication` (`[edit]` / `'system'` / `Missing mandatory statement:
 * 'root-authentication'`) and in public tooling for a user's class, so a user without a class is
 *
 *     [edit system login]
 *       'user lab'
 *         Missing mandatory statement: 'class'
 *
 * (not `[edit system login user lab]` / `'class'`, a form remembered but not found anywhere).
 * An inactive mandatory statement counts as missing (it is not in the active configuration).
 * These issues carry the code `missing-mandatory`, which makes the commit's closing line
 * `(missing mandatory statements)`.
 */
import type { ConfigIssue } from '../errors.js';
import type { ConfigNode } from '../node.js';
import { activeChild, activeEntries, editPathOf, statementOf, walkActive } from './active.js';
import { issueAt, type Check } from './check.js';

function holdsStatements(node: ConfigNode): boolean {
  const kind = node.schema.kind;
  return kind === 'container' || kind === 'presence' || kind === 'list';
}

export const checkMandatory: Check = (expanded) => {
  const issues: ConfigIssue[] = [];
  walkActive(expanded, (node, chain) => {
    if (!holdsStatements(node)) return;
    for (const child of node.schema.children) {
      if (child.def.mandatory !== true) continue;
      const present = child.kind === 'list' ? activeEntries(node, child.name).length > 0 : activeChild(node, child.name) !== undefined;
      if (present) continue;
      issues.push(issueAt('error', 'missing-mandatory', editPathOf(chain), statementOf(node), `Missing mandatory statement: '${child.name}'`));
    }
  });
  return issues;
};
