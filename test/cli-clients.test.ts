/**
 * The automation clients users point at a Junos CLI, run against `retwin start` as they would
 * run against a router (clients.md sections 6.3, 7, 9.4 and 9.5): Netmiko 2.4.2 (device_type
 * juniper_junos) on the master address and on re1's own address, and Ansible's network_cli
 * (junipernetworks.junos 4.1.0, ansible.netcommon 4.1.0) on the master address: junos_command,
 * junos_ping, cli_config and junos_netconf (junos_config is not among them: in 4.1.0 it needs
 * NETCONF). The scripts and the playbook are test/clients/; this file starts two routers (the
 * built executable, on free ports, each with its own state directory under a temporary one, 10
 * times real speed: one for Netmiko, one for Ansible, as both change the configuration), runs the
 * clients at the same time with /usr/bin/python3 and ansible-playbook, and checks their exit
 * status and the lines they print. The routers, and any client left running, are always killed,
 * and the temporary directory removed.
 *
 * Netmiko keeps its own timing: its timing-based reads wait for 2 s of quiet, so the master run
 * takes about 50 s, and the other runs go along with it. Its fast_cli mode (the script's
 * --delay-factor) would halve that, but it then sends Enter in a loop without waiting while it
 * looks for the first prompt, so the first replies race its reads.
 *
 * Skipped (with the reason) when /usr/bin/python3 cannot import netmiko or ansible-playbook is
 * missing; CI installs both. Netmiko's reads time out after 10 s and Ansible's commands after
 * 20 s, and each client run has a deadline, so a hang fails the test well within its 3 minutes.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root, whether running from test/ or dist/test/. */
const root = here.includes(join('dist', 'test')) ? join(here, '..', '..') : join(here, '..');
const main = join(root, 'dist', 'src', 'main.js');
const clients = join(root, 'test', 'clients');
const PYTHON = '/usr/bin/python3';

/** Why Netmiko cannot run here, or undefined. */
function netmikoMissing(): string | undefined {
  const probe = spawnSync(PYTHON, ['-c', 'import netmiko; print(netmiko.__version__)'], { encoding: 'utf8', timeout: 20_000 });
  if (probe.error !== undefined) return `${PYTHON} cannot run (${probe.error.message}): install python3 and python3-netmiko`;
  if (probe.status !== 0) return `${PYTHON} cannot import netmiko: install python3-netmiko (Netmiko 2.4.2)`;
  return undefined;
}

/** Why ansible-playbook cannot run here, or undefined. */
function ansibleMissing(): string | undefined {
  const probe = spawnSync('ansible-playbook', ['--version'], { encoding: 'utf8', timeout: 20_000 });
  if (probe.error !== undefined || probe.status !== 0) return 'ansible-playbook is missing: install ansible (junipernetworks.junos 4.1.0, ansible.netcommon 4.1.0)';
  return undefined;
}

interface Router {
  readonly child: ChildProcess;
  /** SSH CLI ports: the master-only address, re0's and re1's. */
  readonly ports: { readonly master: number; readonly re0: number; readonly re1: number };
  output(): string;
}

/** Starts `retwin start` on free ports and waits until it prints `ready`. */
async function startRouter(stateDir: string): Promise<Router> {
  const child = spawn(process.execPath, [main, 'start', '--state-dir', stateDir, '--ssh-port', '0', '--control-port', '0', '--time-scale', '10'], { stdio: ['ignore', 'pipe', 'pipe'] });
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
  const port = (target: string): number => {
    const found = new RegExp(`SSH CLI \\(${target}\\): ssh -p (\\d+) lab@127\\.0\\.0\\.1`).exec(text)?.[1];
    assert.ok(found, `no SSH CLI line for ${target} in:\n${text}`);
    return Number(found);
  };
  return { child, ports: { master: port('the master RE'), re0: port('re0'), re1: port('re1') }, output: () => text };
}

