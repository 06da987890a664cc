/**
 * NETCONF's standard configuration RPCs on Junos: `<get-config>` and `<edit-config>`
 * (RFC 6241 §7.1, §7.2), over the same trees and loader as Junos's own RPCs.
 *
 * `<get-config>`:
 * - `<source>`: `<running/>` (the committed configuration) or `<candidate/>` (the session's,
 *   `configuration-source.ts`); anything else is a syntax error at it.
 * - `<filter type="subtree">` holding a `<configuration>` subtree filter (`config-filter.ts`);
 *   a filter naming nothing of `<configuration>` selects nothing; `type="xpath"` is refused
 *   (`operation-not-supported`; Junos does not advertise `:xpath`).
 * - Reply: `<data>` around `<configuration xmlns="http://xml.juniper.net/xnm/1.1/xnm" …>`, the
 *   running one with its `junos:commit-*` attributes.
 * - Permission: `show configuration`.
 * `<edit-config>`:
 * - `<target><candidate/></target>` only (Junos does not advertise `:writable-running`):
 *   another target is `operation-not-supported`.
 * - `<config>` holding `<configuration>` (XML, with `operation` / Junos attributes), or Junos's
 *   `<config-text>` holding `<configuration-text>` or `<configuration-set>`; `<url>` is
 *   refused.
 * - `<default-operation>` `merge` (default), `replace` (the data replaces the whole candidate,
 *   as `load override`), `none`; `<test-option>` `test-only` checks without changing;
 *   `<error-option>` is accepted (every load is all or nothing).
 * - Reply: `<ok/>` (warnings before it), else the errors as `<rpc-error>`s.
 * - Permission: `mayConfigure`, then the per-statement check of `config-load.ts`.
 */
import { newConfiguration } from '../../config/node.js';
import { renderXml, XNM_NAMESPACE } from '../../config/render-xml.js';
import type { LoadAction } from '../../daemons/mgd/index.js';
import { formatDateTime } from '../../rpc/junos-format.js';
import { mayConfigure, mayRunCommand } from '../auth/index.js';
import { filterConfiguration } from './config-filter.js';
import { loadInto, type LoadInput } from './config-load.js';
import { configurationOf } from './configuration-source.js';
import { permissionDeniedFor, rpcError, syntaxErrorFor } from './rpc-errors.js';
import { childNamed, childText } from './xml-element.js';
import { errorResult, okResult, payloadResult } from './xml-rpc-result.js';
import type { XmlElement, XmlRpcContext, XmlRpcResult } from './xml-rpc-types.js';

function notSupported(what: string): XmlRpcResult {
  return errorResult(rpcError(`${what} is not supported`, { tag: 'operation-not-supported', badElement: what }));
}

export function getConfigRpc(request: XmlElement, context: XmlRpcContext): XmlRpcResult {
  if (!mayRunCommand(context.login, ['show', 'configuration'])) return errorResult(permissionDeniedFor('get-config'));
  const source = childNamed(request, 'source')?.children[0]?.name;
  if (source !== 'running' && source !== 'candidate') return errorResult(syntaxErrorFor(source ?? 'source'));
  const view = configurationOf(context, source === 'running' ? 'committed' : 'candidate');
  let tree = view.tree;
  const filter = childNamed(request, 'filter');
  if (filter !== undefined) {
    if (filter.attributes.type === 'xpath') return notSupported('xpath');
    const configuration = childNamed(filter, 'configuration');
    if (configuration === undefined) {
      tree = newConfiguration(tree.schema);
    } else {
      const cut = filterConfiguration(tree, configuration);
      if (!cut.ok) return errorResult(syntaxErrorFor(cut.badElement));
      tree = cut.tree;
    }
  }
  const last = view.lastCommit;
  const commit = last === undefined ? {} : { commit: { seconds: Math.floor(last.time / 1000), localtime: formatDateTime(last.time), user: last.user } };
  return payloadResult(`<data>\n${renderXml(tree, { xmlns: XNM_NAMESPACE, ...commit })}</data>\n`);
}

function editInput(request: XmlElement): LoadInput | XmlRpcResult {
  const config = childNamed(request, 'config');
  if (config !== undefined) {
    const configuration = childNamed(config, 'configuration');
    return configuration === undefined ? errorResult(syntaxErrorFor(config.children[0]?.name ?? 'config')) : { kind: 'xml', configuration };
  }
  const text = childNamed(request, 'config-text');
  if (text !== undefined) {
    const curly = childNamed(text, 'configuration-text');
    if (curly !== undefined) return { kind: 'text', text: curly.text };
    const set = childNamed(text, 'configuration-set');
    if (set !== undefined) return { kind: 'set', text: set.text };
    return errorResult(syntaxErrorFor(text.children[0]?.name ?? 'config-text'));
  }
  if (childNamed(request, 'url') !== undefined) return notSupported('url');
  return errorResult(syntaxErrorFor('config'));
}

export function editConfigRpc(request: XmlElement, context: XmlRpcContext): XmlRpcResult {
  if (!mayConfigure(context.login)) return errorResult(permissionDeniedFor('edit-config'));
  const target = childNamed(request, 'target')?.children[0]?.name;
  if (target !== 'candidate') return target === undefined ? errorResult(syntaxErrorFor('target')) : notSupported(target);
  const defaultOperation = childText(request, 'default-operation') ?? 'merge';
  if (defaultOperation !== 'merge' && defaultOperation !== 'replace' && defaultOperation !== 'none') return errorResult(syntaxErrorFor(defaultOperation));
  const testOption = childText(request, 'test-option') ?? 'test-then-set';
  if (!['test-then-set', 'set', 'test-only'].includes(testOption)) return errorResult(syntaxErrorFor(testOption));
  const input = editInput(request);
  if ('payload' in input) return input;
  const session = context.config.session();
  if ('error' in session) return errorResult(session.error);
  const action: LoadAction = defaultOperation === 'replace' ? 'override' : input.kind === 'set' ? 'set' : 'merge';
  const outcome = loadInto(session, context.login, { input, action, rpc: 'edit-config', replaceAttribute: true, defaultOperation, testOnly: testOption === 'test-only' });
  return outcome.ok ? okResult(outcome.errors) : errorResult(...outcome.errors);
}
