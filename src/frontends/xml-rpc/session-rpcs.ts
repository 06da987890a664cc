/**
 * The session RPCs: Junos's `<open-configuration>` / `<close-configuration>` and NETCONF's
 * `<close-session>` / `<kill-session>` and `<discard-changes>`.
 *
 * - `<open-configuration>`: no child → the shared candidate (opened now rather than on first
 *   use), `<ok/>`; `<private/>` → a private copy (`ConfigAccess.openPrivate`), answered as Junos
 *   does with the warning `uncommitted changes will be discarded on exit` (PyEZ's
 *   `Config(mode='private')` tolerates it, clients.md §2.4); other children (`<dynamic/>`,
 *   `<ephemeral-instance>`, …) are refused as syntax errors [U]. Needs `mayConfigure`.
 * - `<close-configuration/>`: leaves the configuration session (a lock is released, a private
 *   copy dropped), `<ok/>`.
 * - `<discard-changes/>`: the candidate back to the committed configuration (mgd's `rollback 0`),
 *   `<ok/>`. Needs `mayConfigure`.
 * - `<close-session/>`: `<ok/>`, the configuration session closed, and `close` so the transport
 *   ends the session after replying (clients.md §1.7).
 * - `<kill-session><session-id>N</session-id>`: ends another session of this RE through the
 *   front end's `killSession`: `<ok/>`; the own session or an unknown id is `invalid-value`
 *   (RFC 6241 §7.9). Needs the `maintenance` permission (`request system logout` [U]).
 */
import { mayConfigure, mayRunCommand } from '../auth/index.js';
import { fromMgdError, permissionDeniedFor, rpcError, syntaxErrorFor } from './rpc-errors.js';
import { childText } from './xml-element.js';
import { errorResult, okResult } from './xml-rpc-result.js';
import type { XmlElement, XmlRpcContext, XmlRpcResult } from './xml-rpc-types.js';

export const PRIVATE_WARNING = 'uncommitted changes will be discarded on exit';

export function openConfigurationRpc(request: XmlElement, context: XmlRpcContext): XmlRpcResult {
  if (!mayConfigure(context.login)) return errorResult(permissionDeniedFor('open-configuration'));
  const other = request.children.find((child) => child.name !== 'private');
  if (other !== undefined) return errorResult(syntaxErrorFor(other.name));
  const wantsPrivate = request.children.length > 0;
  const opened = wantsPrivate ? context.config.openPrivate() : context.config.session();
  if ('error' in opened) return errorResult(opened.error);
  return wantsPrivate ? { payload: '', ok: false, errors: [rpcError(PRIVATE_WARNING, { severity: 'warning' })] } : okResult();
}

export function closeConfigurationRpc(_request: XmlElement, context: XmlRpcContext): XmlRpcResult {
  context.config.close();
  return okResult();
}

export function discardChangesRpc(_request: XmlElement, context: XmlRpcContext): XmlRpcResult {
  if (!mayConfigure(context.login)) return errorResult(permissionDeniedFor('discard-changes'));
  const session = context.config.session();
  if ('error' in session) return errorResult(session.error);
  const done = session.rollback(0);
  return done.ok ? okResult() : errorResult(...fromMgdError(done.error, 'edit'));
}

export function closeSessionRpc(_request: XmlElement, context: XmlRpcContext): XmlRpcResult {
  context.config.close();
  return { payload: '', ok: true, errors: [], close: true };
}

export function killSessionRpc(request: XmlElement, context: XmlRpcContext): XmlRpcResult {
  if (!mayRunCommand(context.login, ['request', 'system', 'logout'])) return errorResult(permissionDeniedFor('kill-session'));
  const text = childText(request, 'session-id');
  if (text === undefined || !/^\d+$/.test(text)) return errorResult(syntaxErrorFor(text ?? 'session-id'));
  const id = Number(text);
  const invalid = (message: string) => errorResult(rpcError(message, { type: 'protocol', tag: 'invalid-value', badElement: text }));
  if (id === context.sessionId) return invalid('cannot kill the own session');
  return context.killSession?.(id) === true ? okResult() : invalid(`session ${id} does not exist`);
}
