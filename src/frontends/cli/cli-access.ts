/**
 * How an SSH connection reaches a router's CLI: which RE it lands on, who may log in there, and
 * the CLI session it gets. The SSH transport is given these handlers (their shape is the
 * transport's `SshHandlers`); one set per listening address.
 *
 * Targets, as the addresses of a real dual-RE router (spec §5.4, procedure 0.1 and 9.B17):
 * - `master`: the master-only address. A login lands on the RE that is master at that moment;
 *   when that RE stops being master the session is closed, as the address moves away.
 * - `re0` / `re1`: that RE's own fxp0 address. The session stays on that RE through
 *   switchovers (its banner flips) and ends when the RE halts.
 * Logins are checked against the configuration the landing RE has committed (its own groups
 * applied), so a user that exists only on one RE logs in only there.
 *
 * `exec` runs one operational command without a terminal (`ssh r1 show version`): the text, then
 * the channel closes with status 0 (1 when the command failed). [U] Junos runs such commands in
 * its CLI the same way.
 */
import type { RoutingEngineSlot } from '../../config/groups.js';
import type { Router } from '../../router/index.js';
import { runOperationalCommand } from '../../rpc/operational-command.js';
import { cachedCheckPassword, checkPublicKey, loginOf, mayCommit, mayConfigure, mayEditConfiguration, mayRunCommand, type Login } from '../auth/index.js';
import type { ChannelSession, LoginIdentity, SessionChannel, TerminalSize } from '../session-channel.js';
import { CliSession } from './cli-session.js';
import type { CliUser } from './cli-user.js';
import { Landings, type AccessTarget } from '../landing.js';
import type { LoginHistory } from './login-history.js';

export type { AccessTarget } from '../landing.js';

export interface CliAccessOptions {
  readonly router: Router;
  readonly target: AccessTarget;
  readonly logins: LoginHistory;
  /** Shared with the NETCONF handlers of the same port (a new one when absent). */
  readonly landings?: Landings;
}

/** What the CLI lets a login do, from its class. */
export function cliUserOf(login: Login): CliUser {
  return {
    name: login.user,
    mayRun: (words) => mayRunCommand(login, words),
    mayConfigure: () => mayConfigure(login),
    mayEdit: (path) => mayEditConfiguration(login, path),
    mayCommit: () => mayCommit(login),
  };
}

/** The SSH handlers of one address of `router`. */
export function cliAccess(options: CliAccessOptions) {
  const { router, target, logins } = options;
  const landings = options.landings ?? new Landings(router, target);
  const configOf = (slot: RoutingEngineSlot) => router.re(slot).expanded();

  return {
    checkPassword(user: string, password: string, remote: { readonly address: string; readonly port: number }): LoginIdentity | undefined {
      return landings.decide(user, remote, (config) => cachedCheckPassword(config, user, password));
    },

    checkPublicKey(user: string, key: { readonly algorithm: string; readonly data: Buffer }, remote: { readonly address: string; readonly port: number }): LoginIdentity | undefined {
      return landings.decide(user, remote, (config) => checkPublicKey(config, user, key.algorithm, key.data, { clientAddress: remote.address }));
    },

    openShell(identity: LoginIdentity, channel: SessionChannel, terminal: TerminalSize | undefined): ChannelSession {
      const where = landings.get(identity);
      if (where === undefined) throw new Error('openShell for an identity that did not log in here');
      const session = new CliSession({
        router,
        slot: where.slot,
        user: cliUserOf(where.login),
        channel,
        ...(terminal === undefined ? {} : { terminal }),
        from: identity.remoteAddress,
        logins,
        loginOn: (slot, user) => {
          const config = configOf(slot);
          const login = config === undefined ? undefined : loginOf(config, user);
          return login === undefined ? undefined : cliUserOf(login);
        },
      });
      if (target === 'master') {
        const stop = router.re(where.slot).onRoleChange(({ to }) => {
          if (to !== 'master') {
            stop();
            session.close();
          }
        });
      }
      return session;
    },

    exec(identity: LoginIdentity, command: string, channel: SessionChannel): ChannelSession | undefined {
      const where = landings.get(identity);
      if (where === undefined) return undefined;
      const words = command.trim().split(/\s+/);
      const result = cliUserOf(where.login).mayRun(words) ? runOperationalCommand(router, where.slot, command) : { ok: false, output: 'error: permission denied\n' };
      channel.write(result.output);
      channel.close(result.ok ? 0 : 1);
      return { receive: () => undefined, end: () => undefined };
    },
  };
}
