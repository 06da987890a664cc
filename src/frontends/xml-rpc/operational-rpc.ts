/**
 * Every operational RPC of the registry (`src/rpc/rpc-table.ts`) run from a Junos XML request:
 * `<get-interface-information><interface-name>em0</interface-name><terse/></get-interface-information>`.
 *
 * Owns the request → registry mapping and the reply's rendering for NETCONF/REST:
 * - Arguments: each child element is one (`<x>v</x>` a value, `<x/>` a flag, `invoke-on` as any
 *   value); an attribute the RPC declares is one too (`get-configuration`'s `format`,
 *   `database`; a flag's attribute, `detail="detail"`, sets the flag); other attributes are ignored (PyEZ and Ansible add some). The registry refuses
 *   what the RPC does not take (`syntax error`, bad-element the argument). A child with children
 *   of its own is a syntax error at that child.
 * - `format` attribute, for RPCs that do not declare one: `xml` (default) → the payload element
 *   as the registry renders it for NETCONF (its namespace included, indented four spaces inside
 *   the reply); `text` (or `ascii`) → `<output>` with a line break then the CLI text; `json` →
 *   the Junos JSON as the reply's text (what PyEZ and Ansible parse). Another value is a syntax
 *   error at that value.
 * - Permission: the RPC's CLI command with its arguments typed as the CLI would
 *   (`show interfaces terse em0`) must pass `mayRunCommand`; an RPC without a CLI command needs
 *   the `all` flag (default deny). Refused: `permission denied`, bad-element the RPC.
 * - The registry's errors (and its master-only refusal, which is an `<output>` payload) pass
 *   through unchanged.
 */
import { INVOKE_ON } from '../../rpc/invoke-on.js';
import { renderReplyBodyXml } from '../../rpc/render-xml.js';
import type { RegisteredRpc, RpcArgs } from '../../rpc/rpc-definition.js';
import type { RpcReply } from '../../rpc/rpc-reply.js';
import type { RouterView } from '../../rpc/router-view.js';
import { rpcRegistry } from '../../rpc/rpc-table.js';
import { escapeXmlText } from '../../config/xml-escape.js';
import { mayRunCommand, type Login } from '../auth/index.js';
import { fromRegistryError, permissionDeniedFor, syntaxErrorFor } from './rpc-errors.js';
import { errorResult, payloadResult } from './xml-rpc-result.js';
import type { XmlElement, XmlRpcResult } from './xml-rpc-types.js';

export type ReplyFormat = 'xml' | 'text' | 'json';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly result: XmlRpcResult };

/** The registry arguments of `request` for `rpc`. */
export function argumentsOf(request: XmlElement, rpc: RegisteredRpc): Parsed<RpcArgs> {
  const args: Record<string, string | true> = {};
  for (const [name, value] of Object.entries(request.attributes)) {
    const declared = rpc.arguments.find((argument) => argument.name === name);
    if (declared !== undefined) args[name] = declared.kind === 'flag' ? true : value;
  }
  for (const child of request.children) {
    if (child.children.length > 0) return { ok: false, result: errorResult(syntaxErrorFor(child.name)) };
    const text = child.text.trim();
    args[child.name] = text === '' ? true : text;
  }
  return { ok: true, value: args };
}

/** The `format` attribute of an RPC that does not take `format` itself. */
export function replyFormatOf(request: XmlElement): Parsed<ReplyFormat> {
  const format = request.attributes.format;
  if (format === undefined || format === 'xml') return { ok: true, value: 'xml' };
  if (format === 'text' || format === 'ascii') return { ok: true, value: 'text' };
  if (format === 'json') return { ok: true, value: 'json' };
  return { ok: false, result: errorResult(syntaxErrorFor(format)) };
}

/** The CLI words of `rpc` with `args`, for the permission check. */
export function commandWordsOf(rpc: RegisteredRpc, args: RpcArgs): string[] {
  const command = rpc.commands[0];
  if (command === undefined) return [rpc.name];
  const words = [...command.words];
  for (const [name, value] of Object.entries(args)) {
    if (name === INVOKE_ON) {
      words.push(name, String(value));
      continue;
    }
    const declared = rpc.arguments.find((argument) => argument.name === name);
    if (declared === undefined || declared.cli === false) continue;
    if (declared.kind === 'flag') words.push(name);
    else if (declared.positional === true) words.push(...String(value).split(/\s+/).filter((word) => word !== ''));
    else words.push(name, String(value));
  }
  return words;
}

export function mayRunRpc(login: Login, rpc: RegisteredRpc, args: RpcArgs): boolean {
  return mayRunCommand(login, commandWordsOf(rpc, args));
}

/** The CLI text of a reply without its `error:` lines (the errors travel as `<rpc-error>`s). */
export function bodyText(reply: RpcReply): string {
  const prefix = reply.errors.map((error) => `${error.severity === 'warning' ? 'warning' : 'error'}: ${error.message}\n`).join('');
  const text = reply.text();
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

/** A registry reply rendered for NETCONF/REST in `format`. */
export function renderReply(reply: RpcReply, format: ReplyFormat): XmlRpcResult {
  const errors = reply.errors.map(fromRegistryError);
  const element = reply.element();
  if (element === undefined) return errors.length === 0 ? payloadResult('') : errorResult(...errors);
  if (format === 'json') return payloadResult(escapeXmlText(reply.json() ?? ''), errors);
  if (format === 'text') return payloadResult(`<output>\n${escapeXmlText(bodyText(reply))}</output>\n`, errors);
  return payloadResult(renderReplyBodyXml([], element), errors);
}

/** Runs registry RPC `rpc` for `request` on `view`, as `login`. */
export function runRegisteredRpc(request: XmlElement, rpc: RegisteredRpc, view: RouterView, login: Login): XmlRpcResult {
  const args = argumentsOf(request, rpc);
  if (!args.ok) return args.result;
  const declaresFormat = rpc.arguments.some((argument) => argument.name === 'format');
  const format: Parsed<ReplyFormat> = declaresFormat ? { ok: true, value: 'xml' } : replyFormatOf(request);
  if (!format.ok) return format.result;
  if (!mayRunRpc(login, rpc, args.value)) return errorResult(permissionDeniedFor(rpc.name));
  return renderReply(rpcRegistry.invoke(view, rpc.name, args.value), format.value);
}
