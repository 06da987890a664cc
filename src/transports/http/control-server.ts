/**
 * The control API over HTTP: a node:http server that carries each request to
 * `ControlApi.handle` (src/frontends/control/control-api.ts) and its JSON answer back.
 *
 * Owns the socket: binding (127.0.0.1 by default: the API drives faults, so it is not offered to
 * the network unless `host` says so), the body size limit (64 KiB; a larger body gets 413 and the
 * connection is closed after it), JSON rendering of the answer, and a clean close (`close()` stops
 * listening, ends idle keep-alive connections and resolves once the server is closed).
 * Port 0 binds any free port; `port` on the returned server is the one bound.
 */
import { createServer, type ServerResponse } from 'node:http';
import { listen, readBody } from './http-listen.js';
import type { ControlApi } from '../../frontends/control/control-api.js';

export const DEFAULT_CONTROL_HOST = '127.0.0.1';
export const DEFAULT_CONTROL_PORT = 8080;
export const BODY_LIMIT_BYTES = 64 * 1024;

export interface ControlServerOptions {
  readonly host?: string;
  readonly port?: number;
  readonly bodyLimitBytes?: number;
}

export interface ControlServer {
  readonly host: string;
  readonly port: number;
  /** `http://host:port` (IPv6 hosts in brackets). */
  readonly url: string;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  const text = `${JSON.stringify(body, null, 2)}\n`;
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}


export async function startControlServer(api: ControlApi, options: ControlServerOptions = {}): Promise<ControlServer> {
  const host = options.host ?? DEFAULT_CONTROL_HOST;
  const limit = options.bodyLimitBytes ?? BODY_LIMIT_BYTES;
  const server = createServer((request, response) => {
    void (async () => {
      try {
        const body = await readBody(request, limit);
        if (body === undefined) {
          send(response, 413, { ok: false, error: `the body is larger than ${limit} bytes: send a smaller JSON object` }, { connection: 'close' });
          return;
        }
        const answer = await api.handle({ method: request.method ?? 'GET', path: request.url ?? '/', authorization: request.headers.authorization, body });
        send(response, answer.status, answer.body, answer.headers);
      } catch (caught) {
        if (!response.headersSent) send(response, 500, { ok: false, error: `internal error: ${(caught as Error).message}` });
        else response.destroy();
      }
    })();
  });
  return listen(server, host, options.port ?? DEFAULT_CONTROL_PORT, 'the control API');
}
