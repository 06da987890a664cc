import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalDiff } from './line-diff.js';

test('identical texts give nothing', () => {
  assert.equal(normalDiff('a\nb\n', 'a\nb\n'), '');
  assert.equal(normalDiff('', ''), '');
});

test('a changed line is NcN with <, --- and >', () => {
  assert.equal(normalDiff('a\nb\nc\n', 'a\nB\nc\n'), '2c2\n< b\n---\n> B\n');
  assert.equal(normalDiff('a\nb\nc\nd\n', 'a\nX\nY\nZ\nd\n'), '2,3c2,4\n< b\n< c\n---\n> X\n> Y\n> Z\n');
});

test('deleted and added lines are NdM and NaM, numbered as diff numbers them', () => {
  assert.equal(normalDiff('a\nb\nc\n', 'a\nc\n'), '2d1\n< b\n');
  assert.equal(normalDiff('a\nc\n', 'a\nb\nc\n'), '1a2\n> b\n');
  assert.equal(normalDiff('a\n', 'x\ny\na\n'), '0a1,2\n> x\n> y\n');
  assert.equal(normalDiff('a\nb\n', ''), '1,2d0\n< a\n< b\n');
});

test('several hunks, in order', () => {
  const old = ['version 17.3R1.10;', 'system {', '    host-name r1-re0;', '}', 'chassis {', '}'].join('\n') + '\n';
  const now = ['version 17.3R1.10;', 'system {', '    host-name r1-re1;', '}', 'chassis {', '    redundancy;', '}'].join('\n') + '\n';
  assert.equal(normalDiff(old, now), '3c3\n<     host-name r1-re0;\n---\n>     host-name r1-re1;\n5a6\n>     redundancy;\n');
});

test('a last line without a line break is marked', () => {
  assert.equal(normalDiff('a\nb', 'a\nb\n'), '2c2\n< b\n\\ No newline at end of file\n---\n> b\n');
  assert.equal(normalDiff('a\n', 'a\nb'), '1a2\n> b\n\\ No newline at end of file\n');
});
