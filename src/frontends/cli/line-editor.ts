/**
 * The Junos CLI's line editor: typed keys → an edited line, with the echo a terminal expects.
 *
 * Owns: the input queue (decoded by key-decoder.ts), the line buffer and cursor, the echo of
 * every edit, the kill buffer (Ctrl-Y) and the command history. Does not own prompts, help,
 * completion or commands: it hands the session `line`, `help`, `complete`, `interrupt` and `eof`
 * events; the session prints what it wants, then calls `redraw(prompt)` or `replaceLine()`.
 * Pull-based (`push` queues, `next` processes until one event), so the session can finish an
 * event (even an asynchronous one, such as a commit) before typed-ahead keys are processed.
 * Pure: writes through the `write` callback it is given; no sockets, no timers.
 *
 * Echo (exact, so that Netmiko can strip it by length):
 * - typing at the end of the line echoes exactly the characters typed; a mid-line insert
 *   rewrites the rest of the line and moves back (once per batch of input, so a paste stays
 *   linear); a deletion moves back (`\b`, or `ESC[nD` beyond 4 columns), rewrites the rest and
 *   erases the leftover (`ESC[K`, or `ESC[J` when it spans rows). One `write` per call.
 * - Enter and Ctrl-C move to the end of the line and echo `\r\n` (no `^C`); `?` moves to the end
 *   and echoes `?\r\n`, after which the session prints help and must call `redraw(prompt)`
 *   (as after `newLine()`); Tab, completing Space and Ctrl-D on an empty line echo nothing.
 * - Long lines wrap at `cols`. The editor follows the terminal's pending wrap (a cursor that
 *   wrote the last column stays there until the next character), so Backspace and cursor moves
 *   stay right across rows (`\r`, `ESC[nA`, `ESC[nC`). Each code point is one column (wide and
 *   combining characters are not measured). The prompt must not hold escape sequences.
 *
 * Keys (the Junos "CLI keyboard shortcuts"): Ctrl-A/Home, Ctrl-E/End, Ctrl-B/Left, Ctrl-F/Right,
 * Meta-b, Meta-f, Backspace, Delete, Ctrl-D (at the cursor; `eof` on an empty line), Ctrl-K (to
 * end), Ctrl-U and Ctrl-X (the whole line), Ctrl-W and Meta-Backspace (word before), Meta-d (word
 * after), Ctrl-Y (yank the last kill), Ctrl-L (prompt and line again, on a new line), Up/Down and
 * Ctrl-P/Ctrl-N (history; the line being typed comes back below the newest entry). Words are
 * runs of non-blanks. Other keys are ignored.
 *
 * Quotes: inside an open double-quoted string (where `\` escapes the next character) `?` and
 * Space are ordinary characters. Space asks for completion only when `completeOnSpace` is on, the
 * cursor is at the end and a word (not a blank, not the empty line) is right before it.
 */

import { EchoBuffer, isBlank } from './echo-buffer.js';
import { type Key, KeyDecoder } from './key-decoder.js';

export type EditorEvent =
  /** Enter: the line (the editor already echoed `\r\n`). */
  | { readonly type: 'line'; readonly text: string }
  /** `?` outside quotes: help for `text` (the whole buffer); cursor in UTF-16 units. */
  | { readonly type: 'help'; readonly text: string; readonly cursor: number }
  /** Tab, or Space at the end of a word when complete-on-space is on. */
  | { readonly type: 'complete'; readonly trigger: 'tab' | 'space'; readonly text: string; readonly cursor: number }
  /** Ctrl-C: the line was dropped. */
  | { readonly type: 'interrupt' }
  /** Ctrl-D on an empty line. */
  | { readonly type: 'eof' };

export interface LineEditorOptions {
  /** Receives the echo. */
  readonly write: (text: string) => void;
  /** Terminal width in columns (default 80). */
  readonly cols?: number;
  /** Space at the end of a word triggers completion (default off; the session sets Junos's on). */
  readonly completeOnSpace?: boolean;
  /** Record and recall history (default on). */
  readonly historyEnabled?: boolean;
  /** Most entries kept (default 1000). */
  readonly historySize?: number;
}


