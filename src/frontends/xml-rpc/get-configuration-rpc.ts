/**
 * Junos's `<get-configuration>` over NETCONF/REST: the registry's `get-configuration` rendering
 * (text, set, xml, json, `inherit`) over the configuration the session sees, plus the subtree
 * filter and the diff.
 *
 * Attributes (others are ignored, e.g. `changed`):
 * - `database`: `candidate` (the default, as Junos documents for `<get-configuration>`: the
 *   session's candidate, `configuration-source.ts`) or `committed`.
 * - `format`: `xml` (default) → `<configuration junos:commit-…>`; `text` → `<configuration-text>`;
 *   `set` → `<configuration-set>`; `json` → the JSON as the reply's text.
 * - `inherit="inherit"`: groups expanded for this RE (with `## inherited` markers in text).
 * - `commit-scripts`: accepted (the registry checks the value), no effect.
 * - `compare="rollback" rollback="N"` (N 0..49, default 0): the `show | compare rollback N` text
 *   of the candidate against rollback N, in
 *   `<configuration-information><configuration-output>` after a line break — exactly `"\n"`
 *   when nothing differs, which PyEZ's `diff()` reads as "no diff" (clients.md §2.4). Ansible
 *   sends it with `format="text"`; the diff is text whatever the format [U].
 * - `rollback="N"` without `compare`: rollback N itself (its commit attributes are those of the
 *   last commit [U]).
 * Child `<configuration>`: the subtree filter (`config-filter.ts`), applied to both trees of a
 * diff; with `inherit` the groups are expanded before filtering (the text then has no
 * `## inherited` markers [U]). Any other child is a syntax error at it.
 * Permission: `show configuration` (`view`), else `permission denied`.
 */
import { compareConfig } from '../../config/compare.js';
import { expandGroups } from '../../config/groups.js';
import type { ConfigNode } from '../../config/node.js';
import { escapeXmlText } from '../../config/xml-escape.js';
import { MAX_ROLLBACK } from '../../daemons/mgd/index.js';
import { rpcRegistry } from '../../rpc/rpc-table.js';
import { mayRunCommand } from '../auth/index.js';
import { filterConfiguration } from './config-filter.js';
import { candidateTree, viewWith } from './configuration-source.js';
import { renderReply } from './operational-rpc.js';
import { permissionDeniedFor, rpcError, syntaxErrorFor } from './rpc-errors.js';
import { errorResult, payloadResult } from './xml-rpc-result.js';
import type { XmlElement, XmlRpcContext, XmlRpcResult } from './xml-rpc-types.js';

const NAME = 'get-configuration';

/** `<configuration-information>` with the diff text. */
export function diffPayload(diff: string): string {
  return `<configuration-information>\n<configuration-output>\n${escapeXmlText(diff)}</configuration-output>\n</configuration-information>\n`;
}

/** The rollback number of a `rollback` attribute, or undefined when it is not one. */
export function rollbackNumber(text: string | undefined): number | undefined {
  if (text === undefined) return 0;
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n <= MAX_ROLLBACK ? n : undefined;
}

type Transform = (tree: ConfigNode) => ConfigNode;

function compareRollback(request: XmlElement, context: XmlRpcContext, filter: Transform): XmlRpcResult {
  if (request.attributes.compare !== 'rollback') return errorResult(syntaxErrorFor(request.attributes.compare ?? 'compare'));
  const n = rollbackNumber(request.attributes.rollback);
  if (n === undefined) return errorResult(syntaxErrorFor(request.attributes.rollback ?? 'rollback'));
  const old = context.router.re(context.slot).database?.rollback(n);
  if (old === undefined) return errorResult(rpcError(`rollback file ${n} does not exist`));
  return payloadResult(diffPayload(compareConfig(filter(old), filter(candidateTree(context)))));
}

export function getConfigurationRpc(request: XmlElement, context: XmlRpcContext): XmlRpcResult {
  if (!mayRunCommand(context.login, ['show', 'configuration'])) return errorResult(permissionDeniedFor(NAME));
  const filters = request.children.filter((child) => child.name === 'configuration');
  const other = request.children.find((child) => child.name !== 'configuration') ?? filters[1];
  if (other !== undefined) return errorResult(syntaxErrorFor(other.name));
  const filterElement = filters[0];
  const { attributes } = request;
  const inherit = attributes.inherit;
  if (inherit !== undefined && inherit !== 'inherit') return errorResult(syntaxErrorFor(inherit));
  let bad: string | undefined;
  const filter: Transform = (tree) => {
    if (filterElement === undefined) return tree;
    const cut = filterConfiguration(tree, filterElement);
    if (!cut.ok) {
      bad ??= cut.badElement;
      return tree;
    }
    return cut.tree;
  };
  if (attributes.compare !== undefined) {
    const result = compareRollback(request, context, filter);
    return bad === undefined ? result : errorResult(syntaxErrorFor(bad));
  }
  let source: ConfigNode | undefined;
  if (attributes.rollback !== undefined) {
    const n = rollbackNumber(attributes.rollback);
    if (n === undefined) return errorResult(syntaxErrorFor(attributes.rollback));
    source = context.router.re(context.slot).database?.rollback(n);
    if (source === undefined) return errorResult(rpcError(`rollback file ${n} does not exist`));
  }
  const expandFirst = filterElement !== undefined && inherit === 'inherit';
  const pick = (tree: ConfigNode): ConfigNode => source ?? tree;
  const transform: Transform = expandFirst ? (tree) => filter(expandGroups(pick(tree), { re: context.slot }).tree) : (tree) => filter(pick(tree));
  const args: Record<string, string> = { database: source === undefined ? (attributes.database ?? 'candidate') : 'committed' };
  for (const name of ['format', 'commit-scripts'] as const) {
    const value = attributes[name];
    if (value !== undefined) args[name] = value;
  }
  if (inherit !== undefined && !expandFirst) args.inherit = inherit;
  const reply = rpcRegistry.invoke(viewWith(context, transform), NAME, args);
  reply.element();
  if (bad !== undefined) return errorResult(syntaxErrorFor(bad));
  return renderReply(reply, args.format === 'json' ? 'json' : 'xml');
}
