/**
 * Test support for the client tests (test/cli-clients.test.ts, test/netconf-clients.test.ts):
 * `retwin start` as a child process on free ports, the automation clients (Python scripts run
 * with /usr/bin/python3, ansible-playbook) as child process groups with a deadline, and the
 * checks of whether a client is installed.
 *
 * - `startRouter(stateDir)` runs the built executable (dist/src/main.js) with every port 0
 *   (control, SSH CLI, NETCONF, REST: several routers and several test files run at once),
 *   10 times real speed, waits for `router r1 ready in N ms` (15 s at most) and reads the ports
 *   it printed; `stopRouter` sends SIGTERM, then SIGKILL after 5 s.
 * - `withRouters(prefix, names, body)` makes a temporary directory, starts one router per name
 *   (each with its own state directory in it), runs `body` and always stops every router that
 *   started and removes the directory.
 * - `runClient` runs a command in its own process group and kills the whole group when it ends
 *   or after `timeoutMs` (Ansible leaves a persistent connection process behind).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root, whether running from test/support or dist/test/support. */
export const repoRoot = here.includes(join('dist', 'test')) ? join(here, '..', '..', '..') : join(here, '..', '..');
const mainScript = join(repoRoot, 'dist', 'src', 'main.js');
/** The client scripts, playbooks and inventories: test/clients. */
export const clientsDir = join(repoRoot, 'test', 'clients');
/** Debian's Python, which sees the packaged clients (the pyenv `python3` on PATH does not). */
export const PYTHON = '/usr/bin/python3';

/** Why `/usr/bin/python3` cannot import `module` (installed by Debian package `debianPackage`), or undefined. */
export function pythonModuleMissing(module: string, debianPackage: string): string | undefined {
  const probe = spawnSync(PYTHON, ['-c', `import ${module}`], { encoding: 'utf8', timeout: 20_000 });
  if (probe.error !== undefined) return `${PYTHON} cannot run (${probe.error.message}): install python3 and ${debianPackage}`;
  if (probe.status !== 0) return `${PYTHON} cannot import ${module}: install ${debianPackage}`;
  return undefined;
}

/** Why ansible-playbook cannot run here, or undefined. */
export function ansibleMissing(): string | undefined {
  const probe = spawnSync('ansible-playbook', ['--version'], { encoding: 'utf8', timeout: 20_000 });
  if (probe.error !== undefined || probe.status !== 0) return 'ansible-playbook is missing: install ansible (junipernetworks.junos 4.1.0, ansible.netcommon 4.1.0)';
  return undefined;
}

/** The three addresses of a service: the master-only one, re0's and re1's. */
export interface TargetPorts {
  readonly master: number;
  readonly re0: number;
  readonly re1: number;
}

export interface Router {
  readonly child: ChildProcess;
  readonly ports: { readonly ssh: TargetPorts; readonly netconf: TargetPorts; readonly rest: TargetPorts };
  /** What it printed so far (stdout and stderr). */
  output(): string;
}

/** Starts `retwin start` on free ports and waits until it prints `ready`. */
export async function startRouter(stateDir: string): Promise<Router> {
  const ports = ['--control-port', '0', '--ssh-port', '0', '--netconf-port', '0', '--rest-port', '0'];
  const child = spawn(process.execPath, [mainScript, 'start', '--state-dir', stateDir, ...ports, '--time-scale', '10'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const deadline = Date.now() + 15_000;
  while (!/router r1 ready in \d+ ms/.test(text)) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`retwin start did not get ready:\n${text}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const port = (pattern: string): number => {
    const found = new RegExp(pattern).exec(text)?.[1];
    assert.ok(found, `no line matching ${pattern} in:\n${text}`);
    return Number(found);
  };
  const targets = (line: (target: string) => string): TargetPorts => ({ master: port(line('the master RE')), re0: port(line('re0')), re1: port(line('re1')) });
  return {
    child,
    ports: {
      ssh: targets((target) => `SSH CLI \\(${target}\\): ssh -p (\\d+) lab@127\\.0\\.0\\.1`),
      netconf: targets((target) => `NETCONF \\(${target}\\): ssh -p (\\d+) -s lab@127\\.0\\.0\\.1 netconf`),
      rest: targets((target) => `REST \\(${target}\\): curl -u lab:lab123 http://127\\.0\\.0\\.1:(\\d+)/`),
    },
    output: () => text,
  };
}

