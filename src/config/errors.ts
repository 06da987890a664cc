/**
 * The configuration layer's error catalogue.
 *
 * Owns the shape of a configuration problem (what, where, how bad) and the messages Junos uses
 * for them. Every parser, editor and validator of `config/` reports through `ConfigIssue`;
 * front ends render issues their own way (a CLI `error:` block, an `<rpc-error>`, an HTTP status).
 * `formatIssue` gives the Junos text form used by the CLI and the offline command.
 */

export type Severity = 'error' | 'warning';

export interface ConfigIssue {
  readonly severity: Severity;
  /** Junos's message, e.g. `syntax error`, `Missing mandatory statement: 'class'`. */
  readonly message: string;
  /** The edit path of the hierarchy level holding the statement, e.g. ['system', 'login']. */
  readonly path: readonly string[];
  /** The offending statement or token as Junos quotes it (`'foo'`), without quotes. */
  readonly statement?: string;
  /** The element a NETCONF client sees as `bad-element`. */
  readonly badElement?: string;
  /** Where in the input, when the input was text: 1-based line and column. */
  readonly line?: number;
  readonly column?: number;
  /** A stable code, for tests and for front ends that map issues to protocol errors. */
  readonly code: IssueCode;
}

export type IssueCode =
  | 'syntax'
  | 'unknown-statement'
  | 'invalid-value'
  | 'missing-value'
  | 'unbalanced'
  | 'missing-mandatory'
  | 'not-found'
  /** A commit-time refusal by a daemon (closing line `error: configuration check-out failed`). */
  | 'commit-check'
  /** A commit-time constraint of mgd (closing line `... (statements constraint check failed)`). */
  | 'constraint'
  | 'warning';

/** The `[edit a b c]` header of a path (`[edit]` for the top). */
export function editHeader(path: readonly string[]): string {
  return path.length === 0 ? '[edit]' : `[edit ${path.join(' ')}]`;
}

/**
 * Junos's multi-line form of an issue:
 *
 *     [edit system login user lab]
 *       'class'
 *         Missing mandatory statement: 'class'
 *
 * preceded, for text input, by `SOURCE:LINE:(COLUMN) MESSAGE: TOKEN`.
 */
export function formatIssue(issue: ConfigIssue, source?: string): string {
  const lines: string[] = [];
  if (issue.line !== undefined && source !== undefined) {
    const token = issue.code === 'syntax' && issue.badElement !== undefined ? `: ${issue.badElement}` : '';
    lines.push(`${source}:${issue.line}:(${issue.column ?? 1}) ${issue.message}${token}`);
  }
  lines.push(editHeader(issue.path));
  if (issue.statement !== undefined) lines.push(`  '${issue.statement}'`);
  const prefix = issue.severity === 'warning' ? 'warning: ' : '';
  lines.push(`${issue.statement === undefined ? '  ' : '    '}${prefix}${issue.message}`);
  return lines.join('\n');
}

/** Thrown only for misuse of the API (a bug), never for bad configuration input. */
export class ConfigApiError extends Error {
  override readonly name = 'ConfigApiError';
}
