/**
 * The Junos XML RPC executor, the public face of this folder for the NETCONF session and the
 * REST API: parse a request (`xml-parse.ts`), give each session a `ConfigAccess`
 * (`config-access.ts`), run a request (`xml-rpc-executor.ts`), render the top-level errors of a
 * result (`rpc-errors.ts`). It owns nothing itself.
 */
export { configAccess, type ConfigAccessOptions } from './config-access.js';
export { renderRpcErrorXml, renderRpcErrorsXml } from './rpc-errors.js';
export { parseXmlDocument, parseXmlFragments, XmlParseError } from './xml-parse.js';
export { executeRpc, isKnownRpc, XML_RPC_HANDLERS, type XmlRpcHandler } from './xml-rpc-executor.js';
export { xmlElement } from './xml-element.js';
export { rpcFailed, type ConfigAccess, type XmlElement, type XmlRpcContext, type XmlRpcError, type XmlRpcResult } from './xml-rpc-types.js';
