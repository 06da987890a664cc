/**
 * `retwin start`, `retwin console` and `retwin fault`, run as a user runs them: the built
 * executable in child processes, the router at 100 times real speed on a temporary state
 * directory, its control API on a free port. The server child is always killed.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'main.js');

interface Server {
  readonly child: ChildProcess;
  readonly port: number;
  output(): string;
  exited: Promise<number | null>;
}

/** Starts `retwin start` and waits for its port and `ready`. */
async function start(stateDir: string): Promise<Server> {
  const child = spawn(process.execPath, [main, 'start', '--state-dir', stateDir, '--control-port', '0', '--time-scale', '100'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 8_000;
  while (!/ready in \d+ ms/.test(text)) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`retwin start did not get ready:\n${text}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const port = Number(/control API on http:\/\/127\.0\.0\.1:(\d+)/.exec(text)?.[1]);
  return { child, port, output: () => text, exited };
}

function retwin(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [main, ...args], { input, encoding: 'utf8', timeout: 5_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function api(server: Server, stateDir: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const token = (await readFile(join(stateDir, 'control-token'), 'utf8')).trim();
  const response = await fetch(`http://127.0.0.1:${server.port}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function stop(server: Server): Promise<number | null> {
  server.child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000).unref());
  const code = await Promise.race([server.exited, timeout]);
  if (code === 'timeout') {
    server.child.kill('SIGKILL');
    throw new Error(`retwin start did not stop on SIGTERM:\n${server.output()}`);
  }
  return code;
}

test('start runs a router that the console, the faults and the control API reach, and a restart keeps its commits', { timeout: 30_000 }, async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'retwin-start-'));
  const stateDir = join(scratch, 'state');
  const servers: Server[] = [];
  try {
    const server = await start(stateDir);
    servers.push(server);
    assert.match(server.output(), /re0 up: (master|backup), host name r1-re0/);
    assert.equal(statSync(join(stateDir, 'control-token')).mode & 0o777, 0o600);
    const client = ['--state-dir', stateDir, '--control-port', String(server.port)];

    const unauthenticated = await fetch(`http://127.0.0.1:${server.port}/api/router`);
    assert.equal(unauthenticated.status, 401);

    const console = retwin(['console', '--re', 're0', ...client], 'show chassis routing-engine\n');
    assert.equal(console.stderr, '');
    assert.match(console.stdout, /Routing Engine status:\n {2}Slot 0:\n {4}Current state/);
    assert.equal(console.status, 0);

    const history = (await api(server, stateDir, 'POST', '/api/re/re0/command', { command: 'show system commit' })).body.output;
    assert.match(String(history), /^0 {3}\d{4}-\d\d-\d\d/m);

    const fault = retwin(['fault', 'halt', '--re', 're1', ...client]);
    assert.equal(fault.stdout, 'halt re1: done\n');
    assert.equal(fault.status, 0);
    const refused = retwin(['fault', 'restore-link', ...client]);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /restore-link: refused: the internal link is not cut/);

    const state = await api(server, stateDir, 'GET', '/api/router');
    const engines = state.body.routingEngines as { slot: string; power: string }[];
    assert.deepEqual(engines.map((re) => `${re.slot} ${re.power}`), ['re0 running', 're1 halted']);

    assert.equal(await stop(server), 0);
    assert.match(server.output(), /SIGTERM: shutting down\nstopped\n$/);

    const again = await start(stateDir);
    servers.push(again);
    assert.doesNotMatch(again.output(), /new state directory/);
    const after = (await api(again, stateDir, 'POST', '/api/re/re0/command', { command: 'show system commit' })).body.output;
    assert.equal(after, history);
    assert.equal(await stop(again), 0);
  } finally {
    for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
    rmSync(scratch, { recursive: true, force: true });
  }
});

test('start refuses an initial configuration with errors and exits 1 with them', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'retwin-start-'));
  try {
    const config = join(scratch, 'bad.conf');
    writeFileSync(config, 'system {\n    bogus-statement;\n}\n');
    const result = retwin(['start', '--state-dir', join(scratch, 'state'), '--config', config, '--control-port', '0']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /the initial configuration has errors[\s\S]*bogus-statement/);
    assert.match(result.stderr, /retwin config check/);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test('console and fault say how to reach a router that is not running', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'retwin-start-'));
  try {
    const result = retwin(['fault', 'list', '--state-dir', scratch]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cannot read the control token .*start the router first/);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
