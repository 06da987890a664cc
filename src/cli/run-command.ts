/**
 * Top-level dispatch of the `retwin` command line: `--help`, `--version`, `help COMMAND` and the
 * subcommands. Returns the exit status instead of exiting, so that tests can call it.
 */
import { createRequire } from 'node:module';
import { runConfigCommand } from './config-command.js';
import { CONFIG_HELP, MAIN_HELP } from './help.js';
import { UsageError, type Output } from './io.js';

const HELPS: Readonly<Record<string, string>> = { config: CONFIG_HELP };

function version(): string {
  const require = createRequire(import.meta.url);
  const pkg = require('../../package.json') as { version: string };
  return pkg.version;
}

export async function runCommand(args: readonly string[], output: Output): Promise<number> {
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
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`retwin: ${error.message}\nRun 'retwin --help' for usage.\n`);
      return 2;
    }
    throw error;
  }
}
