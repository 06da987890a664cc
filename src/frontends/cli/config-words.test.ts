import assert from 'node:assert/strict';
import { test } from 'node:test';
import { schemaAt, type SchemaNode } from '../../schema/compile.js';
import { junosSchema } from '../../schema/junos.js';
import { expandWords, type ConfigCommand, type TypedWord, type WordError } from './config-words.js';

/** The words of a line with their columns (no quoting: tests of quotes build words by hand). */
function words(line: string): TypedWord[] {
  return [...line.matchAll(/\S+/g)].map((match) => ({ text: match[0], column: match.index }));
}

function expand(line: string, level: SchemaNode = junosSchema, command?: ConfigCommand): string {
  const result = expandWords(level, words(line), command === undefined ? {} : { command });
  assert.ok(result.ok, `${line}: ${JSON.stringify(result.ok ? '' : result.error)}`);
  return result.text;
}

function failure(line: string, level: SchemaNode = junosSchema, command?: ConfigCommand): WordError {
  const result = expandWords(level, words(line), { ...(command === undefined ? {} : { command }), endColumn: line.length + 1 });
  assert.ok(!result.ok, `${line} was accepted`);
  return result.error;
}

const at = (...names: string[]): SchemaNode => schemaAt(junosSchema, names) as SchemaNode;

test('keywords are expanded at every level, keys and values left as typed', () => {
  assert.equal(expand('sys host-name r1'), 'system host-name r1');
  assert.equal(expand('sy ho r1'), 'system host-name r1');
  assert.equal(expand('int fxp0 un 0 fam inet add 10.0.0.1/24'), 'interfaces fxp0 unit 0 family inet address 10.0.0.1/24');
  assert.equal(expand('rout stat rou 0/0 next-h 10.0.0.1'), 'routing-options static route 0/0 next-hop 10.0.0.1');
  assert.equal(expand('sys serv ss'), 'system services ssh');
});

test('words are relative to the edit level', () => {
  const fxp0 = schemaAt(junosSchema, ['interfaces', 'interface']) as SchemaNode;
  assert.equal(expand('un 0 fam inet add 10.0.0.1/24', fxp0), 'unit 0 family inet address 10.0.0.1/24');
  assert.equal(expand('host r1', at('system')), 'host-name r1');
  assert.equal(expand('fxp0 desc mgmt', at('interfaces')), 'fxp0 description mgmt');
});

test('the expansion keeps the columns and says what each word is', () => {
  const result = expandWords(junosSchema, words('int fxp0 un 0 fam inet add 10.0.0.1/24 mas'));
  assert.ok(result.ok);
  assert.deepEqual(
    result.words.map((word) => [word.text, word.column, word.role, word.quoted]),
    [
      ['interfaces', 0, 'keyword', false],
      ['fxp0', 4, 'key', true],
      ['unit', 9, 'keyword', false],
      ['0', 12, 'key', true],
      ['family', 14, 'keyword', false],
      ['inet', 18, 'keyword', false],
      ['address', 23, 'keyword', false],
      ['10.0.0.1/24', 27, 'key', true],
      ['master-only', 39, 'keyword', false],
    ],
  );
  assert.deepEqual(
    result.steps.map((step) => [step.schema.name, step.key]),
    [
      ['interfaces', undefined],
      ['interface', 'fxp0'],
      ['unit', '0'],
      ['family', undefined],
      ['inet', undefined],
      ['address', '10.0.0.1/24'],
      ['master-only', undefined],
    ],
  );
});

test('values and keys are never abbreviated, even when they look like keywords', () => {
  assert.equal(expand('sys host-name sys'), 'system host-name sys');
  assert.equal(expand('int fxp0 desc un'), 'interfaces fxp0 description un');
  assert.equal(expand('sys login user sys class super-user'), 'system login user sys class super-user');
});

test('a leaf value then more statements, as load set reads them', () => {
  assert.equal(expand('int fxp0 un 0 fam inet add 10.0.0.10/24 master-only'), 'interfaces fxp0 unit 0 family inet address 10.0.0.10/24 master-only');
  assert.equal(expand('sys backup-router 10.255.0.1 dest 10.0.0.0/8'), 'system backup-router 10.255.0.1 destination 10.0.0.0/8');
  assert.equal(expand('rout autonomous-system 65000 lo 2'), 'routing-options autonomous-system 65000 loops 2');
  assert.equal(expand('rout stat rou 0/0 next-h 10.0.0.1 pref 7'), 'routing-options static route 0/0 next-hop 10.0.0.1 preference 7');
});

test('leaf-lists take one value or [ a set ]', () => {
  assert.equal(expand('apply-groups [ re0 re1 ]'), 'apply-groups [ re0 re1 ]');
  assert.equal(expand('apply-groups re0'), 'apply-groups re0');
  assert.equal(expand('sys backup-router 10.255.0.1 dest [ 10.0.0.0/8 172.16.0.0/12 ]'), 'system backup-router 10.255.0.1 destination [ 10.0.0.0/8 172.16.0.0/12 ]');
  const open = failure('apply-groups [ re0');
  assert.deepEqual(open, { column: 19, message: "syntax error, expecting ']'." });
});

test('an exact name wins over the longer names it starts', () => {
  // `apply-groups` is also the start of `apply-groups-except`.
  assert.equal(expand('apply-groups re0', at('system')), 'apply-groups re0');
  assert.equal(expand('apply-groups-e re0', at('system')), 'apply-groups-except re0');
});

