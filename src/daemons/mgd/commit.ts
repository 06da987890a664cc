/**
 * The commit engine for a configuration session: `commit`, `commit check`, `commit comment`,
 * `commit confirmed N`, and the choice of a synchronized commit (`synchronize.ts` runs that one).
 *
 * Owns the transaction on this RE (design.md principle 3): refuse early (session closed, lock,
 * private-copy rules, another commit running), wait for the commit-delay fault, build the
 * configuration to commit (the shared candidate, or the private copy merged onto what is
 * committed now), check it as this RE applies it (its own `reX` group), then write it (rollback
 * files and history, crash-safe) and only then tell the subscribers. `commit check` changes
 * nothing (but confirms a pending `commit confirmed`).
 *
 * Choices:
 * - A commit synchronizes when asked (`commit synchronize [force]`) or when the configuration
 *   being committed, as this RE expands it, has `system commit synchronize` (procedure.md 9.B4),
 *   unless `commit no-synchronize`; and only when the router gave the database a peer (a
 *   single-RE chassis commits plainly).
 * - A plain commit's failure ends with `commitFailedLine` (`error: commit failed: (...)` or
 *   `error: configuration check-out failed`); a check's with `checkoutFailedLine`.
 * - The commit-delay fault waits before anything is checked; the commit's time stamp is taken
 *   after it.
 * - A disk failure ends the commit with `error: could not write the configuration database:
 *   disk failure` [U]; anything else thrown (a simulated crash) goes up to the caller.
 */
import { activeAt } from '../../config/checks/active.js';
import { ConfigNode } from '../../config/node.js';
import { checkoutFailedLine, hasErrors } from '../../config/validate.js';
import { DiskError } from '../../lib/disk.js';
import { refusal, stripError, type CommitReport } from './commit-report.js';
import { confirmByCheck } from './confirm.js';
import { checkTree, ensureRecovered, sharedCandidate, sharedModified, sleep, stampVersion, type CommitMeta, type Core, type SessionRecord } from './core.js';
import { errorMessage, type MgdError } from './errors.js';
import { decideCommit } from './locks.js';
import { diskFailure, localCommit } from './local-commit.js';
import { mergeThreeWay } from './merge.js';
import { synchronizedCheck, synchronizedCommit } from './synchronize.js';

export interface CommitOptions {
  /** `commit comment "..."`. */
  readonly comment?: string;
  /** `commit confirmed N`: minutes (1 to 65535; the CLI supplies the default of 10). */
  readonly confirmed?: number;
  /** `commit synchronize`. */
  readonly synchronize?: boolean;
  /** `commit synchronize force`. */
  readonly force?: boolean;
  /** `commit no-synchronize`: not synchronized even with `system commit synchronize`. */
  readonly noSynchronize?: boolean;
}

function refuse(core: Core, record: SessionRecord, check: boolean): MgdError | undefined {
  if (core.closed || !record.open) return { kind: 'closed' };
  if (check) return undefined;
  return decideCommit(record.mode, core.lockHolder, record.id, sharedModified(core));
}

/** The configuration a session commits: its shared candidate, or its private copy merged. */
function sourceFor(core: Core, record: SessionRecord): ConfigNode {
  let source: ConfigNode;
  if (record.private === undefined) {
    const candidate = sharedCandidate(core);
    stampVersion(core, candidate);
    source = candidate.clone();
  } else {
    source = mergeThreeWay(record.private.base, record.private.candidate, core.committed) ?? new ConfigNode(core.schema);
  }
  stampVersion(core, source);
  return source;
}

function wantsSync(core: Core, options: CommitOptions, expanded: ConfigNode): boolean {
  if (core.peer === undefined || options.noSynchronize === true) return false;
  if (options.synchronize === true || options.force === true) return true;
  return activeAt(expanded, 'system', 'commit', 'synchronize') !== undefined;
}

function operation(options: CommitOptions, sync: boolean): string {
  const words = ['commit'];
  if (sync) words.push('synchronize');
  if (options.force === true) words.push('force');
  if (options.confirmed !== undefined) words.push('confirmed');
  return words.join(' ');
}

/** `commit` from a session. */
export async function commitSession(core: Core, record: SessionRecord, options: CommitOptions): Promise<CommitReport> {
  const refused = refuse(core, record, false) ?? (core.busy ? { kind: 'busy' as const } : undefined);
  if (refused !== undefined) return refusal(errorMessage(refused));
  core.busy = true;
  try {
    await sleep(core.clock, core.commitDelayMs);
    const late = refuse(core, record, false);
    if (late !== undefined) return refusal(errorMessage(late));
    ensureRecovered(core);
    const fromShared = record.private === undefined;
    const source = sourceFor(core, record);
    const { expanded, issues } = checkTree(core, source);
    const meta: CommitMeta = {
      time: core.clock.now(),
      user: record.user,
      client: record.client,
      synchronized: false,
      ...(options.comment === undefined ? {} : { comment: options.comment }),
      ...(options.confirmed === undefined ? {} : { confirmedMinutes: options.confirmed }),
    };
    const sync = wantsSync(core, options, expanded);
    const comment = options.comment === undefined ? 'none' : options.comment;
    core.log({ tag: 'UI_COMMIT', message: `User '${record.user}' requested '${operation(options, sync)}' operation (comment: ${comment})` });
    const report = sync
      ? await synchronizedCommit(core, { source, expanded, issues, meta, fromShared, force: options.force === true })
      : localCommit(core, source, expanded, issues, meta, fromShared, []);
    if (report.ok && record.private !== undefined) record.private = { base: core.committed, candidate: core.committed.clone() };
    return report;
  } catch (error) {
    if (error instanceof DiskError) return refusal(diskFailure(error));
    throw error;
  } finally {
    core.busy = false;
  }
}

/** `commit check` from a session. */
export async function checkSession(core: Core, record: SessionRecord, options: CommitOptions): Promise<CommitReport> {
  const refused = refuse(core, record, true);
  if (refused !== undefined) return refusal(errorMessage(refused), true);
  const source = sourceFor(core, record);
  const { expanded, issues } = checkTree(core, source);
  let report: CommitReport;
  if (wantsSync(core, options, expanded)) {
    report = await synchronizedCheck(core, { source, issues, user: record.user, client: record.client });
  } else {
    const failed = hasErrors(issues);
    const closing = stripError(checkoutFailedLine(issues) ?? '');
    const block = failed
      ? { re: core.re, issues, outcome: 'failed' as const, errors: [closing] }
      : { re: core.re, issues, outcome: 'check-succeeds' as const, errors: [] };
    report = { ok: !failed, check: true, synchronized: false, before: [], blocks: [block], after: [] };
  }
  if (report.ok) confirmByCheck(core);
  return report;
}
