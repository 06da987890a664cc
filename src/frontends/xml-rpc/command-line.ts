/**
 * The operational command line of a `<command>` RPC (`show chassis hardware`,
 * `show version invoke-on all-routing-engines`) → the registry RPC and its arguments.
 *
 * Owns the same simple grammar as `src/rpc/operational-command.ts` (which keeps its parser
 * private): words split by `splitWords` (quotes group), the longest run of leading words naming
 * an RPC's command wins, then a flag's name, a value's name and its value, `invoke-on <where>`,
 * or the positional argument (every following word that names no argument). Full words only
 * (no abbreviations), as there.
 *
 * A line that does not parse gives the word Junos would complain about, for the `syntax error`
 * rpc-error's `bad-element` (PyEZ's switch-style fact reads `bridge` from
 * `show bridge mac-table count` this way, clients.md §2.3): the first word that starts no
 * command, the word an RPC does not take or whose value it refuses, or the last word when words
 * are missing (`show chassis`).
 */
import { INVOKE_ON, INVOKE_ON_VALUES } from '../../rpc/invoke-on.js';
import { splitWords, type Word } from '../../rpc/operational-command.js';
import type { RegisteredRpc, RpcArgs } from '../../rpc/rpc-definition.js';
import { rpcRegistry } from '../../rpc/rpc-table.js';

export type CommandLine =
  | { readonly ok: true; readonly rpc: RegisteredRpc; readonly args: RpcArgs; readonly words: readonly string[] }
  | { readonly ok: false; readonly badElement: string };

function findCommand(words: readonly Word[]): { readonly rpc: RegisteredRpc; readonly length: number } | undefined {
  for (let length = words.length; length > 0; length -= 1) {
    const rpc = rpcRegistry.byCommand(words.slice(0, length).map((word) => word.text));
    if (rpc !== undefined) return { rpc, length };
  }
  return undefined;
}

/** The word that starts no command (or the last word when the command is incomplete). */
function unknownWord(words: readonly Word[]): string {
  const commands = rpcRegistry.commands().map(({ command }) => command.words);
  for (let index = 0; index < words.length; index += 1) {
    const prefix = words.slice(0, index + 1).map((word) => word.text);
    if (!commands.some((command) => prefix.every((text, i) => command[i] === text))) return words[index]?.text ?? '';
  }
  return words[words.length - 1]?.text ?? '';
}

function isArgumentName(rpc: RegisteredRpc, text: string): boolean {
  if (rpc.invokeOn && text === INVOKE_ON) return true;
  return rpc.arguments.some((argument) => argument.name === text && !(argument.kind === 'value' && argument.positional === true));
}

type Arguments = { readonly ok: true; readonly args: RpcArgs } | { readonly ok: false; readonly badElement: string };

function parseArguments(rpc: RegisteredRpc, words: readonly Word[]): Arguments {
  const args: Record<string, string | true> = {};
  const positional = rpc.arguments.find((argument) => argument.kind === 'value' && argument.positional === true);
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
      if (value === undefined) return { ok: false, badElement: word.text };
      const accepted = declared?.kind === 'value' ? declared.values : INVOKE_ON_VALUES;
      if (accepted !== undefined && !accepted.includes(value.text)) return { ok: false, badElement: value.text };
      args[declared?.name ?? INVOKE_ON] = value.text;
      index += 2;
      continue;
    }
    if (positional !== undefined && args[positional.name] === undefined) {
      const taken: string[] = [];
      while (index < words.length && !isArgumentName(rpc, (words[index] as Word).text)) {
        taken.push((words[index] as Word).text);
        index += 1;
      }
      const value = taken.join(' ');
      if (positional.kind === 'value' && positional.values !== undefined && !positional.values.includes(value)) return { ok: false, badElement: word.text };
      args[positional.name] = value;
      continue;
    }
    return { ok: false, badElement: word.text };
  }
  return { ok: true, args };
}

/** The RPC and arguments of an operational command line. */
export function parseCommandLine(line: string): CommandLine {
  const split = splitWords(line);
  if (!split.ok) return { ok: false, badElement: line.slice(split.column) };
  const words = split.words;
  if (words.length === 0) return { ok: false, badElement: 'command' };
  const found = findCommand(words);
  if (found === undefined) return { ok: false, badElement: unknownWord(words) };
  const parsed = parseArguments(found.rpc, words.slice(found.length));
  if (!parsed.ok) return parsed;
  return { ok: true, rpc: found.rpc, args: parsed.args, words: words.map((word) => word.text) };
}
