/**
 * `retwin fault <name>`: the faults of a running `retwin start`, through its control API
 * (`POST /api/faults/<name>`), and `retwin fault list` (`GET /api/router`).
 *
 * Owns the fault subcommands' options and what they print: `<name> <re>: done` on standard
 * output, or the router's refusal on standard error with exit status 1.
 * Choice: a fault on one RE needs `--re`; there is no default target.
 */
import { parseArgs } from 'node:util';
import { ControlClient, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_STATE_DIR, parsePort } from './control-client.js';
import { FAULT_HELP } from './help.js';
import { UsageError, type Output } from './io.js';

const ON_RE = ['halt', 'reboot', 'power-off', 'power-on', 'remove', 'insert', 'crash-rpd', 'rpd-fail-to-start', 'fail-disk', 'repair-disk', 'commit-delay'];
const ON_LINK = ['cut-link', 'restore-link'];

function milliseconds(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  const ms = Number(value);
  if (!(Number.isFinite(ms) && ms >= 0)) throw new UsageError(`${what} is a number of milliseconds, 0 or more (got '${value}')`);
  return ms;
}

interface EngineLine {
  readonly slot: string;
  readonly power: string;
  readonly role: string;
  readonly hostName: string | null;
  readonly alarms: readonly { readonly severity: string; readonly description: string }[];
  readonly faults: { readonly diskFailed: boolean; readonly commitDelayMs: number; readonly rpd: string; readonly rpdFailToStart: boolean };
}

function listing(body: Record<string, unknown>): string {
  const lines = [`router ${String(body.name)} (${String(body.model)}), ${body.ready === true ? 'ready' : 'not ready'}, internal link ${body.linkCut === true ? 'CUT' : 'up'}`];
  for (const re of (body.routingEngines ?? []) as EngineLine[]) {
    const faults = [
      re.faults.diskFailed ? 'disk FAILED' : '',
      re.faults.commitDelayMs > 0 ? `commit delay ${re.faults.commitDelayMs} ms` : '',
      re.faults.rpdFailToStart ? 'rpd fails to start' : '',
    ].filter((text) => text !== '');
    const state = re.power === 'running' ? `running, ${re.role}, ${re.hostName ?? ''}, rpd ${re.faults.rpd}` : re.power;
    lines.push(`${re.slot}: ${state}${faults.length > 0 ? `; ${faults.join(', ')}` : ''}`);
    for (const alarm of re.alarms) lines.push(`  alarm (${alarm.severity}): ${alarm.description}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function runFaultCommand(args: readonly string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      'state-dir': { type: 'string' },
      re: { type: 'string' },
      host: { type: 'string' },
      'control-port': { type: 'string' },
      fresh: { type: 'boolean', default: false },
      'fail-to-start': { type: 'boolean', default: false },
      'restart-after': { type: 'string' },
      off: { type: 'boolean', default: false },
      clear: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [name, ...rest] = positionals;
  if (values.help || name === undefined) {
    output.out(FAULT_HELP);
    return values.help ? 0 : 2;
  }
  if (name !== 'list' && !ON_RE.includes(name) && !ON_LINK.includes(name)) throw new UsageError(`unknown fault '${name}' (run 'retwin fault --help' for the list)`);
  const extra = name === 'commit-delay' ? rest.slice(1) : rest;
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
  const re = values.re;
  if (re !== undefined && re !== 're0' && re !== 're1') throw new UsageError(`--re is re0 or re1 (got '${re}')`);
  if (ON_RE.includes(name) && re === undefined) throw new UsageError(`fault ${name} needs the Routing Engine: --re re0 or --re re1`);

  let body: Record<string, unknown> = {};
  if (name === 'insert') body = { re, fresh: values.fresh };
  else if (name === 'crash-rpd') body = { re, failToStart: values['fail-to-start'], ...(values['restart-after'] === undefined ? {} : { restartAfterMs: milliseconds(values['restart-after'], '--restart-after') }) };
  else if (name === 'rpd-fail-to-start') body = { re, on: !values.off };
  else if (name === 'commit-delay') {
    if (values.clear) body = { re, clear: true };
    else {
      const ms = milliseconds(rest[0], 'commit-delay MS');
      if (ms === undefined) throw new UsageError('commit-delay needs a delay in milliseconds (retwin fault commit-delay 3000 --re re0) or --clear');
      body = { re, ms };
    }
  } else if (re !== undefined) body = { re };

  const client = new ControlClient({ stateDir: values['state-dir'] ?? DEFAULT_STATE_DIR, host: values.host ?? DEFAULT_HOST, port: parsePort(values['control-port'], DEFAULT_PORT) });
  if (name === 'list') {
    const answer = await client.request('GET', '/api/router');
    if (answer.status !== 200) {
      output.err(`retwin: ${String(answer.body.error)}\n`);
      return 1;
    }
    output.out(values.json ? `${JSON.stringify(answer.body, null, 2)}\n` : listing(answer.body));
    return 0;
  }
  const answer = await client.request('POST', `/api/faults/${name}`, body);
  const target = re === undefined ? '' : ` ${re}`;
  if (answer.status === 200 && answer.body.ok === true) {
    output.out(`${name}${target}: done\n`);
    return 0;
  }
  output.err(`${name}${target}: refused: ${String(answer.body.message ?? answer.body.error)}\n`);
  return 1;
}
