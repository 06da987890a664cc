/**
 * `executeRpc(request, context)`: runs one Junos XML RPC — the element inside NETCONF's `<rpc>`,
 * or one RPC of a REST body — and answers an `XmlRpcResult` (no `<rpc-reply>`: NETCONF and REST
 * wrap it their own way).
 *
 * Owns dispatch, by the request's local name (whatever namespace the client put it in,
 * clients.md §1.4), through one explicit table:
 * - the configuration and session RPCs below, each in its own module;
 * - then every operational RPC of the registry (`operational-rpc.ts`);
 * - anything else is refused as Junos does: `<rpc-error>` protocol / operation-failed / error,
 *   `syntax error`, `<bad-element>` the RPC's name (PyEZ's RpcError, clients.md §1.6).
 * Handlers never throw for bad input; an exception from below (a bug, a simulated crash) is the
 * caller's to report.
 */
import { rpcRegistry } from '../../rpc/rpc-table.js';
import { runCommand } from './command-rpc.js';
import { commitConfigurationRpc, netconfCommitRpc, validateRpc } from './commit-rpc.js';
import { viewWith } from './configuration-source.js';
import { getConfigurationRpc } from './get-configuration-rpc.js';
import { loadConfigurationRpc } from './load-configuration-rpc.js';
import { lockConfigurationRpc, netconfLockRpc, netconfUnlockRpc, unlockConfigurationRpc } from './lock-rpcs.js';
import { editConfigRpc, getConfigRpc } from './netconf-config-rpcs.js';
import { runRegisteredRpc } from './operational-rpc.js';
import { syntaxErrorFor } from './rpc-errors.js';
import { closeConfigurationRpc, closeSessionRpc, discardChangesRpc, killSessionRpc, openConfigurationRpc } from './session-rpcs.js';
import { errorResult } from './xml-rpc-result.js';
import type { XmlElement, XmlRpcContext, XmlRpcResult } from './xml-rpc-types.js';

export type XmlRpcHandler = (request: XmlElement, context: XmlRpcContext) => XmlRpcResult | Promise<XmlRpcResult>;

/** The RPCs answered here rather than by the operational registry. */
export const XML_RPC_HANDLERS: Readonly<Record<string, XmlRpcHandler>> = Object.freeze({
  // Junos
  command: (request, context) => runCommand(request, viewWith(context), context.login),
  'get-configuration': getConfigurationRpc,
  'load-configuration': loadConfigurationRpc,
  'commit-configuration': commitConfigurationRpc,
  'lock-configuration': lockConfigurationRpc,
  'unlock-configuration': unlockConfigurationRpc,
  'open-configuration': openConfigurationRpc,
  'close-configuration': closeConfigurationRpc,
  // NETCONF (RFC 6241)
  'get-config': getConfigRpc,
  'edit-config': editConfigRpc,
  lock: netconfLockRpc,
  unlock: netconfUnlockRpc,
  commit: netconfCommitRpc,
  validate: validateRpc,
  'discard-changes': discardChangesRpc,
  'close-session': closeSessionRpc,
  'kill-session': killSessionRpc,
});

/** Whether `name` is an RPC the executor answers (the table or the registry). */
export function isKnownRpc(name: string): boolean {
  return Object.hasOwn(XML_RPC_HANDLERS, name) || rpcRegistry.get(name) !== undefined;
}

/** Runs `request` (the element inside `<rpc>`) in `context`. */
export async function executeRpc(request: XmlElement, context: XmlRpcContext): Promise<XmlRpcResult> {
  const handler = Object.hasOwn(XML_RPC_HANDLERS, request.name) ? XML_RPC_HANDLERS[request.name] : undefined;
  if (handler !== undefined) return handler(request, context);
  const rpc = rpcRegistry.get(request.name);
  if (rpc !== undefined) return runRegisteredRpc(request, rpc, viewWith(context), context.login);
  return errorResult(syntaxErrorFor(request.name));
}
