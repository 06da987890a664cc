/**
 * One SSH `session` channel: its requests (`pty-req`, `env`, `window-change`, `shell`, `exec`,
 * `subsystem`) and the plumbing between ssh2's channel stream and a front end's ChannelSession
 * (src/frontends/session-channel.ts).
 *
 * Owns: which requests are accepted (pty-req, env (ignored) and window-change always; shell,
 * exec and subsystem when the handler gives a session; everything else is refused by ssh2), the
 * UTF-8 decoding of client data (one StringDecoder per channel, so a character split across
 * packets arrives whole), the order of the closing messages, and the promise that `end()` is
 * called at most once. It does not own what is said on the channel (the front ends do) nor the
 * connection (ssh-connection.ts).
 *
 * Choices:
 * - The handler is called before the request is answered, so that refusing is possible; what it
 *   writes (or a `close`) during that call is kept and sent once the request is accepted.
 * - `close(code)` waits until the written data has been handed to ssh2, then sends exit-status,
 *   EOF and close, in that order. Writes after `close` are dropped.
 * - Client EOF: the decoder is flushed; a front end with `eof()` is told and closes the channel
 *   itself once its output is done (NETCONF answers what it received); otherwise `end()` is
 *   called and the channel is closed with exit status 0 unless the front end closed it during
 *   `end()`. Writes after `end()` are dropped.
 * - EOF and close are taken from the stream's `end` and `close` events, which come after every
 *   buffered `data`: OpenSSH sends data and EOF right behind a request (`ssh -s host netconf <
 *   file`), before the stream has started flowing, and that data must not be lost.
 * - `end()` is called when the client closes the channel, on EOF, when the connection drops or
 *   is closed by the server (idle timeout, shutdown), and after the front end threw. It is not
 *   called after the front end closed the channel itself: it knows.
 * - A front end that throws from `receive` is treated like a crashed program: the error is
 *   reported, `end()` is called and the channel is closed with exit status 255.
 * - A pty of 0 columns or rows (some clients send only pixels) counts as 80x24.
 */
import { StringDecoder } from 'node:string_decoder';
import type { ServerChannel, Session } from 'ssh2';
import type { ChannelSession, LoginIdentity, SessionChannel, TerminalSize } from '../../frontends/session-channel.js';
import type { SshErrorReporter, SshHandlers } from './ssh-handlers.js';

export interface ChannelContext {
  readonly identity: LoginIdentity;
  readonly handlers: SshHandlers;
  /** Client activity (requests and data): resets the connection's idle timer. */
  readonly onActivity: () => void;
  readonly onError: SshErrorReporter;
}

/** What the connection keeps of a session channel. */
export interface SessionHandle {
  /** The connection is going away: tell the front end (`end()`) and stop writing. */
  drop(): void;
}

type Accept = (() => void) | undefined;
type Reject = (() => void) | undefined;
type Open = (channel: SessionChannel) => ChannelSession | undefined;

const DEFAULT_TERMINAL: TerminalSize = { cols: 80, rows: 24 };

function terminalOf(info: { readonly cols: number; readonly rows: number }): TerminalSize {
  return { cols: info.cols > 0 ? info.cols : DEFAULT_TERMINAL.cols, rows: info.rows > 0 ? info.rows : DEFAULT_TERMINAL.rows };
}

/** The SessionChannel given to a front end, bound to ssh2's stream once the request is accepted. */
class ChannelBinding implements SessionChannel {
  private stream: ServerChannel | undefined;
  private frontEnd: ChannelSession | undefined;
  private readonly pending: string[] = [];
  private readonly decoder = new StringDecoder('utf8');
  private inFlight = 0;
  private exitCode: number | undefined;
  /** close() was asked for (by the front end, or by the transport after end()). */
  private closing = false;
  private closedByFrontEnd = false;
  private endCalled = false;
  /** The client closed the channel or the connection is gone: nothing more can be sent. */
  private gone = false;

  constructor(private readonly context: ChannelContext) {}

  write(data: string): void {
    if (this.closing || this.gone || this.endCalled || data.length === 0) return;
    if (this.stream === undefined) this.pending.push(data);
    else this.send(this.stream, data);
  }

  close(exitCode = 0): void {
    if (this.closing || this.gone) return;
    this.closing = true;
    if (!this.endCalled) this.closedByFrontEnd = true;
    this.exitCode = exitCode;
    this.closeWhenFlushed();
  }

  attach(stream: ServerChannel, frontEnd: ChannelSession): void {
    this.stream = stream;
    this.frontEnd = frontEnd;
    stream.on('data', (chunk: Buffer) => this.onData(chunk));
    // 'end' and 'close' come after every buffered 'data' (ssh2 emits 'close' after 'end'), so
    // data sent just before EOF or close is delivered first.
    stream.on('end', () => this.onClientEof());
    stream.on('close', () => this.onClientClosed());
    stream.on('error', (error: Error) => this.context.onError(error, 'ssh channel'));
    for (const data of this.pending.splice(0)) this.send(stream, data);
    this.closeWhenFlushed();
  }

