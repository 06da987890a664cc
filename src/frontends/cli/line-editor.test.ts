import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type EditorEvent, LineEditor, type LineEditorOptions } from './line-editor.js';

/**
 * A tiny terminal: printable characters with xterm's pending wrap (writing the last column
 * leaves the cursor there until the next character), \r, \n, \b and ESC[n A/B/C/D/J/K.
 */
class Screen {
  rows: string[][] = [[]];
  row = 0;
  col = 0;
  pending = false;
  constructor(readonly cols: number) {}

  feed(data: string): void {
    for (let i = 0; i < data.length; ) {
      const code = data.codePointAt(i) ?? 0;
      const char = String.fromCodePoint(code);
      if (char === '\x1b') {
        const m = /^\[(\d*)([A-DJK])/.exec(data.slice(i + 1, i + 12));
        if (!m) throw new Error(`unexpected escape ${JSON.stringify(data.slice(i, i + 8))}`);
        this.csi(Number(m[1] || '1'), m[2] ?? '');
        i += 1 + m[0].length;
        continue;
      }
      i += char.length;
      if (char === '\r') [this.col, this.pending] = [0, false];
      else if (char === '\n') [this.row, this.pending] = [this.row + 1, false];
      else if (char === '\b') [this.col, this.pending] = [Math.max(0, this.col - 1), false];
      else if (code < 0x20) throw new Error(`unexpected control ${code}`);
      else this.put(char);
    }
  }

  /** Rows from `from`, trailing blanks trimmed, trailing empty rows dropped. */
  lines(from = 0): string[] {
    const lines = this.rows.slice(from).map((row) => Array.from(row, (c) => c ?? ' ').join('').trimEnd());
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines;
  }

  /** The cursor as a column count from row `from` (a pending wrap counts as the next column). */
  offset(from = 0): number {
    return (this.row - from) * this.cols + this.col + (this.pending ? 1 : 0);
  }

  private line(): string[] {
    while (this.rows.length <= this.row) this.rows.push([]);
    return this.rows[this.row] ?? [];
  }

  private put(char: string): void {
    if (this.pending) [this.row, this.col, this.pending] = [this.row + 1, 0, false];
    const line = this.line();
    while (line.length < this.col) line.push(' ');
    line[this.col] = char;
    if (this.col === this.cols - 1) this.pending = true;
    else this.col++;
  }

  private csi(n: number, final: string): void {
    if (final === 'K') this.line().length = Math.min(this.line().length, this.col);
    else if (final === 'J') {
      this.line().length = Math.min(this.line().length, this.col);
      this.rows.length = Math.min(this.rows.length, this.row + 1);
    } else {
      this.pending = false;
      if (final === 'A') this.row = Math.max(0, this.row - n);
      if (final === 'B') this.row += n;
      if (final === 'C') this.col = Math.min(this.cols - 1, this.col + n);
      if (final === 'D') this.col = Math.max(0, this.col - n);
    }
  }
}

const PROMPT = 'lab@r1> ';

function setup(options: Partial<LineEditorOptions> = {}, prompt = PROMPT) {
  const screen = new Screen(options.cols ?? 80);
  let written = '';
  const editor = new LineEditor({
    ...options,
    write: (text) => {
      written += text;
      screen.feed(text);
    },
  });
  let base = 0;
  /** Writes the prompt (as the session does), remembering the row where the line starts. */
  const redraw = (text = prompt) => {
    const lines = text.split('\n').slice(0, -1);
    base = screen.row + lines.reduce((rows, line) => rows + Math.max(1, Math.ceil(line.replace('\r', '').length / screen.cols)), 0);
    editor.redraw(text);
  };
  redraw();
  /** Pushes `data` and runs the editor until the queue is empty; returns the echo and events. */
  const type = (data: string) => {
    written = '';
    editor.push(data);
    const events: EditorEvent[] = [];
    for (let event = editor.next(); event !== undefined; event = editor.next()) events.push(event);
    return { echo: written, events };
  };
  /** The line as shown and the cursor's offset in it, as the screen model sees them. */
  const promptWidth = prompt.length - prompt.lastIndexOf('\n') - 1;
  const shown = () => ({ line: screen.lines(base).join('|'), cursor: screen.offset(base) - promptWidth });
  return { editor, screen, type, shown, redraw };
}

test('typing at the end of the line echoes exactly what was typed', () => {
  const { type, shown } = setup();
  assert.deepEqual(type('show'), { echo: 'show', events: [] });
  assert.deepEqual(type(' version'), { echo: ' version', events: [] });
  assert.deepEqual(shown(), { line: 'lab@r1> show version', cursor: 12 });
});

test('Enter (\\r, \\n, \\r\\n even split) gives one line event and echoes \\r\\n', () => {
  const { type } = setup();
  assert.deepEqual(type('show version\r'), { echo: 'show version\r\n', events: [{ type: 'line', text: 'show version' }] });
  assert.deepEqual(type('a\n'), { echo: 'a\r\n', events: [{ type: 'line', text: 'a' }] });
  assert.deepEqual(type('b\r').events, [{ type: 'line', text: 'b' }]);
  assert.deepEqual(type('\nc\r\n'), { echo: 'c\r\n', events: [{ type: 'line', text: 'c' }] });
});

test('next() stops at each event so typed-ahead keys wait for the session', () => {
  const written: string[] = [];
  const editor = new LineEditor({ write: (text) => written.push(text) });
  editor.push('commit\rshow\r');
  assert.deepEqual(editor.next(), { type: 'line', text: 'commit' });
  assert.deepEqual(written, ['commit\r\n']);
  editor.redraw('# ');
  assert.deepEqual(editor.nextKey(), { type: 'char', char: 's' });
  assert.deepEqual(editor.next(), { type: 'line', text: 'how' });
  assert.deepEqual(written, ['commit\r\n', '# ', 'how\r\n']);
  assert.equal(editor.next(), undefined);
  assert.equal(editor.nextKey(), undefined);
});

test('Backspace at the end moves back and erases', () => {
  const { type, shown } = setup();
  type('showw');
  assert.equal(type('\x7f').echo, '\b\x1b[K');
  assert.equal(type('\b').echo, '\b\x1b[K');
  assert.deepEqual(shown(), { line: 'lab@r1> sho', cursor: 3 });
  assert.equal(type('\x7f\x7f\x7f\x7f').echo, '\b\x1b[K\b\x1b[K\b\x1b[K');
});

test('a mid-line insert rewrites the rest of the line and moves back', () => {
  const { type, shown } = setup();
  type('shw version');
  assert.equal(type('\x1b[D'.repeat(9)).echo, '\b'.repeat(9));
  assert.deepEqual(shown(), { line: 'lab@r1> shw version', cursor: 2 });
  assert.equal(type('o').echo, 'ow version\x1b[9D');
  assert.deepEqual(shown(), { line: 'lab@r1> show version', cursor: 3 });
});

test('a paste in the middle of the line rewrites the rest once per batch', () => {
  const { type, shown } = setup();
  type('show  terse\x02\x02\x02\x02\x02\x02');
  assert.equal(type('interfaces').echo, 'interfaces terse\x1b[6D');
  assert.deepEqual(shown(), { line: 'lab@r1> show interfaces terse', cursor: 15 });
});

test('each editing key leaves the right line on screen, with exact echo', () => {
  const { type, shown, editor } = setup();
  type('show interfaces terse');
  const steps: [string, string, string, number][] = [
    ['\x01', '\x1b[21D', 'show interfaces terse', 0], // Ctrl-A
    ['\x05', 'show interfaces terse', 'show interfaces terse', 21], // Ctrl-E
    ['\x02\x02', '\b\b', 'show interfaces terse', 19], // Ctrl-B
    ['\x06', 's', 'show interfaces terse', 20], // Ctrl-F
    ['\x1b[H', '\x1b[20D', 'show interfaces terse', 0], // Home
    ['\x1b[F', 'show interfaces terse', 'show interfaces terse', 21], // End
    ['\x1bb', '\x1b[5D', 'show interfaces terse', 16], // Meta-b
    ['\x1bb\x1bb\x1bf', '\x1b[11D\x1b[5Dshow', 'show interfaces terse', 4], // Meta-f
    ['\x1b[3~', 'interfaces terse\x1b[K\x1b[16D', 'showinterfaces terse', 4], // Delete
    ['\x04', 'nterfaces terse\x1b[K\x1b[15D', 'shownterfaces terse', 4], // Ctrl-D
    ['\x0b', '\x1b[K', 'show', 4], // Ctrl-K
    ['\x19', 'nterfaces terse', 'shownterfaces terse', 19], // Ctrl-Y
    ['\x17', '\x1b[5D\x1b[K', 'shownterfaces ', 14], // Ctrl-W
    ['\x1b\x7f', '\x1b[14D\x1b[K', '', 0], // Meta-Backspace
    ['show route\x01\x1bd', 'show route\x1b[10D route\x1b[K\x1b[6D', ' route', 0], // Meta-d
    ['\x05 x\x15', ' route x\x1b[8D\x1b[K', '', 0], // Ctrl-U
    ['\x19', ' route x', ' route x', 8], // Ctrl-Y after Ctrl-U
    ['\x18', '\x1b[8D\x1b[K', '', 0], // Ctrl-X
  ];
  for (const [keys, echo, text, cursor] of steps) {
    assert.deepEqual({ keys, echo: type(keys).echo, text: editor.text, cursor: editor.cursor }, { keys, echo, text, cursor });
    assert.deepEqual(shown(), { line: `lab@r1> ${text}`.trimEnd(), cursor });
  }
});

test('Ctrl-L writes the prompt and the line again on a new line, cursor in place', () => {
  const { type, screen } = setup();
  type('show version\x02\x02');
  assert.equal(type('\x0c').echo, 'on\r\nlab@r1> show version\b\b');
  assert.deepEqual(screen.lines(), ['lab@r1> show version', 'lab@r1> show version']);
});

test('history: Up/Down and Ctrl-P/Ctrl-N, the typed line kept, no duplicates or empty lines', () => {
  const { type, shown, editor, redraw } = setup({ historySize: 3 });
  for (const line of ['show version', 'show version', '', '  ', 'show route', 'configure']) type(`${line}\r`);
  assert.deepEqual(editor.history, ['show version', 'show route', 'configure']);
  type('show chassis\r');
  assert.deepEqual(editor.history, ['show route', 'configure', 'show chassis']);
  redraw();
  type('sh');
  assert.equal(type('\x1b[A').echo, 'ow chassis');
  assert.equal(type('\x10').echo, '\x1b[12Dconfigure\x1b[K');
  assert.equal(type('\x10\x10').echo, '\x1b[9Dshow route');
  assert.deepEqual(shown(), { line: 'lab@r1> show route', cursor: 10 });
  type('\x1b[B\x0e');
  assert.equal(editor.text, 'show chassis');
  assert.equal(type('\x1b[B').echo, '\x1b[10D\x1b[K');
  assert.deepEqual(shown(), { line: 'lab@r1> sh', cursor: 2 });
  assert.equal(type('\x1b[B').echo, '');
  editor.setHistoryEnabled(false);
  type('\x1b[Ayes\r');
  assert.deepEqual(editor.history, ['show route', 'configure', 'show chassis']);
});

test('Ctrl-C drops the line and echoes \\r\\n at its end; Ctrl-D: eof on an empty line, else delete', () => {
  const { type, editor } = setup();
  assert.deepEqual(type('show ver\x02\x02\x03'), { echo: 'show ver\b\ber\r\n', events: [{ type: 'interrupt' }] });
  assert.equal(editor.text, '');
  editor.redraw(PROMPT);
  assert.deepEqual(type('\x04'), { echo: '', events: [{ type: 'eof' }] });
  type('ab\x02\x04');
  assert.equal(editor.text, 'a');
});

test('? asks for help outside quotes and is a plain character inside them', () => {
  const { type, screen, editor } = setup();
  assert.deepEqual(type('show ?'), { echo: 'show ?\r\n', events: [{ type: 'help', text: 'show ', cursor: 5 }] });
  editor.redraw(PROMPT);
  assert.deepEqual(screen.lines(), ['lab@r1> show ?', 'lab@r1> show']);
  assert.deepEqual(type('x\x01?'), { echo: 'x\x1b[6Dshow x?\r\n', events: [{ type: 'help', text: 'show x', cursor: 0 }] });
  editor.redraw(PROMPT);
  assert.equal(screen.offset(2), PROMPT.length);
  type('\x15set description "why?');
  assert.equal(editor.text, 'set description "why?');
  type('\\"?');
  assert.equal(editor.text, 'set description "why?\\"?');
  assert.deepEqual(type('" ?').events, [{ type: 'help', text: 'set description "why?\\"?" ', cursor: 26 }]);
});

test('Tab completes; Space completes only when complete-on-space is on, at the end of a word', () => {
  const { type, editor } = setup();
  assert.deepEqual(type('sh\t'), { echo: 'sh', events: [{ type: 'complete', trigger: 'tab', text: 'sh', cursor: 2 }] });
  assert.deepEqual(type(' '), { echo: ' ', events: [] });
  editor.setCompleteOnSpace(true);
  assert.deepEqual(type('ver '), { echo: 'ver', events: [{ type: 'complete', trigger: 'space', text: 'sh ver', cursor: 6 }] });
  editor.replaceLine('show version ');
  assert.deepEqual(type(' '), { echo: ' ', events: [] });
  assert.deepEqual(type('"a b c').events, []);
  assert.deepEqual(type('" x\x02 ').events, [{ type: 'complete', trigger: 'space', text: 'show version  "a b c"', cursor: 21 }]);
  // That space went to the session; the one typed before `x` is an ordinary character.
  assert.equal(editor.text, 'show version  "a b c" x');
  editor.setCompleteOnSpace(false);
  assert.deepEqual(type('\x05 y ').events, []);
  assert.equal(editor.text, 'show version  "a b c" x y ');
});

test('replaceLine echoes only from the first change', () => {
  const written: string[] = [];
  const editor = new LineEditor({ write: (text) => written.push(text) });
  editor.redraw('> ');
  editor.push('sh ver');
  editor.next();
  editor.replaceLine('show version ');
  editor.replaceLine('show version detail', 5);
  editor.replaceLine('show');
  assert.deepEqual(written, ['> ', 'sh ver', '\b\b\b\bow version ', 'detail\x1b[14D', '\b\x1b[K']);
});

test('long lines wrap: typing at the margin echoes only the text, Backspace comes back across', () => {
  const { type, shown } = setup({ cols: 20 }, 'r> ');
  assert.equal(type('a'.repeat(17)).echo, 'a'.repeat(17));
  assert.deepEqual(shown(), { line: `r> ${'a'.repeat(17)}`, cursor: 17 });
  assert.equal(type('\x7f').echo, '\r\x1b[19C\x1b[K');
  assert.deepEqual(shown(), { line: `r> ${'a'.repeat(16)}`, cursor: 16 });
  assert.equal(type('bcd').echo, 'bcd');
  assert.deepEqual(shown(), { line: `r> ${'a'.repeat(16)}b|cd`, cursor: 19 });
  assert.equal(type('\x7f\x7f\x7f').echo, '\b\x1b[K\b\x1b[K\r\x1b[1A\x1b[19C\x1b[K');
  assert.equal(type('\x01').echo, '\x1b[16D');
  assert.equal(type('x').echo, `x${'a'.repeat(16)}\r\x1b[4C`);
  assert.deepEqual(shown(), { line: `r> x${'a'.repeat(16)}`, cursor: 1 });
});

test('random editing on narrow terminals keeps the screen equal to prompt + line', () => {
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((seed / 2 ** 31) * n);
  };
  const keys = ['a', 'b', ' ', '"', '?', '\t', '\r', '\x03', '\x04', '\x7f', '\x1b[3~', '\x1b[D', '\x1b[C', '\x01', '\x05',
    '\x17', '\x0b', '\x15', '\x19', '\x1bb', '\x1bf', '\x1bd', '\x1b\x7f', '\x1b[A', '\x1b[B', 'xyz', 'hello world '];
  for (const cols of [5, 8, 13]) {
    for (const prompt of ['> ', 'lab@r1> ', '\r\n{master}\r\nlab@r1# ', 'abcde']) {
      const { type, shown, editor, redraw } = setup({ cols, completeOnSpace: cols === 8 }, prompt);
      const last = prompt.slice(prompt.lastIndexOf('\n') + 1);
      for (let step = 0; step < 300; step++) {
        const key = keys[random(keys.length)] ?? '';
        const { events } = type(key);
        for (const event of events) {
          if (event.type === 'complete') editor.replaceLine(`${event.text}zz `, random(event.text.length + 4));
          else if (event.type !== 'eof') redraw();
        }
        const rows: string[] = [];
        const all = last + editor.text;
        for (let i = 0; i < all.length; i += cols) rows.push(all.slice(i, i + cols).trimEnd());
        while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
        const context = { cols, prompt, step, key, text: editor.text };
        assert.deepEqual({ ...shown(), ...context }, { line: rows.join('|'), cursor: editor.cursor, ...context });
      }
    }
  }
});

test('a large paste stays linear, at the end or in the middle of the line', () => {
  const { editor, type } = setup();
  const paste = 'set interfaces ge-0/0/0 unit 0 family inet address 192.0.2.1/24 '.repeat(4000);
  const started = performance.now();
  let echoed = 0;
  for (let i = 0; i < paste.length; i += 4096) echoed += type(paste.slice(i, i + 4096)).echo.length;
  assert.equal(echoed, paste.length);
  type('\r');
  type('tail of the line\x01');
  echoed = 0;
  for (let i = 0; i < paste.length; i += 4096) echoed += type(paste.slice(i, i + 4096)).echo.length;
  assert.ok(echoed < paste.length * 3, `echo of ${echoed} characters`);
  assert.equal(editor.text.length, paste.length + 'tail of the line'.length);
  assert.ok(performance.now() - started < 3000);
});
