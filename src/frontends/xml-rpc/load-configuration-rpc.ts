/**
 * Junos's `<load-configuration>`: configuration data (or a rollback) into the session's
 * candidate, as PyEZ's `Config.load()`/`rollback()`, ncclient's `load_configuration()` and
 * Ansible's `junos_config` send it (clients.md §2.4, §4, §6.2).
 *
 * Request:
 * - `action`: `merge` (default), `replace`, `override`, `update`, `set`.
 * - The data, by its element: `<configuration-text>` (curly braces), `<configuration-set>` (set
 *   commands), `<configuration>` (XML), `<configuration-json>` (JSON); the `format` attribute
 *   (`text` for both text forms, `xml`, `json`) is not needed to tell them apart. `action="set"`
 *   with `<configuration-text>` reads the text as set commands (what older clients send).
 * - `rollback="N"` (also with `compare="rollback"`, PyEZ's form): the candidate becomes
 *   rollback N (`mayRollback`).
 * - `url`, `rescue`: refused (`… is not supported` [U]).
 * Reply, always `<load-configuration-results>` (the tag PyEZ checks): warnings (`statement not
 * found`) as `<rpc-error>`s then `<ok/>` on success; on failure the errors as `<rpc-error>`s
 * (error-path, bad-element, message — PyEZ's ConfigLoadError reads bad-element) then
 * `<load-error-count>N</load-error-count>` (clients.md §1.6), marked `failed`.
 * Permission: `configure` to open the candidate, then `config-load.ts`'s per-statement check.
 */
import { mayConfigure, mayRollback } from '../auth/index.js';
import type { LoadAction } from '../../daemons/mgd/index.js';
import { loadInto, type LoadInput } from './config-load.js';
import { rollbackNumber } from './get-configuration-rpc.js';
import { fromMgdError, permissionDeniedFor, renderRpcErrorsXml, rpcError, syntaxErrorFor } from './rpc-errors.js';
import { childNamed } from './xml-element.js';
import { errorResult, failedPayloadResult, payloadResult } from './xml-rpc-result.js';
import type { XmlElement, XmlRpcContext, XmlRpcError, XmlRpcResult } from './xml-rpc-types.js';

const NAME = 'load-configuration';
const ACTIONS: readonly string[] = ['merge', 'replace', 'override', 'update', 'set'];

/** `<load-configuration-results>` for a load that succeeded (with its warnings) or failed. */
export function loadResults(ok: boolean, errors: readonly XmlRpcError[]): XmlRpcResult {
  const body = renderRpcErrorsXml(errors);
  if (ok) return payloadResult(`<load-configuration-results>\n${body}<ok/>\n</load-configuration-results>\n`);
  const count = errors.filter((error) => error.severity === 'error').length;
  return failedPayloadResult(`<load-configuration-results>\n${body}<load-error-count>${count}</load-error-count>\n</load-configuration-results>\n`);
}

function inputOf(request: XmlElement, action: LoadAction): LoadInput | XmlRpcError {
  const set = childNamed(request, 'configuration-set');
  if (set !== undefined) return { kind: 'set', text: set.text };
  const text = childNamed(request, 'configuration-text');
  if (text !== undefined) return action === 'set' ? { kind: 'set', text: text.text } : { kind: 'text', text: text.text };
  const json = childNamed(request, 'configuration-json');
  if (json !== undefined) return { kind: 'json', text: json.text };
  const xml = childNamed(request, 'configuration');
  if (xml !== undefined) return { kind: 'xml', configuration: xml };
  const other = request.children[0];
  return syntaxErrorFor(other?.name ?? NAME);
}

export function loadConfigurationRpc(request: XmlElement, context: XmlRpcContext): XmlRpcResult {
  if (!mayConfigure(context.login)) return errorResult(permissionDeniedFor(NAME));
  const { attributes } = request;
  for (const unsupported of ['url', 'rescue'] as const) {
    if (attributes[unsupported] !== undefined) return loadResults(false, [rpcError(`${unsupported} is not supported`, { badElement: unsupported })]);
  }
  const opened = context.config.session();
  if ('error' in opened) return loadResults(false, [opened.error]);
  if (attributes.rollback !== undefined) {
    const n = rollbackNumber(attributes.rollback);
    if (n === undefined) return loadResults(false, [syntaxErrorFor(attributes.rollback)]);
    if (!mayRollback(context.login, n)) return errorResult(permissionDeniedFor(NAME));
    const done = opened.rollback(n);
    return done.ok ? loadResults(true, []) : loadResults(false, fromMgdError(done.error, 'edit'));
  }
  const action = attributes.action ?? 'merge';
  if (!ACTIONS.includes(action)) return loadResults(false, [syntaxErrorFor(action)]);
  const input = inputOf(request, action as LoadAction);
  if ('message' in input) return loadResults(false, [input]);
  const outcome = loadInto(opened, context.login, { input, action: action as LoadAction, rpc: NAME, replaceAttribute: action === 'replace' });
  if (!outcome.ok && outcome.errors.some((error) => error.message === 'permission denied')) return errorResult(...outcome.errors);
  return loadResults(outcome.ok, outcome.errors);
}
