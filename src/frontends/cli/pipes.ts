/**
 * Junos CLI output pipes: splitting a typed line into its command and the `| ...` pipes after
 * it, what those pipes ask of the session, and applying the text filters among them.
 *
 * Owns `splitPipeline` (quotes, abbreviations, Junos syntax errors with their caret column),
 * the `PipePlan` the session reads (the `display` format, `display inheritance`, `compare`,
 * paging, the text filters in order), `applyTextPipes` and `pipeHelpContext`. It re-exports the
 * grammar's `?`/Tab help (`pipe-grammar.ts`) and the filters' types (`pipe-text.ts`). It does
 * not run or render commands: `display` and `compare` change what the command renders, which
 * is the session's job (so is refusing `compare` outside a configuration-mode `show`), as are
 * paging, the caret line, the blank line and the banner after the output.
 *
 * Choices:
 * - The command is the text before the first `|` outside double quotes, without the spaces
 *   before that `|`; with no pipe it is the line as typed. Inside double quotes `\"` is a quote
 *   and `|` or a space belongs to the word; an unquoted pattern is one word. A quote left open
 *   after a `|` is a syntax error at the quote.
 * - Every pipe word and choice may be abbreviated to a unique prefix (`| m`, `| disp s`);
 *   `| c` is ambiguous (`compare`, `count`). Errors, with the 0-based column of the offending
 *   word: `syntax error.` (unknown word, extra word, or a missing word, where the column is one
 *   past the last word: `show | match` → column 13), `'c' is ambiguous.` (with the possible
 *   completions, which Junos lists after it), `syntax error, expecting <lines>.` and
 *   `value 0 is not within range (1..100000).` for numbers. An invalid pattern is refused
 *   before the command runs, without a caret: `error: invalid regular expression '(':
 *   parentheses not balanced`.
 * - Pipes chain left to right. Text filters (`match`, `except`, `find`, `count`, `last`, `trim`)
 *   apply in the order typed, to the output as rendered (so after `display xml` they filter the
 *   XML text). Default deny: a second `display xml/json/set`, a second `display inheritance` or
 *   a second `compare` is a syntax error at its word; `display inheritance` combines with one
 *   format (`| display inheritance | display set`). Plain `compare` is `compare rollback 0`.
 */
import { pipeStep, readInteger, resolveKeyword, type PipeCompletion } from './pipe-grammar.js';
import { compilePattern, filterText, type FilterOptions, type TextPipe } from './pipe-text.js';

export { completePipeWord, pipeCompletions, type PipeCompletion } from './pipe-grammar.js';
export { compilePattern, type FilterOptions, type TextPipe } from './pipe-text.js';

export type DisplayChoice = 'xml' | 'json' | 'set' | 'inheritance';
export type DisplayFormat = 'text' | 'xml' | 'json' | 'set';

/** One parsed pipe, with the 0-based column of its pipe word in the line. */
export type Pipe = (
  | TextPipe
  | { readonly kind: 'no-more' }
  | { readonly kind: 'display'; readonly choice: DisplayChoice; readonly brief: boolean }
  | { readonly kind: 'compare'; readonly rollback: number }
) & { readonly column: number };

/** What the pipes ask of the session. */
export interface PipePlan {
  /** How to render the command: `display xml/json/set`, else `text`. */
  readonly format: DisplayFormat;
  /** Set by `display inheritance [brief]`: expand groups and mark what was inherited. */
  readonly inheritance?: { readonly brief: boolean };
  /** Set by `compare [rollback N]`: show the changes against rollback N (0 for plain compare). */
  readonly compare?: { readonly rollback: number; readonly column: number };
  /** False after `no-more`. */
  readonly paging: boolean;
  /** The text filters, in the order typed, for `applyTextPipes`. */
  readonly filters: readonly TextPipe[];
}

export interface PipelineOk {
  readonly ok: true;
  readonly command: string;
  readonly pipes: readonly Pipe[];
  readonly plan: PipePlan;
}

export interface PipelineError {
  readonly ok: false;
  /** 0-based column in the line of the offending word (where the caret goes). */
  readonly column: number;
  /** The line after the caret, e.g. `syntax error.`; or, without a caret, the whole error. */
  readonly message: string;
  /** Whether to print a caret line under `column` before the message. */
  readonly caret: boolean;
  /** For an ambiguous word: the keywords it could be, which Junos lists after the message. */
  readonly completions?: readonly PipeCompletion[];
}

export type PipelineResult = PipelineOk | PipelineError;

