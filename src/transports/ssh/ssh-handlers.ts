/**
 * What the SSH transport asks of the code above it: who may log in (password, public key) and
 * who speaks on a channel once it is open (shell, exec, subsystem). Types only.
 *
 * Owns the contract of the handlers given to `startSshServer`. It does not own the channel seam
 * itself (src/frontends/session-channel.ts) nor any policy: every decision (accounts, keys, which
 * commands and subsystems exist) belongs to the handlers.
 */
import type { ChannelSession, LoginIdentity, SessionChannel, TerminalSize } from '../../frontends/session-channel.js';

/** The client's end of the TCP connection. */
export interface RemoteEndpoint {
  readonly address: string;
  readonly port: number;
}

/** A public key offered by a client. */
export interface ClientPublicKey {
  /** The key type as written in authorized_keys (`ssh-ed25519`, `ssh-rsa`, `ecdsa-sha2-nistp256`). */
  readonly algorithm: string;
  /** The public key blob in SSH wire format (what authorized_keys holds in base64). */
  readonly data: Buffer;
}

export type LoginDecision = LoginIdentity | undefined | Promise<LoginIdentity | undefined>;

export interface SshHandlers {
  /** The identity for this user and password, or undefined to refuse. Never log the password. */
  checkPassword(user: string, password: string, remote: RemoteEndpoint): LoginDecision;
  /**
   * Whether this key may log in as this user. The transport checks the client's signature itself;
   * this is asked both when the client only asks whether a key would do and when it signs.
   */
  checkPublicKey(user: string, key: ClientPublicKey, remote: RemoteEndpoint): LoginDecision;
  /** An interactive shell (`shell`, after an optional `pty-req`). */
  openShell(identity: LoginIdentity, channel: SessionChannel, terminal: TerminalSize | undefined): ChannelSession;
  /** A command (`exec`); undefined (or no handler) refuses the request. */
  exec?(identity: LoginIdentity, command: string, channel: SessionChannel, terminal: TerminalSize | undefined): ChannelSession | undefined;
  /** A subsystem (`netconf`); undefined (or no handler) refuses the request. */
  subsystem?(identity: LoginIdentity, name: string, channel: SessionChannel): ChannelSession | undefined;
}

/** Where the transport reports what went wrong on its side or in a handler (never a secret). */
export type SshErrorReporter = (error: Error, where: string) => void;
