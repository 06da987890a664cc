/**
 * Test support for the executor (not used by production code): a booted router on a simulated
 * clock (`bootedLab`), sessions on an RE as a login (lab, super-user by default), and running an
 * RPC given as XML text.
 */
import type { RoutingEngineSlot } from '../../../config/groups.js';
import { bootedLab, type Lab } from '../../../router/test-router.js';
import { loginOf, type Login } from '../../auth/index.js';
import { configAccess } from '../config-access.js';
import { parseXmlDocument, parseXmlFragments } from '../xml-parse.js';
import { executeRpc } from '../xml-rpc-executor.js';
import type { XmlElement, XmlRpcContext, XmlRpcResult } from '../xml-rpc-types.js';

export interface RpcSession {
  readonly context: XmlRpcContext;
  /** Runs the RPC written as XML text. */
  run(xml: string): Promise<XmlRpcResult>;
  close(): void;
}

let nextSessionId = 100;

export function loginOn(lab: Lab, slot: RoutingEngineSlot, user: string): Login {
  const config = lab.router.re(slot).expanded();
  const login = config === undefined ? undefined : loginOf(config, user);
  if (login === undefined) throw new Error(`${user} cannot log in on ${slot}`);
  return login;
}

export function openSession(lab: Lab, options: { slot?: RoutingEngineSlot; user?: string; login?: Login; killSession?: (id: number) => boolean } = {}): RpcSession {
  const slot = options.slot ?? 're0';
  const login = options.login ?? loginOn(lab, slot, options.user ?? 'lab');
  const sessionId = nextSessionId;
  nextSessionId += 1;
  const config = configAccess({ router: lab.router, slot, login, sessionId });
  const context: XmlRpcContext = { router: lab.router, slot, login, sessionId, config, ...(options.killSession === undefined ? {} : { killSession: options.killSession }) };
  return {
    context,
    run: (xml) => executeRpc(parseXmlDocument(xml), context),
    close: () => config.close(),
  };
}

/** A booted lab (MX960 r1, re0 master). */
export function rpcLab(): Lab {
  return bootedLab();
}

/** The payload's top-level elements. */
export function payloadElements(result: XmlRpcResult): XmlElement[] {
  return parseXmlFragments(result.payload);
}

/** Every element named `name` at or below `roots`, in document order. */
export function findAll(roots: XmlElement | readonly XmlElement[], name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (element: XmlElement): void => {
    if (element.name === name) found.push(element);
    element.children.forEach(visit);
  };
  (Array.isArray(roots) ? roots : [roots]).forEach(visit);
  return found;
}

/** The trimmed texts of every element named `name` in the payload. */
export function textsOf(result: XmlRpcResult, name: string): string[] {
  return findAll(payloadElements(result), name).map((element) => element.text.trim());
}
