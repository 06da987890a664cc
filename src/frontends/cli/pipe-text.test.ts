import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compilePattern, filterText, type TextPipe } from './pipe-text.js';

const regex = (pattern: string): RegExp => {
  const compiled = compilePattern(pattern);
  assert.ok(compiled.ok, pattern);
  return compiled.regex;
};
const match = (pattern: string): TextPipe => ({ kind: 'match', pattern, regex: regex(pattern) });
const except = (pattern: string): TextPipe => ({ kind: 'except', pattern, regex: regex(pattern) });
const find = (pattern: string): TextPipe => ({ kind: 'find', pattern, regex: regex(pattern) });

const TERSE = [
  'Interface               Admin Link Proto    Local                 Remote',
  'ge-0/0/0                up    up',
  'ge-0/0/0.0              up    up   inet     10.0.0.1/24',
  'xe-1/0/0                up    down',
  'lo0                     up    up',
  'lo0.0                   up    up   inet     192.0.2.1           --> 0/0',
  '',
].join('\n');

test('match keeps the lines that match, anywhere in the line, regardless of case', () => {
  assert.equal(filterText(TERSE, [match('ge-0')]), 'ge-0/0/0                up    up\nge-0/0/0.0              up    up   inet     10.0.0.1/24\n');
  assert.equal(filterText(TERSE, [match('INTERFACE')]), `${TERSE.split('\n')[0]}\n`);
  assert.equal(filterText(TERSE, [match('^lo0 ')]), 'lo0                     up    up\n');
  assert.equal(filterText(TERSE, [match('down$')]), 'xe-1/0/0                up    down\n');
  assert.equal(filterText(TERSE, [match('nothing')]), '');
});

test('a pattern with | alternatives matches either side', () => {
  assert.equal(filterText(TERSE, [match('xe-1|^lo0\\.0')]), 'xe-1/0/0                up    down\nlo0.0                   up    up   inet     192.0.2.1           --> 0/0\n');
});

test('except drops the lines that match', () => {
  assert.equal(filterText('a\nb\nab\n', [except('a')]), 'b\n');
  assert.equal(filterText('Alpha\nbeta\n', [except('ALPHA')]), 'beta\n');
});

test('find shows the output from the first matching line on, or nothing', () => {
  assert.equal(filterText('one\ntwo\nthree\ntwo again\n', [find('tw')]), 'two\nthree\ntwo again\n');
  assert.equal(filterText('one\ntwo\n', [find('four')]), '');
});

test('count prints Count: N lines, plural even for one or none', () => {
  assert.equal(filterText(TERSE, [{ kind: 'count' }]), 'Count: 6 lines\n');
  assert.equal(filterText('x\n', [{ kind: 'count' }]), 'Count: 1 lines\n');
  assert.equal(filterText('', [{ kind: 'count' }]), 'Count: 0 lines\n');
  // Empty lines are lines.
  assert.equal(filterText('a\n\nb\n', [{ kind: 'count' }]), 'Count: 3 lines\n');
});

test('last N keeps the last N lines; without N, one screen', () => {
  assert.equal(filterText('1\n2\n3\n4\n', [{ kind: 'last', lines: 2 }]), '3\n4\n');
  assert.equal(filterText('1\n2\n', [{ kind: 'last', lines: 5 }]), '1\n2\n');
  assert.equal(filterText('1\n2\n3\n', [{ kind: 'last' }], { screenLength: 2 }), '2\n3\n');
  assert.equal(filterText('1\n2\n3\n', [{ kind: 'last' }]), '1\n2\n3\n');
  assert.equal(filterText('1\n2\n3\n', [{ kind: 'last' }], { screenLength: 0 }), '1\n2\n3\n');
});

test('trim N drops the first N columns of every line', () => {
  assert.equal(filterText('abcdef\nab\n\nabcd\n', [{ kind: 'trim', columns: 3 }]), 'def\n\n\nd\n');
});

test('text without a final newline gets one; empty text stays empty', () => {
  assert.equal(filterText('a\nb', []), 'a\nb\n');
  assert.equal(filterText('', []), '');
  assert.equal(filterText('', [match('x')]), '');
});

test('POSIX bracket classes, a leading ] and a backslash in brackets', () => {
  assert.equal(filterText('a1\nbb\n', [match('[[:digit:]]')]), 'a1\n');
  assert.equal(filterText('a1\n  \nbb\n', [match('^[[:space:]]+$')]), '  \n');
  assert.equal(filterText('x]\ny\n', [match('[]]')]), 'x]\n');
  assert.equal(filterText('x]\ny\n', [match('[^]x]')]), 'y\n');
  assert.equal(filterText('a\\b\nab\n', [match('[\\]')]), 'a\\b\n');
  assert.equal(filterText('ge-0/0/0\nlo0\n', [match('ge-[0-9]/[[:digit:]]/0')]), 'ge-0/0/0\n');
});

test('invalid patterns give regerror-style reasons', () => {
  const reason = (pattern: string) => {
    const compiled = compilePattern(pattern);
    assert.ok(!compiled.ok, pattern);
    return compiled.reason;
  };
  assert.equal(reason('('), 'parentheses not balanced');
  assert.equal(reason('a)'), 'parentheses not balanced');
  assert.equal(reason('[a'), 'brackets ([ ]) not balanced');
  assert.equal(reason('+'), 'repetition-operator operand invalid');
  assert.equal(reason('a\\'), 'trailing backslash (\\)');
  assert.equal(reason('[z-a]'), 'invalid character range');
  assert.equal(reason('a{3,1}'), 'invalid repetition count(s)');
  assert.equal(reason('[[:nope:]]'), 'invalid character class');
  assert.equal(reason('(?x)'), 'invalid group');
});
