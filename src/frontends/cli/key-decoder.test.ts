import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Key, KeyDecoder } from './key-decoder.js';

/** Short names for keys, to keep expectations readable: `a`, `enter`, `^c`, `M-x`, `?ESC[2~`. */
function name(key: Key): string {
  switch (key.type) {
    case 'char':
      return key.char;
    case 'ctrl':
      return `^${key.letter}`;
    case 'meta':
      return `M-${key.char}`;
    case 'unknown':
      return `?${key.sequence.replaceAll('\x1b', 'ESC')}`;
    default:
      return key.type;
  }
}

function decode(...chunks: string[]): string[] {
  const decoder = new KeyDecoder();
  return chunks.flatMap((chunk) => decoder.decode(chunk)).map(name);
}

test('printable text, including UTF-8 beyond the BMP, is one key per code point', () => {
  assert.deepEqual(decode('sh ö€😀'), ['s', 'h', ' ', 'ö', '€', '😀']);
});

test('a surrogate pair cut between chunks stays one character', () => {
  const [high, low] = ['😀'.charAt(0), '😀'.charAt(1)];
  assert.deepEqual(decode(`a${high}`, `${low}b`), ['a', '😀', 'b']);
});

test('\\r, \\n, \\r\\n and \\r\\0 are each one Enter', () => {
  assert.deepEqual(decode('a\rb'), ['a', 'enter', 'b']);
  assert.deepEqual(decode('a\nb'), ['a', 'enter', 'b']);
  assert.deepEqual(decode('a\r\nb'), ['a', 'enter', 'b']);
  assert.deepEqual(decode('a\r\0b'), ['a', 'enter', 'b']);
  assert.deepEqual(decode('\r\r\n\n'), ['enter', 'enter', 'enter']);
});

test('a \\r\\n split across chunks is still one Enter, and the Enter is not delayed', () => {
  const decoder = new KeyDecoder();
  assert.deepEqual(decoder.decode('show\r').map(name), ['s', 'h', 'o', 'w', 'enter']);
  assert.deepEqual(decoder.decode('\nx').map(name), ['x']);
  assert.deepEqual(decode('a\r', '\0', 'b'), ['a', 'enter', 'b']);
  assert.deepEqual(decode('a\r', 'b\n'), ['a', 'enter', 'b', 'enter']);
});

test('Backspace, Tab and control letters', () => {
  assert.deepEqual(decode('\x7f\x08\t\x01\x03\x04\x05\x0b\x15\x17\x19\x1a'), [
    'backspace', 'backspace', 'tab', '^a', '^c', '^d', '^e', '^k', '^u', '^w', '^y', '^z',
  ]);
  assert.deepEqual(decode('\0\x1c\x85'), ['?\0', '?\x1c', '?\x85']);
});

test('arrows, Home, End and Delete in their CSI and SS3 forms', () => {
  assert.deepEqual(decode('\x1b[A\x1b[B\x1b[C\x1b[D'), ['up', 'down', 'right', 'left']);
  assert.deepEqual(decode('\x1bOA\x1bOB\x1bOC\x1bOD'), ['up', 'down', 'right', 'left']);
  assert.deepEqual(decode('\x1b[H\x1b[F\x1bOH\x1bOF'), ['home', 'end', 'home', 'end']);
  assert.deepEqual(decode('\x1b[1~\x1b[4~\x1b[3~\x1b[7~\x1b[8~'), ['home', 'end', 'delete', 'home', 'end']);
  assert.deepEqual(decode('\x1b[1;5D\x1b[1;3C\x1b[1;5A'), ['word-left', 'word-right', 'up']);
  assert.deepEqual(decode('\x1b[2~\x1b[200~x'), ['?ESC[2~', '?ESC[200~', 'x']);
});

test('escape sequences split anywhere across chunks', () => {
  assert.deepEqual(decode('a\x1b', '[A', 'b'), ['a', 'up', 'b']);
  assert.deepEqual(decode('\x1b[', 'D'), ['left']);
  assert.deepEqual(decode('\x1b', '[', '3', '~'), ['delete']);
  assert.deepEqual(decode('\x1b', 'O', 'C'), ['right']);
  assert.deepEqual(decode('\x1b[1;', '5C'), ['word-right']);
});

test('Meta keys: word moves, word rubout, others', () => {
  assert.deepEqual(decode('\x1bb\x1bf\x1b\x7f\x1b\x08\x1bd'), ['word-left', 'word-right', 'word-rubout', 'word-rubout', 'M-d']);
  assert.deepEqual(decode('\x1b', 'b'), ['word-left']);
});

test('a lone ESC waits for more input; flush() turns it into Escape', () => {
  const decoder = new KeyDecoder();
  assert.deepEqual(decoder.decode('ab\x1b').map(name), ['a', 'b']);
  assert.equal(decoder.hasPending, true);
  assert.deepEqual(decoder.flush().map(name), ['escape']);
  assert.equal(decoder.hasPending, false);
  assert.deepEqual(decoder.decode('c').map(name), ['c']);
  assert.deepEqual(decoder.flush(), []);
  decoder.decode('\x1b[1');
  assert.deepEqual(decoder.flush().map(name), ['?ESC[1']);
});

test('ESC ESC and ESC before a control character give Escape, then the next key', () => {
  assert.deepEqual(decode('\x1b\x1b[A'), ['escape', 'up']);
  assert.deepEqual(decode('\x1b\r'), ['escape', 'enter']);
});

test('a broken or endless CSI does not swallow the input', () => {
  assert.deepEqual(decode('\x1b[1\rx'), ['?ESC[1', 'enter', 'x']);
  const decoder = new KeyDecoder();
  const keys = decoder.decode(`\x1b[${'1;'.repeat(40)}`).map(name);
  assert.equal(keys.length, 1);
  assert.ok(keys[0]?.startsWith('?ESC['));
  assert.equal(decoder.hasPending, false);
});

test('a large paste decodes in linear time', () => {
  const line = 'set interfaces ge-0/0/0 description "uplink"\n';
  const text = line.repeat(20_000);
  const decoder = new KeyDecoder();
  const started = performance.now();
  let count = 0;
  for (let i = 0; i < text.length; i += 4096) count += decoder.decode(text.slice(i, i + 4096)).length;
  assert.equal(count, text.length);
  assert.ok(performance.now() - started < 2000);
});
