/**
 * `retwin start`: runs one router, live, until SIGINT or SIGTERM, with its control API.
 *
 * Owns the options (`--state-dir`, `--name`, `--model`, `--config`, `--time-scale`, `--host`,
 * `--control-port`, `--ssh-port`, `--netconf-port`, `--rest-port`, `--idle-timeout`), the
 * progress it prints and the order of things: state directory and token, router (its disks
 * under the state directory), control API listening, then for each of the router's three
 * addresses (the master-only address on PORT, re0's own on PORT+1, re1's on PORT+2) the SSH CLI
 * port (which also serves NETCONF as Junos's port 22 does), the NETCONF port and the REST API,
 * boot on a LiveClock,
 * each RE up with its role, ready, then every later role change; on a signal, the router shuts
 * down (every RE halts normally) and the server closes.
 *
 * The sockets come from the composition root (`main.ts` passes `startControlServer` of
 * src/transports/http and `startSshServer` of src/transports/ssh): the command line may not
 * import the transports.
 *
 * Choices: `--config` is read only for a state directory whose REs have no disk yet (a note says
 * so otherwise); the control API listens before the boot so that its address is printed first
 * and a busy port fails at once; progress is polled every 20 ms of real time.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LiveClock } from '../lib/clock.js';
import { createRouter, RouterSetupError, SLOTS, type Router } from '../router/index.js';
import { runOperationalCommand } from '../rpc/operational-command.js';
import { ControlApi } from '../frontends/control/control-api.js';
import type { AccessTarget } from '../frontends/landing.js';
import { LoginHistory } from '../frontends/cli/login-history.js';
import { cliPortHandlers, netconfPortHandlers, type SshPortHandlers } from '../frontends/management-ports.js';
import { NetconfSessions } from '../frontends/netconf/index.js';
import { RestApi } from '../frontends/rest/rest-api.js';
import { executeRpc } from '../frontends/xml-rpc/index.js';
import { DEFAULT_HOST, DEFAULT_PORT, DEFAULT_STATE_DIR, parsePort } from './control-client.js';
import { ensureToken, tokenPath } from './control-token.js';
import { START_HELP } from './help.js';
import { UsageError, type Output } from './io.js';

/** A listening server as `retwin start` sees it. */
export interface Listening {
  readonly port: number;
  close(): Promise<void>;
}

/** What `retwin start` needs from the composition root. */
export interface StartServices {
  startControlServer(api: ControlApi, options: { readonly host: string; readonly port: number }): Promise<{ readonly url: string; close(): Promise<void> }>;
  /** An SSH server for one management port of the router; the host key is kept in `hostKeyPath`. */
  startSshServer(handlers: SshPortHandlers, options: { readonly host: string; readonly port: number; readonly hostKeyPath: string; readonly idleTimeoutMs: number }): Promise<Listening & { readonly fingerprint: string }>;
  /** The Junos REST API for one address of the router. */
  startRestServer(api: RestApi, options: { readonly host: string; readonly port: number }): Promise<Listening & { readonly url: string }>;
  /** Resolves with the signal's name when the process is asked to stop. */
  untilStopped(): Promise<string>;
}

/** Each `--*-port PORT` serves the master-only address on PORT, re0 on PORT+1 and re1 on PORT+2. */
const TARGETS: readonly AccessTarget[] = ['master', 're0', 're1'];
const DEFAULT_SSH_PORT = 2222;
const DEFAULT_NETCONF_PORT = 8300;
const DEFAULT_REST_PORT = 3000;
const DEFAULT_IDLE_MINUTES = 60;

function timeScale(value: string | undefined): number {
  if (value === undefined) return 1;
  const scale = Number(value);
  if (!(Number.isFinite(scale) && scale > 0)) throw new UsageError(`--time-scale is a number greater than 0 (got '${value}')`);
  return scale;
}

/** Prints each RE as it comes up, the router when ready, then every role change. */
function watchBoot(router: Router, output: Output, startedAt: number): () => void {
  const up = new Set<string>();
  let ready = false;
  const unsubscribe = SLOTS.map((slot) =>
    router.re(slot).onRoleChange(({ from, to }) => {
      if (ready) output.out(`${slot}: now ${to} (was ${from})\n`);
    }),
  );
  const timer = setInterval(() => {
    for (const re of router.engines) {
      if (re.power === 'running' && re.ready && !up.has(re.slot)) {
        up.add(re.slot);
        output.out(`${re.slot} up: ${re.role}, host name ${re.hostName ?? '(none)'}\n`);
      }
      if (re.power !== 'running') up.delete(re.slot);
    }
    if (!ready && router.ready) {
      ready = true;
      output.out(`router ${router.name} ready in ${Date.now() - startedAt} ms\n`);
    }
  }, 20);
  return () => {
    clearInterval(timer);
    for (const stop of unsubscribe) stop();
  };
}