test('an ambiguous abbreviation is refused with its candidates, caret after the word', () => {
  const error = failure('s');
  assert.equal(error.message, "'s' is ambiguous.");
  assert.equal(error.column, 1);
  assert.deepEqual(
    error.completions?.map((entry) => [entry.marker, entry.name]),
    [
      ['>', 'snmp'],
      ['>', 'system'],
    ],
  );
  const deeper = failure('sys s');
  assert.equal(deeper.column, 5);
  assert.deepEqual(
    deeper.completions?.map((entry) => entry.name),
    ['services', 'static-host-mapping', 'switchover-on-routing-crash', 'syslog'],
  );
  assert.equal(failure('apply-groups', at('system')).message, 'missing argument.');
  assert.equal(failure('apply', at('system')).message, "'apply' is ambiguous.");
});

test('a word that is no statement here is a syntax error, caret under it', () => {
  assert.deepEqual(failure('foo'), { column: 0, message: 'syntax error.' });
  assert.deepEqual(failure('system hostname r1'), { column: 7, message: 'syntax error.' });
  assert.deepEqual(failure('protocols mpls'), { column: 0, message: 'syntax error.' });
  assert.deepEqual(failure('system host-name r1 bogus'), { column: 20, message: 'syntax error.' });
  // A quoted word is a value, never a keyword.
  const quoted = expandWords(junosSchema, [{ text: 'system', column: 0, quoted: true }]);
  assert.deepEqual(quoted, { ok: false, error: { column: 0, message: 'syntax error.' } });
});

test('set needs a complete statement: missing argument at the end of the line', () => {
  assert.deepEqual(failure('system'), { column: 7, message: 'missing argument.' });
  assert.deepEqual(failure('interfaces'), { column: 11, message: 'missing argument.' });
  assert.deepEqual(failure('system host-name'), { column: 17, message: 'missing argument.' });
  assert.deepEqual(failure('system login user'), { column: 18, message: 'missing argument.' });
  assert.deepEqual(failure('system backup-router'), { column: 21, message: 'missing argument.' });
  assert.deepEqual(failure('routing-options static route 0/0 preference'), { column: 44, message: 'missing argument.' });
  assert.deepEqual(failure(''), { column: 1, message: 'syntax error.' });
  // Presence containers and list entries may be set empty.
  assert.equal(expand('system services ssh'), 'system services ssh');
  assert.equal(expand('interfaces ge-0/0/1'), 'interfaces ge-0/0/1');
});

test('bad values are reported by the value checker, caret under the value', () => {
  assert.deepEqual(failure('interfaces fxp0 unit 0 vlan-id 5000'), { column: 31, message: "Value 5000 is not within range (1..4094) at '5000'" });
  assert.deepEqual(failure('interfaces sdfsdf'), { column: 11, message: "invalid interface type in 'sdfsdf' at 'sdfsdf'" });
  // The first problem wins: the bad key comes before the unknown word.
  assert.equal(failure('interfaces foo0 xyz').column, 11);
  // Enumeration values are keywords: abbreviated, and a wrong one is a syntax error.
  assert.equal(expand('system processes routing failover alt'), 'system processes routing failover alternate-media');
  assert.deepEqual(failure('system processes routing failover x'), { column: 34, message: 'syntax error.' });
  assert.equal(expand('snmp community public authorization read-o'), 'snmp community public authorization read-only');
  assert.equal(failure('snmp community public authorization read').message, "'read' is ambiguous.");
});

test('delete, deactivate and show may stop anywhere; edit only at a level', () => {
  assert.equal(expand('sys host', junosSchema, 'delete'), 'system host-name');
  assert.equal(expand('sys login user', junosSchema, 'delete'), 'system login user');
  assert.equal(expand('', junosSchema, 'delete'), '');
  assert.equal(expand('sys', junosSchema, 'show'), 'system');
  assert.equal(expand('int fxp0', junosSchema, 'deactivate'), 'interfaces fxp0');
  assert.deepEqual(failure('', junosSchema, 'deactivate'), { column: 1, message: 'missing argument.' });
  assert.equal(expand('int fxp0 un 0', junosSchema, 'edit'), 'interfaces fxp0 unit 0');
  assert.equal(expand('sys', junosSchema, 'edit'), 'system');
  assert.deepEqual(failure('sys host-name', junosSchema, 'edit'), { column: 4, message: 'syntax error.' });
  assert.deepEqual(failure('sys login user', junosSchema, 'edit'), { column: 10, message: 'syntax error.' });
});

test('the set text quotes values that need it', () => {
  const result = expandWords(junosSchema, [
    { text: 'int', column: 0 },
    { text: 'fxp0', column: 4 },
    { text: 'desc', column: 9 },
    { text: 'management port', column: 14, quoted: true },
  ]);
  assert.ok(result.ok);
  assert.equal(result.text, 'interfaces fxp0 description "management port"');
  assert.equal(result.words[3]?.text, 'management port');
});

test('enumerated keys and leaf-list values are keywords too: syslog facilities, permissions', () => {
  assert.equal(expand('sys syslog file messages any notice'), 'system syslog file messages any notice');
  assert.equal(expand('sys syslog file messages auth inf'), 'system syslog file messages authorization info');
  assert.equal(expand('sys syslog file messages interactive-c any'), 'system syslog file messages interactive-commands any');
  const ambiguous = failure('sys syslog file messages a');
  assert.equal(ambiguous.message, "'a' is ambiguous.");
  assert.deepEqual(
    ambiguous.completions?.map((entry) => [entry.marker, entry.name]),
    [
      [' ', 'allow-duplicates'],
      [' ', 'any'],
      ['+', 'apply-groups'],
      ['+', 'apply-groups-except'],
      ['>', 'archive'],
      [' ', 'authorization'],
    ],
  );
  assert.equal(expand('sys login class ops permissions [ view conf ]'), 'system login class ops permissions [ view configure ]');
  assert.equal(expand('sys login user lab class super-user'), 'system login user lab class super-user');
});
