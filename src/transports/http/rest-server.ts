/**
 * The Junos REST API over HTTP: a node:http server that carries each request to
 * `RestApi.handle` (src/frontends/rest/rest-api.ts) and its answer back.
 *
 * Owns the socket: binding (127.0.0.1 by default; port 0 binds any free port, read back from
 * `port`), TCP_NODELAY on every connection (small replies must not wait for delayed ACKs),
 * HTTP keep-alive, the body size limit (4 MiB by default: configuration loads can be large; a
 * larger body gets 413 and the connection is closed after it), and a clean close (`close()`
 * stops listening, ends keep-alive connections and resolves once the server is closed).
 * It does not read the configuration: whether REST is enabled, and on which RE, is the front
 * end's business (the listener itself is the command line's).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RestApi } from '../../frontends/rest/rest-api.js';

export const DEFAULT_REST_HOST = '127.0.0.1';
/** Junos's default `system services rest http port`. */
export const DEFAULT_REST_PORT = 3000;
export const REST_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

export interface RestServerOptions {
  readonly host?: string;
  readonly port?: number;
  readonly bodyLimitBytes?: number;
}

export interface RestServer {
  readonly host: string;
  readonly port: number;
  /** `http://host:port` (IPv6 hosts in brackets). */
  readonly url: string;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, headers: Readonly<Record<string, string>>, body: string): void {
  response.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

/**
 * The body as text, or undefined when it exceeds `limit` bytes (the rest is read and dropped, so
 * that the 413 answer reaches the client before the connection closes).
 */
async function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size <= limit) chunks.push(buffer);
  }
  return size > limit ? undefined : Buffer.concat(chunks).toString('utf8');
}

function headersOf(request: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

export async function startRestServer(api: RestApi, options: RestServerOptions = {}): Promise<RestServer> {
  const host = options.host ?? DEFAULT_REST_HOST;
  const limit = options.bodyLimitBytes ?? REST_BODY_LIMIT_BYTES;
  const server = createServer({ noDelay: true, keepAlive: true }, (request, response) => {
    void (async () => {
      try {
        const body = await readBody(request, limit);
        if (body === undefined) {
          send(response, 413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }, `error: the body is larger than ${limit} bytes: send fewer RPCs per request\n`);
          return;
        }
        const target = request.url ?? '/';
        const mark = target.indexOf('?');
        const answer = await api.handle({
          method: request.method ?? 'GET',
          path: mark === -1 ? target : target.slice(0, mark),
          query: mark === -1 ? '' : target.slice(mark + 1),
          headers: headersOf(request),
          body,
        });
        send(response, answer.status, answer.headers, answer.body);
      } catch (caught) {
        if (!response.headersSent) send(response, 500, { 'content-type': 'text/plain; charset=utf-8' }, `error: internal error: ${(caught as Error).message}\n`);
        else response.destroy();
      }
    })();
  });
  const port = options.port ?? DEFAULT_REST_PORT;
  await new Promise<void>((resolve, reject) => {
    const refused = (error: NodeJS.ErrnoException): void => {
      const hint = error.code === 'EADDRINUSE' ? ': the port is in use, choose another' : error.code === 'EACCES' ? ': ports below 1024 need privileges' : '';
      reject(new Error(`cannot listen for REST on ${host}:${port} (${error.code ?? error.message})${hint}`));
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
