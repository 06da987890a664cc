/**
 * The NETCONF front end: NETCONF 1.0 over SSH as default Junos speaks it. The public face of this
 * folder; it owns nothing itself.
 *
 * - framing.ts: the `]]>]]>` codec (no chunked framing; base:1.1 is not advertised).
 * - netconf-xml.ts: a message read into the xml-rpc seam's `XmlElement`.
 * - hello.ts: the server hello and the check of the client's.
 * - rpc-reply-envelope.ts: `<rpc-reply>`, `<ok/>`, `<rpc-error>`.
 * - netconf-session.ts: one session on one channel, RPCs run through the xml-rpc executor.
 * - session-registry.ts: the live sessions and ids of a router (`<kill-session>`).
 * - netconf-access.ts: the SSH handlers of a NETCONF port (subsystem, exec fallback).
 */
export { DEFAULT_MAX_MESSAGE_BYTES, EOM, EomDecoder, encodeMessage, type EomDecoderOptions, type Frame, type MessageFrame, type TooBigFrame } from './framing.js';
export { BASE_1_0, checkClientHello, renderServerHello, SERVER_CAPABILITIES, type ClientHello, type HelloCheck, type ServerHelloOptions } from './hello.js';
export { netconfAccess, XML_MODE_COMMAND, type NetconfAccessOptions, type NetconfSessionInfo, type NetconfTarget } from './netconf-access.js';
export { NetconfSession, type EndReason, type ExecuteRpc, type NetconfSessionOptions } from './netconf-session.js';
export { MalformedMessageError, NETCONF_NS, parseNetconfMessage, type ParsedMessage, type RawAttribute } from './netconf-xml.js';
export { junosNamespaceUri, renderRpcError, renderRpcReply, replyStartTag, type ReplyParts } from './rpc-reply-envelope.js';
export { NetconfSessions, type LiveSession, type NetconfSessionsOptions } from './session-registry.js';
