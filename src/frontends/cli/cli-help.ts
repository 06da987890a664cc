/**
 * `?` and Tab/Space completion in both CLI modes: which list of possible completions applies to
 * the line typed so far (operational commands, configuration commands and statements, `commit`
 * words, pipes), printing it Junos's way, and the word Tab or Space completes to.
 *
 * Behaviour: `?` echoes itself, then prints `Possible completions:` and the entries (or `No
 * valid completions`, or the error the words so far contain, with its caret); the session then
 * redraws the banner, the prompt and the line. Tab on a unique keyword prefix completes it and
 * adds a space; otherwise it lists the candidates as `?` does. Space completes a unique keyword
 * prefix and otherwise is just a space (a value is never completed).
 */
import { completions, completeWord, formatCompletions, type CompletionEntry } from './config-words.js';
import { ENTER_ENTRY, PIPE_ENTRY } from './config-words-format.js';
import type { CliSession } from './cli-session.js';
import { caretError } from './command-line.js';
import { editPath } from './config-context.js';
import { CONFIG_COMMANDS } from './configuration-mode.js';
import { matchKeyword } from './keyword-match.js';
import { OP_TREE } from './op-commands.js';
import { opCompletions, parseOpCommand } from './op-parser.js';
import { completePipeWord, pipeCompletions, pipeHelpContext } from './pipes.js';
import { schemaLevel } from './schema-level.js';
import { splitForCompletion, type LineWord } from './words.js';

const STATEMENT_COMMANDS = ['set', 'delete', 'deactivate', 'activate', 'edit', 'show'] as const;
type StatementCommand = (typeof STATEMENT_COMMANDS)[number];

/** What the line allows next: entries for `?`, or an error to print instead. */
type Answer = { readonly kind: 'entries'; readonly entries: readonly CompletionEntry[]; readonly keywords: readonly string[] } | { readonly kind: 'error'; readonly text: string };

function entries(list: readonly CompletionEntry[]): Answer {
  return { kind: 'entries', entries: list, keywords: list.filter((entry) => !entry.name.startsWith('<') && entry.name !== '|' && entry.name !== '[' && entry.name !== ']').map((entry) => entry.name) };
}

function opAnswer(session: CliSession, before: readonly LineWord[], partial: string): Answer {
  const found = opCompletions(OP_TREE, before, partial);
  if (found === undefined) {
    const last = before[before.length - 1];
    const parsed = parseOpCommand(OP_TREE, before, last === undefined ? 0 : last.column + last.text.length + 1);
    return { kind: 'error', text: parsed.ok ? caretError(session, 0, 'syntax error.') : caretError(session, parsed.column, parsed.message, parsed.candidates) };
  }
  const list = [...found.entries];
  if (found.complete && partial === '') list.unshift(ENTER_ENTRY);
  if (found.complete && partial === '') list.push(PIPE_ENTRY);
  return entries(list);
}

function configAnswer(session: CliSession, text: string, before: readonly LineWord[], partial: string): Answer {
  const first = before[0];
  if (first === undefined) return entries(CONFIG_COMMANDS.filter((command) => command.name.startsWith(partial)).map((command) => ({ marker: ' ', ...command })));
  const match = matchKeyword(
    CONFIG_COMMANDS.map((command) => command.name),
    first.text,
  );
  if (match.kind !== 'match') return { kind: 'error', text: caretError(session, first.column, match.kind === 'ambiguous' ? `'${first.text}' is ambiguous.` : 'unknown command.') };
  if (match.name === 'run') return opAnswer(session, before.slice(1), partial);
  const config = session.shell.config;
  if (config === undefined || !(STATEMENT_COMMANDS as readonly string[]).includes(match.name)) {
    return entries(partial === '' ? [ENTER_ENTRY] : []);
  }
  const level = schemaLevel(config.session.candidate.schema, editPath(config));
  const words = before.slice(1).map((word) => ({ ...word, quoted: text.charAt(word.column) === '"' }));
  const found = completions(level, words, partial, { command: match.name as StatementCommand, pipe: match.name === 'show', endColumn: text.length });
  if (!found.ok) return { kind: 'error', text: caretError(session, found.error.column, found.error.message, found.error.completions) };
  return entries(found.entries);
}

function answerFor(session: CliSession, text: string): Answer {
  const piped = pipeHelpContext(text);
  if (piped !== undefined) return entries(pipeCompletions(piped.words, piped.partial).map((entry) => ({ marker: ' ', ...entry })));
  const split = splitForCompletion(text);
  if (split === undefined) return { kind: 'error', text: caretError(session, text.length, 'syntax error.') };
  return session.shell.config === undefined ? opAnswer(session, split.before, split.partial) : configAnswer(session, text, split.before, split.partial);
}

/** `?` (the editor has echoed `?` and the line break): prints the possible completions; the session redraws the prompt and line after. */
export function handleHelp(session: CliSession, text: string): void {
  const answer = answerFor(session, text);
  if (answer.kind === 'error') session.write(answer.text);
  else session.write(`${formatCompletions(answer.entries)}\n`);
}

/** Tab or Space: the completed line, or `listed` when candidates were printed instead. */
export function handleComplete(session: CliSession, text: string, trigger: 'tab' | 'space', newLine: () => void): { readonly listed: boolean; readonly text?: string } {
  const split = splitForCompletion(text);
  const partial = split?.partial ?? '';
  const completed = partial === '' ? undefined : completion(session, text, partial);
  if (completed !== undefined) return { listed: false, text: `${text.slice(0, text.length - partial.length)}${completed} ` };
  if (trigger === 'space') return { listed: false, text: `${text} ` };
  newLine();
  handleHelp(session, text);
  return { listed: true };
}

/** The keyword `partial` completes to, if exactly one. */
function completion(session: CliSession, text: string, partial: string): string | undefined {
  const piped = pipeHelpContext(text);
  if (piped !== undefined) return completePipeWord(piped.words, piped.partial);
  const config = session.shell.config;
  const split = splitForCompletion(text);
  if (config !== undefined && split !== undefined && split.before.length > 0) {
    const first = matchKeyword(
      CONFIG_COMMANDS.map((command) => command.name),
      split.before[0]?.text ?? '',
    );
    if (first.kind === 'match' && (STATEMENT_COMMANDS as readonly string[]).includes(first.name)) {
      const level = schemaLevel(config.session.candidate.schema, editPath(config));
      const tab = completeWord(level, split.before.slice(1), partial, { command: first.name as StatementCommand });
      return tab.kind === 'complete' ? tab.word : undefined;
    }
  }
  const answer = answerFor(session, text);
  if (answer.kind !== 'entries') return undefined;
  const match = matchKeyword(answer.keywords, partial);
  return match.kind === 'match' ? match.name : undefined;
}
