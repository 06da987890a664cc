/**
 * `configAccess(...)`: the `ConfigAccess` of one NETCONF or REST session, over the mgd
 * `ConfigDatabase` of the RE the session is on.
 *
 * Owns when the session's mgd configuration session opens and closes:
 * - `session()` opens a shared one on first use (Junos's default for a NETCONF session that edits
 *   without `<open-configuration>`), as the login's user with client `netconf` (REST passes
 *   `rest`, which history shows `via junoscript`), and pid = the NETCONF session id, so a lock
 *   error's `<session-id>` is the holder's NETCONF session id (Junos's session-id is mgd's pid).
 * - `openPrivate()` (`<open-configuration><private/>`) closes a shared session first (keeping
 *   its shared changes, as leaving `configure` does) and opens a private copy; mgd refuses it
 *   while the shared candidate holds uncommitted changes.
 * - `close()` (`<close-configuration/>`, the session's end) closes it: a lock is released with
 *   its changes discarded, a private copy dropped.
 * - Permission: opening needs `mayConfigure` (Junos's `configure` flag); refused with
 *   `permission denied`.
 * Choices:
 * - A session closed from outside (the RE rebooted, `commit synchronize force` from the other
 *   RE) is replaced by a new shared one on next use; a private one answers `configuration
 *   session is closed` until `close()` [U].
 * - The RE's mgd not running → `the management daemon is not running` (the CLI's words).
 */
import type { RoutingEngineSlot } from '../../config/groups.js';
import type { CommitClient, ConfigSession } from '../../daemons/mgd/index.js';
import type { Router } from '../../router/index.js';
import { mayConfigure, type Login } from '../auth/index.js';
import { fromMgdError, rpcError } from './rpc-errors.js';
import type { ConfigAccess, XmlRpcError } from './xml-rpc-types.js';

export interface ConfigAccessOptions {
  readonly router: Router;
  readonly slot: RoutingEngineSlot;
  readonly login: Login;
  /** The NETCONF session id (REST: the request's number). */
  readonly sessionId: number;
  /** `netconf` (default) or `rest`. */
  readonly client?: CommitClient;
}

type Opened = ConfigSession | { readonly error: XmlRpcError };

export const MGD_NOT_RUNNING = 'the management daemon is not running';

export function configAccess(options: ConfigAccessOptions): ConfigAccess {
  const { router, slot, login, sessionId } = options;
  const client = options.client ?? 'netconf';
  let current: ConfigSession | undefined;
  let wantPrivate = false;

  const open = (mode: 'shared' | 'private'): Opened => {
    if (!mayConfigure(login)) return { error: rpcError('permission denied') };
    const database = router.re(slot).database;
    if (database === undefined || database.closed) return { error: rpcError(MGD_NOT_RUNNING) };
    const opened = database.openSession({ user: login.user, client, mode, pid: sessionId });
    if (!opened.ok) return { error: fromMgdError(opened.error)[0] ?? rpcError('configuration session refused') };
    current = opened.value;
    wantPrivate = mode === 'private';
    return current;
  };

  return {
    session(): Opened {
      if (current?.isOpen === true) return current;
      if (current !== undefined && wantPrivate) return { error: rpcError('configuration session is closed') };
      current = undefined;
      return open('shared');
    },
    openPrivate(): Opened {
      if (current?.isOpen === true && current.mode === 'private') return current;
      current?.close();
      current = undefined;
      return open('private');
    },
    close(): void {
      current?.close();
      current = undefined;
      wantPrivate = false;
    },
    current(): ConfigSession | undefined {
      return current?.isOpen === true ? current : undefined;
    },
  };
}
