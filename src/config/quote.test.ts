import assert from 'node:assert/strict';
import { test } from 'node:test';
import { needsQuotes, quoteValue } from './quote.js';

const REFERENCE = /[\s;{}[\]"'#\\]|^$/;

test('needsQuotes agrees with the regular expression it replaces on every UTF-16 code unit', () => {
  for (let code = 0; code < 0x10000; code += 1) {
    const char = String.fromCharCode(code);
    assert.equal(needsQuotes(char), REFERENCE.test(char), `code ${code.toString(16)}`);
    assert.equal(needsQuotes(`a${char}b`), REFERENCE.test(`a${char}b`), `code ${code.toString(16)} inside`);
  }
  assert.equal(needsQuotes(''), true);
});

test('values are quoted only when they must be', () => {
  assert.equal(quoteValue('ge-0/0/0'), 'ge-0/0/0');
  assert.equal(quoteValue('uplink 1'), '"uplink 1"');
  assert.equal(quoteValue('say "hi" \\ bye'), '"say \\"hi\\" \\\\ bye"');
  assert.equal(quoteValue(''), '""');
  assert.equal(quoteValue('secret', true), '"secret"');
});
