/**
 * Parses XML text into `XmlElement` trees (the seam's request shape) with the `saxes` streaming
 * parser: one document (`parseXmlDocument`: a NETCONF message, `<rpc>` or `<hello>`) or a run of
 * top-level elements (`parseXmlFragments`: a REST body such as
 * `<get-software-information/><get-route-engine-information/>`).
 *
 * Owns the request tree's form: names are local names (`nc:rpc` → `rpc`), with the namespace URI
 * the element was in when its prefix is declared (undefined otherwise); attributes by local name
 * (`nc:operation` → `operation`), namespace declarations left out; `text` is the element's direct
 * text (and CDATA), entities decoded, not trimmed. Comments, processing instructions and the XML
 * declaration are skipped.
 *
 * Choices:
 * - Lenient on prefixes: an undeclared prefix (`junos:commit-seconds` copied from a reply into a
 *   load) is accepted, its namespace undefined. Everything else malformed is refused with
 *   `XmlParseError`, whose message names the line and column saxes reports
 *   (`1:10: unexpected close tag.`).
 * - Fragments: an XML declaration at the very start is allowed; text outside the elements must be
 *   white space.
 * - A DOCTYPE is refused (no entity definitions from requests).
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { XmlElement } from './xml-rpc-types.js';

export class XmlParseError extends Error {
  override readonly name = 'XmlParseError';
}

/** The namespace saxes is told for an undeclared prefix; read back as undefined. */
const UNBOUND = 'urn:retwin:unbound-prefix';
const XMLNS_URI = 'http://www.w3.org/2000/xmlns/';

interface Building {
  readonly name: string;
  readonly namespace: string | undefined;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  text: string;
}

function namespaceOf(uri: string): string | undefined {
  return uri === '' || uri === UNBOUND ? undefined : uri;
}

function attributesOf(tag: SaxesTagNS): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.uri === XMLNS_URI || attribute.name === 'xmlns') continue;
    attributes[attribute.local] = attribute.value;
  }
  return attributes;
}

function parse(text: string, fragment: boolean): XmlElement[] {
  const parser = new SaxesParser({ xmlns: true, fragment, resolvePrefix: (prefix: string) => (prefix === '' ? undefined : UNBOUND) });
  const roots: XmlElement[] = [];
  const stack: Building[] = [];
  let failure: string | undefined;
  const fail = (message: string): void => {
    failure ??= message;
  };
  parser.on('error', (error) => fail(error.message));
  parser.on('doctype', () => fail('a DOCTYPE is not accepted'));
  parser.on('opentag', (tag) => {
    stack.push({ name: tag.local, namespace: namespaceOf(tag.uri), attributes: attributesOf(tag), children: [], text: '' });
  });
  const addText = (chunk: string): void => {
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text += chunk;
    else if (chunk.trim() !== '') fail('text outside the elements');
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const done = stack.pop();
    if (done === undefined) return;
    const element: XmlElement = done;
    const parent = stack[stack.length - 1];
    if (parent === undefined) roots.push(element);
    else parent.children.push(element);
  });
  try {
    parser.write(text).close();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (failure !== undefined) throw new XmlParseError(`malformed XML: ${failure}`);
  return roots;
}

/** One XML document: exactly one root element. Throws `XmlParseError`. */
export function parseXmlDocument(text: string): XmlElement {
  const roots = parse(text, false);
  const root = roots[0];
  if (root === undefined) throw new XmlParseError('malformed XML: no element');
  return root;
}

const DECLARATION = /^\s*<\?xml\s[^?]*\?>/;

/** Zero or more top-level elements in a row (a REST body). Throws `XmlParseError`. */
export function parseXmlFragments(text: string): XmlElement[] {
  return parse(text.replace(DECLARATION, ''), true);
}
