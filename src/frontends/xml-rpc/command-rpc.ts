/**
 * `<command format="text|xml|json">show chassis hardware</command>`: an operational command line
 * run through the registry, as PyEZ's `dev.cli()` / `dev.rpc.cli()`, ncclient's `command()` and
 * Ansible's `junos_command` send it (clients.md §2.4, §4, §6.2).
 *
 * Owns the command's reply forms:
 * - `format="text"` (or `ascii`): `<output>` holding a line break then the CLI text, escaped;
 *   for `show configuration …` `<configuration-information><configuration-output>` instead
 *   (what PyEZ's `cli()` and Ansible read for configuration text).
 * - `format="xml"` (the default, PyEZ sends no attribute): the RPC's payload element, as the
 *   operational RPC would answer it.
 * - `format="json"`: the Junos JSON as the reply's text.
 * - Pipes: `| display xml` and `| display json` choose the format; `| display set` (for
 *   `show configuration`) the set form as text; `| display inheritance` is `inherit`;
 *   `| no-more` is ignored; the text filters (`match`, `except`, `count`, `last`, `trim`,
 *   `find`) filter text output, through the CLI's own pipe code. `| display xml rpc` answers
 *   `<rpc>` with the request the command stands for (what PyEZ's `cli()` asks first to suggest
 *   an RPC). `| compare` is refused.
 * - Errors: a line that does not parse is `syntax error` with bad-element the offending word
 *   (`command-line.ts`); a command the login may not run is `permission denied` with
 *   bad-element the RPC; the RPC's own errors pass through as rpc-errors.
 */
import { element, flag, leaf, type RpcElement } from '../../rpc/rpc-element.js';
import { renderReplyBodyXml } from '../../rpc/render-xml.js';
import type { RegisteredRpc, RpcArgs } from '../../rpc/rpc-definition.js';
import type { RouterView } from '../../rpc/router-view.js';
import { rpcRegistry } from '../../rpc/rpc-table.js';
import { escapeXmlText } from '../../config/xml-escape.js';
import { mayRunCommand, type Login } from '../auth/index.js';
import { applyTextPipes, splitPipeline, type PipePlan } from '../cli/pipes.js';
import { parseCommandLine } from './command-line.js';
import { bodyText, renderReply, replyFormatOf, type ReplyFormat } from './operational-rpc.js';
import { fromRegistryError, permissionDeniedFor, syntaxErrorFor } from './rpc-errors.js';
import { errorResult, payloadResult } from './xml-rpc-result.js';
import type { XmlElement, XmlRpcResult } from './xml-rpc-types.js';

const DISPLAY_XML_RPC = /\|\s*display\s+xml\s+rpc\s*$/;
const GET_CONFIGURATION = 'get-configuration';

/** The word of `line` that starts at `column`. */
function wordAt(line: string, column: number): string {
  return line.slice(column).trim().split(/\s+/)[0] ?? line;
}

/** `| display xml rpc`: the request element the command stands for. */
function rpcRequestXml(rpc: RegisteredRpc, args: RpcArgs): string {
  const children: RpcElement[] = Object.entries(args).map(([name, value]) => (value === true ? flag(name) : leaf(name, value)));
  const request = children.length === 0 ? flag(rpc.name) : element(rpc.name, children);
  return renderReplyBodyXml([], element('rpc', [request]));
}

/** The format asked: the pipe's `display` wins over the attribute. */
function formatOf(plan: PipePlan, attribute: ReplyFormat): ReplyFormat | 'set' {
  if (plan.format === 'xml' || plan.format === 'json' || plan.format === 'set') return plan.format;
  return attribute;
}

function configurationText(text: string): string {
  return `<configuration-information>\n<configuration-output>\n${escapeXmlText(text)}</configuration-output>\n</configuration-information>\n`;
}

function runConfiguration(view: RouterView, args: RpcArgs, format: ReplyFormat | 'set', plan: PipePlan): XmlRpcResult {
  const asked: Record<string, string | true> = { ...args };
  if (plan.inheritance !== undefined) asked.inherit = 'inherit';
  if (format === 'json' || format === 'set') asked.format = format;
  const reply = rpcRegistry.invoke(view, GET_CONFIGURATION, asked);
  if (format === 'xml' || format === 'json') return renderReply(reply, format);
  const errors = reply.errors.map(fromRegistryError);
  if (reply.element() === undefined) return errorResult(...errors);
  return payloadResult(configurationText(applyTextPipes(bodyText(reply), plan.filters)), errors);
}

/** Runs the `<command>` request on `view` as `login`. */
export function runCommand(request: XmlElement, view: RouterView, login: Login): XmlRpcResult {
  const attribute = replyFormatOf(request);
  if (!attribute.ok) return attribute.result;
  const raw = request.text.trim();
  const rpcOnly = DISPLAY_XML_RPC.test(raw);
  const line = rpcOnly ? raw.replace(DISPLAY_XML_RPC, '').trimEnd() : raw;
  const pipeline = splitPipeline(line);
  if (!pipeline.ok) return errorResult(syntaxErrorFor(wordAt(line, pipeline.column)));
  const { plan } = pipeline;
  if (plan.compare !== undefined) return errorResult(syntaxErrorFor('compare'));
  const parsed = parseCommandLine(pipeline.command);
  if (!parsed.ok) return errorResult(syntaxErrorFor(parsed.badElement));
  const { rpc, args, words } = parsed;
  if (!mayRunCommand(login, words)) return errorResult(permissionDeniedFor(rpc.name));
  if (rpcOnly) return payloadResult(rpcRequestXml(rpc, args));
  const format = formatOf(plan, attribute.value);
  if (rpc.name === GET_CONFIGURATION) return runConfiguration(view, args, format, plan);
  if (format === 'set' || plan.inheritance !== undefined) return errorResult(syntaxErrorFor(format === 'set' ? 'set' : 'inheritance'));
  const reply = rpcRegistry.invoke(view, rpc.name, args);
  if (format !== 'text' || plan.filters.length === 0) return renderReply(reply, format);
  const errors = reply.errors.map(fromRegistryError);
  if (reply.element() === undefined) return errorResult(...errors);
  return payloadResult(`<output>\n${escapeXmlText(applyTextPipes(bodyText(reply), plan.filters))}</output>\n`, errors);
}
