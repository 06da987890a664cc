/**
 * One SSH connection, from the accepted TCP socket to its close: authentication (ssh-auth.ts),
 * its session channels (ssh-channel.ts), the idle and login timers, and closing it.
 *
 * Owns: TCP_NODELAY on the socket (the server's back-to-back small writes are never held back
 * waiting for an ACK; the client's side is handshake-pacing.ts's business), the identity once logged in, the channel limit, the timers, and the promise
 * that every front end session hears `end()` when the connection goes, however it goes. It does
 * not own the listening socket (ssh-server.ts) nor the SSH protocol itself (ssh2).
 *
 * Choices:
 * - Idle timeout: "no data from the client" means no authentication request, channel open,
 *   channel request or channel data. SSH-level traffic (ssh2's keepalive replies, IGNORE
 *   messages) does not count, or a client that only answers keepalives would never idle out.
 * - Login timeout (default 120 s, OpenSSH's LoginGraceTime): a connection not logged in by then
 *   is closed.
 * - At most 10 session channels open at once per connection (OpenSSH's MaxSessions).
 * - Closing sends SSH_MSG_DISCONNECT and ends the socket; a peer that has not closed its side
 *   within 2 s is cut off.
 * - Socket resets and broken pipes are routine and not reported; other errors go to `onError`.
 * - paramiko's repeated `ssh-userauth` service requests are accepted (ssh2-compat.ts), and the
 *   server's first messages are paced to answer the client's (handshake-pacing.ts).
 */
import type { Socket } from 'node:net';
import type { AuthContext, Connection, Session } from 'ssh2';
import type { LoginIdentity } from '../../frontends/session-channel.js';
import { paceHandshake } from './handshake-pacing.js';
import { createAuthenticator } from './ssh-auth.js';
import { serveSession, type SessionHandle } from './ssh-channel.js';
import { allowRepeatedUserauthService } from './ssh2-compat.js';
import type { RemoteEndpoint, SshErrorReporter, SshHandlers } from './ssh-handlers.js';

export const DEFAULT_LOGIN_TIMEOUT_MS = 120_000;
export const MAX_SESSIONS_PER_CONNECTION = 10;
const FORCE_CLOSE_AFTER_MS = 2_000;
const ROUTINE_ERRORS = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ERR_STREAM_WRITE_AFTER_END']);
/** The ssh2 compatibility patch failing is reported once per process, not once per connection. */
let compatFailureReported = false;

export interface ConnectionOptions {
  readonly handlers: SshHandlers;
  /** 0 or absent: no idle timeout. */
  readonly idleTimeoutMs?: number;
  /** 0: no login timeout. */
  readonly loginTimeoutMs?: number;
  readonly maxAuthFailures?: number;
  /** Handshake pacing (handshake-pacing.ts); default on. */
  readonly handshakePacing?: boolean;
  readonly onError: SshErrorReporter;
}

/** Calls `onIdle` once `ms` have passed since the last `touch()`. One timer, re-armed lazily. */
class IdleTimer {
  private last = Date.now();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly ms: number,
    private readonly onIdle: () => void,
  ) {
    this.arm(ms);
  }

  touch(): void {
    this.last = Date.now();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(delay: number): void {
    this.timer = setTimeout(() => {
      const idle = Date.now() - this.last;
      if (idle >= this.ms) this.onIdle();
      else this.arm(this.ms - idle);
    }, delay);
  }
}

export class SshConnection {
  readonly remote: RemoteEndpoint;
  /** Resolves once the socket is closed. */
  readonly closed: Promise<void>;
  private client: Connection | undefined;
  private identity: LoginIdentity | undefined;
  private readonly sessions = new Set<SessionHandle>();
  private readonly idle: IdleTimer | undefined;
  private loginTimer: NodeJS.Timeout | undefined;
  private forceTimer: NodeJS.Timeout | undefined;
  private closing = false;
  private socketClosed = false;

