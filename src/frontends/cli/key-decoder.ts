/**
 * Terminal input → keys, for the Junos CLI's line editor and pager.
 *
 * Owns: turning the SSH channel's text (already UTF-8 decoded) into a stream of `Key`s, across
 * chunk boundaries: escape sequences split over chunks (ESC, then `[A`), a `\r` whose `\n` comes
 * in the next chunk, a UTF-16 surrogate pair cut in two. Does not own what a key means: that is
 * the line editor's and the pager's business. Pure and linear in the input; no timers.
 *
 * Choices:
 * - `\r`, `\n`, `\r\n` and `\r\0` are each one Enter (Ansible sends `\r`, Netmiko `\n`). After a
 *   `\r`, the next character is dropped if it is `\n` or NUL, even when it comes in a later chunk.
 *   `\n\r` is two Enters (no client sends it).
 * - 0x7f and 0x08 (Ctrl-H) are Backspace, 0x09 (Ctrl-I) is Tab; every other byte 0x01..0x1a is
 *   `{ type: 'ctrl', letter }` with the lower-case letter. NUL and 0x1c..0x1f are `unknown`.
 * - ESC starts a sequence: CSI (`ESC [` params final), SS3 (`ESC O` X) or Meta (ESC + one
 *   character): ESC b / ESC f / ESC DEL (or ESC BS) are word-left / word-right / word-rubout,
 *   other ESC x are `{ type: 'meta', char }`. A lone ESC at the end of the input stays pending
 *   until more comes; `flush()` turns it into `escape` (the caller decides when, e.g. after a
 *   short quiet time). Unrecognised sequences become `unknown` with their bytes; an unfinished
 *   CSI longer than 32 characters is given up as `unknown`, so garbage cannot grow the buffer.
 * - Ctrl/Alt + Left/Right (`ESC [1;5D`, `ESC [1;3C`, …) are word moves; other modifiers are
 *   ignored (`ESC [1;5A` is Up).
 * - A printable key is one code point (a surrogate pair stays together); C1 controls
 *   (0x80..0x9f) are `unknown`.
 */

/** Keys that carry no data. */
export type NamedKey =
  | 'enter'
  | 'backspace'
  | 'tab'
  | 'escape'
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'home'
  | 'end'
  | 'delete'
  | 'word-left'
  | 'word-right'
  | 'word-rubout';

export type Key =
  /** A printable character: one code point (one or two UTF-16 units). */
  | { readonly type: 'char'; readonly char: string }
  /** Ctrl + a letter, lower case (`c` for Ctrl-C). Never h, i, j or m (see above). */
  | { readonly type: 'ctrl'; readonly letter: string }
  /** ESC followed by a character that is not one of the word keys. */
  | { readonly type: 'meta'; readonly char: string }
  | { readonly type: NamedKey }
  /** A control byte or escape sequence with no meaning here (kept for logging). */
  | { readonly type: 'unknown'; readonly sequence: string };

const ESC = 0x1b;
/** An unfinished CSI longer than this is given up as garbage. */
const MAX_SEQUENCE = 32;

const named = (type: NamedKey): Key => ({ type });
const ENTER = named('enter');
const BACKSPACE = named('backspace');
const TAB = named('tab');
const ESCAPE = named('escape');

/** Final byte of `ESC [` (no parameter or `1`) and of `ESC O` → key. */
const CURSOR_KEYS: Readonly<Record<string, NamedKey>> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
};
/** `ESC [ n ~` → key. */
const TILDE_KEYS: Readonly<Record<string, NamedKey>> = {
  '1': 'home',
  '7': 'home',
  '4': 'end',
  '8': 'end',
  '3': 'delete',
};

/** The key a complete CSI sequence stands for (`params` between `ESC [` and the final byte). */
function csiKey(params: string, final: string, sequence: string): Key {
  if (final === '~') {
    const key = TILDE_KEYS[params];
    return key ? named(key) : { type: 'unknown', sequence };
  }
  const key = CURSOR_KEYS[final];
  if (key === undefined) return { type: 'unknown', sequence };
  if (params === '' || params === '1') return named(key);
  const modified = /^1;([2-8])$/.exec(params);
  if (!modified) return { type: 'unknown', sequence };
  // Alt (3) or Ctrl (5) with Left/Right moves by words, as in most shells.
  const wordy = modified[1] === '3' || modified[1] === '5';
  if (wordy && key === 'left') return named('word-left');
  if (wordy && key === 'right') return named('word-right');
  return named(key);
}

