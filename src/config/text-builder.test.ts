import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextBuilder } from './text-builder.js';

test('pieces come out in order, across chunk boundaries', () => {
  const builder = new TextBuilder();
  const expected: string[] = [];
  for (let i = 0; i < 20000; i += 1) {
    builder.add('    ', `line ${i}`, i % 2 === 0 ? ';' : ' {', '\n');
    builder.add('x');
    expected.push(`    line ${i}${i % 2 === 0 ? ';' : ' {'}\nx`);
  }
  assert.equal(builder.text(), expected.join(''));
});

test('an empty builder gives an empty string; a small one gives its pieces', () => {
  assert.equal(new TextBuilder().text(), '');
  const builder = new TextBuilder();
  builder.add('a', 'b');
  builder.add('c', 'd', 'e');
  assert.equal(builder.text(), 'abcde');
});
