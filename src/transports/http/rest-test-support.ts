/**
 * Test support for the REST server (not used by production code): a booted router on a
 * simulated clock behind a `RestApi` and a real HTTP server on 127.0.0.1 (port 0), a `fetch`
 * with the starter's credentials, and a reader of `multipart/mixed` bodies that follows
 * RFC 2046 (so the tests check the framing rather than trust it). `EXECUTORS`: the tests run
 * against the fake executor and the real one (src/frontends/xml-rpc), each recording its calls.
 */
import { RestApi, type RestTarget, type XmlRpcExecutor } from '../../frontends/rest/rest-api.js';
import { fakeExecutor, recording, type RecordingExecutor } from '../../frontends/rest/testing/fake-executor.js';
import { executeRpc } from '../../frontends/xml-rpc/index.js';
import { bootedLab, type Lab } from '../../router/test-router.js';
import { startRestServer, type RestServer } from './rest-server.js';

export const LAB_AUTH = basic('lab', 'lab123');

/** The executors every REST behaviour is checked against (the fake refuses `request-reboot`). */
export const EXECUTORS: readonly (readonly [string, () => RecordingExecutor])[] = [
  ['fake executor', () => fakeExecutor({ deny: ['request-reboot'] })],
  ['xml-rpc executor', () => recording(executeRpc)],
];

export function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

export interface RestLab extends Lab {
  readonly server: RestServer;
  /** `fetch(server.url + path)` with `Authorization` for lab/lab123 unless `init` sets one. */
  call(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export interface RestLabOptions {
  readonly execute?: XmlRpcExecutor;
  readonly target?: RestTarget;
  readonly bodyLimitBytes?: number;
}

export async function startRestLab(options: RestLabOptions = {}): Promise<RestLab> {
  const lab = bootedLab();
  const api = new RestApi({ router: lab.router, target: options.target ?? 're0', execute: options.execute ?? recording(executeRpc) });
  const server = await startRestServer(api, { host: '127.0.0.1', port: 0, ...(options.bodyLimitBytes === undefined ? {} : { bodyLimitBytes: options.bodyLimitBytes }) });
  return {
    ...lab,
    server,
    call: (path, init = {}) => {
      const headers = new Headers(init.headers);
      if (!headers.has('authorization')) headers.set('authorization', LAB_AUTH);
      return fetch(`${server.url}${path}`, { ...init, headers });
    },
    close: () => server.close(),
  };
}

export interface Part {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The parts of a `multipart/mixed` body (RFC 2046: the CRLF before a delimiter is the delimiter's). */
export function parseMultipart(contentType: string, body: string): Part[] {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1];
  if (boundary === undefined) throw new Error(`no boundary in ${contentType}`);
  const delimiter = `--${boundary}`;
  const sections = `\r\n${body}`.split(`\r\n${delimiter}`);
  if (sections.shift()?.trim() !== '') throw new Error('text before the first delimiter');
  const last = sections.pop();
  if (last === undefined || !last.startsWith('--')) throw new Error(`the body does not end with ${delimiter}--`);
  return sections.map((section) => {
    if (!section.startsWith('\r\n')) throw new Error(`a delimiter is not followed by CRLF: ${JSON.stringify(section.slice(0, 20))}`);
    const split = section.indexOf('\r\n\r\n', 2);
    const headerText = split === -1 ? section.slice(2) : section.slice(2, split);
    const headers: Record<string, string> = {};
    for (const line of headerText.split('\r\n').filter((l) => l !== '')) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    return { headers, body: split === -1 ? '' : section.slice(split + 4) };
  });
}
