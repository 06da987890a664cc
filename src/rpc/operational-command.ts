/**
 * `runOperationalCommand(router, slot, line, format)`: one operational command line run on the
 * RE in `slot`, the simple way (what `retwin console` and the HTTP control API call; the SSH CLI
 * has its own full parser).
 *
 * Owns the simple parsing: words separated by blanks, a double- or single-quoted string is one
 * word (without its quotes). The longest run of leading words that names an RPC's command wins
 * (`show route forwarding-table` over `show route`); the words after it are the RPC's arguments
 * (`rpc-definition.ts`): a flag's name, a value's name then its value, `invoke-on <where>` for
 * RPCs that take it, and otherwise the positional argument, which takes every following word
 * that is not an argument name (`show configuration system domain-name`). No pipes, no
 * abbreviations, no completion.
 *
 * Output: `text` is the reply as Junos prints it (`error:` lines first); `xml` is `| display
 * xml` (the whole `<rpc-reply>` with the `{master}` / `{backup}` banner); `json` is `| display
 * json`, or the text of the errors when the reply has no payload. `ok` is false for a syntax
 * error and for a failed RPC.
 *
 * Syntax errors (clients.md §8), each line ending with `\n`, whatever the format:
 * a caret line (`^` under the offending word, or one column past the end of the line when
 * words are missing), then
 * - `unknown command.` when the first word starts no command;
 * - `syntax error, expecting <command>.` when a later command word is wrong or missing
 *   (`show chassis foo`, `show chassis`);
 * - `syntax error.` for a word the RPC does not take, a value it does not accept, or a value
 *   missing after its argument's name.
 * Choice: the caret's column counts from the start of `line` (the caller knows whether a prompt
 * precedes it, and pads by the prompt's width when it echoes one).
 */
import type { RoutingEngineSlot } from '../config/groups.js';
import type { Router } from '../router/index.js';
import { INVOKE_ON, INVOKE_ON_VALUES } from './invoke-on.js';
import type { RegisteredRpc, RpcArgs } from './rpc-definition.js';
import { routerView } from './router-adapter.js';
import { rpcRegistry } from './rpc-table.js';

export type OutputFormat = 'text' | 'xml' | 'json';

export interface CommandOutput {
  readonly ok: boolean;
  readonly output: string;
}

/** A word of the line and the column it starts at. */
export interface Word {
  readonly text: string;
  readonly column: number;
}

/** The words of `line` (quoted strings are one word, quotes removed), or the column of an unterminated quote. */
export function splitWords(line: string): { readonly ok: true; readonly words: Word[] } | { readonly ok: false; readonly column: number } {
  const words: Word[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line.charAt(i);
    if (c === ' ' || c === '\t') {
      i += 1;
      continue;
    }
    const column = i;
    let text = '';
    while (i < line.length && line.charAt(i) !== ' ' && line.charAt(i) !== '\t') {
      const q = line.charAt(i);
      if (q === '"' || q === "'") {
        const end = line.indexOf(q, i + 1);
        if (end < 0) return { ok: false, column: i };
        text += line.slice(i + 1, end);
        i = end + 1;
      } else {
        text += q;
        i += 1;
      }
    }
    words.push({ text, column });
  }
  return { ok: true, words };
}

/** Junos's CLI error: the caret under `column`, then `message`. */
export function cliError(column: number, message: string): CommandOutput {
  return { ok: false, output: `${' '.repeat(column)}^\n${message}\n` };
}

const EXPECTING_COMMAND = 'syntax error, expecting <command>.';

/** The RPC named by the longest run of leading words, and how many words that took. */
function findCommand(words: readonly Word[]): { readonly rpc: RegisteredRpc; readonly length: number } | undefined {
  for (let length = words.length; length > 0; length -= 1) {
    const rpc = rpcRegistry.byCommand(words.slice(0, length).map((word) => word.text));
    if (rpc !== undefined) return { rpc, length };
  }
  return undefined;
}

/** Why a line does not parse: the CLI's error (caret and message) and the word it is about. */
export interface CommandLineError {
  readonly ok: false;
  readonly error: CommandOutput;
  /** The offending word (NETCONF's `bad-element`): the first word that starts no command, the
   * word an RPC does not take or whose value it refuses, the last word when words are missing. */
  readonly word: string;
}

export type CommandLineParse = { readonly ok: true; readonly rpc: RegisteredRpc; readonly args: RpcArgs; readonly words: readonly string[] } | CommandLineError;

