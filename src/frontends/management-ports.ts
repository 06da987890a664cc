/**
 * The handlers of a router's SSH management ports, as `retwin start` serves them (one set per
 * address: the master-only address, re0's and re1's own):
 * - the CLI port (Junos's port 22): the CLI for a shell and for `ssh host command`, and NETCONF
 *   for the `netconf` subsystem and ncclient's `xml-mode netconf need-trailer` exec fallback, as
 *   Junos serves both there;
 * - the NETCONF port (Junos's 830): NETCONF only (`system services netconf ssh`).
 * One login decides for every front end on the port (`Landings`).
 */
import type { Router } from '../router/index.js';
import { cliAccess } from './cli/cli-access.js';
import type { LoginHistory } from './cli/login-history.js';
import { Landings, type AccessTarget } from './landing.js';
import { netconfAccess, type NetconfSessions } from './netconf/index.js';
import type { ChannelSession, LoginIdentity, SessionChannel, TerminalSize } from './session-channel.js';
import { executeRpc } from './xml-rpc/index.js';

/** What the SSH transport is given for one port (its `SshHandlers` shape). */
export interface SshPortHandlers {
  checkPassword(user: string, password: string, remote: { readonly address: string; readonly port: number }): LoginIdentity | undefined;
  checkPublicKey(user: string, key: { readonly algorithm: string; readonly data: Buffer }, remote: { readonly address: string; readonly port: number }): LoginIdentity | undefined;
  openShell(identity: LoginIdentity, channel: SessionChannel, terminal: TerminalSize | undefined): ChannelSession;
  exec(identity: LoginIdentity, command: string, channel: SessionChannel, terminal: TerminalSize | undefined): ChannelSession | undefined;
  subsystem(identity: LoginIdentity, name: string, channel: SessionChannel): ChannelSession | undefined;
}

export interface PortOptions {
  readonly router: Router;
  readonly target: AccessTarget;
  /** The router's `Last login` records (CLI). */
  readonly logins: LoginHistory;
  /** The router's NETCONF sessions and ids (one per router). */
  readonly sessions: NetconfSessions;
}

/** The CLI port: the CLI, plus NETCONF through its subsystem and the exec fallback. */
export function cliPortHandlers(options: PortOptions): SshPortHandlers {
  const landings = new Landings(options.router, options.target);
  const cli = cliAccess({ router: options.router, target: options.target, logins: options.logins, landings });
  const netconf = netconfAccess({ router: options.router, target: options.target, sessions: options.sessions, execute: executeRpc, landings });
  return {
    checkPassword: (user, password, remote) => cli.checkPassword(user, password, remote),
    checkPublicKey: (user, key, remote) => cli.checkPublicKey(user, key, remote),
    openShell: (identity, channel, terminal) => cli.openShell(identity, channel, terminal),
    exec: (identity, command, channel) => netconf.exec(identity, command, channel) ?? cli.exec(identity, command, channel),
    subsystem: (identity, name, channel) => netconf.subsystem(identity, name, channel),
  };
}

/** The NETCONF port. */
export function netconfPortHandlers(options: Omit<PortOptions, 'logins'>): SshPortHandlers {
  const netconf = netconfAccess({ router: options.router, target: options.target, sessions: options.sessions, execute: executeRpc });
  return {
    checkPassword: (user, password, remote) => netconf.checkPassword(user, password, remote),
    checkPublicKey: (user, key, remote) => netconf.checkPublicKey(user, key, remote),
    openShell: (identity, channel) => netconf.openShell(identity, channel),
    exec: (identity, command, channel) => netconf.exec(identity, command, channel),
    subsystem: (identity, name, channel) => netconf.subsystem(identity, name, channel),
  };
}
