/**
 * The neutral form of an RPC reply's data: a tree of elements, which `render-xml.ts` writes as
 * Junos XML and `render-json.ts` as Junos JSON. Every RPC builds its data into this tree once;
 * neither renderer knows any RPC.
 *
 * Owns the element shape and small builders. Three kinds of element, as Junos has them:
 * - a leaf with text (`<slot>0</slot>`, JSON `"data" : "0"`);
 * - a flag, no text and no children (`<no-active-alarms/>`, JSON `"data" : [null]`);
 * - a container with children, possibly none (`<filter-information>` / `</filter-information>`,
 *   JSON `{ }`).
 * Attributes keep their order and their prefix (`xmlns`, `junos:style`, `junos:seconds`).
 *
 * Two variants for the few replies whose form is not the operational mapping:
 * - a *block* leaf (`blockLeaf`): text made of lines, such as a file's content
 *   (`<file-content>`), which pretty XML writes one line per line, indented one level below
 *   the element, empty lines left empty, the closing tag on a line of its own (as the PyEZ
 *   fixture `iri_mapping_file-show.xml` shows); compact XML and JSON keep the text as is;
 * - a *raw* payload (`rawPayload`): one that renders itself, for `<configuration>`, whose XML
 *   and JSON are the configuration library's (a different JSON mapping, and the CLI's
 *   twelve-space quirk). Only a reply's payload may be raw, not an element inside another.
 */

export type Attribute = readonly [name: string, value: string];

export interface RpcElement {
  readonly name: string;
  readonly attributes?: readonly Attribute[];
  /** The text of a leaf. */
  readonly text?: string;
  /** The children of a container (`[]` for an empty one). Absent with no text: a flag. */
  readonly children?: readonly RpcElement[];
  /** A leaf whose text is a block of lines (see above). */
  readonly block?: boolean;
  /** A payload that renders itself (see above); name, text and children are then ignored. */
  readonly raw?: RawPayload;
}

/** Where a payload's XML goes: a NETCONF reply, the CLI's `| display xml`, or minified. */
export type XmlContext = 'netconf' | 'cli' | 'compact';

/** The renderings of a raw payload. */
export interface RawPayload {
  /** The whole element as XML, each line ending with `\n` unless compact. */
  xml(context: XmlContext): string;
  /** The whole JSON document, ending with `\n` unless compact. */
  json(compact: boolean): string;
}

/** A container. Undefined children are skipped, so optional parts can be written inline. */
export function element(name: string, children: readonly (RpcElement | undefined)[], attributes?: readonly Attribute[]): RpcElement {
  const kept = children.filter((child): child is RpcElement => child !== undefined);
  return attributes === undefined || attributes.length === 0 ? { name, children: kept } : { name, attributes, children: kept };
}

/** A leaf with text. */
export function leaf(name: string, text: string | number, attributes?: readonly Attribute[]): RpcElement {
  return attributes === undefined || attributes.length === 0 ? { name, text: String(text) } : { name, text: String(text), attributes };
}

/** A leaf when `text` is defined, nothing otherwise. */
export function optionalLeaf(name: string, text: string | number | undefined): RpcElement | undefined {
  return text === undefined ? undefined : leaf(name, text);
}

/** A leaf whose text is a block of lines (`<file-content>`). */
export function blockLeaf(name: string, text: string, attributes?: readonly Attribute[]): RpcElement {
  return { ...leaf(name, text, attributes), block: true };
}

/** A payload that renders itself (`<configuration>`); `name` is for the record. */
export function rawPayload(name: string, raw: RawPayload): RpcElement {
  return { name, raw };
}

/** A flag (`<name/>`). */
export function flag(name: string): RpcElement {
  return { name };
}

/** The kind of an element, as the renderers need it. */
export function kindOf(node: RpcElement): 'leaf' | 'flag' | 'container' | 'raw' {
  if (node.raw !== undefined) return 'raw';
  if (node.text !== undefined) return 'leaf';
  return node.children === undefined ? 'flag' : 'container';
}
