/**
 * Which operational commands a login may run: the one table of command → permission flag.
 *
 * Owns `COMMAND_PERMISSIONS` (command prefixes in full words and the flag each needs), the
 * decision `mayRunCommand`, and where the CLI should put its caret when it refuses one
 * (`commandRefusal`). It does not parse command lines (the CLI does, and passes full words) and
 * does not decide configuration access (configuration-permissions.ts).
 *
 * Rules (Junos):
 * - A command needs the flag of the longest prefix in the table ("a command inherits its
 *   permissions from its parent"); one not in the table needs `all` (default deny). `all`
 *   grants every command.
 * - `allow-commands` grants a command the flags do not; `deny-commands` refuses one they do.
 *   Both are matched against the whole command text (words joined by single spaces).
 * - When both match, deny wins (Junos documents this for the `-regexps` forms, "deny-commands-
 *   regexps takes precedence"; choice: the same for the single-expression forms).
 * - `exit`, `quit`, `help` and `set cli ...` need no flag (but `deny-commands` still applies, as
 *   Junos's own example `deny-commands "^set"` shows).
 *
 * Sources: the per-flag command lists of Juniper's "Login Class Permission Flags" pages and the
 * commands' "Required Privilege Level". Where they disagree the more specific entry wins:
 * `request chassis routing-engine master switch|acquire|release` are listed under `reset` while
 * `request chassis routing-engine master` (and `request chassis`) are `maintenance`.
 */
import type { Login } from './authenticate.js';
import { hasFlag, matchesAny } from './login-class.js';
import { EXPECTING_COMMAND, UNKNOWN_COMMAND } from './messages.js';

/** A command that needs no permission flag. */
export const NO_FLAG = '(none)';

/** Command prefix (full words) → the flag it needs. */
export const COMMAND_PERMISSIONS: Readonly<Record<string, string>> = Object.freeze({
  show: 'view',
  // The command needs view; which statements it shows is configuration-permissions.ts's business.
  'show configuration': 'view',
  'show log': 'trace',
  file: 'maintenance',
  monitor: 'trace',
  'monitor traffic': 'maintenance',
  clear: 'clear',
  'clear system reboot': 'maintenance',
  ping: 'network',
  traceroute: 'network',
  ssh: 'network',
  telnet: 'network',
  restart: 'reset',
  'request system': 'maintenance',
  'request chassis': 'maintenance',
  'request chassis routing-engine master switch': 'reset',
  'request chassis routing-engine master acquire': 'reset',
  'request chassis routing-engine master release': 'reset',
  // Not on the flag pages; choice: logging in to the other RE is maintenance work.
  'request routing-engine login': 'maintenance',
  'start shell': 'shell',
  configure: 'configure',
  'set cli': NO_FLAG,
  exit: NO_FLAG,
  quit: NO_FLAG,
  help: NO_FLAG,
});

const TABLE: readonly (readonly [readonly string[], string])[] = Object.entries(COMMAND_PERMISSIONS)
  .map(([prefix, flag]) => [prefix.split(' '), flag] as const)
  .sort((a, b) => b[0].length - a[0].length);

function startsWith(words: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= words.length && prefix.every((word, i) => words[i] === word);
}

/** The flag `words` needs by the table (longest prefix); undefined when no entry covers it. */
export function requiredPermission(words: readonly string[]): string | undefined {
  return TABLE.find(([prefix]) => startsWith(words, prefix))?.[1];
}

function grantedByFlags(login: Login, words: readonly string[]): boolean {
  const flag = requiredPermission(words);
  if (flag === NO_FLAG) return true;
  if (login.permissions.flags.has('all')) return true;
  return flag !== undefined && hasFlag(login.permissions, flag);
}

/** Whether `login` may run the operational command `words` (full words, arguments included). */
export function mayRunCommand(login: Login, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const text = words.join(' ');
  if (matchesAny(login.permissions.denyCommands, text)) return false;
  if (matchesAny(login.permissions.allowCommands, text)) return true;
  return grantedByFlags(login, words);
}

/** Whether some command starting with `prefix` may be run, so that `prefix` shows in the CLI. */
function prefixVisible(login: Login, prefix: readonly string[]): boolean {
  if (mayRunCommand(login, prefix)) return true;
  const text = prefix.join(' ');
  if (matchesAny(login.permissions.allowCommands, text)) return true;
  return TABLE.some(([entry]) => entry.length > prefix.length && startsWith(entry, prefix) && mayRunCommand(login, entry));
}

export interface CommandRefusal {
  /** The index in `words` of the word the CLI puts its caret under. */
  readonly wordIndex: number;
  readonly message: string;
}

/**
 * How the CLI refuses `words`, or undefined when `login` may run it: the command is treated as
 * absent from the tree from the first word no granted command goes through (an approximation
 * where an `allow-commands` expression could match longer commands only).
 */
export function commandRefusal(login: Login, words: readonly string[]): CommandRefusal | undefined {
  if (words.length === 0 || mayRunCommand(login, words)) return undefined;
  let wordIndex = words.length - 1;
  for (let k = 1; k <= words.length; k += 1) {
    if (!prefixVisible(login, words.slice(0, k))) {
      wordIndex = k - 1;
      break;
    }
  }
  return { wordIndex, message: wordIndex === 0 ? UNKNOWN_COMMAND : EXPECTING_COMMAND };
}
