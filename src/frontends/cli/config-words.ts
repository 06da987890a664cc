/**
 * Configuration-mode words of the Junos CLI: abbreviation, `?` help and Tab/Space completion of
 * the statement words after `set`, `delete`, `deactivate`, `activate`, `protect`, `unprotect`,
 * `edit` and `show`, relative to the current edit level. Pure: schema and words in, answers out.
 *
 * Owns: which words are keywords and their full names (`set int fxp0 un 0 fam inet add ...`);
 * the CLI's errors about words, with the column of the caret; the `Possible completions:` entries
 * of a position; the word Tab completes to. It does not own the command word itself, the pipe
 * (`| display set`), the prompt or the caret line: those are the session's. Values are checked by
 * `config/path.ts` (`resolvePath`) on the expanded words, so that the CLI and `load set` agree.
 *
 * Errors (caret column in brackets), from captures of real routers where we found them:
 * - `syntax error.` [under the word]: a word that is no statement here; `set` with no words [end].
 * - `'h' is ambiguous.` [after the word] and the candidates as `Possible completions:`.
 * - `missing argument.` [end]: `set` that stops at a key or value still to come, or at a plain
 *   container (`set system`, `set interfaces`), or before a container's mandatory bare value
 *   (`set system backup-router`); `deactivate`, `activate`, `protect`, `unprotect` with no words.
 * - A bad value [under the value]: the value checker's message and ` at '<value>'`, as Junos 25
 *   prints it (`Value 9999 is not within range (1..4094) at '9999'`); a bad enumeration value is
 *   `syntax error.` since enumeration values are keywords.
 * - Our wording: `syntax error, expecting ']'.` [end] for `[` without `]`; `edit` of a leaf or
 *   of a list without its key is `syntax error.` under the last word, as `load set` says.
 * After a leaf's value the words may go on with the statements of the same level
 * (`address 10.0.0.1/24 master-only`, `backup-router 10.0.0.1 destination 10.0.0.0/8`), because
 * `load set` reads them so; `?` there lists `<[Enter]>` and those statements.
 * `end` means `options.endColumn`, by default one column after the last word's end (the session
 * knows the real end of the line: pass it).
 *
 * `?` entries: `>` for statements with statements below (containers, lists), `+` for leaf-lists,
 * ` ` for leaves; placeholders `<name>` where a key or value may be typed (`<interface-name>` for
 * interfaces, `<name>` for other keys, `<statement>` for values, as in Junos; an integer's help
 * ends with its range, `(1..4094)`); `[` / `]` around a set of values; enumeration values in
 * place of a placeholder (without help: the schema has none); existing keys when the session
 * supplies them (`options.existing`). Keywords, values and keys are filtered by the partial
 * word; placeholders always show. `<[Enter]>` is included (and `enter` is true) when the command would run as typed
 * and the partial word is empty; `|  Pipe through a command` only with `options.pipe`. `edit`
 * offers only statements that open a level.
 */
import type { SchemaNode } from '../../schema/compile.js';
import type { ConfigIssue } from '../../config/errors.js';
import { insideGroups, resolvePath, type Step } from '../../config/path.js';
import { quoteValue } from '../../config/quote.js';
import { ENTER_ENTRY, PIPE_ENTRY, sortEntries, type CompletionEntry } from './config-words-format.js';
import { matchKeyword } from './keyword-match.js';
import {
  bracketEntry,
  enumEntry,
  enumValues,
  keyPlaceholder,
  keywordChildren,
  MISSING_ARGUMENT,
  MISSING_BRACKET,
  statementEntry,
  SYNTAX_ERROR,
  typedWords,
  valuePlaceholder,
  walkWords,
  type ConfigCommand,
  type ExpandedWord,
  type TypedWord,
  type Walk,
  type WordError,
} from './config-words-walk.js';

export { formatCompletions, formatEntry, type CompletionEntry, type CompletionMarker } from './config-words-format.js';
export type { ConfigCommand, ExpandedWord, TypedWord, WordError, WordRole } from './config-words-walk.js';

export interface WordsOptions {
  /** The command the words follow (default `set`): it decides where the words may stop. */
  readonly command?: ConfigCommand;
  /** The column just past the typed line, for errors at its end (default: after the last word + 1). */
  readonly endColumn?: number;
  /** The edit path of `level`, for the messages of `path.ts` (default: none). */
  readonly editPath?: readonly string[];
}

export interface CompletionOptions extends WordsOptions {
  /** Add `|  Pipe through a command` when Enter is valid (the session's commands with pipes). */
  readonly pipe?: boolean;
  /**
   * The keys of `list` that exist in the candidate below the statements `steps` (resolved from
   * `level`); listed with the placeholder, as Junos lists configured interfaces.
   */
  readonly existing?: (list: SchemaNode, steps: readonly Step[]) => readonly string[];
}