  constructor(
    private readonly socket: Socket,
    private readonly options: ConnectionOptions,
  ) {
    socket.setNoDelay(true);
    if (options.handshakePacing !== false) paceHandshake(socket);
    this.remote = { address: socket.remoteAddress ?? '', port: socket.remotePort ?? 0 };
    const idleMs = options.idleTimeoutMs ?? 0;
    this.idle = idleMs > 0 ? new IdleTimer(idleMs, () => this.close()) : undefined;
    const loginMs = options.loginTimeoutMs ?? DEFAULT_LOGIN_TIMEOUT_MS;
    if (loginMs > 0) this.loginTimer = setTimeout(() => this.close(), loginMs);
    this.closed = new Promise((resolve) => {
      socket.once('close', () => {
        this.onSocketClosed();
        resolve();
      });
    });
    socket.on('error', () => {
      // Reported through ssh2's client 'error' event; this listener only keeps node from throwing.
    });
  }

  get loggedIn(): boolean {
    return this.identity !== undefined;
  }

  /** Attaches ssh2's connection object once the client has sent its identification line. */
  bind(client: Connection): void {
    this.client = client;
    client.on('error', (error: Error & { code?: string }) => {
      if (!ROUTINE_ERRORS.has(error.code ?? '')) this.options.onError(error, `ssh connection from ${this.describeRemote()}`);
    });
    if (this.closing) {
      client.end();
      return;
    }
    if (!allowRepeatedUserauthService(client) && !compatFailureReported) {
      compatFailureReported = true;
      this.options.onError(
        new Error('ssh2 internals changed: paramiko clients will be disconnected when they try the password after a refused key (see ssh2-compat.ts)'),
        'ssh2 compatibility',
      );
    }
    const authenticate = createAuthenticator({
      handlers: this.options.handlers,
      remote: this.remote,
      maxFailures: this.options.maxAuthFailures,
      onError: this.options.onError,
      onAccepted: (identity) => {
        this.identity = identity;
        clearTimeout(this.loginTimer);
        this.loginTimer = undefined;
      },
      onTooManyFailures: () => this.close(),
      isClosed: () => this.closing || this.socketClosed,
    });
    client.on('authentication', (ctx: AuthContext) => {
      this.idle?.touch();
      authenticate(ctx);
    });
    client.on('session', (accept: () => Session | undefined, reject: () => void) => this.openSession(accept, reject));
  }

  /** Ends every session (`end()`), says goodbye to the client and closes the socket. */
  close(): void {
    if (this.closing || this.socketClosed) return;
    this.closing = true;
    this.stopTimers();
    this.dropSessions();
    if (this.client !== undefined) this.client.end();
    else this.socket.end();
    this.forceTimer = setTimeout(() => this.socket.destroy(), FORCE_CLOSE_AFTER_MS);
    this.forceTimer.unref();
  }

  private openSession(accept: () => Session | undefined, reject: () => void): void {
    this.idle?.touch();
    const identity = this.identity;
    if (identity === undefined || this.closing || this.sessions.size >= MAX_SESSIONS_PER_CONNECTION) {
      reject();
      return;
    }
    const session = accept();
    if (session === undefined) return;
    const handle = serveSession(session, {
      identity,
      handlers: this.options.handlers,
      onActivity: () => this.idle?.touch(),
      onError: this.options.onError,
    });
    this.sessions.add(handle);
    session.once('close', () => this.sessions.delete(handle));
  }

  private onSocketClosed(): void {
    this.socketClosed = true;
    this.stopTimers();
    clearTimeout(this.forceTimer);
    this.dropSessions();
  }

  private dropSessions(): void {
    const sessions = [...this.sessions];
    this.sessions.clear();
    for (const session of sessions) session.drop();
  }

  private stopTimers(): void {
    this.idle?.stop();
    clearTimeout(this.loginTimer);
    this.loginTimer = undefined;
  }

  private describeRemote(): string {
    return `${this.remote.address}:${this.remote.port}`;
  }
}