  resize(size: TerminalSize): void {
    if (this.endCalled || this.gone || this.frontEnd?.resize === undefined) return;
    try {
      this.frontEnd.resize(size);
    } catch (error) {
      this.context.onError(error as Error, 'ChannelSession.resize');
    }
  }

  /** The client sent EOF (or closed the channel): it will send nothing more. */
  private onClientEof(): void {
    if (this.frontEnd === undefined || this.gone) return;
    const rest = this.decoder.end();
    if (rest.length > 0) this.deliver(rest);
    const frontEnd = this.frontEnd;
    if (frontEnd.eof !== undefined && !this.endCalled && !this.closedByFrontEnd) {
      // The front end finishes its output and closes the channel itself.
      try {
        frontEnd.eof();
      } catch (error) {
        this.context.onError(error as Error, 'ChannelSession.eof');
        this.callEnd();
        this.close(255);
      }
      return;
    }
    this.callEnd();
    this.close(0);
  }

  private onClientClosed(): void {
    if (this.gone) return;
    this.gone = true;
    this.callEnd();
  }

  drop(): void {
    this.onClientClosed();
  }

  private onData(chunk: Buffer): void {
    this.context.onActivity();
    if (this.closing || this.gone || this.endCalled) return;
    const text = this.decoder.write(chunk);
    if (text.length > 0) this.deliver(text);
  }

  private deliver(text: string): void {
    try {
      this.frontEnd?.receive(text);
    } catch (error) {
      this.context.onError(error as Error, 'ChannelSession.receive');
      this.callEnd();
      this.close(255);
    }
  }

  private callEnd(): void {
    if (this.endCalled || this.closedByFrontEnd || this.frontEnd === undefined) return;
    this.endCalled = true;
    try {
      this.frontEnd.end();
    } catch (error) {
      this.context.onError(error as Error, 'ChannelSession.end');
    }
  }

  private send(stream: ServerChannel, data: string): void {
    this.inFlight += 1;
    stream.write(data, 'utf8', () => {
      this.inFlight -= 1;
      this.closeWhenFlushed();
    });
  }

  private closeWhenFlushed(): void {
    const stream = this.stream;
    if (!this.closing || stream === undefined || this.inFlight > 0 || this.gone) return;
    this.gone = true;
    stream.exit(this.exitCode ?? 0);
    stream.end();
  }
}

/** Serves one accepted `session` channel; the handle lets the connection drop it. */
export function serveSession(session: Session, context: ChannelContext): SessionHandle {
  const { handlers, identity } = context;
  let terminal: TerminalSize | undefined;
  let binding: ChannelBinding | undefined;
  let dropped = false;

  const start = (what: string, accept: () => ServerChannel | undefined, reject: Reject, open: Open | undefined): void => {
    context.onActivity();
    if (binding !== undefined || open === undefined || dropped) {
      reject?.();
      return;
    }
    const candidate = new ChannelBinding(context);
    let frontEnd: ChannelSession | undefined;
    try {
      frontEnd = open(candidate);
    } catch (error) {
      context.onError(error as Error, what);
    }
    if (frontEnd === undefined) {
      reject?.();
      return;
    }
    const stream = accept();
    if (stream === undefined) {
      // The channel ended while the handler ran: tell the front end at once.
      try {
        frontEnd.end();
      } catch (error) {
        context.onError(error as Error, 'ChannelSession.end');
      }
      return;
    }
    binding = candidate;
    candidate.attach(stream, frontEnd);
  };

  session.on('pty', (accept: Accept, _reject: Reject, info: { cols: number; rows: number }) => {
    context.onActivity();
    terminal = terminalOf(info);
    accept?.();
  });
  session.on('window-change', (accept: Accept, _reject: Reject, info: { cols: number; rows: number }) => {
    context.onActivity();
    terminal = terminalOf(info);
    accept?.();
    binding?.resize(terminal);
  });
  session.on('env', (accept: Accept) => {
    context.onActivity();
    accept?.();
  });
  session.on('shell', (accept: () => ServerChannel | undefined, reject: Reject) => {
    start('openShell', accept, reject, (channel) => handlers.openShell(identity, channel, terminal));
  });
  session.on('exec', (accept: () => ServerChannel | undefined, reject: Reject, info: { command: string }) => {
    const exec = handlers.exec?.bind(handlers);
    start('exec', accept, reject, exec && ((channel) => exec(identity, info.command, channel, terminal)));
  });
  session.on('subsystem', (accept: () => ServerChannel | undefined, reject: Reject, info: { name: string }) => {
    const subsystem = handlers.subsystem?.bind(handlers);
    start('subsystem', accept, reject, subsystem && ((channel) => subsystem(identity, info.name, channel)));
  });

  return {
    drop: () => {
      dropped = true;
      binding?.drop();
    },
  };
}
