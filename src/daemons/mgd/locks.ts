/**
 * Who may do what to the configuration database while others are in configuration mode: the
 * rules of `configure`, `configure private`, `configure exclusive` and the NETCONF/Junos XML
 * lock, as pure decisions. The session records themselves are `database.ts`'s.
 *
 * Rules (Juniper's CLI guide, "Forms of the configure Command", and device observations):
 * - `configure` (shared): always allowed. Its user edits the shared candidate, unless another
 *   session holds the exclusive lock; then edits and commits are refused with the lock error.
 * - `configure exclusive` / `<lock-configuration/>`: refused when another session holds the lock
 *   (`configuration database locked by:` ...) or when the shared candidate holds uncommitted
 *   changes (`configuration database modified`).
 * - `configure private`: refused when the shared candidate holds uncommitted changes
 *   (`shared configuration database modified`). A private commit is refused for the same reason,
 *   and when another session holds the lock.
 * - [U] Entering `configure private` while another session holds the lock is allowed (only its
 *   commit is refused).
 */
import type { CommitClient } from './commit-history.js';
import type { MgdError } from './errors.js';

export type SessionMode = 'shared' | 'private';

/** What others may know of a configuration session. */
export interface SessionView {
  readonly id: number;
  readonly user: string;
  readonly client: CommitClient;
  readonly mode: SessionMode;
  /** Terminal name as listed by `configure` (`pts/0`). */
  readonly terminal: string;
  readonly pid: number;
  /** When the session entered configuration mode (ms since the epoch). */
  readonly since: number;
  /** The edit level the front end is at (`[edit interfaces]` is ['interfaces']). */
  readonly editPath: readonly string[];
  /** Holds the exclusive lock. */
  readonly exclusive: boolean;
}

/** A copy holding only the view's fields (of a record that has more). */
export function viewOf(session: SessionView): SessionView {
  const { id, user, client, mode, terminal, pid, since, editPath, exclusive } = session;
  return { id, user, client, mode, terminal, pid, since, editPath, exclusive };
}

/** Taking the exclusive lock. */
export function decideLock(holder: SessionView | undefined, requester: number, sharedModified: boolean): MgdError | undefined {
  if (holder !== undefined) return holder.id === requester ? undefined : { kind: 'locked', holder };
  return sharedModified ? { kind: 'modified' } : undefined;
}

/** Entering `configure private`. */
export function decideOpenPrivate(sharedModified: boolean): MgdError | undefined {
  return sharedModified ? { kind: 'shared-modified' } : undefined;
}

/** Changing the shared candidate (or committing it). */
export function decideSharedChange(holder: SessionView | undefined, requester: number): MgdError | undefined {
  return holder !== undefined && holder.id !== requester ? { kind: 'locked', holder } : undefined;
}

/** Committing from a session. */
export function decideCommit(mode: SessionMode, holder: SessionView | undefined, requester: number, sharedModified: boolean): MgdError | undefined {
  const locked = decideSharedChange(holder, requester);
  if (locked !== undefined) return locked;
  return mode === 'private' && sharedModified ? { kind: 'shared-modified' } : undefined;
}
