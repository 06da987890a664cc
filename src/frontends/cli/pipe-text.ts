/**
 * The text filters of the Junos CLI's pipes: `match`, `except`, `find`, `count`, `last`, `trim`,
 * applied in order to a command's text output, and the regular expressions they use.
 *
 * Owns compiling a pipe pattern (`compilePattern`) and `filterText`. It does not parse the
 * typed line (`pipes.ts`), render `display xml/json/set` or `compare` (the session does), nor
 * page: the empty line, banner and prompt Junos prints after the output are the session's; this
 * module only transforms the command's own text.
 *
 * Choices, also visible in the tests:
 * - Text is lines ending in `\n` (the session turns them into `\r\n` at the edge). A last line
 *   without its `\n` counts as a line and gets one; '' is no lines.
 * - Patterns are POSIX 1003.2 extended regular expressions as Junos documents, matched against
 *   each line without its `\n`, anywhere in the line, **case-insensitively** (Junos matches
 *   pipe patterns regardless of case, like its other regex matches, e.g. event-policy
 *   `matches`). They run on JavaScript's engine after a small translation: POSIX bracket classes
 *   (`[[:digit:]]`), a `]` first in a bracket, and a backslash inside brackets (literal in POSIX)
 *   are rewritten; JavaScript extras such as `\d` are left working. `a|b` alternatives work.
 * - An invalid pattern is refused before the command runs, with the reason as BSD's
 *   regerror(3) words it (`parentheses not balanced`, `brackets ([ ]) not balanced`, ...).
 * - `find` with no matching line gives no output; `count` gives `Count: N lines` (plural even
 *   for 1, as Junos prints); `last N` keeps the last N lines (all when there are fewer; without
 *   N, one screen: the session's screen length, 0 meaning all); `trim N` drops the first N
 *   characters of every line (a shorter line becomes empty).
 * A pathological pattern (`(a+)+$`) can be slow on long output; the twin accepts that.
 */

export type TextPipe =
  | { readonly kind: 'match' | 'except' | 'find'; readonly pattern: string; readonly regex: RegExp }
  | { readonly kind: 'count' }
  | { readonly kind: 'last'; readonly lines?: number }
  | { readonly kind: 'trim'; readonly columns: number };

export interface FilterOptions {
  /** Lines in one screen, for `last` without a number; 0 or absent means the whole output. */
  readonly screenLength?: number;
}

export type CompiledPattern =
  | { readonly ok: true; readonly regex: RegExp }
  | { readonly ok: false; readonly reason: string };

/** POSIX character classes as the contents of a JavaScript bracket expression. */
const POSIX_CLASSES: Readonly<Record<string, string>> = {
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '\\x21-\\x7e',
  lower: 'a-z',
  print: '\\x20-\\x7e',
  punct: '!-\\/:-@\\[-`{-~',
  space: ' \\t\\n\\r\\f\\v',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f',
};

/** V8's words for a bad pattern, and regerror(3)'s. */
const REASONS: readonly (readonly [string, string])[] = [
  ['Unterminated group', 'parentheses not balanced'],
  ["Unmatched ')'", 'parentheses not balanced'],
  ['Unterminated character class', 'brackets ([ ]) not balanced'],
  ['Nothing to repeat', 'repetition-operator operand invalid'],
  ['\\ at end of pattern', 'trailing backslash (\\)'],
  ['Range out of order', 'invalid character range'],
  ['numbers out of order', 'invalid repetition count(s)'],
];

/** The pattern in JavaScript's syntax, or the reason it is not a POSIX pattern. */
function translate(pattern: string): { ok: true; source: string } | { ok: false; reason: string } {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern.charAt(i);
    if (c === '\\') {
      out += pattern.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c !== '[') {
      out += c;
      i += 1;
      continue;
    }
    // A bracket expression: `[`, an optional `^`, a `]` taken literally when first, then up to `]`.
    out += '[';
    i += 1;
    if (pattern.charAt(i) === '^') {
      out += '^';
      i += 1;
    }
    if (pattern.charAt(i) === ']') {
      out += '\\]';
      i += 1;
    }
    while (i < pattern.length && pattern.charAt(i) !== ']') {
      const class_ = /^\[:([a-z]*):\]/.exec(pattern.slice(i));
      if (class_) {
        const expansion = POSIX_CLASSES[class_[1] ?? ''];
        if (expansion === undefined) return { ok: false, reason: 'invalid character class' };
        out += expansion;
        i += class_[0].length;
      } else {
        const ch = pattern.charAt(i);
        out += ch === '\\' ? '\\\\' : ch;
        i += 1;
      }
    }
    if (i < pattern.length) {
      out += ']';
      i += 1;
    }
  }
  return { ok: true, source: out };
}

/** A pipe pattern as a case-insensitive regular expression, or why it is not one. */
export function compilePattern(pattern: string): CompiledPattern {
  const translated = translate(pattern);
  if (!translated.ok) return translated;
  try {
    return { ok: true, regex: new RegExp(translated.source, 'i') };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const known = REASONS.find(([v8]) => message.includes(v8));
    const tail = message.slice(message.lastIndexOf(': ') + 2);
    return { ok: false, reason: known ? known[1] : tail.charAt(0).toLowerCase() + tail.slice(1) };
  }
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
}

function applyOne(lines: readonly string[], pipe: TextPipe, options: FilterOptions): readonly string[] {
  switch (pipe.kind) {
    case 'match':
      return lines.filter((line) => pipe.regex.test(line));
    case 'except':
      return lines.filter((line) => !pipe.regex.test(line));
    case 'find': {
      const first = lines.findIndex((line) => pipe.regex.test(line));
      return first < 0 ? [] : lines.slice(first);
    }
    case 'count':
      return [`Count: ${lines.length} lines`];
    case 'last': {
      const n = pipe.lines ?? options.screenLength ?? 0;
      return n > 0 ? lines.slice(Math.max(0, lines.length - n)) : lines;
    }
    case 'trim':
      return lines.map((line) => line.slice(pipe.columns));
  }
}

/** `text` through the text filters, left to right. */
export function filterText(text: string, pipes: readonly TextPipe[], options: FilterOptions = {}): string {
  let lines: readonly string[] = splitLines(text);
  for (const pipe of pipes) lines = applyOne(lines, pipe, options);
  return lines.map((line) => `${line}\n`).join('');
}
