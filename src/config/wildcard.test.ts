import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileWildcard, isWildcardKey, matchesWildcard } from './wildcard.js';

const matches = (key: string, name: string): boolean => matchesWildcard(compileWildcard(key), name);

test('only keys in angle brackets are wildcards', () => {
  assert.equal(isWildcardKey('<*>'), true);
  assert.equal(isWildcardKey('<ge-*>'), true);
  assert.equal(isWildcardKey('ge-0/0/0'), false);
  assert.equal(isWildcardKey('<>'), false);
  assert.equal(isWildcardKey(undefined), false);
});

test('a star matches any text, slashes and dots included', () => {
  assert.equal(matches('<*>', 'ge-0/0/0'), true);
  assert.equal(matches('<ge-*>', 'ge-1/2/3'), true);
  assert.equal(matches('<ge-*>', 'xe-1/2/3'), false);
  assert.equal(matches('<*.0>', 'ge-0/0/0.0'), true);
});

test('a question mark matches exactly one character', () => {
  assert.equal(matches('<ge-0/0/?>', 'ge-0/0/7'), true);
  assert.equal(matches('<ge-0/0/?>', 'ge-0/0/10'), false);
});

test('classes match ranges, lists and complements', () => {
  const range = compileWildcard('<ge-1/2/[5-8]>');
  assert.deepEqual(['ge-1/2/4', 'ge-1/2/5', 'ge-1/2/8', 'ge-1/2/9'].map((name) => matchesWildcard(range, name)), [false, true, true, false]);
  assert.equal(matches('<ge-0/0/[!0-3]>', 'ge-0/0/2'), false);
  assert.equal(matches('<ge-0/0/[!0-3]>', 'ge-0/0/4'), true);
  assert.equal(matches('<[xg]e-*>', 'xe-0/0/0'), true);
  assert.equal(matches('<a[-b]>', 'a-'), true);
  assert.equal(matches('<a[]b]>', 'a]'), true);
});

test('a bracket without its closing bracket is literal', () => {
  assert.equal(matches('<a[b>', 'a[b'), true);
  assert.equal(matches('<a[b>', 'ab'), false);
});

test('the whole key must match, and regular expression characters are literal', () => {
  assert.equal(matches('<ge>', 'ge-0/0/0'), false);
  assert.equal(matches('<a.b>', 'axb'), false);
  assert.equal(matches('<a+(b)>', 'a+(b)'), true);
});

test('a reversed range matches nothing instead of failing', () => {
  assert.equal(matches('<ge-[9-0]>', 'ge-5'), false);
});

test('specificity counts literal characters', () => {
  assert.equal(compileWildcard('<*>').specificity, 0);
  assert.equal(compileWildcard('<ge-*>').specificity, 3);
  assert.ok(compileWildcard('<ge-1/2/[5-8]>').specificity > compileWildcard('<ge-*>').specificity);
});
