/**
 * `commit synchronize` seen from the responding RE: what this RE's mgd does when the other RE
 * asks it to check, commit or undo a configuration.
 *
 * Owns the responder's rules:
 * - It checks the configuration with its own slot's group (`re1` on re1), like any commit here.
 * - Without `force` it refuses when its database is locked (the lock error) or its shared
 *   candidate holds uncommitted changes (`configuration database modified`) [U: Junos's exact
 *   text is not known; the documented cause is the lock]. With `force` it ends every
 *   configuration session (their owners are told through `onTerminated`), drops the lock and
 *   discards uncommitted changes first (JDOC-SYNC, JDOC-XMLSYNC).
 * - It records the commit with the requester's time, user, client and comment, marked
 *   synchronized (procedure.md 9.A3), and arms the same confirmation deadline.
 * - A commit delay set on this RE applies here too.
 * - `abort` undoes the commit it just made (only that one, identified by its time stamp).
 * - A closed database (the RE halted) answers `unreachable`, as the link would.
 */
import type { ConfigIssue } from '../../config/errors.js';
import type { ConfigNode } from '../../config/node.js';
import { parseText } from '../../config/parse-text.js';
import { checkoutFailedLine, hasErrors } from '../../config/validate.js';
import { DiskError } from '../../lib/disk.js';
import { stripError } from './commit-report.js';
import { commitAndArm, confirmByCheck } from './confirm.js';
import { checkTree, ensureRecovered, sharedModified, sleep, stampVersion, undoCommit, type Core } from './core.js';
import { errorMessage } from './errors.js';
import { diskFailure } from './local-commit.js';
import { NO_ROUTE_TO_HOST, type PeerAbortRequest, type PeerCommitRequest, type PeerReply } from './peer.js';

const UNREACHABLE: PeerReply = { status: 'unreachable', reason: NO_ROUTE_TO_HOST };

/** Ends every configuration session of this RE (`commit synchronize force` from the other RE). */
export function terminateSessions(core: Core): void {
  const records = [...core.sessions.values()];
  core.sessions.clear();
  core.lockHolder = undefined;
  core.shared = undefined;
  core.sharedDirty = false;
  for (const record of records) {
    record.open = false;
    record.exclusive = false;
    record.private = undefined;
    for (const callback of [...record.terminated]) callback();
  }
}

type Prepared =
  | { readonly failed: PeerReply }
  | { readonly failed?: undefined; readonly tree: ConfigNode; readonly expanded: ConfigNode; readonly issues: readonly ConfigIssue[] };

/** Parses and checks a configuration from the other RE. */
function prepare(core: Core, request: PeerCommitRequest): Prepared {
  const parsed = parseText(request.config, core.schema);
  if (hasErrors(parsed.issues)) return { failed: { status: 'failed', issues: parsed.issues, errors: ['configuration check-out failed'] } };
  stampVersion(core, parsed.tree);
  const { expanded, issues } = checkTree(core, parsed.tree);
  if (hasErrors(issues)) {
    const closing = stripError(checkoutFailedLine(issues) ?? 'error: configuration check-out failed');
    return { failed: { status: 'failed', issues, errors: [closing] } };
  }
  return { tree: parsed.tree, expanded, issues };
}

export function handlePeerCheck(core: Core, request: PeerCommitRequest): Promise<PeerReply> {
  if (core.closed) return Promise.resolve(UNREACHABLE);
  const prepared = prepare(core, request);
  if (prepared.failed !== undefined) return Promise.resolve(prepared.failed);
  confirmByCheck(core);
  return Promise.resolve({ status: 'ok', issues: prepared.issues });
}

export async function handlePeerCommit(core: Core, request: PeerCommitRequest): Promise<PeerReply> {
  if (core.closed) return UNREACHABLE;
  if (core.busy) return { status: 'failed', issues: [], errors: [errorMessage({ kind: 'busy' })] };
  if (request.force !== true) {
    if (core.lockHolder !== undefined) return { status: 'failed', issues: [], errors: [errorMessage({ kind: 'locked', holder: core.lockHolder })] };
    if (sharedModified(core)) return { status: 'failed', issues: [], errors: [errorMessage({ kind: 'modified' })] };
  }
  core.busy = true;
  try {
    if (request.force === true) terminateSessions(core);
    await sleep(core.clock, core.commitDelayMs);
    ensureRecovered(core);
    const prepared = prepare(core, request);
    if (prepared.failed !== undefined) return prepared.failed;
    const meta = {
      time: request.time,
      user: request.user,
      client: request.client,
      synchronized: true,
      ...(request.comment === undefined ? {} : { comment: request.comment }),
      ...(request.confirmedMinutes === undefined ? {} : { confirmedMinutes: request.confirmedMinutes }),
    };
    core.lastPeerEntry = commitAndArm(core, prepared.tree, prepared.expanded, meta, 'peer-commit', false);
    core.log({ tag: 'UI_COMMIT_COMPLETED', message: 'commit complete' });
    return { status: 'ok', issues: prepared.issues };
  } catch (error) {
    if (!(error instanceof DiskError)) throw error;
    return { status: 'failed', issues: [], errors: [diskFailure(error)] };
  } finally {
    core.busy = false;
  }
}

export function handlePeerAbort(core: Core, request: PeerAbortRequest): Promise<PeerReply> {
  if (core.closed) return Promise.resolve(UNREACHABLE);
  const newest = core.store.entries[0];
  const last = core.lastPeerEntry;
  if (last === undefined || newest === undefined || newest.digest !== last.digest || newest.time !== request.time) {
    return Promise.resolve({ status: 'failed', issues: [], errors: ['no synchronized commit to undo'] });
  }
  try {
    undoCommit(core);
    core.lastPeerEntry = undefined;
    core.log({ tag: 'UI_COMMIT_PROGRESS', message: `synchronized commit undone at the request of ${request.from}` });
    return Promise.resolve({ status: 'ok', issues: [] });
  } catch (error) {
    if (!(error instanceof DiskError)) throw error;
    return Promise.resolve({ status: 'failed', issues: [], errors: [diskFailure(error)] });
  }
}
