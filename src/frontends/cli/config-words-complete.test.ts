import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileSchema, schemaAt, type SchemaNode } from '../../schema/compile.js';
import { container, flag, leaf, list, STRING } from '../../schema/define.js';
import { junosSchema } from '../../schema/junos.js';
import { completeWord, completions, expandWords, formatCompletions, type CompletionOptions } from './config-words.js';

function list_(words: readonly string[], partial = '', options: CompletionOptions = {}, level: SchemaNode = junosSchema): string {
  const result = completions(level, words, partial, options);
  assert.ok(result.ok, JSON.stringify(result.ok ? '' : result.error));
  return formatCompletions(result.entries);
}

function names(words: readonly string[], partial = '', options: CompletionOptions = {}): string[] {
  const result = completions(junosSchema, words, partial, options);
  assert.ok(result.ok);
  return result.entries.map((entry) => entry.name);
}

test('set system ? lists the statements of [edit system], alphabetically, with markers', () => {
  const lines = list_(['system']).split('\n');
  assert.equal(lines[0], 'Possible completions:');
  assert.deepEqual(lines.slice(1, 6), [
    '+ apply-groups         Groups from which to inherit configuration data',
    "+ apply-groups-except  Don't inherit configuration data from these groups",
    '> backup-router        IPv4 gateway used while the routing daemon is not running',
    '> commit               How commits behave',
    '  default-address-selection  Source locally generated packets from the loopback address',
  ]);
  assert.ok(lines.includes('  host-name            Name of this router'));
  assert.ok(lines.includes('+ domain-search        Domains to try when resolving a short name'));
  // `set system` alone does not run (missing argument), so no <[Enter]>.
  assert.ok(!lines.some((line) => line.includes('<[Enter]>')));
});

test('a value position shows its placeholder; integers show their range', () => {
  assert.equal(list_(['system', 'host-name']), 'Possible completions:\n  <host-name>          Name of this router');
  assert.equal(list_(['int', 'fxp0', 'unit']), 'Possible completions:\n  <name>               Logical unit of the interface (0..1073741823)');
  assert.ok(list_(['int', 'fxp0']).includes('  mtu                  Largest frame the interface sends (bytes, media MTU) (256..9216 bytes)'));
  assert.equal(
    list_(['system', 'processes', 'routing', 'failover']),
    'Possible completions:\n  alternate-media\n  other-routing-engine',
  );
});

test('set interfaces ? gives <interface-name>, the other children and the configured interfaces', () => {
  const existing: CompletionOptions['existing'] = (list, steps) => {
    assert.equal(list.name, 'interface');
    assert.deepEqual(
      steps.map((step) => step.schema.name),
      ['interfaces'],
    );
    return ['fxp0', 'ge-0/0/0'];
  };
  assert.equal(
    list_(['interfaces'], '', { existing }),
    [
      'Possible completions:',
      '  <interface-name>     Interface, by device name',
      '+ apply-groups         Groups from which to inherit configuration data',
      "+ apply-groups-except  Don't inherit configuration data from these groups",
      '  fxp0                 Interface, by device name',
      '  ge-0/0/0             Interface, by device name',
    ].join('\n'),
  );
  const users = completions(junosSchema, ['system', 'login', 'user'], '', {
    existing: (list, steps) => (list.name === 'user' && steps.map((step) => step.schema.name).join(' ') === 'system login' ? ['lab'] : []),
  });
  assert.ok(users.ok);
  assert.deepEqual(
    users.entries.map((entry) => entry.name),
    ['<name>', 'lab'],
  );
  // The partial word filters the names, never the placeholder.
  assert.deepEqual(names(['interfaces'], 'ge', { existing }), ['<interface-name>', 'ge-0/0/0']);
});

test('a complete statement offers <[Enter]> (and the pipe when asked), then what may follow', () => {
  const result = completions(junosSchema, ['system', 'host-name', 'r1'], '', { pipe: true });
  assert.ok(result.ok);
  assert.equal(result.enter, true);
  assert.equal(result.entries[0]?.name, '<[Enter]>');
  assert.equal(result.entries[result.entries.length - 1]?.name, '|');
  const address = names(['int', 'fxp0', 'un', '0', 'fam', 'inet', 'add', '10.0.0.1/24']);
  assert.deepEqual(address, ['<[Enter]>', 'apply-groups', 'apply-groups-except', 'broadcast', 'destination', 'master-only', 'preferred', 'primary']);
  // Enter only with an empty partial word.
  const partial = completions(junosSchema, ['system', 'host-name', 'r1'], 'd');
  assert.ok(partial.ok);
  assert.equal(partial.enter, false);
  assert.deepEqual(
    partial.entries.map((entry) => entry.name),
    ['default-address-selection', 'domain-name', 'domain-search'],
  );
});