export async function runStartCommand(args: readonly string[], output: Output, services: StartServices | undefined): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      'state-dir': { type: 'string' },
      name: { type: 'string' },
      model: { type: 'string' },
      config: { type: 'string' },
      'time-scale': { type: 'string' },
      host: { type: 'string' },
      'control-port': { type: 'string' },
      'ssh-port': { type: 'string' },
      'netconf-port': { type: 'string' },
      'rest-port': { type: 'string' },
      'idle-timeout': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    output.out(START_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  if (services === undefined) throw new UsageError('start is only available from the retwin executable');
  const stateDir = resolve(values['state-dir'] ?? DEFAULT_STATE_DIR);
  const name = values.name ?? 'r1';
  if (!/^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(name)) throw new UsageError(`--name is a host name: letters, digits, '-' and '.' (got '${name}')`);
  const scale = timeScale(values['time-scale']);
  const host = values.host ?? DEFAULT_HOST;
  const port = parsePort(values['control-port'], DEFAULT_PORT);
  const sshPort = parsePort(values['ssh-port'], DEFAULT_SSH_PORT);
  const netconfPort = parsePort(values['netconf-port'], DEFAULT_NETCONF_PORT);
  const restPort = parsePort(values['rest-port'], DEFAULT_REST_PORT);
  const idleMinutes = values['idle-timeout'] === undefined ? DEFAULT_IDLE_MINUTES : Number(values['idle-timeout']);
  if (!(Number.isInteger(idleMinutes) && idleMinutes >= 0)) throw new UsageError(`--idle-timeout is a whole number of minutes, 0 for none (got '${values['idle-timeout']}')`);
  let initialConfig: string | undefined;
  if (values.config !== undefined) {
    try {
      initialConfig = readFileSync(values.config, 'utf8');
    } catch (caught) {
      throw new UsageError(`cannot read --config ${values.config}: ${(caught as Error).message}`);
    }
  }

  const stopped = services.untilStopped();
  const fresh = !SLOTS.some((slot) => existsSync(join(stateDir, slot)));
  mkdirSync(stateDir, { recursive: true });
  const clock = new LiveClock(scale);
  let router: Router;
  try {
    router = createRouter({ name, clock, stateDir, ...(values.model === undefined ? {} : { model: values.model }), ...(initialConfig === undefined ? {} : { initialConfig }) });
  } catch (caught) {
    clock.stop();
    if (!(caught instanceof RouterSetupError)) throw caught;
    output.err(`retwin: ${caught.message}\n`);
    if (values.config !== undefined) output.err(`Correct ${values.config} (check it with 'retwin config check ${values.config}') and run again.\n`);
    return 1;
  }
  const token = ensureToken(stateDir);
  output.out(`retwin: router ${router.name} (${router.model.name}), state in ${stateDir}${scale === 1 ? '' : `, time ${scale}x faster`}\n`);
  if (fresh) output.out(`new state directory: the REs commit ${values.config === undefined ? 'the starter configuration' : values.config}\n`);
  else if (values.config !== undefined) output.out(`note: --config ignored, ${stateDir} already holds the committed configuration\n`);

  const api = new ControlApi({ router, token, runCommand: runOperationalCommand });
  let server: { readonly url: string; close(): Promise<void> };
  try {
    server = await services.startControlServer(api, { host, port });
  } catch (caught) {
    output.err(`retwin: cannot listen on ${host}:${port} (${(caught as Error).message}): choose another --control-port (0 picks a free one)\n`);
    clock.stop();
    return 1;
  }
  output.out(`control API on ${server.url} (token in ${tokenPath(stateDir)})\n`);
  const logins = new LoginHistory();
  const sessions = new NetconfSessions();
  const listening: Listening[] = [];
  const portOf = (base: number, offset: number): number => (base === 0 ? 0 : base + offset);
  try {
    for (const [offset, target] of TARGETS.entries()) {
      const where = target === 'master' ? 'the master RE' : target;
      const hostKeyPath = join(stateDir, 'ssh_host_ed25519_key');
      const idleTimeoutMs = idleMinutes * 60_000;
      const ssh = await services.startSshServer(cliPortHandlers({ router, target, logins, sessions }), { host, port: portOf(sshPort, offset), hostKeyPath, idleTimeoutMs });
      listening.push(ssh);
      if (offset === 0) output.out(`SSH host key ${ssh.fingerprint}\n`);
      output.out(`SSH CLI (${where}): ssh -p ${ssh.port} lab@${host}\n`);
      const netconf = await services.startSshServer(netconfPortHandlers({ router, target, sessions }), { host, port: portOf(netconfPort, offset), hostKeyPath, idleTimeoutMs });
      listening.push(netconf);
      output.out(`NETCONF (${where}): ssh -p ${netconf.port} -s lab@${host} netconf\n`);
      const rest = await services.startRestServer(new RestApi({ router, target, execute: executeRpc, nextSessionId: () => sessions.allocate() }), { host, port: portOf(restPort, offset) });
      listening.push(rest);
      output.out(`REST (${where}): curl -u lab:lab123 ${rest.url}/rpc/get-software-information\n`);
    }
  } catch (caught) {
    output.err(`retwin: ${(caught as Error).message} (--ssh-port, --netconf-port and --rest-port each take three ports from PORT)\n`);
    await Promise.all([server.close(), ...listening.map((each) => each.close())]);
    clock.stop();
    return 1;
  }
  const startedAt = Date.now();
  const stopWatching = watchBoot(router, output, startedAt);
  output.out('booting re0 and re1...\n');
  router.boot();
  const dirOption = values['state-dir'] === undefined ? '' : ` --state-dir ${values['state-dir']}`;
  const portOption = port === DEFAULT_PORT ? '' : ` --control-port ${new URL(server.url).port}`;
  output.out(
    `console: npx retwin console${dirOption}${portOption} [--re re0|re1]   (SSH: user lab, password lab123)\n` +
      `faults:  npx retwin fault list${dirOption}${portOption};  npx retwin fault halt --re re1${dirOption}${portOption}\n` +
      'stop:    Ctrl-C (SIGINT) or SIGTERM\n',
  );

  const signal = await stopped;
  output.out(`${signal}: shutting down\n`);
  stopWatching();
  router.shutdown();
  clock.stop();
  await Promise.all([server.close(), ...listening.map((each) => each.close())]);
  output.out('stopped\n');
  return 0;
}