/** Keys for ESC + one character. */
function metaKey(char: string): Key {
  if (char === 'b') return named('word-left');
  if (char === 'f') return named('word-right');
  if (char === '\x7f' || char === '\b') return named('word-rubout');
  return { type: 'meta', char };
}

export class KeyDecoder {
  /** An incomplete escape sequence or a lone high surrogate, waiting for the next chunk. */
  private pending = '';
  /** The previous character was `\r`: a `\n` or NUL right after it is part of the same Enter. */
  private afterCr = false;

  /** Decodes one chunk; whatever is incomplete at its end waits for the next chunk. */
  decode(chunk: string): Key[] {
    const keys: Key[] = [];
    const data = this.pending + chunk;
    this.pending = '';
    let i = 0;
    while (i < data.length) {
      const code = data.charCodeAt(i);
      if (this.afterCr) {
        this.afterCr = false;
        if (code === 0x0a || code === 0x00) {
          i++;
          continue;
        }
      }
      if (code === ESC) {
        const end = this.escape(data, i, keys);
        if (end < 0) {
          this.pending = data.slice(i);
          break;
        }
        i = end;
        continue;
      }
      if (code >= 0xd800 && code <= 0xdbff) {
        if (i + 1 >= data.length) {
          this.pending = data.slice(i);
          break;
        }
        const low = data.charCodeAt(i + 1);
        const width = low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
        keys.push({ type: 'char', char: data.slice(i, i + width) });
        i += width;
        continue;
      }
      keys.push(this.single(code, data[i] ?? ''));
      i++;
    }
    return keys;
  }

  /** Gives up waiting: a lone ESC becomes `escape`, any other unfinished input `unknown`. */
  flush(): Key[] {
    const pending = this.pending;
    this.pending = '';
    if (pending === '') return [];
    if (pending === '\x1b') return [ESCAPE];
    return [{ type: 'unknown', sequence: pending }];
  }

  /** True while an incomplete sequence waits for more input (so the caller may call flush). */
  get hasPending(): boolean {
    return this.pending !== '';
  }

  /** One character that is neither ESC nor part of a surrogate pair. */
  private single(code: number, char: string): Key {
    if (code === 0x0d) {
      this.afterCr = true;
      return ENTER;
    }
    if (code === 0x0a) return ENTER;
    if (code === 0x7f || code === 0x08) return BACKSPACE;
    if (code === 0x09) return TAB;
    if (code >= 0x01 && code <= 0x1a) return { type: 'ctrl', letter: String.fromCharCode(code + 0x60) };
    if (code < 0x20 || (code >= 0x80 && code < 0xa0)) return { type: 'unknown', sequence: char };
    return { type: 'char', char };
  }

  /**
   * Decodes the escape sequence at `data[start]` (an ESC), pushing its key. Returns the index
   * after it, or -1 when the sequence is not complete yet.
   */
  private escape(data: string, start: number, keys: Key[]): number {
    const next = data[start + 1];
    if (next === undefined) return -1;
    if (next === '[') return this.csi(data, start, keys);
    if (next === 'O') {
      const final = data[start + 2];
      if (final === undefined) return -1;
      const key = CURSOR_KEYS[final];
      keys.push(key ? named(key) : { type: 'unknown', sequence: data.slice(start, start + 3) });
      return start + 3;
    }
    const code = next.charCodeAt(0);
    if (code === 0x7f || code === 0x08 || (code >= 0x20 && code < 0x7f)) {
      keys.push(metaKey(next));
      return start + 2;
    }
    // ESC ESC, ESC + a control character or a non-ASCII character: the ESC alone is a key, the
    // next character is decoded on its own.
    keys.push(ESCAPE);
    return start + 1;
  }

  /** `ESC [` parameters (0x30..0x3f), intermediates (0x20..0x2f), one final byte (0x40..0x7e). */
  private csi(data: string, start: number, keys: Key[]): number {
    let i = start + 2;
    while (i < data.length) {
      const code = data.charCodeAt(i);
      if (code >= 0x40 && code <= 0x7e) {
        const sequence = data.slice(start, i + 1);
        keys.push(csiKey(data.slice(start + 2, i), data[i] ?? '', sequence));
        return i + 1;
      }
      if (code < 0x20 || code > 0x3f) {
        // Not a CSI byte: give up on the sequence, decode this character on its own.
        keys.push({ type: 'unknown', sequence: data.slice(start, i) });
        return i;
      }
      i++;
    }
    if (data.length - start > MAX_SEQUENCE) {
      keys.push({ type: 'unknown', sequence: data.slice(start) });
      return data.length;
    }
    return -1;
  }
}
