/**
 * How an SSH connection to a router's NETCONF port (830 on Junos) becomes a NETCONF session:
 * which RE it lands on, who may log in, which channel requests start a session. The SSH
 * transport is given these handlers (its `SshHandlers`); one set per listening address, like
 * cli-access.ts, whose targets and login rules these follow:
 * - `master`: lands on the RE that is master at login; the session closes when that RE stops
 *   being master (the address moves away). `re0` / `re1`: that RE's own address.
 * - Logins are checked against the configuration the landing RE has committed (src/frontends/
 *   auth; passwords through its shared login cache); a session also ends when its RE halts.
 *
 * Channel requests:
 * - subsystem `netconf`: a session, when the RE has `system services netconf ssh` (the statement
 *   that enables NETCONF over SSH); refused otherwise, and every other subsystem is refused.
 *   ncclient and PyEZ then fall back to the exec request below.
 * - exec `xml-mode netconf need-trailer` (ncclient's Junos fallback; words separated by any
 *   blanks): a session, when the RE has `system services ssh` or `netconf ssh` (on Junos this is
 *   the CLI's way in over port 22). Same protocol and framing as the subsystem: `need-trailer`
 *   asks for the `]]>]]>` after every message, which is what retwin always writes. Any other
 *   command is refused (`undefined`), so that a caller serving the CLI port can try this exec
 *   handler first and its own after.
 * - shell: [U] Junos's port 830 speaks nothing but NETCONF, so a shell (with or without a pty)
 *   gets a NETCONF session too, under the subsystem's condition; without `netconf ssh` it says
 *   so on one line and closes with status 1.
 *
 * Owns the session ids' allocation (through the router's `NetconfSessions`), the registry entry
 * and the XmlRpcContext of each session (its `killSession` ends another session on the same RE).
 * The configuration side (`ConfigAccess`, xml-rpc's by default) is made when the session starts
 * (it opens its mgd session on first use) and closed when it ends (locks and private candidates
 * go with it).
 */
import type { RoutingEngineSlot } from '../../config/groups.js';
import type { ConfigNode } from '../../config/node.js';
import type { Router } from '../../router/index.js';
import { namespaceRelease } from '../../rpc/junos-format.js';
import { cachedCheckPassword, checkPublicKey, type Login } from '../auth/index.js';
import type { ChannelSession, LoginIdentity, SessionChannel } from '../session-channel.js';
import { configAccess } from '../xml-rpc/config-access.js';
import type { ConfigAccess, XmlRpcContext } from '../xml-rpc/xml-rpc-types.js';
import { NetconfSession, type ExecuteRpc } from './netconf-session.js';
import { Landings, type Landed } from '../landing.js';
import type { NetconfSessions } from './session-registry.js';

export type NetconfTarget = 'master' | RoutingEngineSlot;

/** What the caller's `configAccess` is told about a new session. */
export interface NetconfSessionInfo {
  readonly router: Router;
  readonly slot: RoutingEngineSlot;
  readonly login: Login;
  readonly sessionId: number;
}

export interface NetconfAccessOptions {
  readonly router: Router;
  readonly target: NetconfTarget;
  /** Runs one RPC: the xml-rpc executor (`executeRpc`). */
  readonly execute: ExecuteRpc;
  /** The router's live sessions and session ids (one per router, shared by its addresses). */
  readonly sessions: NetconfSessions;
  /** The configuration side of a new session; xml-rpc's `configAccess` (client `netconf`) by default. */
  readonly configAccess?: (session: NetconfSessionInfo) => ConfigAccess;
  /** Serve the `netconf` subsystem (default true); false leaves only the exec fallback. */
  readonly subsystem?: boolean;
  /** The bound on one incoming message (framing.ts's 64 MiB when absent). */
  readonly maxMessageBytes?: number;
  readonly onError?: (error: Error, where: string) => void;
  /** Shared with the CLI handlers of the same port (a new one when absent). */
  readonly landings?: Landings;
}

/** The exec command of ncclient's Junos fallback. */
export const XML_MODE_COMMAND = 'xml-mode netconf need-trailer';

