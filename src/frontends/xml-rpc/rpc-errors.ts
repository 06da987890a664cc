/**
 * The `<rpc-error>`s the executor answers with, as `XmlRpcError` values, and their Junos XML.
 *
 * Owns the mapping of every lower layer's error to the seam's form, and one renderer:
 * - `syntax error` with `bad-element` the element (an unknown RPC, argument or value; PyEZ's
 *   RpcError, clients.md §1.6): protocol / operation-failed / error.
 * - `permission denied` with `bad-element` the RPC (auth's `netconfPermissionDenied`; PyEZ raises
 *   PermissionError).
 * - The registry's errors (`src/rpc/rpc-error.ts`) as they are.
 * - Configuration issues of a load (`ConfigIssue`): protocol / operation-failed, their severity,
 *   `error-path` `[edit …]`, `bad-element` the offending token, the message (`syntax error`,
 *   `statement not found`), as the PyEZ fixture `load-configuration-error.xml` and the 15.1
 *   capture of clients.md §1.6 show them.
 * - mgd's refusals (`MgdError`): a lock held by another session or a modified database is
 *   `lock-denied` with `<session-id>` (the holder's, 0 for none) for the lock RPCs, `in-use` for
 *   the edits it stops (RFC 6241 appendix A) [U: Junos's tags for these are not on record]; the
 *   rest `operation-failed`.
 * `renderRpcErrorXml` writes one error as Junos does (one element per line, the message between
 * line breaks; `infoXml` goes inside `<error-info>` after `<bad-element>`), for the errors a
 * payload carries inside it and for front ends that render `XmlRpcResult.errors`.
 */
import { editHeader, type ConfigIssue } from '../../config/errors.js';
import { escapeXmlText } from '../../config/xml-escape.js';
import { errorMessage, type MgdError } from '../../daemons/mgd/index.js';
import type { RpcError } from '../../rpc/rpc-error.js';
import { netconfPermissionDenied } from '../auth/index.js';
import type { XmlRpcError } from './xml-rpc-types.js';

export function rpcError(message: string, extra: Partial<Omit<XmlRpcError, 'message'>> = {}): XmlRpcError {
  return { type: 'protocol', tag: 'operation-failed', severity: 'error', message, ...extra };
}

export function syntaxErrorFor(badElement: string): XmlRpcError {
  return rpcError('syntax error', { badElement });
}

export function permissionDeniedFor(rpc: string): XmlRpcError {
  const denied = netconfPermissionDenied(rpc);
  return rpcError(denied.message, { badElement: denied.badElement });
}

export function fromRegistryError(error: RpcError): XmlRpcError {
  return error.badElement === undefined
    ? { type: error.type, tag: error.tag, severity: error.severity, message: error.message }
    : { type: error.type, tag: error.tag, severity: error.severity, message: error.message, badElement: error.badElement };
}

export function fromConfigIssue(issue: ConfigIssue): XmlRpcError {
  const bad = issue.badElement ?? issue.statement;
  return rpcError(issue.message, { severity: issue.severity, path: editHeader(issue.path), ...(bad === undefined ? {} : { badElement: bad }) });
}

const sessionIdXml = (id: number): string => `<session-id>${id}</session-id>`;

/** mgd's refusal; `lock` for `<lock>` / `<lock-configuration>`, whose refusals are `lock-denied`. */
export function fromMgdError(error: MgdError, operation: 'lock' | 'edit' | 'other' = 'other'): XmlRpcError[] {
  if (error.kind === 'load-failed') return error.issues.map(fromConfigIssue);
  const message = errorMessage(error);
  if (error.kind === 'locked' || error.kind === 'modified') {
    const holder = error.kind === 'locked' ? error.holder.pid : 0;
    if (operation === 'lock') return [rpcError(message, { tag: 'lock-denied', infoXml: sessionIdXml(holder) })];
    if (operation === 'edit') return [rpcError(message, { tag: 'in-use', infoXml: sessionIdXml(holder) })];
  }
  return [rpcError(message)];
}

/** One `<rpc-error>` as Junos writes it, ending with a line break. */
export function renderRpcErrorXml(error: XmlRpcError): string {
  const lines = ['<rpc-error>', `<error-type>${error.type}</error-type>`, `<error-tag>${escapeXmlText(error.tag)}</error-tag>`, `<error-severity>${error.severity}</error-severity>`];
  if (error.path !== undefined) lines.push(`<error-path>${escapeXmlText(error.path)}</error-path>`);
  if (error.badElement !== undefined || error.infoXml !== undefined) {
    lines.push('<error-info>');
    if (error.badElement !== undefined) lines.push(`<bad-element>${escapeXmlText(error.badElement)}</bad-element>`);
    if (error.infoXml !== undefined) lines.push(error.infoXml);
    lines.push('</error-info>');
  }
  lines.push(`<error-message>\n${escapeXmlText(error.message)}\n</error-message>`, '</rpc-error>');
  return `${lines.join('\n')}\n`;
}

/** Several errors, in order. */
export function renderRpcErrorsXml(errors: readonly XmlRpcError[]): string {
  return errors.map(renderRpcErrorXml).join('');
}
