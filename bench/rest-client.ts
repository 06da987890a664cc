/**
 * The HTTP client of the REST benchmark (rest-bench.ts), run in a worker thread
 * (client-worker.ts): node:http with a keep-alive agent, Basic credentials on every request (the
 * REST API has no session), bodies read whole and their status checked.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { workerData } from 'node:worker_threads';
import { serveTasks } from './client-worker.js';

export interface RestClientData {
  readonly port: number;
  readonly authorization: string;
}

const { port, authorization } = workerData as RestClientData;
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One GET; resolves with the body, rejects on a status other than 200. */
function get(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { authorization } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (response.statusCode === 200) resolve(body);
        else reject(new Error(`GET ${path}: HTTP ${response.statusCode ?? '?'}: ${body.slice(0, 200)}`));
      });
      response.on('error', reject);
    });
    req.setNoDelay(true);
    req.on('error', reject);
    req.end();
  });
}

serveTasks({
  sample: ({ path }: { path: string }) => get(path),
  /** One request at a time on a kept-alive connection: the time of each (ms). */
  roundTrip: async ({ path, runs, warmup }: { path: string; runs: number; warmup: number }) => {
    const samples: number[] = [];
    for (let i = 0; i < warmup + runs; i += 1) {
      const start = performance.now();
      await get(path);
      if (i >= warmup) samples.push(performance.now() - start);
    }
    return samples;
  },
  /** Batches of `count` requests, `concurrency` in flight at once: each batch's time (ms). */
  concurrent: async ({ path, count, concurrency, runs, warmup }: { path: string; count: number; concurrency: number; runs: number; warmup: number }) => {
    const samples: number[] = [];
    for (let i = 0; i < warmup + runs; i += 1) {
      let left = count;
      const start = performance.now();
      const lane = async (): Promise<void> => {
        while (left > 0) {
          left -= 1;
          await get(path);
        }
      };
      await Promise.all(Array.from({ length: concurrency }, lane));
      if (i >= warmup) samples.push(performance.now() - start);
    }
    return samples;
  },
});
