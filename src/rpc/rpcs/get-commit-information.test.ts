import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rpcRegistry } from '../rpc-table.js';
import type { CommitHistoryEntry } from '../router-view.js';
import { parseXmlDocument } from '../testing/parse-xml.js';
import { procedureLab } from '../testing/procedure-lab.js';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

function commit(date: string, user: string, client: CommitHistoryEntry['client'], extra: Partial<CommitHistoryEntry> = {}): CommitHistoryEntry {
  return { time: Date.parse(`${date.replace(' ', 'T')}Z`), user, client, ...extra };
}

/** re0's history at 09:15 (procedure section 6). */
const RE0_HISTORY = [
  commit('2024-03-11 09:13:30', 'lab', 'cli'),
  commit('2024-03-11 09:12:05', 'lab', 'cli'),
  commit('2024-03-11 09:09:40', 'lab', 'cli'),
  commit('2024-03-11 09:07:12', 'lab', 'cli'),
  commit('2024-03-08 14:22:51', 'lab', 'cli'),
  commit('2024-02-26 10:11:47', 'lab', 'cli'),
  commit('2024-02-26 10:05:33', 'root', 'cli'),
];

test('show system commit on re0 prints procedure section 6', () => {
  const lab = procedureLab();
  lab.engines.re0.commitHistory = RE0_HISTORY;
  assert.equal(
    rpcRegistry.invoke(lab.view('re0'), 'get-commit-information').text(),
    lines(
      '0   2024-03-11 09:13:30 UTC by lab via cli',
      '1   2024-03-11 09:12:05 UTC by lab via cli',
      '2   2024-03-11 09:09:40 UTC by lab via cli',
      '3   2024-03-11 09:07:12 UTC by lab via cli',
      '4   2024-03-08 14:22:51 UTC by lab via cli',
      '5   2024-02-26 10:11:47 UTC by lab via cli',
      '6   2024-02-26 10:05:33 UTC by root via cli',
    ),
  );
});

test('each RE answers from its own history: re1 after it fetched the configuration (procedure 5.3)', () => {
  const lab = procedureLab();
  lab.engines.re0.commitHistory = RE0_HISTORY;
  lab.engines.re1.commitHistory = [
    commit('2024-03-11 11:11:05', 'root', 'other'),
    ...RE0_HISTORY.slice(0, 4),
    commit('2024-03-11 06:57:31', 'root', 'other'),
  ];
  assert.equal(
    rpcRegistry.invoke(lab.view('re1'), 'get-commit-information').text(),
    lines(
      '0   2024-03-11 11:11:05 UTC by root via other',
      '1   2024-03-11 09:13:30 UTC by lab via cli',
      '2   2024-03-11 09:12:05 UTC by lab via cli',
      '3   2024-03-11 09:09:40 UTC by lab via cli',
      '4   2024-03-11 09:07:12 UTC by lab via cli',
      '5   2024-03-11 06:57:31 UTC by root via other',
    ),
  );
});

test('system comments follow the method, user comments take their own line (spec 6.4)', () => {
  const lab = procedureLab();
  lab.engines.re0.commitHistory = [
    commit('2024-07-21 16:04:34', 'lab', 'cli', { comment: 'commit confirmed, rollback in 10mins', log: 'CHG0012345 add static routes', confirmationPending: true }),
    commit('2024-07-21 16:01:49', 'lab', 'cli'),
    commit('2024-07-21 15:53:03', 'automation', 'netconf', { log: 'pushed by pipeline' }),
  ];
  const reply = rpcRegistry.invoke(lab.view('re0'), 'get-commit-information');
  assert.equal(
    reply.text(),
    lines(
      '0   2024-07-21 16:04:34 UTC by lab via cli commit confirmed, rollback in 10mins',
      '    CHG0012345 add static routes',
      '1   2024-07-21 16:01:49 UTC by lab via cli',
      '2   2024-07-21 15:53:03 UTC by automation via netconf',
      '    pushed by pipeline',
    ),
  );
  assert.equal(
    reply.xml(),
    lines(
      '    <commit-information>',
      '        <commit-history>',
      '            <sequence-number>0</sequence-number>',
      '            <user>lab</user>',
      '            <client>cli</client>',
      '            <date-time junos:seconds="1721577874">2024-07-21 16:04:34 UTC</date-time>',
      '            <comment>commit confirmed, rollback in 10mins</comment>',
      '            <log>CHG0012345 add static routes</log>',
      '            <commit-confirmed>rollback pending</commit-confirmed>',
      '        </commit-history>',
      '        <commit-history>',
      '            <sequence-number>1</sequence-number>',
      '            <user>lab</user>',
      '            <client>cli</client>',
      '            <date-time junos:seconds="1721577709">2024-07-21 16:01:49 UTC</date-time>',
      '        </commit-history>',
      '        <commit-history>',
      '            <sequence-number>2</sequence-number>',
      '            <user>automation</user>',
      '            <client>netconf</client>',
      '            <date-time junos:seconds="1721577183">2024-07-21 15:53:03 UTC</date-time>',
      '            <log>pushed by pipeline</log>',
      '        </commit-history>',
      '    </commit-information>',
    ),
  );
});

test('the commit history JSON lists one object per commit', () => {
  const lab = procedureLab();
  lab.engines.re0.commitHistory = RE0_HISTORY;
  const data = JSON.parse(rpcRegistry.invoke(lab.view('re0'), 'get-commit-information').json() as string) as {
    'commit-information': [{ 'commit-history': { user: [{ data: string }]; 'date-time': [{ attributes: Record<string, string> }] }[] }];
  };
  const history = data['commit-information'][0]['commit-history'];
  assert.equal(history.length, 7);
  assert.equal(history[6]?.user[0].data, 'root');
  assert.deepEqual(history[0]?.['date-time'][0].attributes, { 'junos:seconds': '1710148410' });
});

test('an RE that never committed answers an empty history', () => {
  const reply = rpcRegistry.invoke(procedureLab().view('re1'), 'get-commit-information');
  assert.equal(reply.text(), '');
  assert.equal(parseXmlDocument(reply.xml()).children.length, 0);
});
