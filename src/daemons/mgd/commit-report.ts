/**
 * What a commit (or `commit check`) reports, as data, and its CLI text.
 *
 * Owns the shape shared by every front end: optional notes before the per-RE blocks, the blocks
 * (one per RE step, in the order they happened), notes after. The text follows junos-behaviour.md
 * §6.1-6.3 and procedure.md 4.2, 5.3, 8.5:
 *
 *     re0:                                  (a header only when the commit is synchronized)
 *     configuration check succeeds
 *     re1:
 *     [edit system]                         (the warnings of the RE whose check found them)
 *       'backup-router 10.255.1.1'
 *         warning: backup-router ... not installed
 *     commit complete
 *     re0:
 *     commit complete
 *
 * A plain commit prints its block without a header; the other RE unreachable prints two notes
 * before it (`error: Could not connect to re1 : No route to host`, `warning: Cannot connect to
 * other RE, ignoring it`). `commit-results-xml.ts` renders the same data as Junos XML.
 */
import { formatIssue, type ConfigIssue } from '../../config/errors.js';
import type { RoutingEngineSlot } from '../../config/groups.js';
import type { CommitEntry } from './commit-history.js';

/** How an RE's step ended: `none` prints no result line (`commit synchronize force`'s first block). */
export type ReOutcome = 'check-succeeds' | 'commit-complete' | 'failed' | 'none';

export interface ReBlock {
  readonly re: RoutingEngineSlot;
  /** Errors and warnings the RE's check produced. */
  readonly issues: readonly ConfigIssue[];
  readonly outcome: ReOutcome;
  /** For `failed`: the closing messages, without `error: ` (e.g. `configuration check-out failed`). */
  readonly errors: readonly string[];
  /** For a `commit-complete` of `commit confirmed N`. */
  readonly confirmedMinutes?: number;
}

export interface CommitNote {
  readonly severity: 'error' | 'warning';
  /** Without the `error: ` / `warning: ` prefix; may hold several lines. */
  readonly message: string;
}

export interface CommitReport {
  readonly ok: boolean;
  /** `commit check` (nothing was committed). */
  readonly check: boolean;
  /** The blocks carry `reX:` headers (a synchronized commit or check). */
  readonly synchronized: boolean;
  readonly before: readonly CommitNote[];
  readonly blocks: readonly ReBlock[];
  readonly after: readonly CommitNote[];
  /** The history entry this RE wrote, when it committed. */
  readonly entry?: CommitEntry;
}

/** A report with nothing but an error (refused before any check). */
export function refusal(message: string, check = false): CommitReport {
  return { ok: false, check, synchronized: false, before: [], blocks: [], after: [{ severity: 'error', message }] };
}

/** `error: configuration check-out failed` → `configuration check-out failed`. */
export function stripError(line: string): string {
  return line.startsWith('error: ') ? line.slice('error: '.length) : line;
}

/** The line Junos prints before `commit complete` for `commit confirmed N`. */
export function confirmedLine(minutes: number): string {
  return `commit confirmed will be automatically rolled back in ${minutes} minutes unless confirmed`;
}

function noteLine(note: CommitNote): string {
  return `${note.severity}: ${note.message}`;
}

function outcomeLines(block: ReBlock): string[] {
  switch (block.outcome) {
    case 'check-succeeds':
      return ['configuration check succeeds'];
    case 'commit-complete':
      return block.confirmedMinutes === undefined ? ['commit complete'] : [confirmedLine(block.confirmedMinutes), 'commit complete'];
    case 'failed':
      return block.errors.map((message) => `error: ${message}`);
    case 'none':
      return [];
  }
}

/** The CLI text of a report: lines joined with `\n`, no trailing newline. */
export function renderCommitText(report: CommitReport): string {
  const lines = report.before.map(noteLine);
  for (const block of report.blocks) {
    if (report.synchronized) lines.push(`${block.re}:`);
    for (const issue of block.issues) lines.push(formatIssue(issue));
    lines.push(...outcomeLines(block));
  }
  lines.push(...report.after.map(noteLine));
  return lines.join('\n');
}
