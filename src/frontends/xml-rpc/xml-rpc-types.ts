/**
 * The seam shared by the NETCONF and REST front ends: a Junos XML RPC request as parsed (names
 * without namespaces, as Junos accepts them with or without), the context it runs in, and what
 * running it gives. `xml-rpc-executor.ts` runs a request (operational RPCs of the registry, the
 * `command` RPC, configuration and session RPCs); NETCONF wraps the answer in `<rpc-reply>`
 * with its framing, REST in an HTTP response.
 */
import type { RoutingEngineSlot } from '../../config/groups.js';
import type { ConfigSession } from '../../daemons/mgd/index.js';
import type { Router } from '../../router/index.js';
import type { Login } from '../auth/index.js';

/** An element of a request, namespace-agnostic: `name` is the local name. */
export interface XmlElement {
  readonly name: string;
  /** The namespace URI as given (undefined when none), for replies that must echo it. */
  readonly namespace: string | undefined;
  /** Attributes by local name (`message-id`, `format`, `action`). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's direct text content, entities decoded (not trimmed). */
  readonly text: string;
}

/** One error as NETCONF's `<rpc-error>` carries it (clients.md §1.6). */
export interface XmlRpcError {
  readonly type: 'transport' | 'rpc' | 'protocol' | 'application';
  readonly tag: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly badElement?: string;
  /**
   * Extra children of `<error-info>`, already rendered as XML, written after `<bad-element>`
   * (e.g. `<session-id>5</session-id>` of a refused lock). `renderRpcErrorXml` writes the whole
   * error.
   */
  readonly infoXml?: string;
  /** Junos's `<error-path>` (`[edit system]`), when it has one. */
  readonly path?: string;
}

/** The configuration side of a session: opened on first use, `private` after open-configuration. */
export interface ConfigAccess {
  /** The mgd session of this NETCONF/REST session (opened shared on first use). */
  session(): ConfigSession | { readonly error: XmlRpcError };
  /** `<open-configuration><private/>`: replaces the shared session by a private one. */
  openPrivate(): ConfigSession | { readonly error: XmlRpcError };
  /** `<close-configuration/>` and the end of the NETCONF session. */
  close(): void;
  /** The session if one is open now, without opening one (reads of the candidate). */
  current(): ConfigSession | undefined;
}

/** What an RPC runs with. */
export interface XmlRpcContext {
  readonly router: Router;
  /** The RE the session is on. */
  readonly slot: RoutingEngineSlot;
  readonly login: Login;
  /** The NETCONF session id (REST: a number per request). */
  readonly sessionId: number;
  readonly config: ConfigAccess;
  /** `<kill-session>`: ends another NETCONF session on the same RE; false when there is none. */
  readonly killSession?: (id: number) => boolean;
}

/**
 * What running a request gives: the reply's content as XML text (without `<rpc-reply>`, may be
 * empty), plus `ok` for replies that are just `<ok/>`; errors and warnings as `<rpc-error>`s.
 * `close` asks the transport to end the session after replying (`<close-session/>`).
 */
export interface XmlRpcResult {
  /** The payload elements, already rendered (Junos's namespaces included where they belong). */
  readonly payload: string;
  /** The reply is `<ok/>` (only when there is no payload and no error of severity error). */
  readonly ok: boolean;
  readonly errors: readonly XmlRpcError[];
  readonly close?: boolean;
  /**
   * The RPC failed although `errors` may be empty: Junos puts the errors of a load or a commit
   * inside the payload (`<load-configuration-results>`, `<commit-results>`). REST's
   * `stop-on-error` reads `rpcFailed(result)`.
   */
  readonly failed?: boolean;
}

/** Whether the RPC failed: an error of severity error, or `failed`. */
export function rpcFailed(result: XmlRpcResult): boolean {
  return result.failed === true || result.errors.some((error) => error.severity === 'error');
}
