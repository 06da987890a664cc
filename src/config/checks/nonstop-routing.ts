/**
 * `routing-options nonstop-routing` prerequisites (spec §4.4, JDOC-NSR): NSR requires graceful
 * switchover (`chassis redundancy graceful-switchover`) and `system commit synchronize`; Juniper
 * documents that the commit fails without the latter. The exact texts were not found in any
 * capture (spec §10 item 2), so these are retwin's, each reported on the `nonstop-routing`
 * statement as a daemon (rpd) refusal, closing line `error: configuration check-out failed`:
 *
 *     [edit routing-options]
 *       'nonstop-routing'
 *         Graceful switchover configuration is required for nonstop-routing
 *     [edit routing-options]
 *       'nonstop-routing'
 *         commit synchronize should be configured with NSR
 */
import type { ConfigIssue } from '../errors.js';
import { activeAt, activeChild } from './active.js';
import { issueAt, type Check } from './check.js';

export const NSR_NEEDS_GRES_MESSAGE = 'Graceful switchover configuration is required for nonstop-routing';
export const NSR_NEEDS_SYNCHRONIZE_MESSAGE = 'commit synchronize should be configured with NSR';

export const checkNonstopRouting: Check = (expanded) => {
  const issues: ConfigIssue[] = [];
  if (activeAt(expanded, 'routing-options', 'nonstop-routing') === undefined) return issues;
  const path = ['routing-options'];
  if (activeAt(expanded, 'chassis', 'redundancy', 'graceful-switchover') === undefined) {
    issues.push(issueAt('error', 'commit-check', path, 'nonstop-routing', NSR_NEEDS_GRES_MESSAGE));
  }
  if (activeChild(activeAt(expanded, 'system', 'commit'), 'synchronize') === undefined) {
    issues.push(issueAt('error', 'commit-check', path, 'nonstop-routing', NSR_NEEDS_SYNCHRONIZE_MESSAGE));
  }
  return issues;
};
