/**
 * Writes an RPC reply's data (`rpc-element.ts`) and errors as Junos XML.
 *
 * Owns the XML layout of operational replies: four spaces per level, a leaf on one line, a flag
 * as `<x/>`, an empty container as an open and a close tag on two lines (as real devices write
 * `<filter-information>`), attributes in their order; a block leaf (`<file-content>`) one line
 * per line one level deeper, its closing tag on its own line; a raw payload (`<configuration>`)
 * as it renders itself for the context (NETCONF, `| display xml`, compact). `<rpc-error>` elements are written at
 * column 0 whatever the nesting, their message between line breaks, as Junos does (PyEZ
 * fixtures). `compact` drops every whitespace between elements (`xml-minified`).
 *
 * Also `renderCliXml`: what the CLI's `| display xml` prints, the errors and payload in an
 * `<rpc-reply xmlns:junos=…>` with the `<cli><banner>` trailer (config's `wrapCliReply`).
 * The NETCONF `<rpc-reply>` (message-id, base namespace) is the NETCONF front end's.
 */
import { wrapCliReply } from '../config/render-xml.js';
import { escapeXmlAttribute, escapeXmlText } from '../config/xml-escape.js';
import { kindOf, type RpcElement, type XmlContext } from './rpc-element.js';
import type { RpcError } from './rpc-error.js';

export interface XmlOptions {
  /** Indentation of the element itself, in spaces (4 inside an `<rpc-reply>`). */
  readonly indent?: number;
  /** No whitespace between elements. */
  readonly compact?: boolean;
  /** Where the XML goes, for raw payloads (default `netconf`). */
  readonly context?: Exclude<XmlContext, 'compact'>;
}

function attributes(node: RpcElement): string {
  const list = node.attributes;
  if (list === undefined || list.length === 0) return '';
  let out = '';
  for (const [name, value] of list) out += ` ${name}="${escapeXmlAttribute(value)}"`;
  return out;
}

/** Indentations by width, made once (a reply has a few widths and hundreds of lines). */
const PADS: string[] = [];

function padOf(width: number): string {
  return (PADS[width] ??= ' '.repeat(width));
}

function blockLines(text: string, pad: string): string {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  return body
    .split('\n')
    .map((line) => (line === '' ? '' : `${pad}${escapeXmlText(line)}`))
    .join('\n');
}

/**
 * `out` with the element appended. Built by concatenation rather than an array joined at the
 * end: V8 keeps the pieces as a rope and copies them once, when the text is first read whole
 * (for a reply of a few hundred elements, about a quarter less time than push and join, that
 * copy included).
 */
function write(node: RpcElement, indent: number, options: { compact: boolean; context: Exclude<XmlContext, 'compact'> }, out: string): string {
  const { compact } = options;
  const pad = compact ? '' : padOf(indent);
  const end = compact ? '' : '\n';
  const open = `<${node.name}${attributes(node)}`;
  switch (kindOf(node)) {
    case 'raw':
      return out + (node.raw?.xml(compact ? 'compact' : options.context) ?? '');
    case 'leaf':
      if (node.block === true && !compact) {
        return `${out}${pad}${open}>\n${blockLines(node.text ?? '', ' '.repeat(indent + 4))}\n${pad}</${node.name}>\n`;
      }
      return `${out}${pad}${open}>${escapeXmlText(node.text ?? '')}</${node.name}>${end}`;
    case 'flag':
      return `${out}${pad}${open}/>${end}`;
    case 'container':
      out += `${pad}${open}>${end}`;
      for (const child of node.children ?? []) out = write(child, indent + 4, options, out);
      return `${out}${pad}</${node.name}>${end}`;
  }
}

/** The element as XML, ending with a line break unless compact. */
export function renderElementXml(node: RpcElement, options: XmlOptions = {}): string {
  return write(node, options.indent ?? 0, { compact: options.compact === true, context: options.context ?? 'netconf' }, '');
}

/** One `<rpc-error>` as Junos writes it. */
export function renderRpcErrorXml(error: RpcError, options: Pick<XmlOptions, 'compact'> = {}): string {
  const lines = [
    '<rpc-error>',
    `<error-type>${error.type}</error-type>`,
    `<error-tag>${escapeXmlText(error.tag)}</error-tag>`,
    `<error-severity>${error.severity}</error-severity>`,
    options.compact === true ? `<error-message>${escapeXmlText(error.message)}</error-message>` : `<error-message>\n${escapeXmlText(error.message)}\n</error-message>`,
    ...(error.badElement === undefined ? [] : [`<error-info>`, `<bad-element>${escapeXmlText(error.badElement)}</bad-element>`, `</error-info>`]),
    '</rpc-error>',
  ];
  return options.compact === true ? lines.join('') : `${lines.join('\n')}\n`;
}

/** The content of an `<rpc-reply>`: the errors, then the payload indented four spaces. */
export function renderReplyBodyXml(errors: readonly RpcError[], payload: RpcElement | undefined, options: Pick<XmlOptions, 'compact' | 'context'> = {}): string {
  const compact = options.compact === true;
  return (
    errors.map((error) => renderRpcErrorXml(error, { compact })).join('') +
    (payload === undefined ? '' : renderElementXml(payload, { indent: compact ? 0 : 4, compact, context: options.context ?? 'netconf' }))
  );
}

export interface CliXmlOptions {
  /** Release in the `junos:` namespace, e.g. `17.3R1`. */
  readonly release: string;
  /** The CLI banner, e.g. `{master}`. */
  readonly banner: string;
}

/** `| display xml`: the reply in the CLI's `<rpc-reply>` wrapper. */
export function renderCliXml(errors: readonly RpcError[], payload: RpcElement | undefined, options: CliXmlOptions): string {
  return wrapCliReply(renderReplyBodyXml(errors, payload, { context: 'cli' }), options.release, options.banner);
}
