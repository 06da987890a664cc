/**
 * The client side of the control API for `retwin console` and `retwin fault`: where the API is
 * (`--state-dir`, `--host`, `--control-port`), and one JSON request with the state directory's
 * token. Uses the global `fetch`.
 */
import { readToken } from './control-token.js';
import { UsageError } from './io.js';

export const DEFAULT_STATE_DIR = './retwin-state';
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

export interface ClientOptions {
  readonly stateDir: string;
  readonly host: string;
  readonly port: number;
}

export interface ApiAnswer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--control-port is a port number from 0 to 65535 (got '${value}')`);
  return port;
}

export class ControlClient {
  readonly #base: string;
  readonly #token: string;

  constructor(options: ClientOptions) {
    this.#token = readToken(options.stateDir);
    const host = options.host.includes(':') ? `[${options.host}]` : options.host;
    this.#base = `http://${host}:${options.port}`;
  }

  async request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<ApiAnswer> {
    let response: Response;
    try {
      response = await fetch(`${this.#base}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.#token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (caught) {
      const reason = (caught as { cause?: { code?: string } }).cause?.code ?? (caught as Error).message;
      throw new UsageError(`cannot reach the control API at ${this.#base} (${reason}): is 'retwin start' running with this --control-port and --host?`);
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (_caught) {
      throw new UsageError(`${this.#base} did not answer JSON (HTTP ${response.status}): is it retwin's control API?`);
    }
    return { status: response.status, body: (parsed ?? {}) as Record<string, unknown> };
  }
}
