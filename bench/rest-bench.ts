/**
 * Benchmark of the Junos REST API (issue #5), against a router in memory behind the real HTTP
 * server (rest-server.ts) and the real xml-rpc executor, with a node:http client in a worker
 * thread (rest-client.ts) on 127.0.0.1, keep-alive, Basic credentials on every request:
 * - the round trip of `GET /rpc/get-software-information`, one request at a time;
 * - requests per second with several requests in flight (each on its own kept-alive connection).
 * Every request carries the password: after the first, the shared login cache answers
 * (src/frontends/auth/login-cache.ts) instead of the SHA-512 crypt. Issue #5 sets no number for
 * REST; the figures are reported for comparison over time.
 */
import { RestApi } from '../src/frontends/rest/rest-api.js';
import { executeRpc } from '../src/frontends/xml-rpc/index.js';
import { bootedLab } from '../src/router/test-router.js';
import { startRestServer } from '../src/transports/http/rest-server.js';
import { startClientWorker } from './client-worker.js';
import { rate, spread, timingOf } from './measure.js';
import type { RestClientData } from './rest-client.js';

const PATH = '/rpc/get-software-information';
const BATCH = 2000;
const CONCURRENCY = 8;

export async function runRestBench(): Promise<string[]> {
  const { router } = bootedLab();
  const server = await startRestServer(new RestApi({ router, target: 're0', execute: executeRpc }), { host: '127.0.0.1', port: 0 });
  const data: RestClientData = { port: server.port, authorization: `Basic ${Buffer.from('lab:lab123').toString('base64')}` };
  const client = startClientWorker(new URL('./rest-client.js', import.meta.url), data);
  const lines: string[] = [];
  try {
    const body = await client.ask<string>('sample', { path: PATH });
    if (!body.includes('<software-information')) throw new Error(`unexpected answer to GET ${PATH}: ${body.slice(0, 300)}`);
    const single = timingOf(await client.ask<number[]>('roundTrip', { path: PATH, runs: 300, warmup: 50 }));
    lines.push(`GET ${PATH} round trip (keep-alive, body ${Buffer.byteLength(body)} bytes): ${spread(single)}`);
    for (const concurrency of [1, CONCURRENCY]) {
      const batches = timingOf(await client.ask<number[]>('concurrent', { path: PATH, count: BATCH, concurrency, runs: 5, warmup: 1 }));
      lines.push(`GET ${PATH}, ${concurrency} in flight: ${rate(BATCH, batches, 'requests')}`);
    }
  } finally {
    await client.stop();
    await server.close();
  }
  return lines;
}
