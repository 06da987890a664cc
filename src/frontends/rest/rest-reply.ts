/**
 * Writing what an RPC answered (`XmlRpcResult`) as a REST response body in the asked format,
 * and several of them as one `multipart/mixed` body.
 *
 * Owns the REST forms of a reply (clients.md §5; choices marked [U] are not on record):
 * - XML (`application/xml`): the reply's content without `<rpc-reply>`: the `<rpc-error>`s, then
 *   the payload as the executor rendered it; `<ok/>` for a reply that is only OK. [U] A payload
 *   that uses the `junos:` prefix gets `xmlns:junos` declared on its first element, since the
 *   `<rpc-reply>` that declares it in NETCONF is not there (XML parsers refuse an unbound prefix).
 * - JSON (`application/json`): Junos's attribute-preserving JSON. For an RPC the executor
 *   rendered as JSON (`format="json"`: the operational RPCs) its document as is (the executor
 *   gives it as XML-escaped text, decoded here); otherwise the XML payload mapped the same way
 *   (every element an array of objects, text in `"data"`, a flag `"data" : [null]`, attributes
 *   in `"attributes"`; same-named siblings share one array; attribute names lose their prefix,
 *   `junos:style` → `style`, as the XML reader keeps local names). [U] A failed reply is its errors,
 *   `{"rpc-error" : [{"error-type" : [{"data" : "protocol"}], …}]}`; an OK-only reply is
 *   `{"ok" : [{"data" : [null]}]}`.
 * - text (`text/plain`): `error: …` / `warning: …` lines, then the text of the payload (the
 *   content of `<output>`, `<configuration-text>`…), as the CLI shows it.
 * - multipart: one part per RPC in order, each `Content-Type: <its type>` and a blank line,
 *   CRLF line ends around the delimiters (RFC 2046). The boundary is Junos's own
 *   `harqgehabymwiax` (seen in public client code), unless a part contains it.
 * - `failed` (xml-rpc's `rpcFailed`): an error of severity `error`, or errors the executor put
 *   inside the payload (`<load-configuration-results>`, `<commit-results>`); `nestedErrors`
 *   reads the latter back, for the HTTP status.
 *
 * It does not decide HTTP statuses (rest-status.ts) or run anything.
 */
import { parseXmlFragments, renderRpcErrorsXml, rpcFailed, type XmlElement, type XmlRpcError, type XmlRpcResult } from '../xml-rpc/index.js';
import type { OutputFormat } from './rest-request.js';

export interface Rendered {
  readonly contentType: string;
  readonly body: string;
}

export const CONTENT_TYPES: Readonly<Record<OutputFormat, string>> = {
  xml: 'application/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};

export const JUNOS_BOUNDARY = 'harqgehabymwiax';

/** Whether the RPC failed: an error of severity error, or errors inside its payload (`failed`). */
export const failed = rpcFailed;

function parseOrUndefined(xml: string): XmlElement[] | undefined {
  try {
    return parseXmlFragments(xml);
  } catch {
    return undefined;
  }
}

// ---------- JSON ----------

type JsonObject = Record<string, unknown>;

/** One element as Junos JSON's object (the member's array holds one of these per occurrence). */
function jsonObject(node: XmlElement): JsonObject {
  const object: JsonObject = {};
  const text = node.text.trim();
  if (node.children.length === 0) object.data = text === '' ? [null] : node.text;
  const attributes = Object.entries(node.attributes);
  if (attributes.length > 0) object.attributes = Object.fromEntries(attributes);
  Object.assign(object, jsonMembers(node.children));
  return object;
}

/** Siblings as members: same-named siblings share one array, in document order. */
function jsonMembers(nodes: readonly XmlElement[]): JsonObject {
  const members: Record<string, JsonObject[]> = {};
  for (const node of nodes) (members[node.name] ??= []).push(jsonObject(node));
  return members;
}

const jsonDocument = (nodes: readonly XmlElement[]): string => `${JSON.stringify(jsonMembers(nodes), null, 4)}\n`;

function errorElement(error: XmlRpcError): XmlElement {
  const leaf = (name: string, text: string): XmlElement => ({ name, namespace: undefined, attributes: {}, children: [], text });
  const info = [...(error.badElement === undefined ? [] : [leaf('bad-element', error.badElement)]), ...((error.infoXml && parseOrUndefined(error.infoXml)) || [])];
  const children = [
    leaf('error-type', error.type),
    leaf('error-tag', error.tag),
    leaf('error-severity', error.severity),
    ...(error.path === undefined ? [] : [leaf('error-path', error.path)]),
    leaf('error-message', error.message),
    ...(info.length === 0 ? [] : [{ name: 'error-info', namespace: undefined, attributes: {}, children: info, text: '' }]),
  ];
  return { name: 'rpc-error', namespace: undefined, attributes: {}, children, text: '' };
}

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return XML_ENTITIES[ref] as string;
  });
}

/** The JSON document of a payload the executor rendered as JSON (XML-escaped text, the seam's convention). */
const executorJson = (payload: string): string => decodeEntities(payload);

