/**
 * The last step of a commit on this RE alone: refuse a configuration with errors, else write it
 * and report `commit complete` (after the confirmation line of `commit confirmed`). Shared by a
 * plain commit and by a synchronized one whose other RE is unreachable.
 */
import type { ConfigIssue } from '../../config/errors.js';
import type { ConfigNode } from '../../config/node.js';
import { commitFailedLine, hasErrors } from '../../config/validate.js';
import { DiskError } from '../../lib/disk.js';
import { stripError, type CommitNote, type CommitReport } from './commit-report.js';
import { commitAndArm } from './confirm.js';
import type { CommitMeta, Core } from './core.js';
import { errorMessage } from './errors.js';

/** The report of a disk failure while writing on this RE. */
export function diskFailure(error: DiskError): string {
  return errorMessage({ kind: 'disk', detail: error.message.startsWith('disk failure') ? 'disk failure' : error.message });
}

/** Checks and writes on this RE only; `before` holds notes already due (the other RE unreachable). */
export function localCommit(
  core: Core,
  source: ConfigNode,
  expanded: ConfigNode,
  issues: readonly ConfigIssue[],
  meta: CommitMeta,
  fromShared: boolean,
  before: readonly CommitNote[],
): CommitReport {
  const base = { check: false, synchronized: false, before, after: [] };
  if (hasErrors(issues)) {
    const closing = stripError(commitFailedLine(issues) ?? 'error: commit failed');
    return { ...base, ok: false, blocks: [{ re: core.re, issues, outcome: 'failed', errors: [closing] }] };
  }
  try {
    const entry = commitAndArm(core, source, expanded, meta, 'commit', fromShared);
    core.log({ tag: 'UI_COMMIT_COMPLETED', message: 'commit complete' });
    const block = { re: core.re, issues, outcome: 'commit-complete' as const, errors: [], ...confirmedOf(meta) };
    return { ...base, ok: true, blocks: [block], entry };
  } catch (error) {
    if (!(error instanceof DiskError)) throw error;
    return { ...base, ok: false, blocks: [{ re: core.re, issues, outcome: 'failed', errors: [diskFailure(error)] }] };
  }
}

export function confirmedOf(meta: CommitMeta): { confirmedMinutes?: number } {
  return meta.confirmedMinutes === undefined ? {} : { confirmedMinutes: meta.confirmedMinutes };
}