export async function stopRouter(router: Router): Promise<void> {
  if (router.child.exitCode !== null || router.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => router.child.once('exit', () => resolve()));
  router.child.kill('SIGTERM');
  const timer = setTimeout(() => router.child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts one router per name (state directories `<scratch>/<name>`), all at once, and runs
 * `body` with them by name and the scratch directory; always stops every router that started
 * and removes the scratch directory.
 */
export async function withRouters<Name extends string>(prefix: string, names: readonly Name[], body: (routers: Record<Name, Router>, scratch: string) => Promise<void>): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  const started: Router[] = [];
  try {
    // allSettled: when one fails to start, the others are in `started` (and stopped) before the throw.
    const starts = await Promise.allSettled(
      names.map(async (name) => {
        const router = await startRouter(join(scratch, name));
        started.push(router);
        return router;
      }),
    );
    const routers = {} as Record<Name, Router>;
    starts.forEach((start, i) => {
      if (start.status === 'rejected') throw start.reason;
      routers[names[i] as Name] = start.value;
    });
    await body(routers, scratch);
  } finally {
    await Promise.all(started.map(stopRouter));
    rmSync(scratch, { recursive: true, force: true });
  }
}

export interface ClientRun {
  /** The exit status; null when it was killed at its deadline or could not start. */
  readonly status: number | null;
  /** stdout and stderr, interleaved as they came. */
  readonly output: string;
  readonly seconds: number;
}

/** Runs a client in its own process group; kills the whole group (Ansible's persistent connection too) after `timeoutMs`. */
export function runClient(command: string, args: readonly string[], options: { readonly cwd: string; readonly env: NodeJS.ProcessEnv; readonly timeoutMs: number }): Promise<ClientRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const killGroup = (): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, options.timeoutMs);
    child.once('close', (status) => {
      clearTimeout(timer);
      killGroup();
      const note = timedOut ? `\n[killed after ${options.timeoutMs / 1000} s]` : '';
      resolve({ status: timedOut ? null : status, output: output + note, seconds: (Date.now() - started) / 1000 });
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ status: null, output: `${output}\n${command}: ${error.message}`, seconds: (Date.now() - started) / 1000 });
    });
  });
}

/** The environment of Python clients: no .pyc files written, output unbuffered. */
export function pythonEnvironment(): NodeJS.ProcessEnv {
  return { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' };
}

/**
 * The environment of ansible-playbook with its own home under `home` (created): an empty
 * ansible.cfg (no configuration of the machine or the user applies), its temporary and
 * persistent-connection folders there, host keys not checked, 20 s connect and command
 * timeouts, no colours.
 */
export function ansibleEnvironment(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  mkdirSync(join(home, 'tmp'), { recursive: true });
  writeFileSync(join(home, 'ansible.cfg'), '');
  return {
    ...pythonEnvironment(),
    HOME: home,
    ANSIBLE_LOCAL_TEMP: join(home, 'tmp'),
    ANSIBLE_REMOTE_TEMP: join(home, 'tmp'),
    ANSIBLE_PERSISTENT_CONTROL_PATH_DIR: join(home, 'pc'),
    ANSIBLE_CONFIG: join(home, 'ansible.cfg'),
    ANSIBLE_HOST_KEY_CHECKING: 'False',
    ANSIBLE_PERSISTENT_CONNECT_TIMEOUT: '20',
    ANSIBLE_PERSISTENT_COMMAND_TIMEOUT: '20',
    ANSIBLE_RETRY_FILES_ENABLED: 'False',
    ANSIBLE_NOCOLOR: '1',
    ...extra,
  };
}

/** The lines a client printed for its steps (matching `pattern`), for the test's diagnostics. */
export const stepLines = (output: string, pattern: RegExp): string[] => output.split('\n').filter((line) => pattern.test(line));
