/**
 * Reading a Junos REST request into Junos XML RPC requests (`XmlElement`s), as the REST API
 * guide describes them (clients.md §5):
 * - one RPC: `/rpc/METHOD[@attr=value…][/param[=value]…]`, more parameters from the query string
 *   (`?interface-name=em0&terse`) and, for POST, from the body: XML child elements
 *   (`<interface-name>em0</interface-name>`, the default) or, with `Content-Type: text/plain`,
 *   `name[=value]` items separated by line breaks or `&`; a name without `=value` is a flag
 *   element. A text/plain body that starts with `<` is XML all the same (a parameter name
 *   cannot start with `<`, and `fetch` labels every string body text/plain). Parameters keep
 *   that order: path, query, body.
 * - several RPCs: the body of `POST /rpc`, XML, optionally wrapped in `<rpc>…</rpc>`.
 * - the output format: `@format=` on the URL or a `format` attribute on the RPC, else the
 *   `Accept` header (the first supported type by q-value; `application/xml` by default).
 *
 * Owns that parsing and nothing else: no authentication, no execution, no rendering. Problems
 * come back as `{ problem }` with a sentence saying what was wrong; rest-api.ts makes them 400s.
 *
 * Choices [U]: path segments are percent-decoded after splitting, so a value with a slash is
 * written `%2F` (`/interface-name=ge-0%2F0%2F0`) or put in the query string; `+` in a query
 * string is a space (HTML form encoding), as Python's `requests` and curl `--data-urlencode`
 * write it; text/plain values are taken literally. `text/html` is not offered (it is skipped in
 * `Accept`); a browser's `Accept` therefore gets XML.
 */
import { parseXmlFragments, type XmlElement } from '../xml-rpc/index.js';

export type OutputFormat = 'xml' | 'json' | 'text';

export interface Problem {
  readonly problem: string;
}

