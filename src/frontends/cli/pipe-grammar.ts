/**
 * The grammar of the words after a `|` in the Junos CLI, and the `?` and Tab help built on it.
 *
 * Owns the table of pipe words retwin supports (`compare`, `count`, `display`, `except`, `find`,
 * `last`, `match`, `no-more`, `trim`), their choices and value slots, their help texts, keyword
 * abbreviation (a unique prefix; an exact word wins; two or more matches are ambiguous), and
 * `pipeCompletions` / `completePipeWord`. It does not split a line at its pipes or check a
 * pattern (`pipes.ts` does), nor filter text (`pipe-text.ts`).
 *
 * Choices: default deny, so Junos pipes retwin does not model (`append`, `hold`, `refresh`,
 * `request`, `resolve`, `save`, `tee`, `compare <filename>`, `display xml rpc`, `display
 * inheritance` variants but `brief`) are absent and are a syntax error where typed. The help
 * list is alphabetical as Junos prints it: `<[Enter]>` first, then a `<value>` placeholder, the
 * keywords, and `|` last. The number ranges of `last` (1..100000) and `trim` (1..1024) are ours
 * [unverified against a real router]; `compare rollback` takes 0..49 as Junos keeps 50 rollbacks.
 */

export interface PipeCompletion {
  readonly name: string;
  readonly help: string;
}

/** A place where the next word is a value (a pattern or a number), not a keyword. */
export type ValueSlot =
  | { readonly kind: 'pattern'; readonly placeholder: PipeCompletion }
  | { readonly kind: 'integer'; readonly placeholder: PipeCompletion; readonly min: number; readonly max: number };

/** What may come next after some words of one pipe. */
export interface PipeStep {
  /** The keywords allowed next, alphabetical. */
  readonly keywords: readonly PipeCompletion[];
  /** Set when the next word is a value. */
  readonly value?: ValueSlot;
  /** Whether the pipe is complete here (Enter or another `|` may follow). */
  readonly canEnd: boolean;
}

export const ENTER: PipeCompletion = { name: '<[Enter]>', help: 'Execute this command' };
export const PIPE: PipeCompletion = { name: '|', help: 'Pipe through a command' };

/** The pipe words, alphabetical. */
export const PIPE_WORDS: readonly PipeCompletion[] = [
  { name: 'compare', help: 'Compare configuration changes with prior version' },
  { name: 'count', help: 'Count occurrences' },
  { name: 'display', help: 'Show additional kinds of information' },
  { name: 'except', help: 'Show only text that does not match a pattern' },
  { name: 'find', help: 'Search for first occurrence of pattern' },
  { name: 'last', help: 'Display end of output only' },
  { name: 'match', help: 'Show only text that matches a pattern' },
  { name: 'no-more', help: "Don't paginate output" },
  { name: 'trim', help: 'Trim specified number of columns from start of line' },
];

const DISPLAY_CHOICES: readonly PipeCompletion[] = [
  { name: 'inheritance', help: 'Show inherited configuration data and source group' },
  { name: 'json', help: 'Show output as JSON' },
  { name: 'set', help: 'Show the set commands that create the configuration' },
  { name: 'xml', help: 'Show output as XML' },
];
const INHERITANCE_CHOICES: readonly PipeCompletion[] = [{ name: 'brief', help: 'Show brief inheritance comments' }];
const COMPARE_CHOICES: readonly PipeCompletion[] = [{ name: 'rollback', help: 'Compare with a rollback configuration' }];

const PATTERN: ValueSlot = { kind: 'pattern', placeholder: { name: '<pattern>', help: 'Regular expression to look for' } };
export const LAST_MAX = 100000;
export const TRIM_MAX = 1024;
export const ROLLBACK_MAX = 49;
const LINES: ValueSlot = {
  kind: 'integer',
  placeholder: { name: '<lines>', help: `Number of lines to display (1..${LAST_MAX})` },
  min: 1,
  max: LAST_MAX,
};
const COLUMNS: ValueSlot = {
  kind: 'integer',
  placeholder: { name: '<columns>', help: `Number of columns to trim (1..${TRIM_MAX})` },
  min: 1,
  max: TRIM_MAX,
};
const ROLLBACK_NUMBER: ValueSlot = {
  kind: 'integer',
  placeholder: { name: '<number>', help: `Rollback number (0..${ROLLBACK_MAX})` },
  min: 0,
  max: ROLLBACK_MAX,
};

const END: PipeStep = { keywords: [], canEnd: true };

/**
 * What may follow `words`, the words of one pipe so far in their full form (keywords already
 * resolved from their abbreviations, values as typed); `undefined` when nothing may (the words
 * are not a pipe prefix at all).
 */
