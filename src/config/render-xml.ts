/**
 * Renders a configuration tree as the Junos XML `<configuration>` element, as NETCONF
 * `<get-configuration>` / `<get-config>` and the CLI's `show configuration | display xml`
 * return it.
 *
 * Owns the XML layout of a configuration: element names are the schema (YANG) names
 * (`element-mapping.ts`), so a nokeyword list appears under its list name
 * (`<interface><name>fxp0</name>…`) and a nokeyword leaf under its own
 * (`<backup-router><address>…</address><destination>…</destination></backup-router>`); a list
 * entry's key comes first as `<name>` (or the list's `keyName`); flags are `<x/>`; leaf-lists are
 * one element per value; block lists are repeated elements like any list; flat containers nest
 * normally (`<family><inet>…`). `inactive: ` and `protect: ` become the attributes
 * `inactive="inactive"` and `protect="protect"`; an annotation becomes
 * `<junos:comment>/* text *\/</junos:comment>` just before its element (the text kept with its
 * delimiters, line breaks included). It also owns the small `| display xml` wrapper of the CLI
 * (`wrapCliReply`), which any CLI payload can use. It does not write the NETCONF `<rpc-reply>`;
 * the `junos:` prefix is declared by that reply (or by `junosNamespace` here for a standalone
 * document).
 *
 * Layouts, as the captures show them (PyEZ fixtures, public 12.1–24.4 outputs):
 * - `netconf`: `<configuration …>` at column 0 and four spaces per level below it, as Junos
 *   writes it inside a NETCONF `<rpc-reply>`/`<data>`.
 * - `cli`: what `| display xml` prints inside its `<rpc-reply>`: `<configuration …>` and
 *   `</configuration>` indented four spaces, the statements below it starting at twelve (Junos
 *   indents the configuration's children two levels, not one), then four per level.
 * - `compact`: no whitespace between elements at all.
 * The commit attributes stay on the `<configuration>` line (17.3-era releases; 24.4 wraps them).
 *
 * Choices where Junos is unclear or retwin had to pick:
 * - An empty container or presence container (`services { ssh; }`) is written as an open and a
 *   close tag on two lines (`<ssh>` / `</ssh>`), as every capture of a real device shows, not as
 *   `<ssh/>`; flags (leaves of type empty) are `<x/>`. `compact` writes `<ssh></ssh>`, so the
 *   two stay distinct there too.
 * - Both marks on one statement are written `inactive="inactive" protect="protect"`, in that order.
 * - An inactive or protected leaf-list carries the attribute on every value's element; its
 *   annotation is written once, before the first.
 * - Secret values (`encrypted-password`) are written in clear: XML has no `## SECRET-DATA`.
 * - Replacement marks (`replace:`) are not rendered: they exist only in loaded text.
 */
import type { ConfigNode } from './node.js';
import { COMMENT_ELEMENT, commitAttributePairs, keyElementName, shapeOf, type CommitAttributes } from './element-mapping.js';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.js';

export type XmlLayout = 'netconf' | 'cli' | 'compact';

export interface XmlRenderOptions {
  /** The commit attributes of `<configuration>`; left out when absent. */
  readonly commit?: CommitAttributes;
  /** Whitespace layout; `netconf` by default. */
  readonly layout?: XmlLayout;
  /** A default namespace for `<configuration>` (`<get-config>` replies use `XNM_NAMESPACE`). */
  readonly xmlns?: string;
  /**
   * Declares `xmlns:junos` on `<configuration>` with this URI, for a standalone document. Leave it
   * out inside an `<rpc-reply xmlns:junos=…>`, which declares the prefix already.
   */
  readonly junosNamespace?: string;
}

/** The namespace Junos puts on `<configuration>` in NETCONF `<get-config>` replies. */
export const XNM_NAMESPACE = 'http://xml.juniper.net/xnm/1.1/xnm';

/** The URI of the `junos:` prefix for a release, e.g. `17.3R1` (without the build number). */
export function junosNamespace(release: string): string {
  return `http://xml.juniper.net/junos/${release}/junos`;
}

const STEP = 4;

/** Indentation of `<configuration>` and of its first-level children, per layout. */
const GEOMETRY: Readonly<Record<Exclude<XmlLayout, 'compact'>, { readonly root: number; readonly body: number }>> = {
  netconf: { root: 0, body: STEP },
  cli: { root: STEP, body: 3 * STEP },
};

