/**
 * The executor context of one REST request. REST has no session, so every HTTP request gets
 * its own `XmlRpcContext` (a new session id, the login, the landing RE) and its own
 * configuration access (xml-rpc's `configAccess`, client `rest`: history shows the commits
 * "via junoscript", as Junos does for REST), closed when the response is ready. All the RPCs
 * of one `POST /rpc` share it, so `lock` / `load` / `commit` / `unlock` in one body act on one
 * candidate and one lock; closing releases a lock the request still holds and discards what it
 * left uncommitted under it, as the end of a NETCONF session does.
 *
 * Owns only that lifetime; what opening a configuration session means is config-access.ts's.
 */
import type { RoutingEngineSlot } from '../../config/groups.js';
import type { Router } from '../../router/index.js';
import type { Login } from '../auth/index.js';
import { configAccess, type XmlRpcContext } from '../xml-rpc/index.js';

export interface RestContext {
  readonly context: XmlRpcContext;
  /** Closes the configuration session of the request, if one was opened. */
  end(): void;
}

/** The context of one request by `login` on the RE in `slot`. */
export function restContext(router: Router, slot: RoutingEngineSlot, login: Login, sessionId: number): RestContext {
  const config = configAccess({ router, slot, login, sessionId, client: 'rest' });
  return { context: { router, slot, login, sessionId, config }, end: () => config.close() };
}