function renderJson(result: XmlRpcResult, jsonFromExecutor: boolean): string {
  const payload = result.payload.trim();
  if (failed(result) && result.errors.length > 0) return jsonDocument(result.errors.map(errorElement));
  if (payload !== '') {
    if (jsonFromExecutor) return executorJson(result.payload);
    const nodes = parseOrUndefined(payload);
    if (nodes !== undefined) return jsonDocument(nodes);
  }
  if (result.errors.length > 0) return jsonDocument(result.errors.map(errorElement));
  return jsonDocument([{ name: 'ok', namespace: undefined, attributes: {}, children: [], text: '' }]);
}

function readError(node: XmlElement): XmlRpcError {
  const text = (name: string): string | undefined => node.children.find((child) => child.name === name)?.text.trim();
  const badElement = node.children.find((child) => child.name === 'error-info')?.children.find((child) => child.name === 'bad-element')?.text.trim();
  const error: XmlRpcError = {
    type: (text('error-type') ?? 'protocol') as XmlRpcError['type'],
    tag: text('error-tag') ?? 'operation-failed',
    severity: text('error-severity') === 'warning' ? 'warning' : 'error',
    message: text('error-message') ?? '',
  };
  return badElement === undefined ? error : { ...error, badElement };
}

function findErrors(nodes: readonly XmlElement[], out: XmlRpcError[]): void {
  for (const node of nodes) {
    if (node.name === 'rpc-error') out.push(readError(node));
    else findErrors(node.children, out);
  }
}

/** The `<rpc-error>`s inside a payload (a failed load or commit), in document order. */
export function nestedErrors(payload: string): XmlRpcError[] {
  const out: XmlRpcError[] = [];
  findErrors(parseOrUndefined(payload) ?? [], out);
  return out;
}

// ---------- text ----------

function collectText(node: XmlElement, out: string[]): void {
  if (node.text.trim() !== '') out.push(node.text);
  for (const child of node.children) collectText(child, out);
}

/** The text a payload carries (`<output>` content and the like), entities decoded. */
function payloadText(payload: string): string {
  if (payload.trim() === '') return '';
  const nodes = parseOrUndefined(payload);
  if (nodes === undefined) return payload;
  const out: string[] = [];
  for (const node of nodes) collectText(node, out);
  const text = out.join('').replace(/^\n/, '');
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

function renderText(result: XmlRpcResult): string {
  const errors = result.errors.map((error) => `${error.severity === 'warning' ? 'warning' : 'error'}: ${error.message}\n`).join('');
  return errors + payloadText(result.payload);
}

// ---------- XML ----------

/** Declares `xmlns:junos` on the payload's first element when the payload uses the prefix. */
export function declareJunosPrefix(payload: string, release: string): string {
  if (!payload.includes('junos:') || payload.includes('xmlns:junos=')) return payload;
  return payload.replace(/^(\s*(?:<\?[^]*?\?>\s*|<!--[^]*?-->\s*)*<[A-Za-z_][\w.:-]*)/, `$1 xmlns:junos="http://xml.juniper.net/junos/${release}/junos"`);
}

function renderXml(result: XmlRpcResult, release: string): string {
  const payload = declareJunosPrefix(result.payload, release);
  const body = renderRpcErrorsXml(result.errors) + payload + (result.ok && payload.trim() === '' ? '<ok/>\n' : '');
  return body === '' || body.endsWith('\n') ? body : `${body}\n`;
}

// ---------- entry points ----------

export interface RenderOptions {
  readonly format: OutputFormat;
  /** The executor was asked for JSON (`format="json"`): its payload is the JSON document. */
  readonly jsonFromExecutor: boolean;
  /** The release of the `junos:` namespace (`17.3R1`). */
  readonly release: string;
}

/** One reply as a body of the asked format. */
export function renderResult(result: XmlRpcResult, options: RenderOptions): Rendered {
  const contentType = CONTENT_TYPES[options.format];
  switch (options.format) {
    case 'json':
      return { contentType, body: renderJson(result, options.jsonFromExecutor) };
    case 'text':
      return { contentType, body: renderText(result) };
    case 'xml':
      return { contentType, body: renderXml(result, options.release) };
  }
}

/** Errors of REST's own (a malformed request) as a body of the asked format. */
export function renderErrors(errors: readonly XmlRpcError[], format: OutputFormat, release: string): Rendered {
  return renderResult({ payload: '', ok: false, errors }, { format, jsonFromExecutor: false, release });
}

/** The parts as one `multipart/mixed` body. */
export function multipart(parts: readonly Rendered[]): Rendered {
  let boundary = JUNOS_BOUNDARY;
  for (let n = 0; parts.some((part) => part.body.includes(`--${boundary}`)); n += 1) boundary = `${JUNOS_BOUNDARY}${n}`;
  const body = parts.map((part) => `--${boundary}\r\nContent-Type: ${part.contentType}\r\n\r\n${part.body}\r\n`).join('') + `--${boundary}--\r\n`;
  return { contentType: `multipart/mixed; boundary=${boundary}`, body };
}