export type ExpandResult =
  | {
      readonly ok: true;
      /** The words with keywords in full; keys and values as typed (marked quoted). */
      readonly words: readonly ExpandedWord[];
      /** The words as one line of `set` text (keys and values quoted where needed). */
      readonly text: string;
      /** What `resolvePath` made of the words: ready for `config/edit.ts`. */
      readonly steps: readonly Step[];
      readonly level: SchemaNode;
    }
  | { readonly ok: false; readonly error: WordError };

export type CompletionResult =
  | { readonly ok: true; readonly entries: readonly CompletionEntry[]; readonly enter: boolean }
  | { readonly ok: false; readonly error: WordError };

export type TabResult =
  /** The one word the partial word completes to (the session appends a space). */
  | { readonly kind: 'complete'; readonly word: string }
  /** Several words start with the partial word: the session lists them like `?`. */
  | { readonly kind: 'ambiguous'; readonly candidates: readonly CompletionEntry[] }
  /** Nothing to complete to (a value is expected, or nothing matches): the `?` entries. */
  | { readonly kind: 'none'; readonly candidates: readonly CompletionEntry[] }
  | { readonly kind: 'error'; readonly error: WordError };

function endColumnOf(words: readonly { text: string; column: number }[], options: WordsOptions): number {
  if (options.endColumn !== undefined) return options.endColumn;
  const last = words[words.length - 1];
  return last === undefined ? 0 : last.column + last.text.length + 1;
}

/** The CLI's wording of a `resolvePath` issue (a bad value, in practice). */
function issueError(issue: ConfigIssue, end: number): WordError {
  const column = issue.column ?? end;
  if (issue.code === 'invalid-value') {
    if (issue.message === 'syntax error') return { column, message: SYNTAX_ERROR };
    return { column, message: `${issue.message} at '${issue.badElement ?? ''}'` };
  }
  return { column, message: issue.message.endsWith('.') ? issue.message : `${issue.message}.` };
}

function resolve(level: SchemaNode, words: readonly ExpandedWord[], partial: boolean, options: WordsOptions) {
  return resolvePath(words, 0, level, { partial, wildcards: insideGroups(level), editPath: options.editPath ?? [] });
}

/**
 * The first problem of the words: a bad value (checked by `path.ts`; the values of a `[` still
 * open are not checked yet), else the word the walk stopped at.
 */
function wordsError(level: SchemaNode, walk: Walk, options: WordsOptions, end: number): WordError | undefined {
  const before = walk.expect.kind === 'values' && walk.expect.bracketed ? walk.words.slice(0, walk.pendingAt) : walk.words;
  const issue = resolve(level, before, true, options).issue;
  if (issue !== undefined) return issueError(issue, end);
  return walk.error;
}

/** Whether the command may run where the walk ended; the error it would print if not. */
function endError(walk: Walk, command: ConfigCommand, end: number): WordError | undefined {
  const { expect, last, words } = walk;
  if (expect.kind === 'values' && expect.bracketed) return { column: end, message: MISSING_BRACKET };
  const lastWord = words[words.length - 1];
  switch (command) {
    case 'set':
      if (words.length === 0) return { column: end, message: SYNTAX_ERROR };
      if (expect.kind !== 'statement' || last === undefined) return { column: end, message: MISSING_ARGUMENT };
      if (last.kind === 'container') return { column: end, message: MISSING_ARGUMENT };
      if (last.kind === 'presence' && last.bareLeaf?.def.mandatory === true && !walk.bareUsed.has(last.bareLeaf)) {
        return { column: end, message: MISSING_ARGUMENT };
      }
      return undefined;
    case 'edit':
      if (lastWord === undefined) return undefined;
      if (expect.kind !== 'statement' || last?.kind === 'leaf' || last?.kind === 'leaf-list') {
        return { column: lastWord.column, message: SYNTAX_ERROR };
      }
      return undefined;
    case 'delete':
    case 'show':
      return undefined;
    default:
      return words.length === 0 ? { column: end, message: MISSING_ARGUMENT } : undefined;
  }
}

/** Keys and values quoted where `load set` would otherwise misread them. */
function setText(words: readonly ExpandedWord[]): string {
  return words.map((word) => (word.role === 'key' || word.role === 'value' ? quoteValue(word.text, word.keywordLike === true) : word.text)).join(' ');
}

/**
 * Expands the words after a command: every keyword to its full name, keys and values as typed;
 * checks them as the command would (see the module header for the errors).
 */
