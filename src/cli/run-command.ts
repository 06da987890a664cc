/**
 * Top-level dispatch of the `retwin` command line: `--help`, `--version`, `help COMMAND` and the
 * subcommands. Returns the exit status instead of exiting, so that tests can call it.
 */
import { createRequire } from 'node:module';
import { runConfigCommand } from './config-command.js';
import { runConsoleCommand } from './console-command.js';
import { runFaultCommand } from './fault-command.js';
import { CONFIG_HELP, CONSOLE_HELP, FAULT_HELP, MAIN_HELP, START_HELP } from './help.js';
import { UsageError, type Output } from './io.js';
import { runStartCommand, type StartServices } from './start-command.js';

export type { StartServices } from './start-command.js';

const HELPS: Readonly<Record<string, string>> = { config: CONFIG_HELP, start: START_HELP, console: CONSOLE_HELP, fault: FAULT_HELP };

function version(): string {
  const require = createRequire(import.meta.url);
  const pkg = require('../../package.json') as { version: string };
  return pkg.version;
}

/** `services`: what only the executable provides (the control API's socket, the signals), for `start`. */
export async function runCommand(args: readonly string[], output: Output, services?: StartServices): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
        output.out(MAIN_HELP);
        return 0;
      case '-v':
      case '--version':
        output.out(`retwin ${version()}\n`);
        return 0;
      case 'help': {
        const topic = rest[0];
        output.out(topic === undefined ? MAIN_HELP : (HELPS[topic] ?? MAIN_HELP));
        return topic === undefined || topic in HELPS ? 0 : 2;
      }
      case 'config':
        return await runConfigCommand(rest, output);
      case 'start':
        return await runStartCommand(rest, output, services);
      case 'console':
        return await runConsoleCommand(rest, output);
      case 'fault':
        return await runFaultCommand(rest, output);
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    const code = (error as { code?: unknown } | undefined)?.code;
    if (error instanceof UsageError || (error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      output.err(`retwin: ${error.message}\nRun 'retwin --help' for usage.\n`);
      return 2;
    }
    throw error;
  }
}
