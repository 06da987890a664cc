/**
 * The line being typed and its echo on the terminal: the characters before and after the
 * cursor, the quote state of each (so `?` and Space know whether they are inside a string), and
 * the exact bytes that keep the screen right — `\b` or `ESC[nD` moves, `ESC[K` / `ESC[J`
 * erases, the terminal's pending wrap at the margin. Owned by `line-editor.ts`, which decides
 * what each key does; this module only edits the buffer and writes what the screen needs.
 */

export const isBlank = (char: string | undefined) => char === ' ' || char === '\t';
/** Quote state after `char`: bit 1 = inside "…", bit 2 = the next character is escaped. */
export const quoteStep = (state: number, char: string): number =>
  state & 2 ? state & 1 : char === '"' ? state ^ 1 : char === '\\' && state & 1 ? state | 2 : state;
const left = (n: number) => (n <= 4 ? '\b'.repeat(n) : `\x1b[${n}D`);

/**
 * The buffer and what the terminal shows of it. Columns count from the start of the prompt's
 * last line (`origin` is the prompt's width there); the terminal wraps every `cols` columns.
 */
export class EchoBuffer {
  /** Code points before the cursor, and their quote states. */
  private before: string[] = [];
  private quotes: number[] = [];
  /** Code points after the cursor, nearest last. */
  private after: string[] = [];
  private out = '';
  private origin = 0;
  /** Where the terminal cursor is (column), and whether it waits to wrap at the right margin. */
  private pos = 0;
  private wrapPending = false;
  /** How many code points of the buffer are on screen (what an erase must clear). */
  private shown = 0;
  /** A mid-line insert shifted the text after the cursor, which is not rewritten yet. */
  private stale = false;

  constructor(private cols: number) {}

  get cursor(): number {
    return this.before.length;
  }
  get length(): number {
    return this.before.length + this.after.length;
  }
  get text(): string {
    return this.before.join('') + this.tail();
  }
  get cursorIndex(): number {
    return this.before.join('').length;
  }
  charBefore(): string | undefined {
    return this.before[this.before.length - 1];
  }
  inQuote(): boolean {
    return ((this.quotes[this.quotes.length - 1] ?? 0) & 1) === 1;
  }
  setWidth(cols: number): void {
    this.cols = Math.max(1, Math.floor(cols));
  }
  /** The echo produced since the last call. */
  take(): string {
    const out = this.out;
    this.out = '';
    return out;
  }

  wordStartBefore(): number {
    let i = this.cursor;
    while (i > 0 && isBlank(this.charAt(i - 1))) i--;
    while (i > 0 && !isBlank(this.charAt(i - 1))) i--;
    return i;
  }
  wordEndAfter(): number {
    let i = this.cursor;
    while (i < this.length && isBlank(this.charAt(i))) i++;
    while (i < this.length && !isBlank(this.charAt(i))) i++;
    return i;
  }