interface Token {
  readonly kind: 'word' | 'bar';
  /** The word with its quotes removed. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Words and unquoted `|`s; `open` is the column of a quote left open, if any. */
function tokenize(line: string): { tokens: Token[]; open?: number } {
  const tokens: Token[] = [];
  let open: number | undefined;
  let i = 0;
  while (i < line.length) {
    const c = line.charAt(i);
    if (c === ' ' || c === '\t') {
      i += 1;
    } else if (c === '|') {
      tokens.push({ kind: 'bar', text: '|', start: i, end: i + 1 });
      i += 1;
    } else {
      const start = i;
      let text = '';
      while (i < line.length && !' \t|'.includes(line.charAt(i))) {
        if (line.charAt(i) !== '"') {
          text += line.charAt(i);
          i += 1;
          continue;
        }
        const quote = i;
        i += 1;
        while (i < line.length && line.charAt(i) !== '"') {
          const escaped = line.charAt(i) === '\\' && '"\\'.includes(line.charAt(i + 1)) && i + 1 < line.length;
          text += escaped ? (line.charAt(i + 1) === '"' ? '"' : '\\\\') : line.charAt(i);
          i += escaped ? 2 : 1;
        }
        if (i >= line.length) open ??= quote;
        else i += 1;
      }
      tokens.push({ kind: 'word', text, start, end: i });
    }
  }
  return open === undefined ? { tokens } : { tokens, open };
}

const syntaxError = (column: number, message = 'syntax error.'): PipelineError => ({ ok: false, column, message, caret: true });

/** The pipe that `words` (full forms) spell; `at[k]` is where `words[k]` was typed. */
function buildPipe(words: readonly string[], at: readonly Token[]): Pipe | PipelineError {
  const [name, arg, option] = words;
  const column = at[0]?.start ?? 0;
  switch (name) {
    case 'match':
    case 'except':
    case 'find': {
      const pattern = arg ?? '';
      const compiled = compilePattern(pattern);
      if (!compiled.ok) {
        const message = `error: invalid regular expression '${pattern}': ${compiled.reason}`;
        return { ok: false, column: at[1]?.start ?? column, message, caret: false };
      }
      return { kind: name, pattern, regex: compiled.regex, column };
    }
    case 'count':
    case 'no-more':
      return { kind: name, column };
    case 'last':
      return arg === undefined ? { kind: 'last', column } : { kind: 'last', lines: Number(arg), column };
    case 'trim':
      return { kind: 'trim', columns: Number(arg), column };
    case 'display':
      return { kind: 'display', choice: arg as DisplayChoice, brief: option === 'brief', column };
    default:
      return { kind: 'compare', rollback: option === undefined ? 0 : Number(option), column };
  }
}

/** Splits `line` at its first unquoted `|` and parses the pipes after it. */
export function splitPipeline(line: string): PipelineResult {
  const { tokens, open } = tokenize(line);
  const first = tokens.findIndex((t) => t.kind === 'bar');
  if (first < 0) return { ok: true, command: line, pipes: [], plan: { format: 'text', paging: true, filters: [] } };
  if (open !== undefined) return syntaxError(open);
  const command = line.slice(0, tokens[first]?.start).trimEnd();

  const pipes: Pipe[] = [];
  const filters: TextPipe[] = [];
  let format: DisplayFormat = 'text';
  let inheritance: PipePlan['inheritance'];
  let compare: PipePlan['compare'];
  let paging = true;
  let i = first;
  while (i < tokens.length) {
    const words: string[] = [];
    const at: Token[] = [];
    let previous = tokens[i] as Token;
    i += 1;
    for (let step = pipeStep(words); step; step = pipeStep(words)) {
      const token = tokens[i];
      if (!token || token.kind === 'bar') {
        if (!step.canEnd) return syntaxError(token ? token.start : previous.end + 1);
        break;
      }
      if (step.value?.kind === 'integer') {
        const read = readInteger(step.value, token.text);
        if (!read.ok) return syntaxError(token.start, read.message);
        words.push(token.text);
      } else if (step.value) {
        words.push(token.text);
      } else {
        const match = resolveKeyword(step.keywords, token.text);
        if (match.kind === 'unknown') return syntaxError(token.start);
        if (match.kind === 'ambiguous') {
          return { ...syntaxError(token.start, `'${token.text}' is ambiguous.`), completions: match.matches };
        }
        words.push(match.name);
      }
      at.push(token);
      previous = token;
      i += 1;
    }
    const pipe = buildPipe(words, at);
    if ('ok' in pipe) return pipe;
    const column = pipe.column;
    if (pipe.kind === 'display') {
      const choiceColumn = at[1]?.start ?? column;
      if (pipe.choice === 'inheritance') {
        if (inheritance) return syntaxError(choiceColumn);
        inheritance = { brief: pipe.brief };
      } else {
        if (format !== 'text') return syntaxError(choiceColumn);
        format = pipe.choice;
      }
    } else if (pipe.kind === 'compare') {
      if (compare) return syntaxError(column);
      compare = { rollback: pipe.rollback, column };
    } else if (pipe.kind === 'no-more') {
      paging = false;
    } else {
      filters.push(withoutColumn(pipe));
    }
    pipes.push(pipe);
  }
  const plan: PipePlan = { format, paging, filters, ...(inheritance && { inheritance }), ...(compare && { compare }) };
  return { ok: true, command, pipes, plan };
}

function withoutColumn(pipe: TextPipe & { readonly column: number }): TextPipe {
  const { column: _column, ...rest } = pipe;
  return rest;
}

function isTextPipe(pipe: TextPipe | Pipe): pipe is TextPipe {
  return pipe.kind !== 'no-more' && pipe.kind !== 'display' && pipe.kind !== 'compare';
}

/**
 * The text filters among `pipes` (a plan's `filters`, or all parsed pipes: the others are
 * skipped) applied to a command's text output, lines ending in `\n`.
 */
export function applyTextPipes(text: string, pipes: readonly (TextPipe | Pipe)[], options: FilterOptions = {}): string {
  return filterText(text, pipes.filter(isTextPipe), options);
}

/**
 * For `?` and Tab: when `line` has an unquoted `|`, the command before the first one, the
 * complete words after the last one (quotes removed) and the word being typed ('' when the
 * line ends in a space or a `|`); `undefined` when there is no pipe.
 */
export function pipeHelpContext(
  line: string,
): { readonly command: string; readonly words: readonly string[]; readonly partial: string } | undefined {
  const { tokens } = tokenize(line);
  const first = tokens.findIndex((t) => t.kind === 'bar');
  if (first < 0) return undefined;
  const last = tokens.map((t) => t.kind).lastIndexOf('bar');
  const words = tokens.slice(last + 1).map((t) => t.text);
  const typing = words.length > 0 && !/[ \t]$/.test(line);
  return {
    command: line.slice(0, tokens[first]?.start).trimEnd(),
    words: typing ? words.slice(0, -1) : words,
    partial: typing ? (words[words.length - 1] ?? '') : '',
  };
}
