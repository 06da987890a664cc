import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyTextPipes, pipeHelpContext, splitPipeline, type PipelineError, type PipelineOk } from './pipes.js';

const ok = (line: string): PipelineOk => {
  const result = splitPipeline(line);
  assert.ok(result.ok, `${line}: ${result.ok ? '' : result.message}`);
  return result;
};
const fail = (line: string): PipelineError => {
  const result = splitPipeline(line);
  assert.ok(!result.ok, `${line} should fail`);
  return result;
};
/** The error as the session prints it: caret line (when any), then the message. */
const shown = (line: string): string => {
  const error = fail(line);
  return error.caret ? `${' '.repeat(error.column)}^\n${error.message}` : error.message;
};

test('a line without a pipe is all command, with a plain plan', () => {
  const result = ok('show version ');
  assert.equal(result.command, 'show version ');
  assert.deepEqual(result.pipes, []);
  assert.deepEqual(result.plan, { format: 'text', paging: true, filters: [] });
});

test('the command is the text before the first unquoted |, without the spaces before it', () => {
  assert.equal(ok('show route | count').command, 'show route');
  assert.equal(ok('show route|count').command, 'show route');
  assert.equal(ok('show interfaces description "a|b" | count').command, 'show interfaces description "a|b"');
  // An open quote before any pipe swallows the rest: the command parser reports it.
  assert.equal(ok('show "abc | count').command, 'show "abc | count');
});

test('every pipe parses, and the plan says what the session must do', () => {
  const line = 'show configuration | display set | no-more | match ge- | except "unit 0" | find inet | last 5 | trim 4 | count';
  const result = ok(line);
  const words = ['display', 'no-more', 'match', 'except', 'find', 'last', 'trim', 'count'];
  assert.deepEqual(
    result.pipes.map((p) => [p.kind, p.column]),
    words.map((word) => [word, line.indexOf(`| ${word}`) + 2]),
  );
  assert.equal(result.plan.format, 'set');
  assert.equal(result.plan.paging, false);
  assert.equal(result.plan.inheritance, undefined);
  assert.equal(result.plan.compare, undefined);
  assert.deepEqual(
    result.plan.filters.map((f) => ('pattern' in f ? [f.kind, f.pattern] : 'lines' in f ? [f.kind, f.lines] : 'columns' in f ? [f.kind, f.columns] : [f.kind])),
    [['match', 'ge-'], ['except', 'unit 0'], ['find', 'inet'], ['last', 5], ['trim', 4], ['count']],
  );
});

test('display formats, inheritance and compare', () => {
  assert.equal(ok('show interfaces | display xml').plan.format, 'xml');
  assert.equal(ok('show interfaces | display json').plan.format, 'json');
  assert.deepEqual(ok('show | display inheritance').plan.inheritance, { brief: false });
  const both = ok('show | display inheritance brief | display set').plan;
  assert.deepEqual([both.format, both.inheritance], ['set', { brief: true }]);
  assert.deepEqual(ok('show | compare').plan.compare, { rollback: 0, column: 7 });
  assert.deepEqual(ok('show | compare rollback 3').plan.compare, { rollback: 3, column: 7 });
  assert.deepEqual(ok('show | compare rollback 49 | no-more').plan.compare, { rollback: 49, column: 7 });
  assert.deepEqual(ok('show | last').pipes, [{ kind: 'last', column: 7 }]);
});

test('a second format, inheritance or compare is refused at its word (default deny)', () => {
  assert.equal(fail('show | display xml | display json').column, 29);
  assert.equal(fail('show | display inheritance | display inheritance brief').column, 37);
  assert.equal(fail('show | compare | compare rollback 1').column, 17);
  assert.equal(ok('show | display xml | match name | display inheritance').plan.format, 'xml');
  assert.equal(ok('show | no-more | no-more').plan.paging, false);
});

test('pipe words and choices may be abbreviated to a unique prefix', () => {
  const result = ok('show configuration | disp s | m foo | no | exc bar | fi x | la 2 | tr 1 | cou | com rol 1');
  assert.deepEqual(
    result.pipes.map((p) => p.kind),
    ['display', 'match', 'no-more', 'except', 'find', 'last', 'trim', 'count', 'compare'],
  );
  assert.equal(result.plan.format, 'set');
  assert.equal(ok('show | n').plan.paging, false);
  assert.deepEqual(ok('show | d i b').plan.inheritance, { brief: true });
});

test('an ambiguous word gets its caret, the Junos message and the possible completions', () => {
  const error = fail('show route | c');
  assert.deepEqual([error.column, error.message, error.caret], [13, "'c' is ambiguous.", true]);
  assert.deepEqual(error.completions?.map((c) => c.name), ['compare', 'count']);
  assert.equal(fail('show route | co').message, "'co' is ambiguous.");
  assert.equal(fail('show | display j | display x').completions, undefined);
});

