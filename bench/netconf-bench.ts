/**
 * Benchmark of NETCONF over SSH (issue #5), against a router in memory served as `retwin start`
 * serves its NETCONF port (netconfPortHandlers, the real xml-rpc executor), with a lean ssh2
 * client (netconf-client.ts) in a worker thread on 127.0.0.1:
 * - session setup: TCP connect, SSH handshake and password login, subsystem, client hello out,
 *   server hello in. Warm: the login cache knows the password (every login after the first);
 *   cold: the cache is emptied before each login, so the SHA-512 crypt runs every time.
 *   Target: under 50 ms at the median (warm, what a client that logs in again sees).
 * - round trip of one RPC at a time (request out, whole reply in);
 * - throughput over one session: batches of small RPCs written at once, then all their replies
 *   read (pipelined). Target: at least 5,000 RPCs per second at the median.
 * Stock ncclient (and PyEZ) cannot show these figures: its reader thread wakes every 0.1 s, so it
 * spends ~100 ms per RPC whatever the server does (clients.md §11).
 */
import { NetconfSessions } from '../src/frontends/netconf/index.js';
import { clearLoginCache } from '../src/frontends/auth/index.js';
import { sha512Crypt, verifySha512Crypt } from '../src/lib/sha512-crypt.js';
import { netconfPortHandlers } from '../src/frontends/management-ports.js';
import { bootedLab } from '../src/router/test-router.js';
import { generateEd25519PrivateKey } from '../src/transports/ssh/host-key.js';
import { startSshServer } from '../src/transports/ssh/ssh-server.js';
import { startClientWorker } from './client-worker.js';
import { grouped, measure, msVerdict, rate, spread, timingOf } from './measure.js';
import type { NetconfClientData } from './netconf-client.js';

const SETUP_TARGET_MS = 50;
const RPCS_PER_SECOND_TARGET = 5000;
const SOFTWARE = '<get-software-information/>';
/** A smaller RPC (`show chassis alarms`, a reply of about 200 bytes). */
const ALARMS = '<get-alarm-information/>';
const GET_CONFIG = '<nc:get-config><nc:source><nc:running/></nc:source></nc:get-config>';
const PIPELINE_BATCH = 2000;

export async function runNetconfBench(): Promise<string[]> {
  const lines: string[] = [];
  const stored = sha512Crypt('lab123', { salt: 'Rt1wInBench' });
  const crypt = measure(() => verifySha512Crypt('lab123', stored), { runs: 15, warmup: 2 });
  lines.push(`password check (SHA-512 crypt, 5000 rounds), what a login the cache does not know costs: ${spread(crypt)}`);
  const { router } = bootedLab();
  const server = await startSshServer({
    host: '127.0.0.1',
    port: 0,
    hostKey: generateEd25519PrivateKey(),
    handlers: netconfPortHandlers({ router, target: 're0', sessions: new NetconfSessions() }),
  });
  const data: NetconfClientData = { port: server.port, user: 'lab', password: 'lab123' };
  const client = startClientWorker(new URL('./netconf-client.js', import.meta.url), data);
  try {
    await client.ask('setup', { runs: 3 });
    const warm = timingOf(await client.ask<number[]>('setup', { runs: 30 }));
    lines.push(`session setup (connect, SSH login, hello), login cached: ${spread(warm)}; ${msVerdict(warm, SETUP_TARGET_MS)}`);
    const cold: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      clearLoginCache();
      cold.push(...(await client.ask<number[]>('setup', { runs: 1 })));
    }
    lines.push(`session setup, every login checks the SHA-512 crypt: ${spread(timingOf(cold))}`);

    await client.ask('open');
    const reply = await client.ask<string>('sample', { operation: SOFTWARE });
    if (!reply.includes('<software-information')) throw new Error(`unexpected reply to ${SOFTWARE}: ${reply.slice(0, 300)}`);
    const size = Buffer.byteLength(reply);
    const software = timingOf(await client.ask<number[]>('roundTrip', { operation: SOFTWARE, runs: 300, warmup: 50 }));
    lines.push(`${SOFTWARE} round trip (reply ${size} bytes): ${spread(software)}`);
    const config = timingOf(await client.ask<number[]>('roundTrip', { operation: GET_CONFIG, runs: 100, warmup: 20 }));
    lines.push(`<get-config> (running) round trip: ${spread(config)} (peers, clients.md §11: netconfd 0.66 ms, fake-switches 0.99 ms, with their client)`);
    const alarms = timingOf(await client.ask<number[]>('roundTrip', { operation: ALARMS, runs: 300, warmup: 50 }));
    lines.push(`${ALARMS} round trip: ${spread(alarms)}`);
    for (const operation of [SOFTWARE, ALARMS]) {
      const pipelined = timingOf(await client.ask<number[]>('pipeline', { operation, count: PIPELINE_BATCH, runs: 7, warmup: 2 }));
      const met = (PIPELINE_BATCH * 1000) / pipelined.medianMs >= RPCS_PER_SECOND_TARGET ? 'met' : 'NOT MET';
      lines.push(`${operation} pipelined over one session: ${rate(PIPELINE_BATCH, pipelined, 'RPC')}; target >= ${grouped(RPCS_PER_SECOND_TARGET)} RPC/s: ${met}`);
    }
    await client.ask('close');
  } finally {
    await client.stop();
    await server.close();
  }
  return lines;
}
