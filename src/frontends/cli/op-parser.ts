/**
 * Reads an operational-mode command line against the command tree (`op-commands.ts`): keywords
 * abbreviated to a unique prefix, the command's arguments, and Junos's errors with the column of
 * the caret; and lists what may come next for `?` and Tab.
 *
 * Owns the grammar of one command (no pipes: the session splits them off first). Errors, whose
 * column counts from the start of the command text:
 * - `unknown command.` when the first word starts no command;
 * - `syntax error, expecting <command>.` when a later command word is wrong or missing;
 * - `'x' is ambiguous.` with the candidates;
 * - `syntax error.` for a word the command does not take or a bad or missing value.
 * Values (a host, a path, a number) are never abbreviated; keywords among a value's fixed set
 * (`invoke-on all-routing-engines`) are.
 */
import type { RpcArgument } from '../../rpc/rpc-definition.js';
import type { CompletionEntry } from './config-words-format.js';
import { ambiguousMessage, matchKeyword } from './keyword-match.js';
import type { OpCommand, OpNode } from './op-commands.js';
import type { LineWord } from './words.js';

export type OpArgs = Record<string, string | true>;

export type OpParse =
  | { readonly ok: true; readonly command: OpCommand; readonly args: OpArgs }
  | { readonly ok: false; readonly column: number; readonly message: string; readonly candidates?: readonly CompletionEntry[] };

const EXPECTING_COMMAND = 'syntax error, expecting <command>.';

function fail(column: number, message: string, candidates?: readonly CompletionEntry[]): OpParse {
  return candidates === undefined ? { ok: false, column, message } : { ok: false, column, message, candidates };
}

function named(argument: RpcArgument): boolean {
  return !(argument.kind === 'value' && argument.positional === true);
}

/** Walks the command words; the node reached and how many words it took, or the error. */
function walkCommand(root: OpNode, words: readonly LineWord[], endColumn: number): { node: OpNode; used: number } | OpParse {
  let node = root;
  let used = 0;
  for (const word of words) {
    const match = matchKeyword(node.children.keys(), word.text);
    if (match.kind === 'ambiguous') return fail(word.column, ambiguousMessage(word.text), match.names.map((name) => entryOf(node.children.get(name) as OpNode)));
    if (match.kind === 'none') {
      if (node.command !== undefined) break;
      return fail(word.column, used === 0 ? 'unknown command.' : EXPECTING_COMMAND);
    }
    node = node.children.get(match.name) as OpNode;
    used += 1;
  }
  if (node.command === undefined) return fail(used === 0 ? 0 : endColumn, EXPECTING_COMMAND);
  return { node, used };
}

function entryOf(node: OpNode): CompletionEntry {
  return { marker: ' ', name: node.word, help: node.help };
}

/** Parses `words` (the command without its pipes); `endColumn` is one past the last character. */
export function parseOpCommand(root: OpNode, words: readonly LineWord[], endColumn: number): OpParse {
  const walked = walkCommand(root, words, endColumn);
  if ('ok' in walked) return walked;
  const command = walked.node.command as OpCommand;
  const args: OpArgs = {};
  const rest = words.slice(walked.used);
  const positionals = command.arguments.filter((argument) => !named(argument));
  const names = command.arguments.filter(named).map((argument) => argument.name);
  let index = 0;
  while (index < rest.length) {
    const word = rest[index] as LineWord;
    const positional = positionals.find((argument) => args[argument.name] === undefined);
    const match = positional !== undefined ? exactOnly(names, word.text) : matchKeyword(names.filter((name) => args[name] === undefined), word.text);
    if (match.kind === 'ambiguous') return fail(word.column, ambiguousMessage(word.text));
    if (match.kind === 'match') {
      const argument = command.arguments.find((candidate) => candidate.name === match.name) as RpcArgument;
      if (argument.kind === 'flag') {
        args[argument.name] = true;
        index += 1;
        continue;
      }
      const value = rest[index + 1];
      if (value === undefined) return fail(endColumn, 'syntax error.');
      const accepted = acceptValue(argument, value.text);
      if (accepted === undefined) return fail(value.column, 'syntax error.');
      args[argument.name] = accepted;
      index += 2;
      continue;
    }
    if (positional !== undefined) {
      // The last positional argument takes every following word that names no argument
      // (`show configuration system domain-name`); the others take one word each.
      const last = positional === positionals[positionals.length - 1];
      const taken: string[] = [];
      while (index < rest.length && exactOnly(names, (rest[index] as LineWord).text).kind !== 'match' && (last || taken.length === 0)) {
        taken.push((rest[index] as LineWord).text);
        index += 1;
      }
      const accepted = acceptValue(positional, taken.join(' '));
      if (accepted === undefined) return fail(word.column, 'syntax error.');
      args[positional.name] = accepted;
      continue;
    }
    return fail(word.column, 'syntax error.');
  }
  const given = command.oneOf?.filter((name) => args[name] === true) ?? [];
  if (command.oneOf !== undefined && given.length !== 1) return fail(given.length === 0 ? endColumn : (rest.at(-1)?.column ?? endColumn), 'syntax error.');
  return { ok: true, command, args };
}