export function pipeStep(words: readonly string[]): PipeStep | undefined {
  const [name, ...rest] = words;
  const at = (steps: readonly PipeStep[]): PipeStep | undefined => steps[rest.length];
  switch (name) {
    case undefined:
      return { keywords: PIPE_WORDS, canEnd: false };
    case 'count':
    case 'no-more':
      return at([END]);
    case 'match':
    case 'except':
    case 'find':
      return at([{ keywords: [], value: PATTERN, canEnd: false }, END]);
    case 'last':
      return at([{ keywords: [], value: LINES, canEnd: true }, END]);
    case 'trim':
      return at([{ keywords: [], value: COLUMNS, canEnd: false }, END]);
    case 'display': {
      const [choice, option] = rest;
      if (choice === undefined) return { keywords: DISPLAY_CHOICES, canEnd: false };
      if (choice === 'inheritance') {
        if (option === undefined) return { keywords: INHERITANCE_CHOICES, canEnd: true };
        return option === 'brief' && rest.length === 2 ? END : undefined;
      }
      return DISPLAY_CHOICES.some((c) => c.name === choice) && rest.length === 1 ? END : undefined;
    }
    case 'compare':
      if (rest.length > 0 && rest[0] !== 'rollback') return undefined;
      return at([{ keywords: COMPARE_CHOICES, canEnd: true }, { keywords: [], value: ROLLBACK_NUMBER, canEnd: false }, END]);
    default:
      return undefined;
  }
}

export type KeywordMatch =
  | { readonly kind: 'ok'; readonly name: string }
  | { readonly kind: 'ambiguous'; readonly matches: readonly PipeCompletion[] }
  | { readonly kind: 'unknown' };

/** A typed word against the keywords allowed: the exact word, else the one it abbreviates. */
export function resolveKeyword(choices: readonly PipeCompletion[], word: string): KeywordMatch {
  if (choices.some((c) => c.name === word)) return { kind: 'ok', name: word };
  const matches = word === '' ? [] : choices.filter((c) => c.name.startsWith(word));
  if (matches.length === 1 && matches[0]) return { kind: 'ok', name: matches[0].name };
  return matches.length > 1 ? { kind: 'ambiguous', matches } : { kind: 'unknown' };
}

/** The value an integer slot reads from `word`, or why it does not: a message for the caret. */
export function readInteger(
  slot: Extract<ValueSlot, { kind: 'integer' }>,
  word: string,
): { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string } {
  if (!/^\d+$/.test(word)) return { ok: false, message: `syntax error, expecting ${slot.placeholder.name}.` };
  const value = Number(word);
  if (value < slot.min || value > slot.max) {
    return { ok: false, message: `value ${word} is not within range (${slot.min}..${slot.max}).` };
  }
  return { ok: true, value };
}

/** The step after the typed `words` (abbreviations resolved), or `undefined` if they are not valid. */
function stepAfter(words: readonly string[]): PipeStep | undefined {
  const full: string[] = [];
  let step = pipeStep(full);
  for (const word of words) {
    if (!step) return undefined;
    if (step.value) {
      if (step.value.kind === 'integer' && !readInteger(step.value, word).ok) return undefined;
      full.push(word);
    } else {
      const match = resolveKeyword(step.keywords, word);
      if (match.kind !== 'ok') return undefined;
      full.push(match.name);
    }
    step = pipeStep(full);
  }
  return step;
}

/** Whether `partial` could still become a value of `slot`. */
function couldBeValue(slot: ValueSlot, partial: string): boolean {
  return slot.kind === 'pattern' || /^\d*$/.test(partial);
}

/**
 * The `?` help after a `|`: `wordsAfterPipe` are the complete words typed after the last `|`
 * (quotes removed), `partial` the word being typed ('' after a space). Empty when nothing fits.
 */
export function pipeCompletions(wordsAfterPipe: readonly string[], partial: string): PipeCompletion[] {
  const step = stepAfter(wordsAfterPipe);
  if (!step) return [];
  const keywords = step.keywords.filter((k) => k.name.startsWith(partial));
  const value = step.value && couldBeValue(step.value, partial) ? [step.value.placeholder] : [];
  if (partial !== '') return [...value, ...keywords];
  const end = step.canEnd ? [ENTER] : [];
  return [...end, ...value, ...keywords, ...(step.canEnd ? [PIPE] : [])];
}

/**
 * Tab after a `|`: the one keyword `partial` can complete to, or `undefined` when there is none,
 * more than one, a value is expected, or nothing has been typed yet.
 */
export function completePipeWord(wordsAfterPipe: readonly string[], partial: string): string | undefined {
  if (partial === '') return undefined;
  const step = stepAfter(wordsAfterPipe);
  if (!step || (step.value && couldBeValue(step.value, partial))) return undefined;
  const keywords = step.keywords.filter((k) => k.name.startsWith(partial));
  return keywords.length === 1 ? keywords[0]?.name : undefined;
}
