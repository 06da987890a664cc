/**
 * Test support (not used by production code): a small stand-in for src/frontends/xml-rpc's
 * `executeRpc`, enough to test the REST front end against a real router before and besides
 * the real executor. It answers:
 * - the operational RPCs of the registry (`format` json / text / xml as NETCONF renders them:
 *   the JSON document bare, text in `<output>`, XML the registry's);
 * - `lock-configuration`, `unlock-configuration`, `load-configuration` (`action`, text in
 *   `<configuration-set>` or `<configuration-text>`; load errors inside
 *   `<load-configuration-results>`, as Junos nests them), `commit-configuration` / `commit`;
 * - anything else: Junos's `syntax error` with the RPC as bad element; names in `deny`:
 *   `permission denied`.
 * It records every request it ran, with its context, for the tests to look at; `recording`
 * gives any executor (the real `executeRpc`) the same record.
 */
import { escapeXmlText } from '../../../config/xml-escape.js';
import { errorMessage, renderCommitResultsXml, type LoadAction } from '../../../daemons/mgd/index.js';
import { renderElementXml } from '../../../rpc/render-xml.js';
import { routerView } from '../../../rpc/router-adapter.js';
import { rpcRegistry } from '../../../rpc/rpc-table.js';
import type { XmlElement, XmlRpcContext, XmlRpcError, XmlRpcResult } from '../../xml-rpc/xml-rpc-types.js';

export interface RecordingExecutor {
  (request: XmlElement, context: XmlRpcContext): Promise<XmlRpcResult>;
  readonly calls: { readonly request: XmlElement; readonly context: XmlRpcContext }[];
}

const error = (message: string, badElement?: string): XmlRpcError => ({
  type: 'protocol',
  tag: 'operation-failed',
  severity: 'error',
  message,
  ...(badElement === undefined ? {} : { badElement }),
});
const answer = (payload: string, errors: readonly XmlRpcError[] = []): XmlRpcResult => ({ payload, ok: payload === '' && errors.length === 0, errors });
const OK = answer('');

function operational(request: XmlElement, context: XmlRpcContext): XmlRpcResult {
  const args: Record<string, string | true> = {};
  for (const child of request.children) args[child.name] = child.children.length === 0 && child.text.trim() === '' ? true : child.text.trim();
  const reply = rpcRegistry.invoke(routerView(context.router, context.slot), request.name, args);
  const errors: XmlRpcError[] = reply.errors.map((e) => ({ ...e }));
  switch (request.attributes.format) {
    case 'json':
      return answer(reply.json() ?? '', errors);
    case 'text':
      return answer(reply.element() === undefined ? '' : `<output>\n${escapeXmlText(reply.text())}</output>\n`, errors);
    default: {
      const payload = reply.element();
      return answer(payload === undefined ? '' : renderElementXml(payload, { indent: 4 }), errors);
    }
  }
}

async function configuration(request: XmlElement, context: XmlRpcContext): Promise<XmlRpcResult | undefined> {
  const name = request.name === 'commit' ? 'commit-configuration' : request.name;
  if (!['lock-configuration', 'unlock-configuration', 'load-configuration', 'commit-configuration'].includes(name)) return undefined;
  const session = context.config.session();
  if ('error' in session) return answer('', [session.error]);
  switch (name) {
    case 'lock-configuration':
    case 'unlock-configuration': {
      const done = name === 'lock-configuration' ? session.lock() : session.unlock();
      return done.ok ? OK : answer('', [{ ...error(errorMessage(done.error)), tag: 'lock-denied' }]);
    }
    case 'load-configuration': {
      const action = (request.attributes.action ?? 'merge') as LoadAction;
      const text = request.children.find((child) => child.name === 'configuration-set' || child.name === 'configuration-text')?.text ?? '';
      const loaded = session.load(text, action);
      if (loaded.ok) return answer('<load-configuration-results>\n<ok/>\n</load-configuration-results>\n');
      const nested = `<rpc-error>\n<error-severity>error</error-severity>\n<error-message>\n${escapeXmlText(errorMessage(loaded.error))}\n</error-message>\n</rpc-error>\n`;
      return { ...answer(`<load-configuration-results>\n${nested}<load-error-count>1</load-error-count>\n</load-configuration-results>\n`), failed: true };
    }
    default: {
      const report = await session.commit();
      return answer(`${renderCommitResultsXml(report)}\n`, report.ok ? [] : [error('configuration check-out failed')]);
    }
  }
}

/** `execute`, recording each request and its context in `calls`. */
export function recording(execute: (request: XmlElement, context: XmlRpcContext) => Promise<XmlRpcResult>): RecordingExecutor {
  const calls: { request: XmlElement; context: XmlRpcContext }[] = [];
  const run = (request: XmlElement, context: XmlRpcContext): Promise<XmlRpcResult> => {
    calls.push({ request, context });
    return execute(request, context);
  };
  return Object.assign(run, { calls });
}

/** A fresh fake executor; RPC names in `deny` are refused with `permission denied`. */
export function fakeExecutor(options: { readonly deny?: readonly string[] } = {}): RecordingExecutor {
  const run = async (request: XmlElement, context: XmlRpcContext): Promise<XmlRpcResult> => {
    if (options.deny?.includes(request.name)) return answer('', [error('permission denied', request.name)]);
    const configured = await configuration(request, context);
    if (configured !== undefined) return configured;
    if (rpcRegistry.get(request.name) !== undefined) return operational(request, context);
    return answer('', [error('syntax error', request.name)]);
  };
  return recording(run);
}