function completion(buffer: EchoBuffer, trigger: 'tab' | 'space'): EditorEvent {
  buffer.settle();
  return { type: 'complete', trigger, text: buffer.text, cursor: buffer.cursorIndex };
}

/** `type`, `ctrl-x` or `meta-x`: the key's name in the bindings. */
function keyName(key: Key): string {
  if (key.type === 'ctrl') return `ctrl-${key.letter}`;
  if (key.type === 'meta') return `meta-${key.char}`;
  return key.type;
}

export class LineEditor {
  private readonly decoder = new KeyDecoder();
  private readonly write: (text: string) => void;
  private readonly buffer: EchoBuffer;
  private queue: Key[] = [];
  private head = 0;
  private completeOnSpace: boolean;
  private historyEnabled: boolean;
  private readonly historySize: number;
  private readonly entries: string[] = [];
  /** Index into history while browsing; `entries.length` = the line being typed. */
  private historyIndex = 0;
  /** The line being typed, kept while browsing history. */
  private draft = '';
  private killed = '';
  private prompt = '';
  private readonly bindings: Readonly<Record<string, () => EditorEvent | void>>;

  constructor(options: LineEditorOptions) {
    this.write = options.write;
    this.buffer = new EchoBuffer(Math.max(1, Math.floor(options.cols ?? 80)));
    this.completeOnSpace = options.completeOnSpace ?? false;
    this.historyEnabled = options.historyEnabled ?? true;
    this.historySize = options.historySize ?? 1000;
    this.bindings = this.bind();
  }

  /** Queues terminal input (decoded at once; nothing is processed until `next`). */
  push(data: string): void {
    for (const key of this.decoder.decode(data)) this.queue.push(key);
  }
  /** Gives up on an incomplete escape sequence (a lone ESC becomes an Escape key). */
  flushInput(): void {
    for (const key of this.decoder.flush()) this.queue.push(key);
  }
  /** True while an incomplete escape sequence waits for more input. */
  get hasPendingInput(): boolean {
    return this.decoder.hasPending;
  }

  /** Processes queued keys until one produces an event, or the queue is empty. */
  next(): EditorEvent | undefined {
    let event: EditorEvent | undefined;
    while (event === undefined && this.head < this.queue.length) {
      const key = this.queue[this.head++];
      if (key) event = this.handle(key);
    }
    this.buffer.settle();
    this.compact();
    this.flush();
    return event;
  }
  /** One raw key from the queue, unprocessed (for the pager and one-character answers). */
  nextKey(): Key | undefined {
    const key = this.queue[this.head];
    if (key === undefined) return undefined;
    this.head++;
    this.compact();
    return key;
  }

  /** Writes `prompt` (which may hold several lines) then the buffer, cursor in place. */
  redraw(prompt: string): void {
    this.prompt = prompt;
    this.buffer.redraw(prompt);
    this.flush();
  }
  /** Replaces the buffer (completion), echoing only from the first change; cursor in UTF-16. */
  replaceLine(text: string, cursor = text.length): void {
    this.buffer.replace(text, cursor);
    this.flush();
  }
  /** Moves to the end of the line and starts a new one, so the session can print below it. */
  newLine(): void {
    this.buffer.breakLine();
    this.flush();
  }
  /** Sets the width after a window change (what is on screen is not redrawn). */
  setWidth(cols: number): void {
    this.buffer.setWidth(cols);
  }
  setCompleteOnSpace(on: boolean): void {
    this.completeOnSpace = on;
  }
  /** Off while answering a question: Enter does not record, Up/Down do nothing. */
  setHistoryEnabled(on: boolean): void {
    this.historyEnabled = on;
  }

  /** The command history, most recent last. */
  get history(): readonly string[] {
    return this.entries;
  }
  /** The buffer as it stands. */
  get text(): string {
    return this.buffer.text;
  }
  /** The cursor, in UTF-16 units into `text`. */
  get cursor(): number {
    return this.buffer.cursorIndex;
  }

