import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENTER_ENTRY, formatCompletions, formatEntry, PIPE_ENTRY, sortEntries, type CompletionEntry } from './config-words-format.js';

test('a line is the marker, a space, the name padded to 19 and two spaces: help in column 23', () => {
  assert.equal(formatEntry({ marker: '>', name: 'accounting', help: 'System accounting configuration' }), '> accounting           System accounting configuration');
  assert.equal(
    formatEntry({ marker: '+', name: 'apply-groups-except', help: "Don't inherit configuration data from these groups" }),
    "+ apply-groups-except  Don't inherit configuration data from these groups",
  );
  assert.equal(formatEntry(ENTER_ENTRY), '  <[Enter]>            Execute this command');
  assert.equal(formatEntry(PIPE_ENTRY), '  |                    Pipe through a command');
});

test('a name longer than the field is followed by two spaces, as on real routers', () => {
  assert.equal(
    formatEntry({ marker: ' ', name: 'query-last-member-interval', help: 'When to send group query messages (seconds)' }),
    '  query-last-member-interval  When to send group query messages (seconds)',
  );
  assert.equal(formatEntry({ marker: ' ', name: 'application-firewall', help: 'Show sessions' }), '  application-firewall  Show sessions');
});

test('a line without help has no trailing blanks', () => {
  assert.equal(formatEntry({ marker: ' ', name: 'other-routing-engine', help: '' }), '  other-routing-engine');
});

test('Enter first, then placeholders, then the rest by code units, and the pipe last', () => {
  const entries: CompletionEntry[] = [
    PIPE_ENTRY,
    { marker: '>', name: 'interface-range', help: 'Interface ranges' },
    { marker: ' ', name: 'ge-0/0/0', help: 'Interface name' },
    { marker: '+', name: 'apply-groups', help: 'Groups' },
    { marker: ' ', name: 'Comcast', help: '' },
    { marker: ' ', name: '192.168.4.10/32', help: '' },
    { marker: ' ', name: '<interface-name>', help: 'Interface name', placeholder: true },
    ENTER_ENTRY,
    { marker: ' ', name: '[', help: 'Open a set of values', placeholder: true },
  ];
  assert.deepEqual(
    sortEntries(entries).map((entry) => entry.name),
    ['<[Enter]>', '<interface-name>', '192.168.4.10/32', 'Comcast', '[', 'apply-groups', 'ge-0/0/0', 'interface-range', '|'],
  );
});

test('the list has its header; an empty list is "No valid completions"', () => {
  const text = formatCompletions([
    { marker: ' ', name: 'accounting', help: 'Enable join and leave event notification' },
    ENTER_ENTRY,
    { marker: '+', name: 'apply-groups', help: 'Groups from which to inherit configuration data' },
  ]);
  assert.equal(
    text,
    [
      'Possible completions:',
      '  <[Enter]>            Execute this command',
      '  accounting           Enable join and leave event notification',
      '+ apply-groups         Groups from which to inherit configuration data',
    ].join('\n'),
  );
  assert.equal(formatCompletions([]), 'No valid completions');
});

test('a name given twice is listed once', () => {
  const entry: CompletionEntry = { marker: ' ', name: 'fxp0', help: 'Interface name' };
  assert.equal(sortEntries([entry, entry]).length, 1);
});
