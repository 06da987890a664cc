/**
 * mgd's error catalogue: why a configuration operation was refused, as a value, and the Junos
 * text of each (the CLI prints `error: ` + the message; NETCONF puts the message in
 * `<error-message>`).
 *
 * Wording, with where it comes from ([C] seen on devices or in Juniper's documentation, [U]
 * retwin's choice):
 * - [C] `configuration database locked by:` then the holder's line and its mode and edit level
 *   (`  lab terminal pts/0 (pid 4001) on since 2024-03-11 09:05:10 UTC` /
 *   `      exclusive [edit]`), as `configure` lists users; no idle time is kept.
 * - [C] `configuration database modified` (`configure exclusive` or a lock while the shared
 *   candidate holds uncommitted changes) and `shared configuration database modified`
 *   (`configure private` in the same situation).
 * - [U] `rollback file N does not exist` for a rollback that is not there (or not 0..49).
 * - [U] `another commit is in progress` when a commit (local or from the other RE) meets one.
 * - [U] `could not write the configuration database: disk failure` when the disk fails.
 * - [U] `configuration session is closed` for a session used after `close()`.
 * - [U] `not in a private configuration session` for `update` outside `configure private`.
 */
import { formatIssue, type ConfigIssue } from '../../config/errors.js';
import { formatJunosTime } from './config-file.js';
import type { SessionView } from './locks.js';

export type MgdError =
  | { readonly kind: 'locked'; readonly holder: SessionView }
  | { readonly kind: 'modified' }
  | { readonly kind: 'shared-modified' }
  | { readonly kind: 'no-rollback'; readonly number: number }
  | { readonly kind: 'busy' }
  | { readonly kind: 'disk'; readonly detail: string }
  | { readonly kind: 'closed' }
  | { readonly kind: 'not-private' }
  /** A load whose input had errors; nothing was loaded. */
  | { readonly kind: 'load-failed'; readonly issues: readonly ConfigIssue[] };

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: MgdError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: MgdError): Result<T> => ({ ok: false, error });

/** A configuration user's two lines, as `configure` and the lock error list them. */
export function holderLines(session: SessionView): string[] {
  const mode = session.exclusive ? 'exclusive ' : session.mode === 'private' ? 'private ' : '';
  const level = session.editPath.length === 0 ? '[edit]' : `[edit ${session.editPath.join(' ')}]`;
  return [`  ${session.user} terminal ${session.terminal} (pid ${session.pid}) on since ${formatJunosTime(session.since)}`, `      ${mode}${level}`];
}

/** The message (without `error: `), possibly on several lines. */
export function errorMessage(error: MgdError): string {
  switch (error.kind) {
    case 'locked':
      return ['configuration database locked by:', ...holderLines(error.holder)].join('\n');
    case 'modified':
      return 'configuration database modified';
    case 'shared-modified':
      return 'shared configuration database modified';
    case 'no-rollback':
      return `rollback file ${error.number} does not exist`;
    case 'busy':
      return 'another commit is in progress';
    case 'disk':
      return `could not write the configuration database: ${error.detail}`;
    case 'closed':
      return 'configuration session is closed';
    case 'not-private':
      return 'not in a private configuration session';
    case 'load-failed':
      return 'load failed';
  }
}

/** The CLI text: the issues of a failed load, then `error: ` + the message's first line. */
export function errorText(error: MgdError): string {
  const issues = error.kind === 'load-failed' ? error.issues.map((issue) => formatIssue(issue)) : [];
  return [...issues, `error: ${errorMessage(error)}`].join('\n');
}
