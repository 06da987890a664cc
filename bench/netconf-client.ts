/**
 * The lean NETCONF client of the NETCONF benchmark (netconf-bench.ts), run in a worker thread
 * (client-worker.ts): ssh2's Client, the `netconf` subsystem, `]]>]]>` framing and nothing
 * else. Replies are counted, not parsed (one reply per request is checked once), so that the
 * figures are the server's: stock ncclient would add its own ~100 ms per RPC (its reader wakes
 * every 0.1 s, clients.md §11).
 *
 * Requests look like ncclient's: an XML declaration, then `<nc:rpc>` with a `urn:uuid:`
 * message-id. The client hello goes out as soon as the channel opens, as ncclient's does.
 * Unlike paramiko (clients.md §11), the client sets TCP_NODELAY.
 */
import { performance } from 'node:perf_hooks';
import { workerData } from 'node:worker_threads';
import ssh2 from 'ssh2';
import { serveTasks } from './client-worker.js';

const EOM = ']]>]]>';
const NC = 'urn:ietf:params:xml:ns:netconf:base:1.0';
const CLIENT_HELLO =
  `<?xml version="1.0" encoding="UTF-8"?><nc:hello xmlns:nc="${NC}"><nc:capabilities>` +
  '<nc:capability>urn:ietf:params:netconf:base:1.0</nc:capability><nc:capability>urn:ietf:params:netconf:base:1.1</nc:capability>' +
  `</nc:capabilities></nc:hello>${EOM}`;

export interface NetconfClientData {
  readonly port: number;
  readonly user: string;
  readonly password: string;
}

const { port, user, password } = workerData as NetconfClientData;

/** The request for operation `operation` (an element, e.g. `<get-software-information/>`). */
function rpc(operation: string, n: number): string {
  const id = `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return `<?xml version="1.0" encoding="UTF-8"?><nc:rpc xmlns:nc="${NC}" message-id="${id}">${operation}</nc:rpc>${EOM}`;
}

/** One open session: counts the delimiters the server sends, keeps a reply's text when asked. */
class Session {
  readonly client: ssh2.Client;
  readonly stream: ssh2.ClientChannel;
  /** Data after the last delimiter, up to 5 characters (a delimiter may start there). */
  #tail = '';
  #count = 0;
  #capture: string[] | undefined;
  #want: { readonly n: number; readonly resolve: () => void } | undefined;

  constructor(client: ssh2.Client, stream: ssh2.ClientChannel) {
    this.client = client;
    this.stream = stream;
    stream.on('data', (chunk: Buffer) => this.#onData(chunk));
  }

  #onData(chunk: Buffer): void {
    // latin1 maps bytes one to one: the ASCII delimiter is found whatever the UTF-8 around it.
    const text = this.#tail + chunk.toString('latin1');
    this.#capture?.push(chunk.toString('latin1'));
    let end = 0;
    for (let at = text.indexOf(EOM); at >= 0; at = text.indexOf(EOM, end)) {
      this.#count += 1;
      end = at + EOM.length;
    }
    this.#tail = text.slice(Math.max(end, text.length - (EOM.length - 1)));
    const want = this.#want;
    if (want !== undefined && this.#count >= want.n) {
      this.#count -= want.n;
      this.#want = undefined;
      want.resolve();
    }
  }

  /** Resolves once `n` more messages have come. */
  replies(n: number): Promise<void> {
    if (this.#count >= n) {
      this.#count -= n;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.#want = { n, resolve };
    });
  }

  /** The text of the next message (for checking what the server answers). */
  async nextMessage(send: string): Promise<string> {
    this.#capture = [];
    this.stream.write(send);
    await this.replies(1);
    const text = this.#capture.join('');
    this.#capture = undefined;
    return text;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.client.once('close', () => resolve());
      this.client.end();
    });
  }
}

/** Connects, logs in, opens the subsystem, says hello; resolves once the server hello is in. */
function openSession(): Promise<Session> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    client
      // A lean client sets TCP_NODELAY: without it, a request written right behind ssh2's own
      // window adjustment waits for the server's delayed ACK (40 ms), now and then.
      .on('connect', () => client.setNoDelay(true))
      .on('ready', () => {
        client.subsys('netconf', (error, stream) => {
          if (error) return reject(error);
          const session = new Session(client, stream);
          stream.write(CLIENT_HELLO);
          session.replies(1).then(() => resolve(session), reject);
        });
      })
      .on('error', reject)
      .connect({ host: '127.0.0.1', port, username: user, password });
  });
}

let open: Session | undefined;

function session(): Session {
  if (open === undefined) throw new Error('no session open');
  return open;
}

serveTasks({
  /** Session setups, one after the other: the time of each (ms), closing excluded. */
  setup: async ({ runs }: { runs: number }) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      const opened = await openSession();
      samples.push(performance.now() - start);
      await opened.close();
    }
    return samples;
  },
  open: async () => {
    open = await openSession();
  },
  /** The text of the reply to `operation` (checked by the benchmark). */
  sample: ({ operation }: { operation: string }) => session().nextMessage(rpc(operation, 0)),
  /** One request at a time: the round trip of each (ms). */
  roundTrip: async ({ operation, runs, warmup }: { operation: string; runs: number; warmup: number }) => {
    const s = session();
    const samples: number[] = [];
    for (let i = 0; i < warmup + runs; i += 1) {
      const start = performance.now();
      s.stream.write(rpc(operation, i));
      await s.replies(1);
      if (i >= warmup) samples.push(performance.now() - start);
    }
    return samples;
  },
  /** Batches of `count` requests written at once, then their `count` replies: each batch's time (ms). */
  pipeline: async ({ operation, count, runs, warmup }: { operation: string; count: number; runs: number; warmup: number }) => {
    const s = session();
    const batch = Array.from({ length: count }, (_, i) => rpc(operation, i)).join('');
    const samples: number[] = [];
    for (let i = 0; i < warmup + runs; i += 1) {
      const start = performance.now();
      s.stream.write(batch);
      await s.replies(count);
      if (i >= warmup) samples.push(performance.now() - start);
    }
    return samples;
  },
  close: async () => {
    await open?.close();
    open = undefined;
  },
});
