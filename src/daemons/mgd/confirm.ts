/**
 * `commit confirmed N`: the timer that rolls the configuration back unless a later commit
 * confirms it.
 *
 * Owns arming the timer (from the commit, or from the store when the database opens with a
 * confirmation still pending: the deadline survives a restart), its confirmation, and the
 * automatic rollback. Behaviour (junos-behaviour.md §6.3 and device observations):
 * - The deadline is N minutes after the commit; N defaults to 10 (the caller's business).
 * - Any later commit confirms it (a new `commit confirmed` sets a new deadline); so does a
 *   successful `commit check`, which adds no history entry.
 * - At the deadline rollback 1 is committed again, recorded as `root via other`, and the log
 *   gets `UI_COMMIT_NOT_CONFIRMED: Commit was not confirmed; automatic rollback complete`
 *   (devices roll back up to a minute late; retwin does it at the deadline exactly).
 * - [U] A shared candidate holding uncommitted changes keeps them across the rollback. With
 *   `commit synchronize`, each RE keeps its own timer (same deadline) and rolls back by itself.
 * - [U] If a commit is running at the deadline, the rollback waits for it (retried every second):
 *   a successful commit confirms and cancels it.
 */
import { ConfigNode } from '../../config/node.js';
import { DiskError } from '../../lib/disk.js';
import type { CommitEntry } from './commit-history.js';
import { expandFor, readRollback, writeCommit, type CommitMeta, type CommitReason, type Core } from './core.js';

/** Minutes `commit confirmed` waits when none are given. */
export const DEFAULT_CONFIRM_MINUTES = 10;

const RETRY_MS = 1000;

/** Arms (or re-arms) the rollback at `deadline`. */
export function armConfirm(core: Core, deadline: number): void {
  core.confirmTimer?.cancel();
  core.confirmTimer = core.clock.setTimer(Math.max(0, deadline - core.clock.now()), () => rollBack(core));
}

/** `writeCommit`, then the timer of a `commit confirmed`. Throws a DiskError. */
export function commitAndArm(
  core: Core,
  source: ConfigNode,
  expanded: ConfigNode,
  meta: CommitMeta,
  reason: CommitReason,
  fromShared: boolean,
): CommitEntry {
  const entry = writeCommit(core, source, expanded, meta, reason, fromShared);
  if (meta.confirmedMinutes !== undefined) armConfirm(core, meta.time + meta.confirmedMinutes * 60_000);
  return entry;
}

/** A successful `commit check` confirms a pending `commit confirmed`. */
export function confirmByCheck(core: Core): void {
  if (core.confirmTimer === undefined && core.store.confirm === undefined) return;
  core.confirmTimer?.cancel();
  core.confirmTimer = undefined;
  try {
    core.store.setConfirm(undefined);
  } catch (error) {
    if (!(error instanceof DiskError)) throw error;
    core.log({ tag: 'UI_COMMIT_PROGRESS', message: 'could not record the confirmation: disk failure' });
  }
}

function rollBack(core: Core): void {
  core.confirmTimer = undefined;
  if (core.closed) return;
  if (core.busy) {
    core.confirmTimer = core.clock.setTimer(RETRY_MS, () => rollBack(core));
    return;
  }
  core.busy = true;
  try {
    const source = readRollback(core, 1) ?? new ConfigNode(core.schema);
    const expanded = expandFor(core, source);
    const meta: CommitMeta = { time: core.clock.now(), user: 'root', client: 'other', synchronized: false };
    writeCommit(core, source, expanded, meta, 'confirm-timeout', false);
    core.log({ tag: 'UI_COMMIT_NOT_CONFIRMED', message: 'Commit was not confirmed; automatic rollback complete' });
  } catch (error) {
    if (!(error instanceof DiskError)) throw error;
    core.log({ tag: 'UI_COMMIT_ROLLBACK_FAILED', message: 'Automatic rollback failed: disk failure' });
  } finally {
    core.busy = false;
  }
}