  private bind(): Record<string, () => EditorEvent | void> {
    const b = this.buffer;
    const kill = (text: string) => {
      if (text !== '') this.killed = text;
    };
    return {
      enter: () => this.enter(),
      tab: () => completion(b, 'tab'),
      backspace: () => void b.deleteBefore(1),
      delete: () => void b.deleteAfter(1),
      left: () => b.moveCursor(b.cursor - 1),
      right: () => b.moveCursor(b.cursor + 1),
      home: () => b.moveCursor(0),
      end: () => b.moveCursor(b.length),
      'word-left': () => b.moveCursor(b.wordStartBefore()),
      'word-right': () => b.moveCursor(b.wordEndAfter()),
      'word-rubout': () => kill(b.deleteBefore(b.cursor - b.wordStartBefore())),
      'meta-d': () => kill(b.deleteAfter(b.wordEndAfter() - b.cursor)),
      up: () => this.recall(-1),
      down: () => this.recall(1),
      'ctrl-a': () => b.moveCursor(0),
      'ctrl-e': () => b.moveCursor(b.length),
      'ctrl-b': () => b.moveCursor(b.cursor - 1),
      'ctrl-f': () => b.moveCursor(b.cursor + 1),
      'ctrl-d': () => (b.length === 0 ? { type: 'eof' } : void b.deleteAfter(1)),
      'ctrl-k': () => kill(b.deleteAfter(b.length - b.cursor)),
      'ctrl-u': () => kill(b.replace('', 0)),
      'ctrl-x': () => kill(b.replace('', 0)),
      'ctrl-w': () => kill(b.deleteBefore(b.cursor - b.wordStartBefore())),
      'ctrl-y': () => (this.killed === '' ? undefined : b.insert(Array.from(this.killed))),
      'ctrl-l': () => {
        b.breakLine();
        b.redraw(this.prompt);
      },
      'ctrl-p': () => this.recall(-1),
      'ctrl-n': () => this.recall(1),
      'ctrl-c': () => this.interrupt(),
    };
  }

  private enter(): EditorEvent {
    const text = this.buffer.text;
    this.buffer.breakLine();
    this.buffer.reset();
    if (this.historyEnabled && text.trim() !== '' && this.entries[this.entries.length - 1] !== text) {
      this.entries.push(text);
      if (this.entries.length > this.historySize) this.entries.splice(0, this.entries.length - this.historySize);
    }
    this.historyIndex = this.entries.length;
    this.draft = '';
    return { type: 'line', text };
  }

  private interrupt(): EditorEvent {
    this.buffer.breakLine();
    this.buffer.reset();
    this.historyIndex = this.entries.length;
    this.draft = '';
    return { type: 'interrupt' };
  }

  /** Up (-1) or down (+1) in the history. */
  private recall(step: -1 | 1): void {
    if (!this.historyEnabled) return;
    const index = this.historyIndex + step;
    if (index < 0 || index > this.entries.length) return;
    if (this.historyIndex === this.entries.length) this.draft = this.buffer.text;
    this.historyIndex = index;
    this.buffer.replace(index === this.entries.length ? this.draft : (this.entries[index] ?? ''));
  }

  private handle(key: Key): EditorEvent | undefined {
    if (key.type === 'char') return this.typed(key.char);
    const event = this.bindings[keyName(key)]?.();
    return typeof event === 'object' ? event : undefined;
  }

  private typed(char: string): EditorEvent | undefined {
    const b = this.buffer;
    if (!b.inQuote()) {
      if (char === '?') {
        b.breakLine('?');
        return { type: 'help', text: b.text, cursor: b.cursorIndex };
      }
      if (char === ' ' && this.completeOnSpace && b.cursor === b.length && b.cursor > 0 && !isBlank(b.charBefore())) {
        return completion(b, 'space');
      }
    }
    b.insert([char]);
    return undefined;
  }

  private flush(): void {
    const out = this.buffer.take();
    if (out !== '') this.write(out);
  }

  private compact(): void {
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }
}
