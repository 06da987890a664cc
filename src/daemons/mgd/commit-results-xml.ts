/**
 * A commit report as Junos XML: the `<commit-results>` element of a `<commit-configuration>`
 * reply (junos-behaviour.md §6.1, clients.md §1.6 and §2).
 *
 *     <commit-results>
 *     <routing-engine junos:style="show-name">
 *     <name>re0</name>
 *     <commit-check-success/>
 *     </routing-engine>
 *     ...
 *     </commit-results>
 *
 * Owns the element layout only (plain string building; the NETCONF front end wraps it in
 * `<rpc-reply>`, which declares the `junos:` prefix and the NETCONF namespace that `<rpc-error>`
 * must be in). Blocks carry `junos:style="show-name"` when synchronized, `"normal"` otherwise.
 * Issues become `<rpc-error>` inside their RE's element (`error-type` application, `error-tag`
 * invalid-value, `error-path`, `bad-element`), then the closing errors (`configuration check-out
 * failed`), as devices send them. Notes before and after the blocks become `<rpc-error>`s of
 * their own severity, outside any `<routing-engine>`, in protocol/operation-failed form like the
 * device reply of an unreachable other RE [U for commits]. A block whose outcome is `none` has
 * only its name.
 */
import type { ConfigIssue } from '../../config/errors.js';
import { editHeader } from '../../config/errors.js';
import { escapeXmlText } from '../../config/xml-escape.js';
import type { CommitNote, CommitReport, ReBlock } from './commit-report.js';

function issueXml(issue: ConfigIssue): string {
  const lines = [
    '<rpc-error>',
    '<error-type>application</error-type>',
    '<error-tag>invalid-value</error-tag>',
    `<error-severity>${issue.severity}</error-severity>`,
    `<error-path>${escapeXmlText(editHeader(issue.path))}</error-path>`,
  ];
  const bad = issue.badElement ?? issue.statement;
  if (bad !== undefined) lines.push(`<error-info>\n<bad-element>${escapeXmlText(bad)}</bad-element>\n</error-info>`);
  lines.push(`<error-message>\n${escapeXmlText(issue.message)}\n</error-message>`, '</rpc-error>');
  return lines.join('\n');
}

function messageXml(severity: 'error' | 'warning', type: string, tag: string, message: string): string {
  return [
    '<rpc-error>',
    `<error-type>${type}</error-type>`,
    `<error-tag>${tag}</error-tag>`,
    `<error-severity>${severity}</error-severity>`,
    `<error-message>\n${escapeXmlText(message)}\n</error-message>`,
    '</rpc-error>',
  ].join('\n');
}

function noteXml(note: CommitNote): string {
  return messageXml(note.severity, 'protocol', 'operation-failed', note.message);
}

function outcomeXml(block: ReBlock): string[] {
  switch (block.outcome) {
    case 'check-succeeds':
      return ['<commit-check-success/>'];
    case 'commit-complete':
      return ['<commit-success/>'];
    case 'failed':
      return block.errors.map((message) => messageXml('error', 'application', 'invalid-value', message));
    case 'none':
      return [];
  }
}

/** `<commit-results>...</commit-results>`, one element per line. */
export function renderCommitResultsXml(report: CommitReport): string {
  const style = report.synchronized ? 'show-name' : 'normal';
  const out = ['<commit-results>', ...report.before.map(noteXml)];
  for (const block of report.blocks) {
    out.push(`<routing-engine junos:style="${style}">`, `<name>${block.re}</name>`);
    out.push(...block.issues.map(issueXml), ...outcomeXml(block));
    out.push('</routing-engine>');
  }
  out.push(...report.after.map(noteXml), '</commit-results>');
  return out.join('\n');
}
