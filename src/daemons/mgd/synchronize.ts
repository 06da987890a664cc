/**
 * `commit synchronize` (and a commit made synchronized by `system commit synchronize`), seen from
 * the requesting RE: check here, commit on the other RE, commit here (junos-behaviour.md §6.1,
 * procedure.md 4.2, 4.3, 5.1, 5.3, 8.5).
 *
 * Owns the order of the steps, what each RE's block reports, and atomicity: the commit completes
 * on both REs or on none.
 * - This RE's check fails: its errors under its header; nothing is asked of the other RE.
 * - The other RE is unreachable: `error: Could not connect to re1 : No route to host`, `warning:
 *   Cannot connect to other RE, ignoring it`, then a plain local commit (no headers; spec §6.2).
 * - The other RE refuses (its check fails with its own groups, its database is locked or holds
 *   uncommitted changes): its errors under its header, then `error: remote commit-configuration
 *   failed on re1` ([R]: the line users report); nothing is committed anywhere.
 * - This RE fails to write after the other committed (a disk failure): the other RE undoes its
 *   commit (its rollback files and history as before), and the report says so [U wording].
 * - Warnings go under the header of the RE whose check produced them, before its result line,
 *   and are not repeated in this RE's final block (procedure.md 9.B13).
 * - `force` ([C] JDOC-SYNC): the first block has no result line (`re0:` then `re1:`), and the
 *   other RE's lock and uncommitted changes are overridden.
 * - `commit check` with synchronization checks on both REs (`re0:` / `configuration check
 *   succeeds` / `re1:` / `configuration check succeeds`, clients.md §8); [U] a refusal there adds
 *   no closing line.
 * Limitation: a crash of this RE's process (not a disk failure) after the other RE committed
 * leaves the other RE ahead; each RE on its own still holds a whole configuration.
 */
import type { ConfigIssue } from '../../config/errors.js';
import type { ConfigNode } from '../../config/node.js';
import { renderText } from '../../config/render-text.js';
import { DiskError } from '../../lib/disk.js';
import type { CommitClient } from './commit-history.js';
import { checkoutFailedLine, commitFailedLine, hasErrors } from '../../config/validate.js';
import { stripError, type CommitNote, type CommitReport, type ReBlock } from './commit-report.js';
import { confirmedOf, diskFailure, localCommit } from './local-commit.js';
import { commitAndArm } from './confirm.js';
import type { CommitMeta, Core } from './core.js';
import { NO_ROUTE_TO_HOST, type PeerCommitRequest, type PeerRe, type PeerReply } from './peer.js';

export interface SyncCommit {
  readonly source: ConfigNode;
  readonly expanded: ConfigNode;
  readonly issues: readonly ConfigIssue[];
  readonly meta: CommitMeta;
  readonly fromShared: boolean;
  readonly force: boolean;
}

/** The two notes of an unreachable other RE (spec §6.2). */
export function unreachableNotes(peer: PeerRe, reason: string): CommitNote[] {
  return [
    { severity: 'error', message: `Could not connect to ${peer.name} : ${reason}` },
    { severity: 'warning', message: 'Cannot connect to other RE, ignoring it' },
  ];
}

/** Asks the other RE; a call that throws counts as unreachable. */
async function ask(call: () => Promise<PeerReply>): Promise<PeerReply> {
  try {
    return await call();
  } catch {
    return { status: 'unreachable', reason: NO_ROUTE_TO_HOST };
  }
}

function request(core: Core, source: ConfigNode, meta: Pick<CommitMeta, 'time' | 'user' | 'client' | 'comment' | 'confirmedMinutes'>, force: boolean): PeerCommitRequest {
  return {
    from: core.re,
    config: renderText(source),
    time: meta.time,
    user: meta.user,
    client: meta.client,
    ...(meta.comment === undefined ? {} : { comment: meta.comment }),
    ...(meta.confirmedMinutes === undefined ? {} : { confirmedMinutes: meta.confirmedMinutes }),
    ...(force ? { force: true } : {}),
  };
}

