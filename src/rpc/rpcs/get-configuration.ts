/**
 * `get-configuration` — `show configuration`, read only: one configuration database of the
 * answering RE, in the format asked, rendered by the configuration library (`src/config`).
 *
 * Arguments (NETCONF attributes): `database` `committed` (default) or `candidate` (the shared
 * candidate); `format` `text`, `set`, `xml` (default over NETCONF) or `json`; `inherit`
 * `inherit`: the configuration as this RE applies it, groups expanded for its slot
 * (`expandGroups`, spec §5.3); `commit-scripts` is accepted and changes nothing (retwin runs no
 * commit scripts; PyEZ sends `apply`).
 *
 * Forms:
 * - text (the CLI's `show configuration`, procedure section 1 and 5.2): the header
 *   `## Last commit: 2024-03-08 14:22:51 UTC by lab` (committed database; `## Last changed:
 *   <time>` for a candidate whose change time is known), then the curly-brace text, `version`
 *   first where mgd stamped it; with `inherit`, the `| display inheritance` text (`##` markers
 *   naming each statement's group). Over NETCONF: `<configuration-text>`, the text after a line
 *   break.
 * - set: `set` commands without a header; over NETCONF `<configuration-set>`.
 * - xml: `<configuration junos:commit-seconds=… junos:commit-localtime=… junos:commit-user=…>`
 *   (PyEZ `domain_config_get-configuration.xml` [C]) in the NETCONF layout, or the CLI's
 *   `| display xml` layout; its text form is the NETCONF XML.
 * - json: `{"configuration" : {"@" : {commit attributes}, …}}`.
 * `path` (the CLI's words after `show configuration`, e.g. `system domain-name`) answers that
 * part only (`configuration-path.ts`); the text then has no header [U].
 * Choices [U]: the candidate carries no commit attributes; `compare`/`rollback` (the diff) are
 * not implemented and so refused as unknown arguments.
 */
import type { CommitAttributes } from '../../config/element-mapping.js';
import { expandGroups } from '../../config/groups.js';
import { isLeafLike, type ConfigNode } from '../../config/node.js';
import { inheritanceComments, renderInheritance } from '../../config/render-inheritance.js';
import { renderJson } from '../../config/render-json.js';
import { renderSet } from '../../config/render-set.js';
import { renderStatement, renderText, type TextRenderOptions } from '../../config/render-text.js';
import { renderXml } from '../../config/render-xml.js';
import { formatDateTime } from '../junos-format.js';
import { defineRpc } from '../rpc-definition.js';
import { leaf, rawPayload, type RpcElement } from '../rpc-element.js';
import { rpcError } from '../rpc-error.js';
import { selectPath } from './configuration-path.js';

export type ConfigurationFormat = 'text' | 'set' | 'xml' | 'json';

export interface ConfigurationReply {
  readonly format: ConfigurationFormat | undefined;
  /** The configuration to show (expanded with `inherit`). */
  readonly tree: ConfigNode;
  /** The text form's header line (`## Last commit: …`), if any. */
  readonly header?: string;
  /** The commit attributes of the XML and JSON forms. */
  readonly commit?: CommitAttributes;
  /**
   * The text form's body when it is not the whole tree's plain text: `| display inheritance`'s
   * with `inherit`, the statements at the path's level with a path.
   */
  readonly text?: string;
}

function curlyText(reply: ConfigurationReply): string {
  const body = reply.text ?? renderText(reply.tree);
  return reply.header === undefined ? body : `${reply.header}\n${body}`;
}

function configurationElement(reply: ConfigurationReply): RpcElement {
  const commit = reply.commit === undefined ? {} : { commit: reply.commit };
  return rawPayload('configuration', {
    xml: (context) => renderXml(reply.tree, { layout: context, ...commit }),
    json: (compact) => renderJson(reply.tree, { compact, ...commit }),
  });
}

function bodyText(nodes: readonly ConfigNode[], whole: ConfigNode, options: TextRenderOptions): string {
  return nodes.map((node) => (node === whole || !isLeafLike(node) ? renderText(node, options) : renderStatement(node, options))).join('');
}

export const getConfiguration = defineRpc<ConfigurationReply>({
  name: 'get-configuration',
  commands: [{ words: ['show', 'configuration'], help: 'Show current configuration' }],
  arguments: [
    { kind: 'value', name: 'path', help: 'Statement path (`system domain-name`)', positional: true },
    { kind: 'value', name: 'database', help: 'Configuration database', cli: false, values: ['committed', 'candidate'] },
    { kind: 'value', name: 'format', help: 'Output format', cli: false, values: ['text', 'set', 'xml', 'json'] },
    { kind: 'value', name: 'inherit', help: 'Show the configuration with groups applied', cli: false, values: ['inherit'] },
    { kind: 'value', name: 'commit-scripts', help: 'Commit scripts (none run)', cli: false, values: ['apply', 'apply-no-transients', 'view'] },
  ],
  run: (view, args) => {
    const database = args.database === 'candidate' ? 'candidate' : 'committed';
    const source = view.configuration(database);
    const format = typeof args.format === 'string' ? (args.format as ConfigurationFormat) : undefined;
    const expansion = args.inherit === 'inherit' ? expandGroups(source.tree, { re: view.slot }) : undefined;
    const whole = expansion?.tree ?? source.tree;
    const textOptions: TextRenderOptions = expansion === undefined ? {} : { commentsFor: inheritanceComments(expansion) };
    let tree = whole;
    let text: string | undefined;
    const path = typeof args.path === 'string' && args.path.trim() !== '' ? args.path : undefined;
    if (path !== undefined) {
      const selected = selectPath(whole, path);
      if (!selected.ok) return { ok: false, errors: [rpcError(selected.issue.message, selected.issue.badElement === undefined ? {} : { badElement: selected.issue.badElement })] };
      tree = selected.selection.tree;
      if (format === undefined || format === 'text') text = bodyText(selected.selection.nodes, whole, textOptions);
    } else if (expansion !== undefined && (format === undefined || format === 'text')) {
      text = renderInheritance(expansion);
    }
    const last = database === 'committed' ? source.lastCommit : undefined;
    const header =
      path !== undefined
        ? undefined
        : last !== undefined
          ? `## Last commit: ${formatDateTime(last.time)} by ${last.user}`
          : database === 'candidate' && source.lastChanged !== undefined
            ? `## Last changed: ${formatDateTime(source.lastChanged)}`
            : undefined;
    const commit = last === undefined ? undefined : { seconds: Math.floor(last.time / 1000), localtime: formatDateTime(last.time), user: last.user };
    return {
      ok: true,
      data: { format, tree, ...(header === undefined ? {} : { header }), ...(commit === undefined ? {} : { commit }), ...(text === undefined ? {} : { text }) },
    };
  },
  element: (reply) => {
    if (reply.format === 'text') return leaf('configuration-text', `\n${curlyText(reply)}`);
    if (reply.format === 'set') return leaf('configuration-set', `\n${renderSet(reply.tree)}`);
    return configurationElement(reply);
  },
  text: (reply) => {
    if (reply.format === 'set') return renderSet(reply.tree);
    if (reply.format === 'xml') return renderXml(reply.tree, { layout: 'netconf', ...(reply.commit === undefined ? {} : { commit: reply.commit }) });
    if (reply.format === 'json') return renderJson(reply.tree, reply.commit === undefined ? {} : { commit: reply.commit });
    return curlyText(reply);
  },
});
