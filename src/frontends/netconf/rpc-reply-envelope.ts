/**
 * The `<rpc-reply>` envelope as default Junos writes it (clients.md §1.5, §1.6), around what the
 * xml-rpc executor answered.
 *
 * Owns the start tag, the `<ok/>` rule and the `<rpc-error>` layout. It does not render
 * payloads (they come rendered) nor frame (framing.ts).
 *
 * Layout, as in real replies (an 18.2R1 session, a 15.1X49 Ansible log):
 *   <rpc-reply xmlns="urn:ietf:params:xml:ns:netconf:base:1.0" xmlns:junos="http://xml.juniper.net/junos/17.3R1/junos" ECHO>
 *   ...errors, payload or <ok/>, each on its own lines...
 *   </rpc-reply>
 * - No XML declaration (ncclient's Junos handler cannot parse a reply that has one).
 * - ECHO: every attribute of the request's `<rpc>`, as written and in its order (`xmlns:nc=…`,
 *   `message-id=…`, anything else), except `xmlns` and `xmlns:junos`, which the reply declares
 *   itself (a second declaration would make it malformed).
 * - `<ok/>` only when the executor said ok and no error has severity `error`: never a top-level
 *   `<ok/>` beside a real error (ncclient would ignore the error). Warnings come before it.
 * - `<rpc-error>`: error-type, error-tag, error-severity, error-path (when there is one),
 *   error-message (on one line, as Junos's `syntax error` replies have it), error-info with
 *   bad-element and any further info the executor rendered. Errors come before the payload.
 *   They inherit the NETCONF default namespace, as do `<ok/>` and payloads without their own.
 *   Not xml-rpc's `renderRpcErrorXml` (message between line breaks, after error-info: the shape
 *   of errors inside `<load-configuration-results>` / `<commit-results>`): ncclient does not
 *   strip a lone top-level error's message, so `RPCError.message` must be exactly `syntax error`.
 */
import { escapeXmlAttribute, escapeXmlText } from '../../config/xml-escape.js';
import type { XmlRpcError } from '../xml-rpc/xml-rpc-types.js';
import { NETCONF_NS, type RawAttribute } from './netconf-xml.js';

/** The `junos:` namespace of a release (`17.3R1`). */
export function junosNamespaceUri(release: string): string {
  return `http://xml.juniper.net/junos/${release}/junos`;
}

/** Names the reply declares itself and so does not echo. */
const OWN_DECLARATIONS = new Set(['xmlns', 'xmlns:junos']);

export interface ReplyParts {
  /** The release for `xmlns:junos` (`17.3R1`). */
  readonly release: string;
  /** The `<rpc>` attributes to echo (as written); empty when there was no readable `<rpc>`. */
  readonly echo: readonly RawAttribute[];
  readonly errors: readonly XmlRpcError[];
  /** Rendered payload elements (may be empty). */
  readonly payload: string;
  /** The executor's ok: `<ok/>` is written only if no error has severity error. */
  readonly ok: boolean;
}

/** The `<rpc-reply …>` start tag. */
export function replyStartTag(release: string, echo: readonly RawAttribute[]): string {
  const echoed = echo
    .filter((attribute) => !OWN_DECLARATIONS.has(attribute.name))
    .map((attribute) => ` ${attribute.name}="${escapeXmlAttribute(attribute.value)}"`)
    .join('');
  return `<rpc-reply xmlns="${NETCONF_NS}" xmlns:junos="${junosNamespaceUri(release)}"${echoed}>`;
}

/** One `<rpc-error>`, ending with a line break. */
export function renderRpcError(error: XmlRpcError): string {
  const lines = [
    '<rpc-error>',
    `<error-type>${error.type}</error-type>`,
    `<error-tag>${escapeXmlText(error.tag)}</error-tag>`,
    `<error-severity>${error.severity}</error-severity>`,
  ];
  if (error.path !== undefined) lines.push(`<error-path>${escapeXmlText(error.path)}</error-path>`);
  lines.push(`<error-message>${escapeXmlText(error.message)}</error-message>`);
  if (error.badElement !== undefined || error.infoXml !== undefined) {
    lines.push('<error-info>');
    if (error.badElement !== undefined) lines.push(`<bad-element>${escapeXmlText(error.badElement)}</bad-element>`);
    if (error.infoXml !== undefined && error.infoXml !== '') lines.push(error.infoXml.replace(/\n$/, ''));
    lines.push('</error-info>');
  }
  lines.push('</rpc-error>');
  return `${lines.join('\n')}\n`;
}

/** Whether a reply with these errors may say `<ok/>`. */
export function mayBeOk(ok: boolean, errors: readonly XmlRpcError[]): boolean {
  return ok && !errors.some((error) => error.severity === 'error');
}

/** The whole `<rpc-reply>`, without the framing delimiter. */
export function renderRpcReply(parts: ReplyParts): string {
  const body = [parts.errors.map(renderRpcError).join('')];
  if (parts.payload !== '') body.push(parts.payload.endsWith('\n') ? parts.payload : `${parts.payload}\n`);
  if (mayBeOk(parts.ok, parts.errors)) body.push('<ok/>\n');
  return `${replyStartTag(parts.release, parts.echo)}\n${body.join('')}</rpc-reply>`;
}