function exactOnly(names: readonly string[], typed: string): ReturnType<typeof matchKeyword> {
  return names.includes(typed) ? { kind: 'match', name: typed } : { kind: 'none' };
}

/** The value as taken (a fixed-set keyword expanded from its prefix), or undefined when refused. */
function acceptValue(argument: RpcArgument, text: string): string | undefined {
  if (argument.kind !== 'value' || text === '') return undefined;
  if (argument.values === undefined) return text;
  const match = matchKeyword(argument.values, text);
  return match.kind === 'match' ? match.name : undefined;
}

/**
 * What may be typed after `before` (complete words) when the word being typed is `partial`:
 * the entries of `?` (without `|`, which the session adds), and whether Enter would run a command.
 * Undefined when `before` itself is in error (the session then shows that error).
 */
export function opCompletions(root: OpNode, before: readonly LineWord[], partial: string): { readonly entries: CompletionEntry[]; readonly complete: boolean } | undefined {
  let node = root;
  let used = 0;
  for (const word of before) {
    const match = matchKeyword(node.children.keys(), word.text);
    if (match.kind !== 'match') break;
    node = node.children.get(match.name) as OpNode;
    used += 1;
  }
  const entries: CompletionEntry[] = [];
  const rest = before.slice(used);
  if (rest.length === 0) {
    for (const child of node.children.values()) if (child.word.startsWith(partial)) entries.push(entryOf(child));
  }
  const command = node.command;
  if (command === undefined) return rest.length === 0 ? { entries: sorted(entries), complete: false } : undefined;
  // Arguments: what the words after the command already gave, then what may follow.
  const given = new Set<string>();
  let pending: RpcArgument | undefined;
  let positionalsTaken = 0;
  for (const word of rest) {
    if (pending !== undefined) {
      pending = undefined;
      continue;
    }
    const argument = command.arguments.find((candidate) => named(candidate) && candidate.name === word.text) ?? command.arguments.find((candidate) => named(candidate) && candidate.name.startsWith(word.text) && !given.has(candidate.name));
    if (argument !== undefined) {
      given.add(argument.name);
      if (argument.kind === 'value') pending = argument;
    } else if (command.arguments.some((candidate) => !named(candidate))) {
      positionalsTaken += 1;
    } else {
      return undefined;
    }
  }
  if (pending !== undefined) return { entries: sorted(valueEntries(pending, partial)), complete: false };
  const nextPositional = command.arguments.filter((argument) => !named(argument))[positionalsTaken];
  for (const argument of command.arguments) {
    if (given.has(argument.name)) continue;
    if (!named(argument)) {
      if (argument === nextPositional) entries.push(...valueEntries(argument, partial));
      continue;
    }
    if (argument.name.startsWith(partial)) entries.push({ marker: ' ', name: argument.name, help: argument.help });
  }
  const oneOfMissing = command.oneOf !== undefined && !command.oneOf.some((name) => given.has(name));
  return { entries: sorted(entries), complete: !oneOfMissing };
}

function valueEntries(argument: RpcArgument, partial: string): CompletionEntry[] {
  if (argument.kind === 'value' && argument.values !== undefined) {
    return argument.values.filter((value) => value.startsWith(partial)).map((value) => ({ marker: ' ', name: value, help: argument.help }));
  }
  return [{ marker: ' ', name: `<${argument.name}>`, help: argument.help }];
}

function sorted(entries: CompletionEntry[]): CompletionEntry[] {
  return entries.sort((a, b) => {
    const ap = a.name.startsWith('<') ? 0 : 1;
    const bp = b.name.startsWith('<') ? 0 : 1;
    return ap !== bp ? ap - bp : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
}