  insert(chars: readonly string[]): void {
    for (const char of chars) this.pushBefore(char);
    this.emit(chars.join(''), chars.length);
    if (this.after.length > 0) this.stale = true;
    else this.shown = Math.max(this.shown, this.length);
  }
  /** Deletes up to `n` code points before the cursor; returns them. */
  deleteBefore(n: number): string {
    n = Math.min(n, this.cursor);
    if (n <= 0) return '';
    this.settle();
    this.quotes.length -= n;
    const removed = this.before.splice(this.before.length - n).join('');
    this.goTo(this.cursor);
    this.rewriteRest();
    return removed;
  }
  /** Deletes up to `n` code points after the cursor; returns them. */
  deleteAfter(n: number): string {
    n = Math.min(n, this.after.length);
    if (n <= 0) return '';
    this.settle();
    const removed = this.after.splice(this.after.length - n).reverse().join('');
    this.rewriteRest();
    return removed;
  }
  moveCursor(target: number): void {
    target = Math.max(0, Math.min(this.length, target));
    this.settle();
    while (this.before.length > target) {
      this.after.push(this.before.pop() ?? '');
      this.quotes.pop();
    }
    while (this.before.length < target) this.pushBefore(this.after.pop() ?? '');
    this.goTo(target);
  }
  /** Replaces the buffer, rewriting from the first change; returns the old text. */
  replace(text: string, cursor = text.length): string {
    this.settle();
    const old = this.text;
    const chars = Array.from(text);
    let same = 0;
    while (same < chars.length && same < this.length && this.charAt(same) === chars[same]) same++;
    this.goTo(same);
    this.before = [];
    this.quotes = [];
    this.after = [];
    for (const char of chars) this.pushBefore(char);
    this.emit(chars.slice(same).join(''), chars.length - same);
    this.eraseRest();
    this.moveCursor(Array.from(text.slice(0, cursor)).length);
    return old;
  }
  /** Writes the prompt and the whole buffer, cursor in place. */
  redraw(prompt: string): void {
    const lastLine = prompt.slice(Math.max(prompt.lastIndexOf('\n'), prompt.lastIndexOf('\r')) + 1);
    this.out += prompt;
    this.origin = this.pos = Array.from(lastLine).length;
    this.wrapPending = this.pos > 0 && this.pos % this.cols === 0;
    this.stale = false;
    this.emit(this.text, this.length);
    this.shown = this.length;
    this.goTo(this.cursor);
  }
  /** Goes to the end of the line, writes `mark` and `\r\n`: the buffer is off screen after. */
  breakLine(mark = ''): void {
    this.settle();
    this.goTo(this.length);
    this.out += `${mark}\r\n`;
    this.origin = this.pos = this.shown = 0;
    this.wrapPending = false;
  }
  /** Empties the buffer (after `breakLine`). */
  reset(): void {
    this.before = [];
    this.quotes = [];
    this.after = [];
    this.stale = false;
  }
  /** Rewrites the text after the cursor if a mid-line insert left it shifted. */
  settle(): void {
    if (!this.stale) return;
    this.stale = false;
    this.rewriteRest();
  }

  private charAt(i: number): string {
    const b = this.before.length;
    return (i < b ? this.before[i] : this.after[this.after.length - 1 - (i - b)]) ?? '';
  }
  private tail(): string {
    let text = '';
    for (let i = this.after.length - 1; i >= 0; i--) text += this.after[i];
    return text;
  }
  private pushBefore(char: string): void {
    this.quotes.push(quoteStep(this.quotes[this.quotes.length - 1] ?? 0, char));
    this.before.push(char);
  }
  /** Writes `text` (`width` columns) at the terminal cursor. */
  private emit(text: string, width: number): void {
    if (width <= 0) return;
    this.out += text;
    this.pos += width;
    this.wrapPending = this.pos % this.cols === 0;
  }
  /** From the cursor: writes the rest of the line, erases what was beyond, comes back. */
  private rewriteRest(): void {
    this.emit(this.tail(), this.after.length);
    this.eraseRest();
    this.goTo(this.cursor);
  }
  /** Erases the screen from the terminal cursor to the end of what was shown. */
  private eraseRest(): void {
    const end = this.origin + this.shown;
    this.shown = this.length;
    if (end <= this.pos) return;
    if (this.wrapPending) {
      // Erasing now would clear the last column: step onto the next row first.
      this.out += '\r\n';
      this.wrapPending = false;
    }
    this.out += Math.floor((end - 1) / this.cols) > Math.floor(this.pos / this.cols) ? '\x1b[J' : '\x1b[K';
  }
  /** Moves the terminal cursor to code point `index` of the buffer as shown. */
  private goTo(index: number): void {
    const target = this.origin + index;
    if (target === this.pos) return;
    if (target > this.pos) {
      // Rewrite the characters in between: the terminal wraps by itself.
      let text = '';
      for (let i = this.pos - this.origin; i < index; i++) text += this.charAt(i);
      this.emit(text, target - this.pos);
      return;
    }
    const { cols } = this;
    const row = this.wrapPending ? this.pos / cols - 1 : Math.floor(this.pos / cols);
    const targetRow = Math.floor(target / cols);
    const targetCol = target % cols;
    if (!this.wrapPending && row === targetRow) this.out += left((this.pos % cols) - targetCol);
    else this.out += `\r${row > targetRow ? `\x1b[${row - targetRow}A` : ''}${targetCol > 0 ? `\x1b[${targetCol}C` : ''}`;
    this.pos = target;
    this.wrapPending = false;
  }
}
