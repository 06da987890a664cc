/**
 * What the HTTP servers of retwin (the control API, the Junos REST API) do alike: read a request
 * body up to a limit, listen on an address with an error that says how to fix a refusal, and
 * close (ending idle keep-alive connections too).
 */
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The body as text, or undefined when it exceeds `limit` bytes (the rest is read and dropped, so
 * that the 413 answer reaches the client before the connection closes).
 */
export async function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size <= limit) chunks.push(buffer);
  }
  return size > limit ? undefined : Buffer.concat(chunks).toString('utf8');
}

export interface Listening {
  readonly host: string;
  readonly port: number;
  /** `http://host:port` (IPv6 hosts in brackets). */
  readonly url: string;
  close(): Promise<void>;
}

/** Listens on `host:port` (`what` names the server in errors: `REST`, `the control API`). */
export async function listen(server: Server, host: string, port: number, what: string): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    const refused = (error: NodeJS.ErrnoException): void => {
      const hint = error.code === 'EADDRINUSE' ? ': the port is in use, choose another (0 picks a free one)' : error.code === 'EACCES' ? ': ports below 1024 need privileges' : '';
      reject(new Error(`cannot listen for ${what} on ${host}:${port} (${error.code ?? error.message})${hint}`));
    };
    server.once('error', refused);
    server.listen(port, host, () => {
      server.off('error', refused);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    host: address.address,
    port: address.port,
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((closeError) => (closeError === undefined ? resolve() : reject(closeError)));
        server.closeIdleConnections();
        server.closeAllConnections();
      }),
  };
}
