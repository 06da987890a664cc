/**
 * Benchmark of the SSH CLI (issue #4): login time (TCP connect, SSH handshake, password check,
 * shell with a pty, up to the first prompt) and the round trip of a show command in an open
 * session (typed line out, whole output and the next prompt back), with ssh2's client on
 * 127.0.0.1 against a router in memory. Targets: login under 50 ms, a show command under 5 ms,
 * at the median. The client's own cost is included (it is what a user waits for).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ssh2 from 'ssh2';
import { cliAccess } from '../src/frontends/cli/cli-access.js';
import { LoginHistory } from '../src/frontends/cli/login-history.js';
import { bootedLab } from '../src/router/test-router.js';
import { loadOrCreateHostKey } from '../src/transports/ssh/host-key.js';
import { startSshServer } from '../src/transports/ssh/ssh-server.js';
import { spread, type Timing } from './measure.js';

const LOGIN_TARGET_MS = 50;
const COMMAND_TARGET_MS = 5;
const PROMPT = /[>#] $/;

interface Shell {
  readonly client: ssh2.Client;
  readonly stream: ssh2.ClientChannel;
  received: string;
}

function login(port: number): Promise<Shell> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    client
      .on('ready', () => {
        client.shell({ term: 'vt100', cols: 80, rows: 500, width: 0, height: 0 }, (error, stream) => {
          if (error) return reject(error);
          const shell: Shell = { client, stream, received: '' };
          stream.on('data', (data: Buffer) => {
            shell.received += data.toString('utf8');
            if (PROMPT.test(shell.received)) resolve(shell);
          });
        });
      })
      .on('error', reject)
      .connect({ host: '127.0.0.1', port, username: 'lab', password: 'lab123' });
  });
}

function roundTrip(shell: Shell, line: string): Promise<void> {
  return new Promise((resolve) => {
    shell.received = '';
    const check = (): void => {
      if (PROMPT.test(shell.received)) {
        shell.stream.off('data', check);
        resolve();
      }
    };
    shell.stream.on('data', check);
    shell.stream.write(`${line}\r`);
  });
}

async function timeAsync(task: () => Promise<unknown>, runs: number, warmup: number): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)] ?? 0, minMs: times[0] ?? 0, maxMs: times[times.length - 1] ?? 0, runs };
}

function verdict(timing: Timing, target: number): string {
  return timing.medianMs < target ? `target < ${target} ms: met` : `target < ${target} ms: NOT MET`;
}

export async function runSshBench(): Promise<string[]> {
  const { router } = bootedLab();
  const dir = mkdtempSync(join(tmpdir(), 'retwin-bench-'));
  const key = loadOrCreateHostKey(join(dir, 'key'));
  const server = await startSshServer({ host: '127.0.0.1', port: 0, hostKey: key.privateKey, handlers: cliAccess({ router, target: 're0', logins: new LoginHistory() }) });
  const lines: string[] = [];
  try {
    const logins = await timeAsync(
      async () => {
        const shell = await login(server.port);
        shell.client.end();
      },
      30,
      3,
    );
    lines.push(`SSH login to the first prompt: ${spread(logins)}; ${verdict(logins, LOGIN_TARGET_MS)}`);
    const shell = await login(server.port);
    for (const command of ['show chassis alarms', 'show chassis routing-engine', 'show chassis hardware']) {
      const timing = await timeAsync(() => roundTrip(shell, command), 200, 20);
      lines.push(`'${command}' round trip: ${spread(timing)}; ${verdict(timing, COMMAND_TARGET_MS)}`);
    }
    shell.client.end();
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