async function stopRouter(router: Router): Promise<void> {
  if (router.child.exitCode !== null || router.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => router.child.once('exit', () => resolve()));
  router.child.kill('SIGTERM');
  const timer = setTimeout(() => router.child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

interface Run {
  readonly status: number | null;
  readonly output: string;
  readonly seconds: number;
}

/** Runs a client in its own process group; kills the whole group (Ansible's persistent connection too) after `timeoutMs`. */
function run(command: string, args: readonly string[], options: { readonly cwd: string; readonly env: NodeJS.ProcessEnv; readonly timeoutMs: number }): Promise<Run> {
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

/** The lines a client printed for its steps (`ok ...`, `CHECK ...`), for the test's diagnostics. */
const stepLines = (output: string, pattern: RegExp): string[] => output.split('\n').filter((line) => pattern.test(line));

// The three runs go at the same time: Netmiko on one router's master address and on its re1
// address (operational commands only there), Ansible on the other router.
test('Netmiko and Ansible network_cli drive the SSH CLI as on a dual-RE Junos router', { timeout: 180_000, concurrency: true }, async (t) => {
  const noNetmiko = netmikoMissing();
  const noAnsible = ansibleMissing();
  if (noNetmiko !== undefined && noAnsible !== undefined) {
    t.skip(`${noNetmiko}; ${noAnsible}`);
    return;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'retwin-clients-'));
  const routers: Router[] = [];
  const started = async (name: string): Promise<Router> => {
    const router = await startRouter(join(scratch, name));
    routers.push(router);
    return router;
  };
  try {
    // allSettled: when one fails to start, the other is in `routers` (and stopped) before the throw.
    const starts = await Promise.allSettled([started('netmiko-state'), started('ansible-state')]);
    const [forNetmiko, forAnsible] = starts.map((start) => {
      if (start.status === 'rejected') throw start.reason;
      return start.value;
    }) as [Router, Router];
    const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' };

    const master = t.test('Netmiko on the master address: prompt, commands, configuration mode, commits, discarded change', async (t) => {
      if (noNetmiko !== undefined) return t.skip(noNetmiko);
      const result = await run(PYTHON, [join(clients, 'netmiko-accept.py'), '--port', String(forNetmiko.ports.master), '--role', 'master', '--deadline', '90'], { cwd: scratch, env, timeoutMs: 100_000 });
      t.diagnostic(`netmiko (master) took ${result.seconds.toFixed(1)} s`);
      for (const line of stepLines(result.output, /^(ok|FAIL) /)) t.diagnostic(line);
      assert.equal(result.status, 0, result.output);
      assert.match(result.output, /^ok base_prompt: lab@r1-re0 /m);
      assert.match(result.output, /^ok find_prompt: lab@r1-re0> /m);
      assert.match(result.output, /^ok show chassis routing-engine: Master and Backup, last line \{master\} /m);
      assert.match(result.output, /^ok commit\(comment='netmiko'\): commit complete /m);
      assert.match(result.output, /^ok commit synchronize: re0: re1: commit complete /m);
      assert.match(result.output, /^ok send_config_set \(default exit\): asked "Exit with uncommitted changes\?", answered yes /m);
      assert.match(result.output, /^ok show configuration system: building b4 \(b5 discarded\) /m);
      assert.match(result.output, /^NETMIKO OK$/m);
    });

    const backup = t.test('Netmiko on re1 (the backup RE): its prompt and {backup}', async (t) => {
      if (noNetmiko !== undefined) return t.skip(noNetmiko);
      const result = await run(PYTHON, [join(clients, 'netmiko-accept.py'), '--port', String(forNetmiko.ports.re1), '--role', 'backup', '--deadline', '45'], { cwd: scratch, env, timeoutMs: 60_000 });
      t.diagnostic(`netmiko (backup) took ${result.seconds.toFixed(1)} s`);
      assert.equal(result.status, 0, result.output);
      assert.match(result.output, /^ok base_prompt: lab@r1-re1 /m);
      assert.match(result.output, /^ok find_prompt: lab@r1-re1> /m);
      assert.match(result.output, /^ok show chassis routing-engine: Master and Backup, last line \{backup\} /m);
      assert.match(result.output, /^NETMIKO OK$/m);
    });

    const ansible = t.test('Ansible network_cli: junos_command, junos_ping, then cli_config and junos_netconf (each changed, then not)', async (t) => {
      if (noAnsible !== undefined) return t.skip(noAnsible);
      const home = join(scratch, 'ansible-home');
      mkdirSync(join(home, 'tmp'), { recursive: true });
      // An empty configuration file of its own: no ansible.cfg of the machine or the user applies.
      writeFileSync(join(home, 'ansible.cfg'), '');
      const ansibleEnv: NodeJS.ProcessEnv = {
        ...env,
        HOME: home,
        ANSIBLE_LOCAL_TEMP: join(home, 'tmp'),
        ANSIBLE_REMOTE_TEMP: join(home, 'tmp'),
        ANSIBLE_PERSISTENT_CONTROL_PATH_DIR: join(home, 'pc'),
        ANSIBLE_CONFIG: join(home, 'ansible.cfg'),
        ANSIBLE_HOST_KEY_CHECKING: 'False',
        ANSIBLE_NETWORK_CLI_SSH_TYPE: 'paramiko',
        ANSIBLE_PERSISTENT_CONNECT_TIMEOUT: '20',
        ANSIBLE_PERSISTENT_COMMAND_TIMEOUT: '20',
        ANSIBLE_RETRY_FILES_ENABLED: 'False',
        ANSIBLE_NOCOLOR: '1',
      };
      const result = await run('ansible-playbook', ['-i', join(clients, 'ansible-cli.ini'), '-e', `ansible_port=${forAnsible.ports.master}`, join(clients, 'ansible-cli-accept.yml')], { cwd: scratch, env: ansibleEnv, timeoutMs: 90_000 });
      t.diagnostic(`ansible-playbook took ${result.seconds.toFixed(1)} s`);
      for (const line of stepLines(result.output, /"msg": "CHECK /)) t.diagnostic(line.trim());
      assert.equal(result.status, 0, result.output);
      assert.match(result.output, /CHECK junos_command: Hostname: r1-re0, Model: mx960, Junos: 17\.3R1\.10; outputs end with \{master\} and \{master\}/);
      assert.match(result.output, /CHECK junos_ping: 3\/3 received; cli_config: changed True, then False; junos_netconf: changed True, then False; location building b3, netconf port 830\. ANSIBLE CLI OK"/);
      assert.match(result.output, /r1 +: ok=\d+ +changed=2 +unreachable=0 +failed=0/);
    });
    await Promise.all([master, backup, ansible]);
  } finally {
    await Promise.all(routers.map(stopRouter));
    rmSync(scratch, { recursive: true, force: true });
  }
});
