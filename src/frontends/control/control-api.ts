/**
 * The JSON control API of a running router, as a function: a request (method, path, headers,
 * body text) in, a response (status, JSON body) out. No sockets here: the HTTP server
 * (src/transports/http/control-server.ts) only carries requests to `handle` and back; tests
 * call `handle` directly.
 *
 * Routes (all under `/api`, JSON in and out):
 * - `GET /api/router`: name, model, ready, the router's time, whether the internal link is cut,
 *   and each RE: slot, power, role, ready, host name, alarms, faults in force (router-summary.ts);
 * - `GET /api/faults`: `router.faults.state()`;
 * - `GET /api/re/:slot/log`: `{ slot, messages: [...] }`, that RE's /var/log/messages;
 * - `POST /api/re/:slot/command` `{ "command": "show chassis routing-engine", "format": "text" }`
 *   → `{ ok, output }` (format `text`, `xml` or `json`; text by default);
 * - `POST /api/faults/<name>` → `{ ok: true }` or 409 `{ ok: false, message }` (fault-routes.ts).
 *
 * Errors are `{ ok: false, error }` where `error` says what was wrong and how to fix it: 401
 * without `Authorization: Bearer <token>`, 404 unknown path, 405 wrong method (with `Allow`),
 * 400 body that is not a JSON object or lacks a field, 409 a fault or command the router
 * refuses (an RE that is not running, a link already cut).
 *
 * Choices: every route needs the token (no unauthenticated route, not even a health check);
 * the token is compared in constant time; a command on an RE that is not running is refused
 * with 409 rather than answered as if it were (there is no CLI on a halted RE).
 */
import { timingSafeEqual } from 'node:crypto';
import type { RoutingEngineSlot } from '../../config/groups.js';
import type { Router } from '../../router/index.js';
import { FAULT_NAMES, FAULT_ROUTES, isBodyError } from './fault-routes.js';
import { routerSummary } from './router-summary.js';

export type CommandFormat = 'text' | 'xml' | 'json';

/** Runs one operational command line on one RE (`runOperationalCommand` of src/rpc). */
export type OperationalRunner = (
  router: Router,
  slot: RoutingEngineSlot,
  line: string,
  format: CommandFormat,
) => { readonly ok: boolean; readonly output: string } | Promise<{ readonly ok: boolean; readonly output: string }>;

export interface ControlRequest {
  readonly method: string;
  /** The path, with or without a query string. */
  readonly path: string;
  /** The `Authorization` header, if any. */
  readonly authorization?: string | undefined;
  /** The body as text ('' when none). */
  readonly body: string;
}

