/**
 * The CLI's operational mode: one typed line read against the command tree, checked against the
 * user's login class, and run — an RPC of the registry (rendered as text, or `| display xml |
 * json`), or one of the CLI's own commands (`operational-builtins.ts`).
 *
 * Owns the questions asked before an RPC that changes the router (`request chassis
 * routing-engine master ...`: chassisd's warning and question, procedure 7.1; `request system
 * reboot|halt|power-off`: the warnings, `Reboot the system ? [yes,no] (no) `, then the shutdown
 * broadcast after the answer), `ping` (streamed, `cli-ping.ts`), and how `| display set` / `| display inheritance` reach
 * `show configuration` (its `format` and `inherit` arguments).
 *
 * Choice [U]: a command the user's class does not allow reads as `unknown command.` at its first
 * word, as Junos hides commands a class may not run.
 */
import type { MastershipAction } from '../../daemons/chassisd/index.js';
import { routerView } from '../../rpc/router-adapter.js';
import type { RouterView, ShutdownAction } from '../../rpc/router-view.js';
import { shutdownBroadcast, shutdownPrompt, shutdownTarget } from '../../rpc/rpcs/system-shutdown.js';
import { runPing } from './cli-ping.js';
import { rpcRegistry } from '../../rpc/rpc-table.js';
import type { CliSession } from './cli-session.js';
import { caretError, showOutput, splitLine } from './command-line.js';
import { runBuiltin } from './operational-builtins.js';
import { OP_TREE, type OpCommand } from './op-commands.js';
import { parseOpCommand, type OpArgs } from './op-parser.js';
import type { PipePlan } from './pipes.js';
import { splitWords } from './words.js';

const SHUTDOWN: Readonly<Record<string, ShutdownAction>> = {
  'request-reboot': 'reboot',
  'request-halt': 'halt',
  'request-power-off': 'power-off',
};

const MASTERSHIP: Readonly<Record<string, MastershipAction>> = {
  'request-chassis-routing-engine-master-switch': 'switch',
  'request-chassis-routing-engine-master-acquire': 'acquire',
  'request-chassis-routing-engine-master-release': 'release',
};

/** Runs one operational-mode line typed at the prompt. */
export async function runOperationalLine(session: CliSession, line: string): Promise<void> {
  if (line.trim() === '') {
    session.finish('');
    return;
  }
  const split = splitLine(session, line);
  if (split === undefined) return;
  await runOperationalCommand(session, split.command, split.plan);
}

/** Runs an operational command (also `run ...` in configuration mode, `column` offsetting its caret). */
export async function runOperationalCommand(session: CliSession, command: string, plan: PipePlan, column = 0): Promise<void> {
  const words = splitWords(command);
  if (!words.ok) {
    session.finish(caretError(session, column + words.column, 'syntax error.'));
    return;
  }
  const shifted = words.words.map((word) => ({ text: word.text, column: word.column + column }));
  const parsed = parseOpCommand(OP_TREE, shifted, column + command.trimEnd().length + 1);
  if (!parsed.ok) {
    session.finish(caretError(session, parsed.column, parsed.message, parsed.candidates));
    return;
  }
  if (!session.user.mayRun(parsed.command.words)) {
    session.finish(caretError(session, shifted[0]?.column ?? column, 'unknown command.'));
    return;
  }
  if (plan.compare !== undefined) {
    session.finish(caretError(session, plan.compare.column, 'syntax error.'));
    return;
  }
  const action = parsed.command.action;
  if (action.kind === 'builtin') {
    await runBuiltin(session, action.name, parsed.args, plan);
    return;
  }
  await runRpc(session, parsed.command, parsed.args, plan);
}

async function runRpc(session: CliSession, command: OpCommand, typed: OpArgs, plan: PipePlan): Promise<void> {
  if (command.action.kind !== 'rpc') return;
  const rpc = command.action.rpc;
  const view: RouterView = { ...routerView(session.router, session.shell.slot), user: session.user.name };
  const args: OpArgs = { ...typed };
  if (rpc.name === 'ping') {
    await runPing(session, view, args);
    return;
  }
  if (rpc.name === 'get-configuration') {
    if (plan.format === 'set') args.format = 'set';
    if (plan.inheritance !== undefined) args.inherit = 'inherit';
  }
  let prefix = '';
  const action = MASTERSHIP[rpc.name];
  if (action !== undefined && args.check !== true && args['no-confirm'] !== true) {
    const asked = await confirmMastership(session, view, action);
    if (asked.kind === 'done') return;
    prefix = '\n';
  }
  const shutdown = SHUTDOWN[rpc.name];
  let suffix = '';
  if (shutdown !== undefined) {
    const target = shutdownTarget(args);
    const prompt = shutdownPrompt(view, shutdown, target);
    for (const warning of prompt.warnings) session.write(`${warning}\n`);
    const answer = await session.ask(prompt.question);
    if (answer === undefined || !isYes(answer)) {
      session.finish('');
      return;
    }
    prefix = '\n';
    if (target !== 'other') {
      const minutes = typeof args.in === 'string' ? Number(args.in) : 0;
      suffix = shutdownBroadcast(session.user.name, session.re.hostName ?? session.router.name, minutes, typeof args.message === 'string' ? args.message : undefined)
        .map((line) => `${line}\n`)
        .join('');
    }
  }
  const reply = rpcRegistry.invoke(view, rpc.name, args);
  if (plan.format === 'xml') {
    await showOutput(session, reply.cliXml(`{${view.role()}}`), plan);
  } else if (plan.format === 'json') {
    await showOutput(session, reply.json() ?? reply.text(), plan);
  } else {
    await showOutput(session, prefix + reply.text() + (reply.failed ? '' : suffix), plan);
  }
}

/** chassisd's warning and question before a mastership request; `done` when it ends there. */
async function confirmMastership(session: CliSession, view: RouterView, action: MastershipAction): Promise<{ kind: 'go' | 'done' }> {
  const prompt = view.prepareMastershipRequest(action);
  if (prompt.kind === 'refused') {
    session.finish(prompt.lines.map((text) => `${text}\n`).join(''));
    return { kind: 'done' };
  }
  if (prompt.warning !== undefined) session.write(`${prompt.warning}\n`);
  const answer = await session.ask(prompt.question);
  if (answer === undefined || !isYes(answer)) {
    session.finish('');
    return { kind: 'done' };
  }
  return { kind: 'go' };
}

/** Whether an answer to a `[yes,no]` question is yes (`yes`, `y`, any case). */
export function isYes(answer: string): boolean {
  const word = answer.trim().toLowerCase();
  return word !== '' && 'yes'.startsWith(word);
}
