/**
 * The seam between the SSH transport and the front ends: what a front end gets for one SSH
 * session channel (an interactive shell, an exec command or a subsystem such as NETCONF), and
 * what it gives back. The transport (src/transports/ssh) owns the sockets and the SSH protocol;
 * the front ends own everything said on the channel. Nothing here opens a socket.
 */

/** Who logged in, as the front ends' login service decided (opaque to the transport). */
export interface LoginIdentity {
  /** The login name (`lab`, `root`). */
  readonly user: string;
  /** The client's address and port, for `Last login ... from` and the logs. */
  readonly remoteAddress: string;
  readonly remotePort: number;
}

/** The terminal the client asked for with `pty-req` (absent for a channel without a pty). */
export interface TerminalSize {
  readonly cols: number;
  readonly rows: number;
}

/** The transport's side of one channel, as the front end uses it. */
export interface SessionChannel {
  /** Sends text to the client (UTF-8). The front end writes `\r\n` line endings itself. */
  write(data: string): void;
  /** Ends the channel with an exit status; the connection closes when it has no channel left. */
  close(exitCode?: number): void;
}

/** The front end's side of one channel, as the transport drives it. */
export interface ChannelSession {
  /** Data from the client. */
  receive(data: string): void;
  /** The client's window changed (`window-change`). */
  resize?(size: TerminalSize): void;
  /** The client closed the channel or the connection dropped; release everything. */
  end(): void;
  /**
   * The client sent EOF: it will send nothing more, but still reads. A front end that has this
   * finishes its output and then closes the channel itself (NETCONF answers the RPCs it has
   * received); without it, the transport calls `end()` and closes the channel at once.
   */
  eof?(): void;
}