function refuse(column: number, message: string, word: string): CommandLineError {
  return { ok: false, error: cliError(column, message), word };
}

/** The syntax error for words that name no command. */
function unknownCommand(line: string, words: readonly Word[]): CommandLineError {
  const commands = rpcRegistry.commands().map(({ command }) => command.words);
  for (let index = 0; index < words.length; index += 1) {
    const prefix = words.slice(0, index + 1).map((word) => word.text);
    const starts = commands.some((command) => prefix.every((text, i) => command[i] === text));
    const word = words[index] as Word;
    if (!starts) return refuse(word.column, index === 0 ? 'unknown command.' : EXPECTING_COMMAND, word.text);
  }
  return refuse(line.trimEnd().length + 1, EXPECTING_COMMAND, words[words.length - 1]?.text ?? '');
}

/** The RPC's arguments from the words after its command, or the syntax error. */
function parseArguments(rpc: RegisteredRpc, words: readonly Word[], line: string): { readonly ok: true; readonly args: RpcArgs } | CommandLineError {
  const args: Record<string, string | true> = {};
  const positional = rpc.arguments.find((argument) => argument.kind === 'value' && argument.positional === true);
  const isName = (text: string): boolean => (rpc.invokeOn && text === INVOKE_ON) || rpc.arguments.some((argument) => argument.name === text && !(argument.kind === 'value' && argument.positional === true));
  const endColumn = line.trimEnd().length + 1;
  let index = 0;
  while (index < words.length) {
    const word = words[index] as Word;
    const declared = rpc.arguments.find((argument) => argument.name === word.text && !(argument.kind === 'value' && argument.positional === true));
    if (declared?.kind === 'flag') {
      args[declared.name] = true;
      index += 1;
      continue;
    }
    if (declared !== undefined || (rpc.invokeOn && word.text === INVOKE_ON)) {
      const value = words[index + 1];
      if (value === undefined) return refuse(endColumn, 'syntax error.', word.text);
      const accepted = declared?.kind === 'value' ? declared.values : INVOKE_ON_VALUES;
      if (accepted !== undefined && !accepted.includes(value.text)) return refuse(value.column, 'syntax error.', value.text);
      args[declared?.name ?? INVOKE_ON] = value.text;
      index += 2;
      continue;
    }
    if (positional !== undefined && args[positional.name] === undefined) {
      const taken: string[] = [];
      while (index < words.length && !isName((words[index] as Word).text)) {
        taken.push((words[index] as Word).text);
        index += 1;
      }
      if (positional.kind === 'value' && positional.values !== undefined && !positional.values.includes(taken.join(' '))) {
        return refuse(word.column, 'syntax error.', word.text);
      }
      args[positional.name] = taken.join(' ');
      continue;
    }
    return refuse(word.column, 'syntax error.', word.text);
  }
  return { ok: true, args };
}

/** The RPC and arguments of an operational command line (the simple grammar above). */
export function parseCommandLine(line: string): CommandLineParse {
  const split = splitWords(line);
  if (!split.ok) return refuse(split.column, 'syntax error.', line.slice(split.column));
  const words = split.words;
  if (words.length === 0) return refuse(0, EXPECTING_COMMAND, 'command');
  const found = findCommand(words);
  if (found === undefined) return unknownCommand(line, words);
  const parsed = parseArguments(found.rpc, words.slice(found.length), line);
  if (!parsed.ok) return parsed;
  return { ok: true, rpc: found.rpc, args: parsed.args, words: words.map((word) => word.text) };
}

/** Runs the operational command `line` on the RE in `slot` of `router`, rendered in `format`. */
export function runOperationalCommand(router: Router, slot: RoutingEngineSlot, line: string, format: OutputFormat = 'text'): CommandOutput {
  if (line.trim() === '') return { ok: true, output: '' };
  const parsed = parseCommandLine(line);
  if (!parsed.ok) return parsed.error;
  const view = routerView(router, slot);
  const reply = rpcRegistry.invoke(view, parsed.rpc.name, parsed.args);
  const ok = !reply.failed;
  if (format === 'xml') return { ok, output: reply.cliXml(view.role() === 'master' ? '{master}' : '{backup}') };
  if (format === 'json') return { ok, output: reply.json() ?? reply.text() };
  return { ok, output: reply.text() };
}
