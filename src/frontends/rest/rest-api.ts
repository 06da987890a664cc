/**
 * The Junos REST API of a router, as a function: an HTTP request (method, path, query, headers,
 * body) in, a response (status, headers, body) out. No sockets here: the HTTP server
 * (src/transports/http/rest-server.ts) only carries requests to `handle` and back.
 *
 * Every RPC runs through the shared XML RPC executor (src/frontends/xml-rpc), so REST answers
 * what NETCONF answers; this module only translates (clients.md §5, acceptance plan §9.6):
 * - `GET|POST /rpc/METHOD[@format=…][/param=value…][?param=value…]` (POST: parameters in the
 *   body too): one RPC, its reply as a plain body (rest-request.ts, rest-reply.ts);
 * - `POST /rpc` (or `/rpc/`) with one or more RPCs in the body: `multipart/mixed`, one part per
 *   RPC in order; `?stop-on-error=1` stops after the first RPC that fails. All the RPCs of one
 *   request share one executor context (rest-context.ts): lock, load, commit and unlock in one
 *   body work on one candidate.
 *
 * Which RE answers: `target` `re0`/`re1` is that RE's own address, `master` the master-only
 * address (the RE that is master when the request arrives).
 *
 * Statuses and bodies (the REST form of each refusal; [U] = not on record, retwin's choice):
 * - 503 [U], text: the landing RE is not running, or its configuration has no
 *   `system services rest http` (a real device would not listen at all). Checked first.
 * - 401, text, `WWW-Authenticate: Basic realm="Junos REST API", charset="UTF-8"` [U realm]:
 *   no Basic credentials, or not those of a login user of the landing RE (rest-auth.ts).
 * - 404, text: a path other than `/rpc` and `/rpc/…`; 405 with `Allow`: another method
 *   (`/rpc` takes POST only).
 * - 400, the Junos `<rpc-error>` in the asked format: a request REST cannot read (a bad path,
 *   query, body or `@format`).
 * - single RPC: 200, or the status of its errors (rest-status.ts: 400 syntax error, 403
 *   permission denied, 409 conflicts, 500 other failures), the body carrying the Junos error.
 * - `POST /rpc`: 200, errors inside the parts.
 * - 500 when the executor itself throws (the message says so; never a silent failure).
 */
import type { RoutingEngineSlot } from '../../config/groups.js';
import type { Router } from '../../router/index.js';
import { namespaceRelease } from '../../rpc/junos-format.js';
import { rpcRegistry } from '../../rpc/rpc-table.js';
import type { XmlElement, XmlRpcContext, XmlRpcResult } from '../xml-rpc/index.js';
import { CHALLENGE, restEnabled, restLogin } from './rest-auth.js';
import { restContext } from './rest-context.js';
import { failed, multipart, nestedErrors, renderErrors, renderResult, type Rendered } from './rest-reply.js';
import { acceptFormat, bodyParams, bodyRpcs, formatOf, isProblem, parseRpcPath, queryParams, queryValue, type OutputFormat } from './rest-request.js';
import { internal, malformed, statusOf } from './rest-status.js';

export type RestTarget = 'master' | RoutingEngineSlot;

/** Runs one RPC (src/frontends/xml-rpc's `executeRpc`). */
export type XmlRpcExecutor = (request: XmlElement, context: XmlRpcContext) => Promise<XmlRpcResult>;

export interface RestRequest {
  readonly method: string;
  /** The path as sent (percent-encoded), without the query string. */
  readonly path: string;
  /** The query string without `?` (`''` when none). */
  readonly query: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
}

export interface RestResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface RestApiOptions {
  readonly router: Router;
  readonly target: RestTarget;
  readonly execute: XmlRpcExecutor;
  /**
   * The session id of the next request (mgd shows it as the holder's pid in a lock error):
   * pass the router's NETCONF counter so that ids are unique on the router. Default 1, 2, 3…
   */
  readonly nextSessionId?: () => number;
}

const STOP_ON_ERROR = 'stop-on-error';
const PATHS_HINT = 'the REST API serves GET or POST /rpc/<rpc-name> and POST /rpc';

const plain = (status: number, text: string, headers: Record<string, string> = {}): RestResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
  body: `${text}\n`,
});

const respond = (status: number, rendered: Rendered): RestResponse => ({ status, headers: { 'content-type': rendered.contentType }, body: rendered.body });

/** Whether the RPC's `format` attribute chooses its output (operational RPCs, `command`). */
const formatIsOutput = (name: string): boolean => name === 'command' || rpcRegistry.get(name) !== undefined;

/** One RPC as it will run, and the format its reply takes. */
interface Planned {
  readonly request: XmlElement;
  readonly format: OutputFormat;
  readonly jsonFromExecutor: boolean;
}

/**
 * The output of an RPC: for the RPCs whose `format` attribute is their output (operational
 * ones, `command`), that attribute, else `fallback` given to the executor as that attribute; for
 * the others (`load-configuration`'s `format` is its input), `fallback` rendered by REST. A value
 * REST does not know goes to the executor as it is, which refuses it.
 */
function plan(request: XmlElement, fallback: OutputFormat): Planned {
  if (!formatIsOutput(request.name)) return { request, format: fallback, jsonFromExecutor: false };
  const own = request.attributes.format;
  if (own !== undefined) {
    const format = formatOf(own) ?? fallback;
    return { request, format, jsonFromExecutor: format === 'json' && own.toLowerCase() === 'json' };
  }
  if (fallback === 'xml') return { request, format: 'xml', jsonFromExecutor: false };
  return { request: { ...request, attributes: { ...request.attributes, format: fallback } }, format: fallback, jsonFromExecutor: fallback === 'json' };
}

