import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completePipeWord, pipeCompletions, resolveKeyword, PIPE_WORDS } from './pipe-grammar.js';

const names = (words: readonly string[], partial = ''): string[] => pipeCompletions(words, partial).map((c) => c.name);

test('| ? lists every pipe word alphabetically, with help texts', () => {
  assert.deepEqual(names([]), ['compare', 'count', 'display', 'except', 'find', 'last', 'match', 'no-more', 'trim']);
  const help = Object.fromEntries(pipeCompletions([], '').map((c) => [c.name, c.help]));
  assert.equal(help.count, 'Count occurrences');
  assert.equal(help.match, 'Show only text that matches a pattern');
  assert.equal(help['no-more'], "Don't paginate output");
  assert.equal(help.display, 'Show additional kinds of information');
  assert.equal(help.trim, 'Trim specified number of columns from start of line');
  assert.equal(help.last, 'Display end of output only');
  assert.equal(help.find, 'Search for first occurrence of pattern');
  assert.equal(help.except, 'Show only text that does not match a pattern');
  assert.equal(help.compare, 'Compare configuration changes with prior version');
});

test('a partial word narrows the list', () => {
  assert.deepEqual(names([], 'c'), ['compare', 'count']);
  assert.deepEqual(names([], 'n'), ['no-more']);
  assert.deepEqual(names([], 'z'), []);
});

test('after a complete pipe: Enter and another pipe', () => {
  assert.deepEqual(pipeCompletions(['count'], ''), [
    { name: '<[Enter]>', help: 'Execute this command' },
    { name: '|', help: 'Pipe through a command' },
  ]);
  assert.deepEqual(names(['match', 'ge-']), ['<[Enter]>', '|']);
  assert.deepEqual(names(['display', 'xml']), ['<[Enter]>', '|']);
  assert.deepEqual(names(['no-more'], 'x'), []);
});

test('value slots show their placeholder', () => {
  assert.deepEqual(names(['match']), ['<pattern>']);
  assert.deepEqual(names(['except'], 'ge'), ['<pattern>']);
  assert.deepEqual(names(['find']), ['<pattern>']);
  assert.deepEqual(names(['last']), ['<[Enter]>', '<lines>', '|']);
  assert.deepEqual(names(['last'], '1'), ['<lines>']);
  assert.deepEqual(names(['last'], 'x'), []);
  assert.deepEqual(names(['trim']), ['<columns>']);
  assert.deepEqual(names(['last', '10']), ['<[Enter]>', '|']);
  assert.deepEqual(names(['last', 'ten']), []);
});

test('display and compare list their choices; abbreviated words are understood', () => {
  assert.deepEqual(names(['display']), ['inheritance', 'json', 'set', 'xml']);
  assert.deepEqual(names(['disp'], 'x'), ['xml']);
  assert.deepEqual(names(['display', 'inheritance']), ['<[Enter]>', 'brief', '|']);
  assert.deepEqual(names(['d', 'inh', 'b']), ['<[Enter]>', '|']);
  assert.deepEqual(names(['compare']), ['<[Enter]>', 'rollback', '|']);
  assert.deepEqual(names(['compare', 'rollback']), ['<number>']);
  assert.deepEqual(names(['compare', 'rollback', '50']), []);
  assert.deepEqual(names(['c']), []);
  assert.deepEqual(names(['bogus']), []);
});

test('Tab completes a unique keyword only', () => {
  assert.equal(completePipeWord([], 'm'), 'match');
  assert.equal(completePipeWord([], 'no'), 'no-more');
  assert.equal(completePipeWord([], 'cou'), 'count');
  assert.equal(completePipeWord([], 'c'), undefined);
  assert.equal(completePipeWord([], ''), undefined);
  assert.equal(completePipeWord([], 'q'), undefined);
  assert.equal(completePipeWord(['display'], 'j'), 'json');
  assert.equal(completePipeWord(['display', 'inheritance'], 'b'), 'brief');
  assert.equal(completePipeWord(['compare'], 'r'), 'rollback');
  assert.equal(completePipeWord(['match'], 'c'), undefined);
  assert.equal(completePipeWord(['last'], '1'), undefined);
  assert.equal(completePipeWord(['count'], 'c'), undefined);
});

test('keywords resolve exactly, by unique prefix, or not at all', () => {
  assert.deepEqual(resolveKeyword(PIPE_WORDS, 'count'), { kind: 'ok', name: 'count' });
  assert.deepEqual(resolveKeyword(PIPE_WORDS, 'e'), { kind: 'ok', name: 'except' });
  assert.equal(resolveKeyword(PIPE_WORDS, 'c').kind, 'ambiguous');
  assert.equal(resolveKeyword(PIPE_WORDS, '').kind, 'unknown');
  assert.equal(resolveKeyword(PIPE_WORDS, 'counts').kind, 'unknown');
});
