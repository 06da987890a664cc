/**
 * The NETCONF `<hello>` exchange as default Junos (not `rfc-compliant`) does it: the server's
 * hello, written the moment the channel opens, and the check of the client's.
 *
 * Owns the capability list, the text of the server hello and what makes a client hello
 * acceptable. It does not frame (framing.ts) nor decide what happens after a bad hello
 * (netconf-session.ts closes the session).
 *
 * The server hello, byte for byte as real Junos 15.x–22.x send it (clients.md §1.2; public
 * captures, e.g. 18.2R1): two comments (`No zombies…`, then `user NAME, class CLASS` with the
 * class as Junos reports it: `j-super-user`, root's `super-user`), `<hello>` in the NETCONF
 * default namespace with two-space indentation, the thirteen capabilities below, the session id.
 * Not advertised: `urn:ietf:params:netconf:base:1.1` (no chunked framing: framing.ts), YANG
 * module capabilities.
 *
 * A client hello is accepted when it is a `<hello>` (NETCONF namespace or none) whose
 * `<capabilities>` lists base:1.0 (either URI form, RFC 4741's
 * `urn:ietf:params:xml:ns:netconf:base:1.0` included) and which carries no `<session-id>` (RFC
 * 6241 §8.1: a client must not send one). ncclient also offers base:1.1: ignored.
 */
import type { XmlElement } from '../xml-rpc/xml-rpc-types.js';
import { isNetconfOrUnqualified, NETCONF_NS } from './netconf-xml.js';

export const BASE_1_0 = 'urn:ietf:params:netconf:base:1.0';

/** What Junos advertises, in its order. */
export const SERVER_CAPABILITIES: readonly string[] = [
  BASE_1_0,
  'urn:ietf:params:netconf:capability:candidate:1.0',
  'urn:ietf:params:netconf:capability:confirmed-commit:1.0',
  'urn:ietf:params:netconf:capability:validate:1.0',
  'urn:ietf:params:netconf:capability:url:1.0?scheme=http,ftp,file',
  'urn:ietf:params:xml:ns:netconf:base:1.0',
  'urn:ietf:params:xml:ns:netconf:capability:candidate:1.0',
  'urn:ietf:params:xml:ns:netconf:capability:confirmed-commit:1.0',
  'urn:ietf:params:xml:ns:netconf:capability:validate:1.0',
  'urn:ietf:params:xml:ns:netconf:capability:url:1.0?protocol=http,ftp,file',
  'urn:ietf:params:xml:ns:yang:ietf-netconf-monitoring',
  'http://xml.juniper.net/netconf/junos/1.0',
  'http://xml.juniper.net/dmi/system/1.0',
];

/** The capabilities that say "I speak NETCONF 1.0". */
const BASE_1_0_FORMS: readonly string[] = [BASE_1_0, 'urn:ietf:params:xml:ns:netconf:base:1.0'];

const NO_ZOMBIES = '<!-- No zombies were killed during the creation of this user interface -->';

export interface ServerHelloOptions {
  readonly sessionId: number;
  /** The login name (`lab`). */
  readonly user: string;
  /** The class as Junos reports it (`j-super-user`; Login.reportedClass). */
  readonly reportedClass: string;
}

/** A comment's text made safe: `--` cannot appear inside an XML comment. */
function commentSafe(text: string): string {
  return text.replace(/-(?=-)/g, '- ').replace(/-$/, '- ');
}

/** The server hello, without the framing delimiter. */
export function renderServerHello(options: ServerHelloOptions): string {
  return [
    NO_ZOMBIES,
    `<!-- user ${commentSafe(options.user)}, class ${commentSafe(options.reportedClass)} -->`,
    `<hello xmlns="${NETCONF_NS}">`,
    '  <capabilities>',
    ...SERVER_CAPABILITIES.map((capability) => `    <capability>${capability}</capability>`),
    '  </capabilities>',
    `  <session-id>${options.sessionId}</session-id>`,
    '</hello>',
  ].join('\n');
}

/** What the client said in an accepted hello. */
export interface ClientHello {
  readonly capabilities: readonly string[];
}

export type HelloCheck = { readonly ok: true; readonly hello: ClientHello } | { readonly ok: false; readonly problem: string };

/** Whether `element` is a hello at all (then `checkClientHello` says whether it is a good one). */
export function isHello(element: XmlElement): boolean {
  return element.name === 'hello' && isNetconfOrUnqualified(element);
}

/** Checks a client's `<hello>`. */
export function checkClientHello(element: XmlElement): HelloCheck {
  if (!isHello(element)) return { ok: false, problem: `expected <hello>, got <${element.name}>` };
  if (element.children.some((child) => child.name === 'session-id')) return { ok: false, problem: 'a client hello must not carry a session-id' };
  const lists = element.children.filter((child) => child.name === 'capabilities');
  if (lists.length !== 1) return { ok: false, problem: 'the hello must have one <capabilities>' };
  const capabilities = (lists[0] as XmlElement).children.filter((child) => child.name === 'capability').map((child) => child.text.trim());
  if (!capabilities.some((capability) => BASE_1_0_FORMS.includes(capability))) {
    return { ok: false, problem: `the client does not offer ${BASE_1_0}` };
  }
  return { ok: true, hello: { capabilities } };
}