function marks(node: ConfigNode): string {
  return (node.inactive ? ' inactive="inactive"' : '') + (node.protect ? ' protect="protect"' : '');
}

class XmlWriter {
  readonly #parts: string[] = [];
  readonly #pretty: boolean;

  constructor(pretty: boolean) {
    this.#pretty = pretty;
  }

  get text(): string {
    return this.#pretty ? this.#parts.map((part) => `${part}\n`).join('') : this.#parts.join('');
  }

  line(indent: number, text: string): void {
    this.#parts.push(this.#pretty ? ' '.repeat(indent) + text : text);
  }

  /** An element with children (or none): open and close tags on their own lines. */
  element(indent: number, open: string, name: string, body: () => void): void {
    this.line(indent, open);
    body();
    this.line(indent, `</${name}>`);
  }

  statement(node: ConfigNode, indent: number): void {
    const shape = shapeOf(node);
    if (shape === 'values' && (node.values ?? []).length === 0) return;
    if (node.annotation !== undefined) this.line(indent, `<${COMMENT_ELEMENT}>${escapeXmlText(node.annotation)}</${COMMENT_ELEMENT}>`);
    const name = node.name;
    const open = `<${name}${marks(node)}>`;
    switch (shape) {
      case 'value':
        this.line(indent, `${open}${escapeXmlText(node.value ?? '')}</${name}>`);
        return;
      case 'flag':
        this.line(indent, `<${name}${marks(node)}/>`);
        return;
      case 'values':
        for (const value of node.values ?? []) this.line(indent, `${open}${escapeXmlText(value)}</${name}>`);
        return;
      case 'empty':
        this.element(indent, open, name, () => undefined);
        return;
      case 'entry':
        this.element(indent, open, name, () => {
          if (node.key !== undefined) {
            const key = keyElementName(node.schema);
            this.line(indent + STEP, `<${key}>${escapeXmlText(node.key)}</${key}>`);
          }
          this.children(node, indent + STEP);
        });
        return;
      case 'container':
        this.element(indent, open, name, () => this.children(node, indent + STEP));
        return;
    }
  }

  children(node: ConfigNode, indent: number): void {
    for (const child of node.children) this.statement(child, indent);
  }
}

function rootAttributes(options: XmlRenderOptions): string {
  const pairs: (readonly [string, string])[] = [];
  if (options.xmlns !== undefined) pairs.push(['xmlns', options.xmlns]);
  if (options.junosNamespace !== undefined) pairs.push(['xmlns:junos', options.junosNamespace]);
  if (options.commit !== undefined) pairs.push(...commitAttributePairs(options.commit));
  return pairs.map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`).join('');
}

/**
 * Renders the root of a configuration tree as `<configuration>`. Pretty layouts end every line
 * with a line feed (the last one included); `compact` has none.
 */
export function renderXml(tree: ConfigNode, options: XmlRenderOptions = {}): string {
  const layout = options.layout ?? 'netconf';
  const geometry = layout === 'compact' ? { root: 0, body: 0 } : GEOMETRY[layout];
  const writer = new XmlWriter(layout !== 'compact');
  writer.element(geometry.root, `<configuration${rootAttributes(options)}>`, 'configuration', () => writer.children(tree, geometry.body));
  return writer.text;
}

/**
 * Wraps a CLI payload as `| display xml` prints it: `<rpc-reply xmlns:junos=…>`, the payload
 * (already indented four spaces and ending with a line feed), then `<cli><banner>` with the
 * prompt banner (`{master}`, `{backup}`, or empty).
 */
export function wrapCliReply(payload: string, release: string, banner: string): string {
  return (
    `<rpc-reply xmlns:junos="${escapeXmlAttribute(junosNamespace(release))}">\n` +
    payload +
    '    <cli>\n' +
    `        <banner>${escapeXmlText(banner)}</banner>\n` +
    '    </cli>\n' +
    '</rpc-reply>\n'
  );
}

export interface DisplayXmlOptions {
  /** Release in the namespace URI, e.g. `17.3R1`. */
  readonly release: string;
  /** The CLI banner, e.g. `{master}`. */
  readonly banner: string;
  readonly commit?: CommitAttributes;
}

/** `show configuration | display xml`: the configuration in the CLI's `<rpc-reply>` wrapper. */
export function renderDisplayXml(tree: ConfigNode, options: DisplayXmlOptions): string {
  return wrapCliReply(renderXml(tree, { layout: 'cli', commit: options.commit }), options.release, options.banner);
}
