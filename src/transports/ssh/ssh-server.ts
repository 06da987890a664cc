/**
 * The SSH server: `startSshServer(options)` listens on one host and port and serves SSH
 * connections with ssh2, handing logins and channels to the handlers (ssh-handlers.ts).
 *
 * Owns the listening socket (bound only to the given host; port 0 picks a free port), the
 * handover of each accepted socket to ssh2 (our own net.Server, so that TCP_NODELAY is set on
 * every socket before a byte is sent; ssh2's `injectSocket`), the set of live connections, and
 * `close()`, which stops listening and closes every connection (their sessions hear `end()`).
 * It does not own authentication (ssh-auth.ts), channels (ssh-channel.ts), one connection's life
 * (ssh-connection.ts) nor the host key file (host-key.ts).
 *
 * Choices: ssh2's default algorithms (they include what paramiko 2.12 and OpenSSH offer);
 * errors say what to change (a port in use names host:port); errors after start go to
 * `onError` (default: one line on stderr), never with a secret in them. ssh2 learns of a socket
 * before the client identifies itself and names the connection only then (by remote address
 * and port), so accepted sockets wait in a map until ssh2's `connection` event claims them.
 * Two fixes for paramiko clients live beside this file: ssh2-compat.ts (password after a
 * refused key) and handshake-pacing.ts (about 45 ms less per login).
 */
import { createServer, type Server as NetServer, type Socket } from 'node:net';
import ssh2 from 'ssh2';
import type { ClientInfo, Connection, Server } from 'ssh2';
import { parsePrivateKey } from './host-key.js';
import { SshConnection, type ConnectionOptions } from './ssh-connection.js';
import type { SshErrorReporter, SshHandlers } from './ssh-handlers.js';

export interface SshServerOptions {
  readonly host: string;
  /** 0 picks a free port (read it back from `SshServer.port`). */
  readonly port: number;
  /** The private host key (OpenSSH format), e.g. `loadOrCreateHostKey(path).privateKey`. */
  readonly hostKey: string;
  readonly handlers: SshHandlers;
  /** Closes a connection after this long without data from the client; 0 or absent: never. */
  readonly idleTimeoutMs?: number;
  /** Closes a connection not logged in after this long; default 120 000, 0: never. */
  readonly loginTimeoutMs?: number;
  /** Wrong passwords (or bad signatures) before the connection is closed; default 6. */
  readonly maxAuthFailures?: number;
  /** Handshake pacing against delayed ACKs (handshake-pacing.ts); default true. */
  readonly handshakePacing?: boolean;
  /** The software part of the identification line (`SSH-2.0-<ident>`); ssh2's by default. */
  readonly ident?: string;
  readonly onError?: SshErrorReporter;
}

export interface SshServer {
  readonly host: string;
  readonly port: number;
  /** Stops listening and closes every connection; resolves once all are closed. */
  close(): Promise<void>;
}

const reportToStderr: SshErrorReporter = (error, where) => {
  process.stderr.write(`retwin ssh: ${where}: ${error.message}\n`);
};

function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  const at = `cannot listen for SSH on ${host}:${port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return new Error(`${at}: the address is already in use; choose another port (0 picks a free one) or stop the process holding it`);
    case 'EACCES':
      return new Error(`${at}: permission denied; ports below 1024 need privileges, use a port of 1024 or more`);
    case 'EADDRNOTAVAIL':
      return new Error(`${at}: ${host} is not an address of this machine; use 127.0.0.1 or one of its addresses`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new Error(`${at}: the host name ${host} does not resolve; give an IP address`);
    default:
      return new Error(`${at}: ${error.message}`);
  }
}

function endpointKey(address: string | undefined, port: number | undefined): string {
  return `${address ?? ''}|${port ?? 0}`;
}

function listen(server: NetServer, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => reject(listenError(error, host, port));
    server.once('error', onError);
    server.listen({ host, port }, () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
}

/** Starts an SSH server; rejects with an error saying what to change when it cannot. */
export async function startSshServer(options: SshServerOptions): Promise<SshServer> {
  const onError = options.onError ?? reportToStderr;
  parsePrivateKey(options.hostKey, 'the SSH host key (option hostKey)');
  let protocol: Server;
  try {
    protocol = new ssh2.Server({ hostKeys: [options.hostKey], ident: options.ident });
  } catch (error) {
    throw new Error(`the SSH host key (option hostKey) cannot be used: ${(error as Error).message}`);
  }
  const connectionOptions: ConnectionOptions = {
    handlers: options.handlers,
    idleTimeoutMs: options.idleTimeoutMs,
    loginTimeoutMs: options.loginTimeoutMs,
    maxAuthFailures: options.maxAuthFailures,
    handshakePacing: options.handshakePacing,
    onError,
  };
  /** Accepted sockets whose client has not yet identified itself, by remote address and port. */
  const awaiting = new Map<string, SshConnection>();
  const connections = new Set<SshConnection>();

  protocol.on('connection', (client: Connection, info: ClientInfo) => {
    const key = endpointKey(info.ip, info.port);
    const connection = awaiting.get(key);
    awaiting.delete(key);
    if (connection === undefined) client.end();
    else connection.bind(client);
  });
  protocol.on('error', (error: Error) => onError(error, 'ssh server'));

  const listener = createServer({ noDelay: true }, (socket: Socket) => {
    const connection = new SshConnection(socket, connectionOptions);
    const key = endpointKey(socket.remoteAddress, socket.remotePort);
    connections.add(connection);
    awaiting.set(key, connection);
    void connection.closed.then(() => {
      connections.delete(connection);
      if (awaiting.get(key) === connection) awaiting.delete(key);
    });
    protocol.injectSocket(socket);
  });
  const port = await listen(listener, options.host, options.port);
  listener.on('error', (error: Error) => onError(error, `ssh listener ${options.host}:${port}`));

  let closing: Promise<void> | undefined;
  return {
    host: options.host,
    port,
    close: () => {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => listener.close(() => resolve()));
        const all = [...connections];
        for (const connection of all) connection.close();
        await Promise.all([stopped, ...all.map((connection) => connection.closed)]);
      })();
      return closing;
    },
  };
}