export interface RpcUrl {
  readonly name: string;
  /** The attributes after `@` (`format` included), in order. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly params: readonly XmlElement[];
}

export const isProblem = (value: unknown): value is Problem => typeof value === 'object' && value !== null && 'problem' in value;

/** XML names as Junos RPCs and their parameters use them (no prefixes). */
const NAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

export function element(name: string, text = '', attributes: Readonly<Record<string, string>> = {}, children: readonly XmlElement[] = []): XmlElement {
  return { name, namespace: undefined, attributes, children, text };
}

function decode(part: string): string | Problem {
  try {
    return decodeURIComponent(part);
  } catch {
    return { problem: `bad percent-encoding in ${JSON.stringify(part)}: write %XX with two hex digits` };
  }
}

/** `name[=value]` → a parameter element (a flag when there is no value). */
function param(item: string, where: string): XmlElement | Problem {
  const at = item.indexOf('=');
  const name = at === -1 ? item : item.slice(0, at);
  if (!NAME.test(name)) return { problem: `${JSON.stringify(name)} in the ${where} is not a parameter name: write name=value or name, as interface-name=em0` };
  return element(name, at === -1 ? '' : item.slice(at + 1));
}

/**
 * The RPC of `/rpc/<rest>` (`rest` as sent, percent-encoded): its name, `@` attributes and
 * path parameters.
 */
export function parseRpcPath(rest: string): RpcUrl | Problem {
  const segments = rest.split('/');
  const head = segments.shift() ?? '';
  const [rawName = '', ...rawAttributes] = head.split('@');
  const name = decode(rawName);
  if (isProblem(name)) return name;
  if (!NAME.test(name)) return { problem: `${JSON.stringify(name)} is not an RPC name: use the Junos XML RPC tag, as /rpc/get-software-information` };
  const attributes: Record<string, string> = {};
  for (const raw of rawAttributes) {
    const text = decode(raw);
    if (isProblem(text)) return text;
    const at = text.indexOf('=');
    const attribute = at === -1 ? text : text.slice(0, at);
    if (!NAME.test(attribute) || at === -1) return { problem: `${JSON.stringify(text)} after @ is not an attribute: write @name=value, as @format=json` };
    attributes[attribute] = text.slice(at + 1);
  }
  const params: XmlElement[] = [];
  for (const raw of segments) {
    if (raw === '') continue;
    const text = decode(raw);
    if (isProblem(text)) return text;
    const parsed = param(text, 'path');
    if (isProblem(parsed)) return parsed;
    params.push(parsed);
  }
  return { name, attributes, params };
}

/** The parameters of a query string (without `?`), `stop-on-error` excepted when `skip` names it. */
export function queryParams(query: string, skip: readonly string[] = []): XmlElement[] | Problem {
  const params: XmlElement[] = [];
  for (const item of query.split('&')) {
    if (item === '') continue;
    const text = decode(item.replace(/\+/g, ' '));
    if (isProblem(text)) return text;
    const parsed = param(text, 'query string');
    if (isProblem(parsed)) return parsed;
    if (!skip.includes(parsed.name)) params.push(parsed);
  }
  return params;
}

/** The value of one query parameter (`''` for a bare flag), undefined when absent. */
export function queryValue(query: string, name: string): string | undefined {
  for (const item of query.split('&')) {
    const at = item.indexOf('=');
    if ((at === -1 ? item : item.slice(0, at)) === name) return at === -1 ? '' : item.slice(at + 1);
  }
  return undefined;
}

const isTextPlain = (contentType: string | undefined): boolean => /^\s*text\/plain\s*(;|$)/i.test(contentType ?? '');

function parseXml(body: string, what: string): XmlElement[] | Problem {
  try {
    return parseXmlFragments(body);
  } catch (caught) {
    return { problem: `the body is not well-formed XML (${(caught as Error).message}): send ${what}` };
  }
}

/** The parameters in the body of `POST /rpc/METHOD`. */
export function bodyParams(body: string, contentType: string | undefined): XmlElement[] | Problem {
  if (body.trim() === '') return [];
  if (isTextPlain(contentType) && !body.trimStart().startsWith('<')) {
    const params: XmlElement[] = [];
    for (const item of body.split(/\r?\n|&/)) {
      if (item.trim() === '') continue;
      const parsed = param(item.trim(), 'body');
      if (isProblem(parsed)) return parsed;
      params.push(parsed);
    }
    return params;
  }
  return parseXml(body, 'the parameters as elements, as <interface-name>em0</interface-name>');
}

/** The RPCs in the body of `POST /rpc`, in order (an `<rpc>` wrapper is opened). */
export function bodyRpcs(body: string): readonly XmlElement[] | Problem {
  const example = 'one or more RPCs, as <get-software-information/><get-route-engine-information/>';
  if (body.trim() === '') return { problem: `the body is empty: send ${example}` };
  const parsed = parseXml(body, example);
  if (isProblem(parsed)) return parsed;
  const only = parsed.length === 1 ? parsed[0] : undefined;
  const rpcs: readonly XmlElement[] = only?.name === 'rpc' ? only.children : parsed;
  if (rpcs.length === 0) return { problem: `no RPC in the body: send ${example}` };
  return rpcs;
}

/** The REST output of a `format` attribute (`set`: text), undefined for one REST does not know. */
export function formatOf(value: string): OutputFormat | undefined {
  switch (value.toLowerCase()) {
    case 'xml':
      return 'xml';
    case 'json':
      return 'json';
    case 'text':
    case 'ascii':
    case 'set':
      return 'text';
    default:
      return undefined;
  }
}

const ACCEPTED: Readonly<Record<string, OutputFormat>> = {
  'application/xml': 'xml',
  'text/xml': 'xml',
  'application/json': 'json',
  'text/plain': 'text',
  'application/*': 'xml',
  '*/*': 'xml',
};

/** The output format an `Accept` header asks for: the supported type of highest q, else XML. */
export function acceptFormat(accept: string | undefined): OutputFormat {
  if (accept === undefined) return 'xml';
  const ranked = accept
    .split(',')
    .map((entry, index) => {
      const [type = '', ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase());
      const q = parameters.find((parameter) => parameter.startsWith('q='));
      return { type, q: q === undefined ? 1 : Number(q.slice(2)) || 0, index };
    })
    .filter((entry) => entry.q > 0 && ACCEPTED[entry.type] !== undefined)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0] === undefined ? 'xml' : (ACCEPTED[ranked[0].type] as OutputFormat);
}
