import assert from 'node:assert/strict';
import { test } from 'node:test';
import { junosSchema } from '../schema/junos.js';
import { keywordHash, keywordsOf, KeywordTable } from './keywords.js';

function hashOf(text: string, start = 0, end = text.length): number {
  let hash = 0;
  for (let i = start; i < end; i += 1) hash = keywordHash(hash, text.charCodeAt(i));
  return hash;
}

function find(table: KeywordTable, text: string, start = 0, end = text.length): string | undefined {
  return table.find(Buffer.from(text, 'latin1'), start, end, hashOf(text, start, end));
}

test('a word spelled like a name comes back as that name, anywhere in a text', () => {
  const table = new KeywordTable(['unit', 'family', 'inet', 'inet6']);
  assert.equal(find(table, 'unit'), 'unit');
  assert.equal(find(table, '    family inet {', 4, 10), 'family');
  assert.equal(find(table, '    family inet6 {', 11, 16), 'inet6');
  assert.equal(find(table, '    family inet6 {', 11, 15), 'inet');
});

test('other words, prefixes and words with a colliding hash are not names', () => {
  const table = new KeywordTable(['Aa', 'unit', 'caf\u00e9']);
  assert.equal(find(table, 'caf\u00e9'), undefined, 'a name outside ASCII is left out');
  assert.equal(hashOf('Aa'), hashOf('BB'));
  assert.equal(find(table, 'BB'), undefined);
  assert.equal(find(table, 'uni'), undefined);
  assert.equal(find(table, 'units'), undefined);
  assert.equal(find(table, '10.0.0.1'), undefined);
  assert.equal(find(table, ''), undefined);
});

test('the table of a schema holds every statement name below the level, built once', () => {
  const table = keywordsOf(junosSchema);
  assert.equal(keywordsOf(junosSchema), table);
  for (const name of ['system', 'host-name', 'interfaces', 'unit', 'family', 'inet', 'address', 'route', 'next-hop', 'apply-groups']) {
    assert.equal(find(table, name), name);
  }
  assert.equal(find(table, 'ge-0/0/0'), undefined);
});