interface Remote {
  readonly address: string;
  readonly port: number;
}

/** Whether the statement at `path` is configured (and active) in `config`. */
function configured(config: ConfigNode | undefined, path: readonly string[]): boolean {
  let node = config;
  for (const name of path) {
    node = node?.child(name);
    if (node === undefined || node.inactive) return false;
  }
  return node !== undefined;
}

const NETCONF_SSH = ['system', 'services', 'netconf', 'ssh'];
const SSH = ['system', 'services', 'ssh'];

/** The SSH handlers of the NETCONF port of one address of `options.router`. */
export function netconfAccess(options: NetconfAccessOptions) {
  const { router, target, sessions } = options;
  const landings = options.landings ?? new Landings(router, target);
  const decide = (user: string, remote: Remote, check: (config: ConfigNode) => Login | undefined): LoginIdentity | undefined => landings.decide(user, remote, check);

  /** Where `identity` landed, if that RE still runs and has `path` configured. */
  const servedOn = (identity: LoginIdentity, ...paths: (readonly string[])[]): Landed | undefined => {
    const where = landings.get(identity);
    if (where === undefined) return undefined;
    const re = router.re(where.slot);
    if (re.power !== 'running') return undefined;
    const config = re.expanded();
    return paths.some((path) => configured(config, path)) ? where : undefined;
  };

  const start = (where: Landed, channel: SessionChannel): NetconfSession => {
    const { slot, login } = where;
    const re = router.re(slot);
    const sessionId = sessions.allocate();
    const info: NetconfSessionInfo = { router, slot, login, sessionId };
    const config = options.configAccess?.(info) ?? configAccess(info);
    const context: XmlRpcContext = { router, slot, login, sessionId, config, killSession: (id) => sessions.kill(slot, id, sessionId) };
    const stops: (() => void)[] = [];
    const session = new NetconfSession({
      channel,
      context,
      execute: options.execute,
      release: namespaceRelease(re.software.junosVersion),
      now: () => router.clock.now(),
      ...(options.maxMessageBytes === undefined ? {} : { maxMessageBytes: options.maxMessageBytes }),
      ...(options.onError === undefined ? {} : { onError: options.onError }),
      onEnd: () => {
        sessions.remove(sessionId);
        for (const stop of stops.splice(0)) stop();
        config.close();
      },
    });
    sessions.add({ id: sessionId, slot, user: login.user, kill: () => session.kill() });
    stops.push(re.onPowerChange((power) => power !== 'running' && session.close()));
    if (target === 'master') stops.push(re.onRoleChange(({ to }) => to !== 'master' && session.close()));
    return session;
  };

  return {
    checkPassword(user: string, password: string, remote: Remote): LoginIdentity | undefined {
      return decide(user, remote, (config) => cachedCheckPassword(config, user, password));
    },

    checkPublicKey(user: string, key: { readonly algorithm: string; readonly data: Buffer }, remote: Remote): LoginIdentity | undefined {
      return decide(user, remote, (config) => checkPublicKey(config, user, key.algorithm, key.data, { clientAddress: remote.address }));
    },

    subsystem(identity: LoginIdentity, name: string, channel: SessionChannel): ChannelSession | undefined {
      if (name !== 'netconf' || options.subsystem === false) return undefined;
      const where = servedOn(identity, NETCONF_SSH);
      return where === undefined ? undefined : start(where, channel);
    },

    exec(identity: LoginIdentity, command: string, channel: SessionChannel): ChannelSession | undefined {
      if (command.trim().split(/\s+/).join(' ') !== XML_MODE_COMMAND) return undefined;
      const where = servedOn(identity, NETCONF_SSH, SSH);
      return where === undefined ? undefined : start(where, channel);
    },

    openShell(identity: LoginIdentity, channel: SessionChannel): ChannelSession {
      const where = options.subsystem === false ? undefined : servedOn(identity, NETCONF_SSH);
      if (where !== undefined) return start(where, channel);
      channel.write('error: NETCONF over SSH is not enabled (system services netconf ssh)\n');
      channel.close(1);
      return { receive: () => undefined, end: () => undefined };
    },
  };
}