test('leaf-lists offer [ to open a set, and ] inside it', () => {
  assert.equal(
    list_(['apply-groups']),
    'Possible completions:\n  <apply-groups>       Groups from which to inherit configuration data\n  [                    Open a set of values',
  );
  assert.deepEqual(names(['apply-groups', '[', 're0']), ['<apply-groups>', ']']);
  assert.deepEqual(names(['apply-groups', '[', 're0', ']']).slice(0, 3), ['<[Enter]>', 'apply-groups', 'chassis']);
});

test('a nokeyword leaf is offered as a placeholder until it has its value', () => {
  assert.deepEqual(names(['system', 'backup-router']), ['<address>', 'apply-groups', 'apply-groups-except', 'destination']);
  assert.deepEqual(names(['system', 'backup-router', '10.0.0.1']), ['<[Enter]>', 'apply-groups', 'apply-groups-except', 'destination']);
});

test('edit offers only statements that open a level; delete may stop anywhere', () => {
  const edit = names(['system'], '', { command: 'edit' });
  assert.ok(edit.includes('login') && edit.includes('<[Enter]>'));
  assert.ok(!edit.includes('host-name') && !edit.includes('apply-groups'));
  assert.deepEqual(names(['system', 'host-name'], '', { command: 'delete' }), ['<[Enter]>', '<host-name>']);
  assert.equal(names([], '', { command: 'show' })[0], '<[Enter]>');
});

test('the words before ? are checked: errors come back with their caret', () => {
  const result = completions(junosSchema, ['sys', 'hostname'], '');
  assert.deepEqual(result, { ok: false, error: { column: 4, message: 'syntax error.' } });
  const bad = completions(junosSchema, ['interfaces', 'foo0'], '');
  assert.equal(bad.ok, false);
  const ambiguous = completions(junosSchema, [{ text: 's', column: 4 }], '');
  assert.ok(!ambiguous.ok);
  assert.equal(ambiguous.error.column, 5);
});

test('Tab completes a unique word, lists ambiguous ones, and leaves values alone', () => {
  assert.deepEqual(completeWord(junosSchema, ['system'], 'ho'), { kind: 'complete', word: 'host-name' });
  assert.deepEqual(completeWord(junosSchema, [], 'int'), { kind: 'complete', word: 'interfaces' });
  const ambiguous = completeWord(junosSchema, ['system'], 'do');
  assert.equal(ambiguous.kind, 'ambiguous');
  assert.deepEqual(ambiguous.kind === 'ambiguous' ? ambiguous.candidates.map((entry) => entry.name) : [], ['domain-name', 'domain-search']);
  assert.deepEqual(completeWord(junosSchema, ['system'], 'apply-groups'), { kind: 'complete', word: 'apply-groups' });
  const value = completeWord(junosSchema, ['system', 'host-name'], 'r');
  assert.equal(value.kind, 'none');
  assert.deepEqual(value.kind === 'none' ? value.candidates.map((entry) => entry.name) : [], ['<host-name>']);
  assert.deepEqual(completeWord(junosSchema, ['system', 'processes', 'routing', 'failover'], 'o'), { kind: 'complete', word: 'other-routing-engine' });
  assert.deepEqual(completeWord(junosSchema, ['interfaces'], 'ge', { existing: () => ['ge-0/0/0', 'fxp0'] }), { kind: 'complete', word: 'ge-0/0/0' });
  assert.equal(completeWord(junosSchema, ['bogus'], '').kind, 'error');
});

test('an abbreviation that is also a valid key is taken as the key; an exact name beats a longer one', () => {
  const schema = compileSchema(
    container('configuration', 'Test root', [
      container('pool', 'Pools', [
        list('member', 'Members', STRING, [flag('alpha', 'First'), flag('alpine', 'Second')], { nokeyword: true }),
        flag('alpha', 'First'),
        flag('alpine', 'Second'),
        leaf('address', 'Address', STRING),
        leaf('address-x', 'Other address', STRING),
      ]),
      container('plain', 'No keys', [flag('alpha', 'First'), flag('alpine', 'Second')]),
    ]),
  );
  const pool = schemaAt(schema, ['pool']) as SchemaNode;
  const typed = (line: string) => [...line.matchAll(/\S+/g)].map((match) => ({ text: match[0], column: match.index }));
  const asKey = expandWords(pool, typed('alp alpi'));
  assert.ok(asKey.ok);
  assert.deepEqual(
    asKey.words.map((word) => [word.text, word.role]),
    [
      ['alp', 'key'],
      ['alpine', 'keyword'],
    ],
  );
  const exact = expandWords(pool, typed('address a'));
  assert.ok(exact.ok);
  assert.equal(exact.text, 'address a');
  const plain = expandWords(schemaAt(schema, ['plain']) as SchemaNode, typed('alp'));
  assert.ok(!plain.ok);
  assert.equal(plain.error.message, "'alp' is ambiguous.");
  // A key that is also a keyword is quoted in the set text, so that load set reads it back.
  const keyword = expandWords(pool, [{ text: 'alpha', column: 0, quoted: true }]);
  assert.ok(keyword.ok);
  assert.equal(keyword.text, '"alpha"');
  assert.ok(list_(['alp'], '', {}, pool).startsWith('Possible completions:\n  <[Enter]>'));
});
