/**
 * Reads one NETCONF message (the text between two `]]>]]>`) into the namespace-agnostic
 * `XmlElement` tree of the xml-rpc seam, and keeps what NETCONF needs besides: the attributes of
 * the root element exactly as written (namespace declarations included, in order), which Junos
 * echoes on `<rpc-reply>`.
 *
 * Owns well-formedness (saxes, with namespaces): a message is one element, optionally after an
 * XML declaration, comments and processing instructions; a DOCTYPE is refused (no DTD, no entity
 * but the five predefined and character references). It does not decide what a message means
 * (netconf-session.ts) nor run anything.
 *
 * Choices: the tree has the form of the xml-rpc seam's `parseXmlDocument` (xml-rpc/xml-parse.ts),
 * leniency included: an undeclared prefix is accepted, its namespace undefined (REST and NETCONF
 * read requests alike). That parser does not give the root's attributes as written, hence this
 * one. `XmlElement.attributes` holds ordinary attributes by local name (namespace
 * declarations are left out: they are not attributes in the namespace model); `text` is the
 * element's own character data and CDATA, not trimmed; comments and processing instructions
 * inside elements are dropped. A message that is not well-formed throws `MalformedMessageError`
 * with the parser's message (`1:10: unexpected close tag.`: line and column in the message).
 */
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import type { XmlElement } from '../xml-rpc/xml-rpc-types.js';

/** The NETCONF base namespace (RFC 6241). */
export const NETCONF_NS = 'urn:ietf:params:xml:ns:netconf:base:1.0';

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
/** What saxes is told an undeclared prefix means; read back as no namespace. */
const UNBOUND = 'urn:retwin:unbound-prefix';

/** One attribute as written on the root element (`xmlns:nc`, `message-id`), value decoded. */
export interface RawAttribute {
  /** The qualified name as written (`xmlns:nc`, `message-id`, `nc:foo`). */
  readonly name: string;
  readonly value: string;
}

export interface ParsedMessage {
  readonly root: XmlElement;
  /** The root element's attributes as written, namespace declarations included, in order. */
  readonly rootAttributes: readonly RawAttribute[];
}

/** The message is not well-formed XML (or not one element). */
export class MalformedMessageError extends Error {
  override readonly name = 'MalformedMessageError';
}

interface Building {
  readonly name: string;
  readonly namespace: string | undefined;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  text: string;
}

function attributesOf(tag: SaxesTagNS): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of Object.values<SaxesAttributeNS>(tag.attributes)) {
    if (attribute.uri === XMLNS_NS || attribute.name === 'xmlns') continue;
    attributes[attribute.local] = attribute.value;
  }
  return attributes;
}

function freeze(node: Building): XmlElement {
  return { name: node.name, namespace: node.namespace, attributes: node.attributes, children: node.children, text: node.text };
}

/** Parses one message; throws MalformedMessageError when it is not one well-formed element. */
export function parseNetconfMessage(text: string): ParsedMessage {
  const parser = new SaxesParser({ xmlns: true, position: true, resolvePrefix: (prefix: string) => (prefix === '' ? undefined : UNBOUND) });
  const stack: Building[] = [];
  let root: XmlElement | undefined;
  let rootAttributes: RawAttribute[] = [];

  parser.on('error', (error: Error) => {
    throw new MalformedMessageError(error.message);
  });
  parser.on('doctype', () => {
    throw new MalformedMessageError(`${parser.line}:${parser.column}: a DOCTYPE is not allowed in a NETCONF message.`);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const node: Building = { name: tag.local, namespace: tag.uri === '' || tag.uri === UNBOUND ? undefined : tag.uri, attributes: attributesOf(tag), children: [], text: '' };
    if (stack.length === 0) {
      rootAttributes = Object.values<SaxesAttributeNS>(tag.attributes).map((attribute) => ({ name: attribute.name, value: attribute.value }));
    }
    stack.push(node);
  });
  parser.on('closetag', () => {
    const node = stack.pop();
    if (node === undefined) return;
    const element = freeze(node);
    const parent = stack[stack.length - 1];
    if (parent === undefined) root = element;
    else parent.children.push(element);
  });
  const addText = (data: string): void => {
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text += data;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  // A BOM or whitespace before the XML declaration would make it misplaced: drop them.
  parser.write(text.replace(/^[\uFEFF\s]+/, '')).close();
  if (root === undefined) throw new MalformedMessageError('the message has no element');
  return { root, rootAttributes };
}

/**
 * The message-id of an `<rpc>` that could not be parsed, read from its start tag if it is there
 * (so that the error reply can still be matched by the client); undefined otherwise.
 */
export function salvageMessageId(text: string): string | undefined {
  const start = /<(?:[A-Za-z_][\w.-]*:)?rpc(?=[\s/>])[^>]*/.exec(text);
  if (start === null) return undefined;
  const found = /(?:^|\s)message-id\s*=\s*(?:"([^"<&]*)"|'([^'<&]*)')/.exec(start[0].slice(1));
  return found === null ? undefined : (found[1] ?? found[2]);
}

/**
 * The local name of the first element of a message that may not be well-formed (after any XML
 * declaration, comments and processing instructions); undefined when it does not start with one.
 */
export function firstElementName(text: string): string | undefined {
  const found = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(text.replace(/^\uFEFF/, ''));
  return found?.[1];
}

/** Whether `element` is in the NETCONF base namespace or in none (how clients send `<rpc>`). */
export function isNetconfOrUnqualified(element: XmlElement): boolean {
  return element.namespace === undefined || element.namespace === NETCONF_NS;
}