export async function synchronizedCommit(core: Core, commit: SyncCommit): Promise<CommitReport> {
  const peer = core.peer as PeerRe;
  const { source, expanded, issues, meta, fromShared, force } = commit;
  const base = { check: false, synchronized: true, before: [] as CommitNote[], after: [] as CommitNote[] };
  if (hasErrors(issues)) {
    const closing = stripError(commitFailedLine(issues) ?? 'error: commit failed');
    return { ...base, ok: false, blocks: [{ re: core.re, issues, outcome: 'failed', errors: [closing] }] };
  }
  const local: ReBlock = { re: core.re, issues, outcome: force ? 'none' : 'check-succeeds', errors: [] };
  const reply = await ask(() => peer.commit(request(core, source, meta, force)));
  if (reply.status === 'unreachable') {
    return localCommit(core, source, expanded, issues, meta, fromShared, unreachableNotes(peer, reply.reason));
  }
  if (reply.status === 'failed') {
    const remote: ReBlock = { re: peer.name, issues: reply.issues, outcome: 'failed', errors: reply.errors };
    const after: CommitNote[] = [{ severity: 'error', message: `remote commit-configuration failed on ${peer.name}` }];
    return { ...base, ok: false, blocks: [local, remote], after };
  }
  const remote: ReBlock = { re: peer.name, issues: reply.issues, outcome: 'commit-complete', errors: [], ...confirmedOf(meta) };
  try {
    const entry = commitAndArm(core, source, expanded, { ...meta, synchronized: true }, 'commit', fromShared);
    core.log({ tag: 'UI_COMMIT_COMPLETED', message: 'commit complete' });
    const final: ReBlock = { re: core.re, issues: [], outcome: 'commit-complete', errors: [], ...confirmedOf(meta) };
    return { ...base, ok: true, blocks: [local, remote, final], entry };
  } catch (error) {
    if (!(error instanceof DiskError)) throw error;
    const undone = await ask(() => peer.abort({ from: core.re, time: meta.time }));
    const final: ReBlock = { re: core.re, issues: [], outcome: 'failed', errors: [diskFailure(error)] };
    const message =
      undone.status === 'ok'
        ? `commit on ${peer.name} rolled back to its previous configuration`
        : `commit on ${peer.name} could not be rolled back; the Routing Engines differ`;
    return { ...base, ok: false, blocks: [local, remote, final], after: [{ severity: 'error', message }] };
  }
}

export interface SyncCheck {
  readonly source: ConfigNode;
  readonly issues: readonly ConfigIssue[];
  readonly user: string;
  readonly client: CommitClient;
}

export async function synchronizedCheck(core: Core, check: SyncCheck): Promise<CommitReport> {
  const peer = core.peer as PeerRe;
  const { source, issues } = check;
  const base = { check: true, synchronized: true, before: [] as CommitNote[], after: [] as CommitNote[] };
  if (hasErrors(issues)) {
    const closing = stripError(checkoutFailedLine(issues) ?? 'error: configuration check-out failed');
    return { ...base, ok: false, blocks: [{ re: core.re, issues, outcome: 'failed', errors: [closing] }] };
  }
  const local: ReBlock = { re: core.re, issues, outcome: 'check-succeeds', errors: [] };
  const meta = { time: core.clock.now(), user: check.user, client: check.client };
  const reply = await ask(() => peer.check(request(core, source, meta, false)));
  if (reply.status === 'unreachable') {
    return { ...base, ok: true, synchronized: false, before: unreachableNotes(peer, reply.reason), blocks: [local] };
  }
  if (reply.status === 'failed') {
    return { ...base, ok: false, blocks: [local, { re: peer.name, issues: reply.issues, outcome: 'failed', errors: reply.errors }] };
  }
  return { ...base, ok: true, blocks: [local, { re: peer.name, issues: reply.issues, outcome: 'check-succeeds', errors: [] }] };
}
