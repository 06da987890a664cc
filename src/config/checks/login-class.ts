/**
 * A user's login class must be a predefined class or one defined under `[edit system login
 * class]`. The predefined classes are `operator`, `read-only`, `super-user` (also spelt
 * `superuser`) and `unauthorized` (Juniper's login class overview).
 *
 * Junos refuses the commit; the text was not found in any capture, so retwin words it like
 * mgd's reference constraints (`referenced routing-instance must be defined`), as a constraint
 * (closing line `(statements constraint check failed)`), on the user's entry:
 *
 *     [edit system login user lab]
 *       'class admins'
 *         referenced class 'admins' must be defined
 *
 * A missing class is the mandatory-statement check's business, not this one's.
 */
import type { ConfigIssue } from '../errors.js';
import { activeAt, activeChild, activeEntries, statementOf } from './active.js';
import { issueAt, type Check } from './check.js';

export const PREDEFINED_CLASSES: readonly string[] = ['operator', 'read-only', 'super-user', 'superuser', 'unauthorized'];

export function undefinedClassMessage(name: string): string {
  return `referenced class '${name}' must be defined`;
}

export const checkLoginClass: Check = (expanded) => {
  const issues: ConfigIssue[] = [];
  const login = activeAt(expanded, 'system', 'login');
  if (login === undefined) return issues;
  const defined = new Set(activeEntries(login, 'class').map((entry) => entry.key));
  for (const user of activeEntries(login, 'user')) {
    const leaf = activeChild(user, 'class');
    const name = leaf?.value;
    if (leaf === undefined || name === undefined || PREDEFINED_CLASSES.includes(name) || defined.has(name)) continue;
    issues.push(issueAt('error', 'constraint', ['system', 'login', 'user', user.key ?? ''], statementOf(leaf), undefinedClassMessage(name)));
  }
  return issues;
};
