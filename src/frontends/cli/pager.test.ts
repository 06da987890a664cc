import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Key } from './key-decoder.js';
import { Pager } from './pager.js';

const SPACE: Key = { type: 'char', char: ' ' };
const ENTER: Key = { type: 'enter' };
const char = (c: string): Key => ({ type: 'char', char: c });
const lines = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `line ${from + i}`);
const text = (from: number, to: number) => lines(from, to).map((l) => `${l}\n`).join('');
const crlf = (from: number, to: number) => lines(from, to).map((l) => `${l}\r\n`).join('');
const erase = (prompt: string) => `\r${' '.repeat(prompt.length)}\r`;

test('output that fits on one page is written whole, with no prompt', () => {
  const pager = new Pager(text(1, 4), { rows: 5, cols: 80 });
  assert.deepEqual(pager.start(), { output: crlf(1, 4), done: true });
  assert.deepEqual(pager.key(SPACE), { output: '', done: true });
  assert.deepEqual(new Pager('', { rows: 5, cols: 80 }).start(), { output: '', done: true });
  assert.deepEqual(new Pager('a\r\nb', { rows: 5, cols: 80 }).start(), { output: 'a\r\nb\r\n', done: true });
});

test('screen-length 0 never pages', () => {
  assert.deepEqual(new Pager(text(1, 100), { rows: 0, cols: 80 }).start(), { output: crlf(1, 100), done: true });
});

test('pages of rows - 1 lines, with the share of lines shown so far', () => {
  const pager = new Pager(text(1, 10), { rows: 5, cols: 80 });
  assert.deepEqual(pager.start(), { output: `${crlf(1, 4)}---(more 40%)---`, done: false });
  assert.deepEqual(pager.key(SPACE), { output: `${erase('---(more 40%)---')}${crlf(5, 8)}---(more 80%)---`, done: false });
  assert.deepEqual(pager.key(SPACE), { output: `${erase('---(more 80%)---')}${crlf(9, 10)}---(more 100%)---`, done: false });
  // The 100% prompt stays until the next key, which erases it and ends the pager.
  assert.deepEqual(pager.key(char('x')), { output: erase('---(more 100%)---'), done: true });
  assert.deepEqual(pager.key(SPACE), { output: '', done: true });
});

test('the percentage is rounded down', () => {
  const pager = new Pager(text(1, 3), { rows: 2, cols: 80 });
  assert.deepEqual(pager.start(), { output: 'line 1\r\n---(more 33%)---', done: false });
  assert.equal(pager.key(ENTER).output, `${erase('---(more 33%)---')}line 2\r\n---(more 66%)---`);
});

test('Enter, Down and j show one more line', () => {
  const pager = new Pager(text(1, 6), { rows: 3, cols: 80 });
  const prompt = (n: number) => `---(more ${n}%)---`;
  assert.equal(pager.start().output, `${crlf(1, 2)}${prompt(33)}`);
  assert.equal(pager.key(ENTER).output, `${erase(prompt(33))}line 3\r\n${prompt(50)}`);
  assert.equal(pager.key({ type: 'down' }).output, `${erase(prompt(50))}line 4\r\n${prompt(66)}`);
  assert.equal(pager.key(char('j')).output, `${erase(prompt(66))}line 5\r\n${prompt(83)}`);
  assert.deepEqual(pager.key(ENTER), { output: `${erase(prompt(83))}line 6\r\n${prompt(100)}`, done: false });
  assert.deepEqual(pager.key(ENTER), { output: erase(prompt(100)), done: true });
});

test('q, Q and Ctrl-C stop at once; other keys are ignored', () => {
  for (const key of [char('q'), char('Q'), { type: 'ctrl', letter: 'c' } as const]) {
    const pager = new Pager(text(1, 10), { rows: 5, cols: 80 });
    pager.start();
    assert.deepEqual(pager.key(char('z')), { output: '', done: false });
    assert.deepEqual(pager.key({ type: 'up' }), { output: '', done: false });
    assert.deepEqual(pager.key(key), { output: erase('---(more 40%)---'), done: true });
    assert.deepEqual(pager.key(SPACE), { output: '', done: true });
  }
});

test('N shows the rest without paging and ends without a 100% prompt', () => {
  const pager = new Pager(text(1, 10), { rows: 5, cols: 80 });
  pager.start();
  assert.deepEqual(pager.key(char('N')), { output: `${erase('---(more 40%)---')}${crlf(5, 10)}`, done: true });
});

test('long lines count as several screen lines; a page always shows at least one line', () => {
  const long = 'x'.repeat(25);
  const pager = new Pager(`a\n${long}\nb\nc\n${'y'.repeat(50)}\nd\n`, { rows: 4, cols: 10 });
  // Page = 3 screen rows: `a` (1) + the 25-character line (3) does not fit, so `a` alone.
  assert.equal(pager.start().output, 'a\r\n---(more 16%)---');
  assert.equal(pager.key(SPACE).output, `${erase('---(more 16%)---')}${long}\r\n---(more 33%)---`);
  assert.equal(pager.key(SPACE).output, `${erase('---(more 33%)---')}b\r\nc\r\n---(more 66%)---`);
  assert.equal(pager.key(SPACE).output, `${erase('---(more 66%)---')}${'y'.repeat(50)}\r\n---(more 83%)---`);
  assert.equal(pager.key(SPACE).output, `${erase('---(more 83%)---')}d\r\n---(more 100%)---`);
});

test('a screen length of 1 pages line by line', () => {
  const pager = new Pager(text(1, 2), { rows: 1, cols: 80 });
  assert.equal(pager.start().output, 'line 1\r\n---(more 50%)---');
  assert.equal(pager.key(SPACE).output, `${erase('---(more 50%)---')}line 2\r\n---(more 100%)---`);
});
