/**
 * Running a benchmark's client in a worker thread, so that the server under test has the main
 * thread to itself, as it would against a client in another process: the client's own work
 * (ssh2's decryption, HTTP parsing) is not counted against the server, and on a machine with two
 * cores both sides run at once.
 *
 * A small request/answer protocol over the worker's message port: the main thread `ask`s for a
 * task by name with its arguments; the worker (`serveTasks`) runs it and answers with its result
 * (the samples it measured) or its error. One task at a time.
 */
import { parentPort, Worker } from 'node:worker_threads';

interface Request {
  readonly id: number;
  readonly task: string;
  readonly args: unknown;
}

type Answer = { readonly id: number; readonly ok: true; readonly value: unknown } | { readonly id: number; readonly ok: false; readonly error: string };

export interface ClientWorker {
  ask<T>(task: string, args?: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** Starts the worker script `url` (a compiled bench file that calls `serveTasks`). */
export function startClientWorker(url: URL, workerData: unknown): ClientWorker {
  const worker = new Worker(url, { workerData });
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let next = 0;
  const failAll = (error: Error): void => {
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };
  worker.on('message', (answer: Answer) => {
    const entry = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (answer.ok) entry?.resolve(answer.value);
    else entry?.reject(new Error(answer.error));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`benchmark client worker exited (${code})`)));
  return {
    ask: <T>(task: string, args?: unknown) =>
      new Promise<T>((resolve, reject) => {
        next += 1;
        waiting.set(next, { resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage({ id: next, task, args } satisfies Request);
      }),
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** In the worker: answers the main thread's requests with `tasks`. */
export function serveTasks(tasks: Readonly<Record<string, (args: never) => Promise<unknown>>>): void {
  const port = parentPort;
  if (port === null) throw new Error('serveTasks runs in a worker thread');
  port.on('message', (request: Request) => {
    const task = tasks[request.task];
    const run = task === undefined ? Promise.reject(new Error(`no task ${request.task}`)) : task(request.args as never);
    run.then(
      (value) => port.postMessage({ id: request.id, ok: true, value } satisfies Answer),
      (error: unknown) => port.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies Answer),
    );
  });
}