test('unknown pipes and words are syntax errors at the word (default deny)', () => {
  assert.equal(shown('show route | save foo'), `${' '.repeat(13)}^\nsyntax error.`);
  assert.deepEqual([fail('show route | hold').column, fail('show route | hold').message], [13, 'syntax error.']);
  assert.equal(fail('show route | COUNT').column, 13);
  assert.equal(fail('show | display xml rpc').column, 19);
  assert.equal(fail('show | display text').column, 15);
  assert.equal(fail('show | display inheritance terse').column, 27);
  assert.equal(fail('show | compare file1').column, 15);
  // An unquoted pattern is one word: the next word is extra.
  assert.equal(fail('show route | match 10. 0').column, 23);
  assert.equal(fail('show route | count 5').column, 19);
});

test('a missing word puts the caret one past the last word', () => {
  assert.equal(shown('show route | match'), `${' '.repeat(19)}^\nsyntax error.`);
  assert.equal(fail('show route | match ').column, 19);
  assert.equal(fail('show route |').column, 13);
  assert.equal(fail('show route | trim').column, 18);
  assert.equal(fail('show | display').column, 15);
  assert.equal(fail('show | compare rollback').column, 24);
  // …or under the `|` that came too early.
  assert.equal(fail('show route | match | count').column, 19);
  assert.equal(fail('show route || count').column, 12);
});

test('numbers are checked against their range', () => {
  assert.equal(fail('show log | last abc').message, 'syntax error, expecting <lines>.');
  assert.equal(fail('show log | last abc').column, 16);
  assert.equal(fail('show log | last 0').message, 'value 0 is not within range (1..100000).');
  assert.equal(fail('show log | last -1').message, 'syntax error, expecting <lines>.');
  assert.equal(fail('show log | trim 0').message, 'value 0 is not within range (1..1024).');
  assert.equal(fail('show | compare rollback 50').message, 'value 50 is not within range (0..49).');
  assert.equal(ok('show log | last 100000').plan.filters.length, 1);
});

test('quotes: a | or a space inside quotes belongs to the pattern', () => {
  const result = ok('show interfaces terse | match "ge-0/0/0|xe-1" | except "down  down"');
  assert.deepEqual(
    result.plan.filters.map((f) => ('pattern' in f ? f.pattern : '')),
    ['ge-0/0/0|xe-1', 'down  down'],
  );
  assert.equal(ok('show | match ab"c d"e').pipes.length, 1);
  assert.equal(ok('show | match ab"c d"e').plan.filters[0]?.kind, 'match');
  const escaped = ok(String.raw`show | match "say \"hi\"" | except "a\\b"`).plan.filters;
  assert.deepEqual(escaped.map((f) => ('pattern' in f ? f.pattern : '')), ['say "hi"', String.raw`a\\b`]);
  assert.equal(ok('show | match ""').plan.filters.length, 1);
  // A quote left open after a pipe is an error at the quote.
  assert.deepEqual([fail('show | match "abc').column, fail('show | match "abc').message], [13, 'syntax error.']);
});

test('an invalid regular expression is refused before the command runs, without a caret', () => {
  const error = fail('show route | match "("');
  assert.deepEqual(
    [error.caret, error.column, error.message],
    [false, 19, "error: invalid regular expression '(': parentheses not balanced"],
  );
  assert.equal(shown('show | except [abc'), "error: invalid regular expression '[abc': brackets ([ ]) not balanced");
  assert.equal(shown('show | find *'), "error: invalid regular expression '*': repetition-operator operand invalid");
  assert.equal(shown('show | match [[:bogus:]]'), "error: invalid regular expression '[[:bogus:]]': invalid character class");
});

test('chains apply left to right on the text', () => {
  const text = 'inet.0: 3 destinations\n10.0.0.0/24  *[Direct/0]\n10.0.0.1/32  *[Local/0]\n192.0.2.0/24 *[Static/5]\n';
  const { plan } = ok('show route | match 10. | count');
  assert.equal(applyTextPipes(text, plan.filters), 'Count: 2 lines\n');
  const all = ok('show route | match "^10|^192" | except Local | trim 13 | no-more | display xml');
  assert.equal(applyTextPipes(text, all.pipes), '*[Direct/0]\n*[Static/5]\n');
  assert.equal(applyTextPipes(text, ok('show route | count | match lines').plan.filters), 'Count: 4 lines\n');
  assert.equal(applyTextPipes(text, ok('show route | last 2 | match local').plan.filters), '10.0.0.1/32  *[Local/0]\n');
  assert.equal(applyTextPipes(text, ok('show route | last').plan.filters, { screenLength: 1 }), '192.0.2.0/24 *[Static/5]\n');
});

test('pipeHelpContext finds the words after the last pipe and the word being typed', () => {
  assert.equal(pipeHelpContext('show route'), undefined);
  assert.equal(pipeHelpContext('show "a|b"'), undefined);
  assert.deepEqual(pipeHelpContext('show route | '), { command: 'show route', words: [], partial: '' });
  assert.deepEqual(pipeHelpContext('show route |'), { command: 'show route', words: [], partial: '' });
  assert.deepEqual(pipeHelpContext('show route | count | disp'), { command: 'show route', words: [], partial: 'disp' });
  assert.deepEqual(pipeHelpContext('show route | display '), { command: 'show route', words: ['display'], partial: '' });
  assert.deepEqual(pipeHelpContext('show | match "a b" '), { command: 'show', words: ['match', 'a b'], partial: '' });
});
