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
import { listen, readBody } from './http-listen.js';
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
  return listen(server, host, port, 'REST');
}
