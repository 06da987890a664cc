/**
 * `retwin console`: a line-oriented console on one RE of a running `retwin start`, over the
 * control API (`POST /api/re/:slot/command`), until the SSH CLI exists.
 *
 * Owns the console's options and its look. On a terminal it prompts as Junos does: the role
 * banner line (`{master}` / `{backup}`), then `lab@<host-name>> `, both read from
 * `GET /api/router` before every prompt (so a failover shows at the next prompt); a syntax
 * error's caret line is shifted by the prompt's width, as the CLI prints it under the typed
 * line. Piped (not a terminal), it prints only the outputs. `exit`, `quit` or end of input ends.
 *
 * Choices: without `--re` the console opens on the master (re0 when none is); the user shown is
 * `lab`, the starter configuration's user (`--user` changes it); the exit status is 1 when a
 * command failed (an error, or an RE that is not running), else 0.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ControlClient, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_STATE_DIR, parsePort } from './control-client.js';
import { CONSOLE_HELP } from './help.js';
import { UsageError, type Output } from './io.js';

interface EngineInfo {
  readonly slot: string;
  readonly role: string;
  readonly power: string;
  readonly hostName: string | null;
}

async function engines(client: ControlClient): Promise<EngineInfo[]> {
  const answer = await client.request('GET', '/api/router');
  if (answer.status !== 200) throw new UsageError(`the control API refused GET /api/router: ${String(answer.body.error)}`);
  return (answer.body.routingEngines ?? []) as EngineInfo[];
}

export async function runConsoleCommand(args: readonly string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      'state-dir': { type: 'string' },
      re: { type: 'string' },
      user: { type: 'string' },
      host: { type: 'string' },
      'control-port': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    output.out(CONSOLE_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}' (commands are read from standard input)`);
  if (values.re !== undefined && values.re !== 're0' && values.re !== 're1') throw new UsageError(`--re is re0 or re1 (got '${values.re}')`);
  const client = new ControlClient({ stateDir: values['state-dir'] ?? DEFAULT_STATE_DIR, host: values.host ?? DEFAULT_HOST, port: parsePort(values['control-port'], DEFAULT_PORT) });
  const user = values.user ?? 'lab';
  const slot = values.re ?? (await engines(client)).find((re) => re.role === 'master')?.slot ?? 're0';
  const interactive = process.stdin.isTTY === true;
  const lines = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });

  let prompt = '';
  const showPrompt = async (): Promise<void> => {
    if (!interactive) return;
    const re = (await engines(client)).find((engine) => engine.slot === slot);
    const role = re?.role === 'master' || re?.role === 'backup' ? `{${re.role}}\n` : '';
    prompt = `${user}@${re?.hostName ?? slot}> `;
    output.out(`\n${role}`);
    lines.setPrompt(prompt);
    lines.prompt();
  };

  if (interactive) output.out(`retwin console on ${slot} ('exit' or Ctrl-D to leave)\n`);
  let failed = false;
  await showPrompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === 'exit' || line === 'quit') break;
    if (line !== '') {
      const answer = await client.request('POST', `/api/re/${slot}/command`, { command: line, format: 'text' });
      if (answer.status === 200) {
        let text = typeof answer.body.output === 'string' ? answer.body.output : '';
        if (interactive) text = text.replace(/^( *\^)$/m, `${' '.repeat(prompt.length)}$1`);
        output.out(text === '' || text.endsWith('\n') ? text : `${text}\n`);
        if (answer.body.ok !== true) failed = true;
      } else {
        output.err(`error: ${String(answer.body.error ?? answer.body.message)}\n`);
        failed = true;
      }
    }
    await showPrompt();
  }
  lines.close();
  if (interactive) output.out('\n');
  return failed ? 1 : 0;
}