export interface ControlResponse {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ControlApiOptions {
  readonly router: Router;
  /** The bearer token every request must carry. */
  readonly token: string;
  readonly runCommand: OperationalRunner;
}

const FORMATS: readonly string[] = ['text', 'xml', 'json'];
const SLOT_NAMES: readonly string[] = ['re0', 're1'];
const ROUTES_HINT = 'GET /api/router, GET /api/faults, GET /api/re/re0/log, POST /api/re/re0/command, POST /api/faults/<name>';

const error = (status: number, message: string, headers?: Record<string, string>): ControlResponse => ({
  status,
  body: { ok: false, error: message },
  ...(headers === undefined ? {} : { headers }),
});

function authorized(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (match?.[1] === undefined) return false;
  const given = Buffer.from(match[1]);
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** The body as a JSON object; an empty body is `{}`. */
function jsonObject(text: string): Record<string, unknown> | ControlResponse {
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (caught) {
    return error(400, `the body is not valid JSON (${(caught as Error).message}): send a JSON object such as {"re": "re0"} with Content-Type: application/json`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return error(400, 'the body must be a JSON object, such as {"re": "re0"}');
  return parsed as Record<string, unknown>;
}

const isResponse = (value: unknown): value is ControlResponse => typeof value === 'object' && value !== null && 'status' in value && 'body' in value;

function methodCheck(method: string, allowed: 'GET' | 'POST', path: string): ControlResponse | undefined {
  if (method === allowed) return undefined;
  return error(405, `${path} takes ${allowed}, not ${method}`, { allow: allowed });
}

export class ControlApi {
  readonly #router: Router;
  readonly #token: string;
  readonly #runCommand: OperationalRunner;

  constructor(options: ControlApiOptions) {
    if (options.token.length === 0) throw new Error('the control API needs a non-empty token');
    this.#router = options.router;
    this.#token = options.token;
    this.#runCommand = options.runCommand;
  }

  async handle(request: ControlRequest): Promise<ControlResponse> {
    if (!authorized(request.authorization, this.#token)) {
      return error(401, 'missing or wrong token: send the header "Authorization: Bearer <token>" with the token of <state-dir>/control-token', {
        'www-authenticate': 'Bearer realm="retwin"',
      });
    }
    const method = request.method.toUpperCase();
    const path = (request.path.split('?')[0] ?? '').replace(/\/+$/, '');
    const parts = path.split('/').slice(1);
    if (parts[0] !== 'api') return error(404, `no such path ${path || '/'}: the control API is under /api (${ROUTES_HINT})`);

    if (path === '/api/router') return methodCheck(method, 'GET', path) ?? { status: 200, body: routerSummary(this.#router) };
    if (path === '/api/faults') return methodCheck(method, 'GET', path) ?? { status: 200, body: this.#router.faults.state() };
    if (parts[1] === 'faults' && parts.length === 3) return this.#fault(method, path, parts[2] ?? '', request.body);
    if (parts[1] === 're' && parts.length === 4) {
      const slot = parts[2] ?? '';
      if (!SLOT_NAMES.includes(slot)) return error(404, `no Routing Engine '${slot}': use re0 or re1, as in ${path.replace(`/re/${slot}/`, '/re/re0/')}`);
      if (parts[3] === 'log') return methodCheck(method, 'GET', path) ?? { status: 200, body: { slot, messages: this.#router.re(slot as RoutingEngineSlot).messages() } };
      if (parts[3] === 'command') return methodCheck(method, 'POST', path) ?? (await this.#command(slot as RoutingEngineSlot, request.body));
    }
    return error(404, `no such path ${path}: the routes are ${ROUTES_HINT}`);
  }

  #fault(method: string, path: string, name: string, text: string): ControlResponse {
    const route = FAULT_ROUTES[name];
    if (route === undefined) return error(404, `no fault '${name}': the faults are ${FAULT_NAMES.join(', ')}`);
    const wrongMethod = methodCheck(method, 'POST', path);
    if (wrongMethod !== undefined) return wrongMethod;
    const body = jsonObject(text);
    if (isResponse(body)) return body;
    const result = route(this.#router, body);
    if (isBodyError(result)) return error(400, result.bodyError);
    return result.ok ? { status: 200, body: { ok: true } } : { status: 409, body: { ok: false, message: result.message } };
  }

  async #command(slot: RoutingEngineSlot, text: string): Promise<ControlResponse> {
    const body = jsonObject(text);
    if (isResponse(body)) return body;
    const command = body.command;
    const format = body.format ?? 'text';
    if (typeof command !== 'string' || command.trim() === '') return error(400, 'send the command line to run: {"command": "show chassis routing-engine", "format": "text"}');
    if (typeof format !== 'string' || !FORMATS.includes(format)) return error(400, `"format" is text, xml or json (got ${JSON.stringify(format)})`);
    const re = this.#router.re(slot);
    if (re.power !== 'running') {
      const fix = re.power === 'removed' ? `insert it first (POST /api/faults/insert {"re": "${slot}"})` : `power it on first (POST /api/faults/power-on {"re": "${slot}"})`;
      return error(409, `${slot} is ${re.power}: ${fix}`);
    }
    const result = await Promise.resolve(this.#runCommand(this.#router, slot, command.trim(), format as CommandFormat));
    return { status: 200, body: { ok: result.ok, output: result.output } };
  }
}
