/**
 * `[edit chassis redundancy]` checks (chassisd's side of a commit):
 *
 * - Both Routing Engines configured `master`: Juniper's documentation says the commit check
 *   fails (spec §3.2) but gives no text. retwin's text, reported on the second entry:
 *
 *       [edit chassis redundancy]
 *         'routing-engine 1'
 *           Both Routing Engines cannot be configured as master
 *
 *   (code `commit-check`: a daemon's refusal, closing line `error: configuration check-out failed`).
 * - `keepalive-time` together with `graceful-switchover`: with GRES the keepalive time is fixed
 *   and "cannot be manually reset" (spec §3.3); no captured text either. retwin words it like
 *   mgd's real constraint messages (`'explicit-priority' cannot be configured if 'structured-data'
 *   is configured`), as a constraint (closing line `(statements constraint check failed)`):
 *
 *       [edit chassis redundancy]
 *         'keepalive-time 300'
 *           'keepalive-time' cannot be configured if 'graceful-switchover' is configured
 */
import type { ConfigIssue } from '../errors.js';
import { activeAt, activeChild, activeEntries, statementOf } from './active.js';
import { issueAt, type Check } from './check.js';

const PATH = ['chassis', 'redundancy'];

export const BOTH_MASTER_MESSAGE = 'Both Routing Engines cannot be configured as master';
export const KEEPALIVE_WITH_GRES_MESSAGE = "'keepalive-time' cannot be configured if 'graceful-switchover' is configured";

export const checkRedundancy: Check = (expanded) => {
  const issues: ConfigIssue[] = [];
  const redundancy = activeAt(expanded, 'chassis', 'redundancy');
  if (redundancy === undefined) return issues;
  const masters = activeEntries(redundancy, 'routing-engine').filter((entry) => activeChild(entry, 'master') !== undefined);
  const second = masters[1];
  if (second !== undefined) issues.push(issueAt('error', 'commit-check', PATH, statementOf(second), BOTH_MASTER_MESSAGE));
  const keepalive = activeChild(redundancy, 'keepalive-time');
  if (keepalive !== undefined && activeChild(redundancy, 'graceful-switchover') !== undefined) {
    issues.push(issueAt('error', 'constraint', PATH, statementOf(keepalive), KEEPALIVE_WITH_GRES_MESSAGE));
  }
  return issues;
};
