/**
 * The operational commands that belong to the CLI itself rather than to an RPC: `configure
 * [private | exclusive]`, `exit` / `quit`, `set cli screen-length | screen-width | timestamp |
 * complete-on-space`, `show cli`, `request routing-engine login other-routing-engine | re0 |
 * re1` and `restart routing` (rpd's own conversation, procedure 8.4).
 *
 * Texts: `Entering configuration mode`, the `Users currently editing the configuration:` list
 * and `The configuration has been changed but not committed` (clients.md §8); `Screen length set
 * to 0`, `Screen width set to 511`, `Enabling complete-on-space` / `Disabling complete-on-space`,
 * `CLI timestamp set to: %b %d %T` / `CLI timestamp disabled` [U: from memory of devices];
 * `rlogin: connection closed` (procedure 9.B7).
 *
 * Choices [U]: `request routing-engine login` to an RE that is down or cut off prints `error:
 * Could not connect to re1 : No route to host` (the invoke-on wording); to an RE whose
 * configuration has no such user, `Login incorrect` then `rlogin: connection closed`; to the RE
 * the session is on, `error: cannot log in to the local Routing Engine`. `restart routing` on an
 * RE whose rpd has never run there (the backup) prints `error: the routing subsystem is not
 * running`.
 */
import type { RoutingEngineSlot } from '../../config/groups.js';
import { holderLines } from '../../daemons/mgd/index.js';
import type { CliSession } from './cli-session.js';
import { showOutput } from './command-line.js';
import { enterConfiguration } from './configuration-mode.js';
import type { BuiltinName } from './op-commands.js';
import type { OpArgs } from './op-parser.js';
import type { PipePlan } from './pipes.js';

const MAX_SCREEN = 100_000;

export async function runBuiltin(session: CliSession, name: BuiltinName, args: OpArgs, plan: PipePlan): Promise<void> {
  switch (name) {
    case 'configure':
      session.finish(configure(session, args));
      return;
    case 'exit':
      if (session.popShell()) session.finish('\nrlogin: connection closed\n');
      else session.close();
      return;
    case 'set-cli-screen-length':
    case 'set-cli-screen-width': {
      const value = Number(args.length ?? args.width);
      const what = name === 'set-cli-screen-length' ? 'length' : 'width';
      if (!Number.isInteger(value) || value < 0 || value > MAX_SCREEN) {
        session.finish(`error: value ${String(args.length ?? args.width)} is not within range (0..${MAX_SCREEN})\n`);
        return;
      }
      if (what === 'length') session.settings.screenLength = value;
      else session.settings.screenWidth = value;
      session.finish(`Screen ${what} set to ${value}\n`);
      return;
    }
    case 'set-cli-timestamp':
      session.settings.timestamp = args.disable !== true;
      session.finish(session.settings.timestamp ? 'CLI timestamp set to: %b %d %T\n' : 'CLI timestamp disabled\n');
      return;
    case 'set-cli-complete-on-space': {
      const on = args.setting === 'on';
      session.settings.completeOnSpace = on;
      session.setCompleteOnSpace(on);
      session.finish(on ? 'Enabling complete-on-space\n' : 'Disabling complete-on-space\n');
      return;
    }
    case 'show-cli':
      await showOutput(session, showCli(session), plan);
      return;
    case 'routing-engine-login': {
      const login = routingEngineLogin(session, args);
      if (login.entered) {
        session.write(login.text);
        session.writePrompt();
      } else {
        session.finish(login.text);
      }
      return;
    }
    case 'restart-routing':
      await restartRouting(session, args, plan);
      return;
  }
}

function configure(session: CliSession, args: OpArgs): string {
  if (!session.user.mayConfigure()) return `error: you are not authorized to enter configuration mode\n`;
  const database = session.re.database;
  if (database === undefined) return 'error: the management daemon is not running\n';
  const mode = args.exclusive === true ? 'exclusive' : args.private === true ? 'private' : 'shared';
  const others = database.sessions();
  const modified = database.sharedModified();
  const entered = enterConfiguration(session, mode);
  if (entered !== undefined) return entered;
  const lines = ['Entering configuration mode'];
  if (others.length > 0) lines.push('Users currently editing the configuration:', ...others.flatMap(holderLines));
  if (mode !== 'shared') lines.push('warning: uncommitted changes will be discarded on exit');
  else if (modified) lines.push('The configuration has been changed but not committed');
  return lines.map((line) => `${line}\n`).join('');
}

function showCli(session: CliSession): string {
  const s = session.settings;
  return [
    `CLI complete-on-space set to ${s.completeOnSpace ? 'on' : 'off'}`,
    'CLI idle-timeout disabled',
    'CLI restart-on-upgrade set to on',
    `CLI screen-length set to ${s.screenLength}`,
    `CLI screen-width set to ${s.screenWidth}`,
    "CLI terminal is 'vt100'",
    'CLI is operating in enhanced mode',
    s.timestamp ? 'CLI timestamp set to: %b %d %T' : 'CLI timestamp disabled',
    `CLI working directory is '/var/home/${session.user.name}'`,
  ]
    .map((line) => `${line}\n`)
    .join('');
}

/** The login lines on the other RE (`entered`: its prompt follows at once), or the refusal. */
function routingEngineLogin(session: CliSession, args: OpArgs): { readonly entered: boolean; readonly text: string } {
  const here = session.shell.slot;
  const other: RoutingEngineSlot = here === 're0' ? 're1' : 're0';
  const target: RoutingEngineSlot = args['other-routing-engine'] === true ? other : args.re0 === true ? 're0' : 're1';
  const refused = (text: string): { entered: boolean; text: string } => ({ entered: false, text });
  if (target === here) return refused('error: cannot log in to the local Routing Engine\n');
  const re = session.router.re(target);
  if (re.power !== 'running' || re.database === undefined || !session.router.link.reaches(target)) return refused(`error: Could not connect to ${target} : No route to host\n`);
  const user = session.loginOn(target, session.user.name);
  if (user === undefined) return refused('Login incorrect\nrlogin: connection closed\n');
  return { entered: true, text: session.pushShell(target, user, here) };
}

async function restartRouting(session: CliSession, args: OpArgs, plan: PipePlan): Promise<void> {
  const rpd = session.re.rpd;
  if (rpd === undefined) {
    await showOutput(session, 'error: the routing subsystem is not running\n', plan);
    return;
  }
  const lines = await rpd.restart(args.immediately === true ? { immediately: true } : {});
  await showOutput(session, lines.map((line) => `${line}\n`).join(''), plan);
}