export class RestApi {
  readonly #router: Router;
  readonly #target: RestTarget;
  readonly #execute: XmlRpcExecutor;
  readonly #nextSessionId: () => number;

  constructor(options: RestApiOptions) {
    this.#router = options.router;
    this.#target = options.target;
    this.#execute = options.execute;
    let last = 0;
    this.#nextSessionId = options.nextSessionId ?? (() => (last += 1));
  }

  async handle(request: RestRequest): Promise<RestResponse> {
    const slot = this.#target === 'master' ? this.#router.master()?.slot : this.#target;
    const re = slot === undefined ? undefined : this.#router.re(slot);
    const config = re?.power === 'running' ? re.expanded() : undefined;
    if (slot === undefined || re === undefined || config === undefined) {
      const which = slot === undefined ? 'no Routing Engine is master' : `${slot} is ${re?.power ?? 'not running'}`;
      return plain(503, `error: the REST API is not available: ${which}`);
    }
    if (!restEnabled(config)) return plain(503, `error: the REST API is not enabled on ${re.hostName ?? slot}: configure "set system services rest http" and commit`);
    const login = restLogin(config, request.headers.authorization);
    if (login === undefined) {
      return plain(401, 'error: authentication failed: send "Authorization: Basic <base64 of user:password>" with a login user of this router', { 'www-authenticate': CHALLENGE });
    }

    const method = request.method.toUpperCase();
    const release = namespaceRelease(re.software.junosVersion);
    const accept = acceptFormat(request.headers.accept);
    const bad = (message: string, format: OutputFormat = accept): RestResponse => respond(400, renderErrors([malformed(message)], format, release));
    const run = async (rpcs: (context: XmlRpcContext) => Promise<RestResponse>): Promise<RestResponse> => {
      const session = restContext(this.#router, slot, login, this.#nextSessionId());
      try {
        return await rpcs(session.context);
      } finally {
        session.end();
      }
    };

    if (request.path === '/rpc' || request.path === '/rpc/') {
      if (method !== 'POST') return plain(405, `error: ${request.path} takes POST (several RPCs in the body); run one RPC with GET /rpc/<rpc-name>`, { allow: 'POST' });
      const unknown = queryParams(request.query, [STOP_ON_ERROR]);
      if (isProblem(unknown)) return bad(unknown.problem);
      if (unknown.length > 0) return bad(`POST /rpc takes only the query parameter ${STOP_ON_ERROR}, not ${unknown.map((p) => p.name).join(', ')}`);
      const stop = queryValue(request.query, STOP_ON_ERROR);
      const rpcs = bodyRpcs(request.body);
      if (isProblem(rpcs)) return bad(rpcs.problem);
      return run((context) => this.#many(rpcs, accept, stop !== undefined && stop !== '0' && stop !== 'false', context, release));
    }
    if (!request.path.startsWith('/rpc/')) return plain(404, `error: no such path ${request.path}: ${PATHS_HINT}`);
    if (method !== 'GET' && method !== 'POST') return plain(405, `error: ${request.path} takes GET or POST, not ${method}`, { allow: 'GET, POST' });

    const url = parseRpcPath(request.path.slice('/rpc/'.length));
    if (isProblem(url)) return bad(url.problem);
    // `@format` chooses the output of any RPC; it reaches the executor only where it means that.
    const { format: urlFormat, ...otherAttributes } = url.attributes;
    const format = urlFormat === undefined ? accept : formatOf(urlFormat);
    if (format === undefined) return bad(`@format=${urlFormat ?? ''} is not a format REST renders: use @format=xml, @format=json or @format=text`);
    const query = queryParams(request.query);
    if (isProblem(query)) return bad(query.problem, format);
    const body = method === 'POST' ? bodyParams(request.body, request.headers['content-type']) : [];
    if (isProblem(body)) return bad(body.problem, format);
    const attributes = formatIsOutput(url.name) && urlFormat !== undefined ? url.attributes : otherAttributes;
    const planned = plan({ name: url.name, namespace: undefined, attributes, children: [...url.params, ...query, ...body], text: '' }, format);
    return run(async (context) => {
      const result = await this.#runOne(planned.request, context);
      const errors = result.errors.length === 0 && failed(result) ? nestedErrors(result.payload) : result.errors;
      return respond(failed(result) ? statusOf(errors, 500) : 200, renderResult(result, { ...planned, release }));
    });
  }

  async #runOne(request: XmlElement, context: XmlRpcContext): Promise<XmlRpcResult> {
    try {
      return await this.#execute(request, context);
    } catch (caught) {
      return { payload: '', ok: false, errors: [internal(request.name, (caught as Error).message)] };
    }
  }

  async #many(rpcs: readonly XmlElement[], accept: OutputFormat, stopOnError: boolean, context: XmlRpcContext, release: string): Promise<RestResponse> {
    const parts: Rendered[] = [];
    for (const rpc of rpcs) {
      const planned = plan(rpc, accept);
      const result = await this.#runOne(planned.request, context);
      parts.push(renderResult(result, { ...planned, release }));
      if (stopOnError && failed(result)) break;
    }
    return respond(200, multipart(parts));
  }
}
