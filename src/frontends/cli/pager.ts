/**
 * Junos's `---(more NN%)---` pager for one command's output.
 *
 * Owns: cutting the text into screen pages, the more-prompt, its erasing and the keys typed at
 * it. Does not own reading keys (the session feeds `key()` with keys from the line editor), the
 * screen-length/width settings, `| no-more` (the session does not page then), nor what is
 * printed after the output (blank line, banner, prompt). Pure: returns text, writes nothing.
 *
 * Choices:
 * - A page is `rows - 1` screen lines (the last row holds the prompt); a line longer than `cols`
 *   counts as ceil(length / cols) screen lines (code points; tabs count as one); a page always
 *   shows at least one line (so `rows` 1 pages line by line); `rows` 0 means no paging.
 * - Every line is written with `\r\n` (input lines may end `\n` or `\r\n`; a final newline does
 *   not make an empty last line).
 * - The prompt is always `---(more NN%)---`, NN = floor(lines shown * 100 / lines), because the
 *   pager has the whole output. Junos prints the bare `---(more)---` only while the size of the
 *   output is not known yet (output still streaming from the daemon), which never happens here.
 * - Output that fits on one page (`rows - 1` screen lines) is written whole with no prompt.
 * - When a key shows the last line, `---(more 100%)---` stays on screen (as on Junos) and the
 *   next key, whatever it is, erases it and ends the pager. `N` shows the rest without paging and
 *   ends at once (no 100% prompt); q, Q and Ctrl-C end at once.
 * - Keys: Space = next page; Enter, Down, `j` = one more line; others are ignored (Junos's
 *   search, back-paging, `h` help and so on are not implemented).
 * - Before anything else is written the prompt is erased with `\r`, as many spaces as it has
 *   characters, and `\r`; the cursor is then at the start of an empty row.
 */

import type { Key } from './key-decoder.js';

export interface PagerOptions {
  /** Screen length in rows (`set cli screen-length`); 0 = no paging. */
  readonly rows: number;
  /** Screen width in columns (`set cli screen-width`, or the terminal's). */
  readonly cols: number;
}

export interface PagerStep {
  /** Text to write to the terminal. */
  readonly output: string;
  /** True when the pager has finished: nothing of it is left on screen. */
  readonly done: boolean;
}

export class Pager {
  private readonly lines: readonly string[];
  private readonly pageRows: number;
  private readonly cols: number;
  private readonly paging: boolean;
  /** Lines written so far. */
  private shown = 0;
  /** The prompt on screen ('' when none). */
  private prompt = '';
  private done = false;

  constructor(text: string, options: PagerOptions) {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    this.lines = lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
    this.paging = options.rows > 0;
    this.pageRows = Math.max(1, Math.floor(options.rows) - 1);
    this.cols = Math.max(1, Math.floor(options.cols));
  }

  /** The first page, with the prompt if more follows (or everything, done, if it fits). */
  start(): PagerStep {
    const output = this.take(this.paging ? this.pageRows : Infinity, Infinity);
    return this.shown >= this.lines.length ? this.finish(output) : this.more(output);
  }

  /** Reacts to one key typed at the prompt. */
  key(key: Key): PagerStep {
    if (this.done) return { output: '', done: true };
    if (this.shown >= this.lines.length) return this.finish(this.erase());
    const name = key.type === 'char' ? key.char : key.type === 'ctrl' ? `ctrl-${key.letter}` : key.type;
    switch (name) {
      case ' ':
        return this.more(this.erase() + this.take(this.pageRows, Infinity));
      case 'enter':
      case 'down':
      case 'j':
        return this.more(this.erase() + this.take(Infinity, 1));
      case 'N':
        return this.finish(this.erase() + this.take(Infinity, Infinity));
      case 'q':
      case 'Q':
      case 'ctrl-c':
        return this.finish(this.erase());
      default:
        return { output: '', done: false };
    }
  }

  /** After lines were written: the prompt (100% once the last line is out). */
  private more(output: string): PagerStep {
    this.prompt = `---(more ${Math.floor((this.shown * 100) / this.lines.length)}%)---`;
    return { output: output + this.prompt, done: false };
  }

  private finish(output: string): PagerStep {
    this.done = true;
    this.prompt = '';
    return { output, done: true };
  }

  private erase(): string {
    const prompt = this.prompt;
    this.prompt = '';
    return prompt === '' ? '' : `\r${' '.repeat(prompt.length)}\r`;
  }

  /** Writes the next lines: up to `rows` screen rows and `count` lines, at least one line. */
  private take(rows: number, count: number): string {
    let output = '';
    let used = 0;
    let taken = 0;
    while (this.shown < this.lines.length && taken < count) {
      const line = this.lines[this.shown] ?? '';
      const height = this.height(line);
      if (taken > 0 && used + height > rows) break;
      output += `${line}\r\n`;
      used += height;
      taken++;
      this.shown++;
    }
    return output;
  }

  private height(line: string): number {
    const width = line.length <= this.cols ? line.length : Array.from(line).length;
    return Math.max(1, Math.ceil(width / this.cols));
  }
}