export function expandWords(level: SchemaNode, words: readonly TypedWord[], options: WordsOptions = {}): ExpandResult {
  const command = options.command ?? 'set';
  const end = endColumnOf(words, options);
  const walk = walkWords(level, words);
  const error = wordsError(level, walk, options, end) ?? endError(walk, command, end);
  if (error !== undefined) return { ok: false, error };
  const resolution = resolve(level, walk.words, command !== 'set', options);
  if (resolution.issue !== undefined) return { ok: false, error: issueError(resolution.issue, end) };
  return { ok: true, words: walk.words, text: setText(walk.words), steps: resolution.steps, level: resolution.level };
}

function startsWith(partial: string) {
  return (entry: CompletionEntry): boolean => entry.placeholder === true || entry.name.startsWith(partial);
}

/** The existing keys of `list`, as entries (help: the key's). */
function existingKeys(level: SchemaNode, walk: Walk, list: SchemaNode, options: CompletionOptions): CompletionEntry[] {
  if (options.existing === undefined) return [];
  const words = walk.expect.kind === 'key' ? walk.words.slice(0, walk.pendingAt) : walk.words;
  const resolution = resolve(level, words, true, options);
  if (resolution.issue !== undefined) return [];
  const help = keyPlaceholder(list).help;
  return options.existing(list, resolution.steps).map((name) => ({ marker: ' ', name, help }));
}

/** What may be typed as a key or value of `node`: its enumeration values, else its placeholder. */
function valueEntries(node: SchemaNode, placeholder: CompletionEntry): CompletionEntry[] {
  return enumValues(node)?.map(enumEntry) ?? [placeholder];
}

/** The entries of the position the walk reached, before filtering. */
function positionEntries(level: SchemaNode, walk: Walk, command: ConfigCommand, options: CompletionOptions): CompletionEntry[] {
  const expect = walk.expect;
  switch (expect.kind) {
    case 'statement': {
      const here = expect.level;
      const opens = (node: SchemaNode) => command !== 'edit' || (node.kind !== 'leaf' && node.kind !== 'leaf-list');
      const entries = keywordChildren(here).filter(opens).map(statementEntry);
      const keyList = here.keyList;
      if (keyList !== undefined) entries.push(...valueEntries(keyList, keyPlaceholder(keyList)), ...existingKeys(level, walk, keyList, options));
      const bare = here.bareLeaf;
      if (bare !== undefined && !walk.bareUsed.has(bare) && command !== 'edit') entries.push(...valueEntries(bare, valuePlaceholder(bare)));
      return entries;
    }
    case 'key':
      return [...valueEntries(expect.list, keyPlaceholder(expect.list)), ...existingKeys(level, walk, expect.list, options)];
    case 'value':
      return valueEntries(expect.leaf, valuePlaceholder(expect.leaf));
    case 'values':
      return [...valueEntries(expect.leafList, valuePlaceholder(expect.leafList)), bracketEntry(expect.bracketed)];
  }
}

/**
 * The `Possible completions:` entries for `?` typed after `wordsBefore` and the partial word
 * `partial` ('' after a space), in Junos's order. Plain strings as words get the columns they
 * have when joined by single spaces (for the caret of an error about them).
 */
export function completions(
  level: SchemaNode,
  wordsBefore: readonly (string | TypedWord)[],
  partial: string,
  options: CompletionOptions = {},
): CompletionResult {
  const command = options.command ?? 'set';
  const words = typedWords(wordsBefore);
  const end = endColumnOf(words, options);
  const walk = walkWords(level, words);
  const error = wordsError(level, walk, options, end);
  if (error !== undefined) return { ok: false, error };
  const enter = partial === '' && endError(walk, command, end) === undefined;
  const entries = positionEntries(level, walk, command, options).filter(startsWith(partial));
  const brackets = partial === '' ? entries : entries.filter((entry) => entry.name !== '[' && entry.name !== ']');
  if (enter) brackets.push(ENTER_ENTRY, ...(options.pipe === true ? [PIPE_ENTRY] : []));
  return { ok: true, entries: sortEntries(brackets), enter };
}

/**
 * What Tab or Space does to the partial word: the one keyword, value or key it completes to
 * (an exact name wins over longer ones), or the candidates to list.
 */
export function completeWord(
  level: SchemaNode,
  wordsBefore: readonly (string | TypedWord)[],
  partial: string,
  options: CompletionOptions = {},
): TabResult {
  const result = completions(level, wordsBefore, partial, options);
  if (!result.ok) return { kind: 'error', error: result.error };
  const words = result.entries.filter((entry) => entry.placeholder !== true);
  const match = matchKeyword(
    words.map((entry) => entry.name),
    partial,
  );
  if (match.kind === 'match') return { kind: 'complete', word: match.name };
  if (match.kind === 'ambiguous') return { kind: 'ambiguous', candidates: words.filter((entry) => match.names.includes(entry.name)) };
  return { kind: 'none', candidates: result.entries };
}
