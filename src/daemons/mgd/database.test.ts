import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { renderText } from '../../config/render-text.js';
import { SimulatedClock } from '../../lib/clock.js';
import { FileDisk, MemoryDisk, type Disk } from '../../lib/disk.js';
import { renderCommitHistoryText, renderCommitHistoryXml } from './commit-history.js';
import type { CommitOptions } from './commit.js';
import { ConfigDatabase } from './database.js';
import { errorText, type Result } from './errors.js';
import { rollbackPath } from './rollback-files.js';

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(errorText(result.error));
  return result.value;
}

function open(disk: Disk, clock: SimulatedClock): ConfigDatabase {
  return ConfigDatabase.open({ disk, clock, re: 're0', softwareVersion: '17.3R1.10' });
}

const config = (host: string): string => `system { host-name ${host}; login { user lab { class super-user; } } }`;

async function commit(db: ConfigDatabase, text: string, options: CommitOptions = {}, user = 'lab', client: 'cli' | 'netconf' = 'cli') {
  const session = unwrap(db.openSession({ user, client }));
  unwrap(session.load(text, 'override'));
  const report = await session.commit(options);
  session.close();
  assert.equal(report.ok, true, JSON.stringify(report));
  return report;
}

const hostOf = (db: ConfigDatabase, n: number): string | undefined => db.rollback(n)?.child('system')?.child('host-name')?.value;

test('a new disk has no committed configuration and no history', () => {
  const disk = new MemoryDisk();
  const db = open(disk, new SimulatedClock());
  assert.equal(db.recovery, 'clean');
  assert.deepEqual(disk.list('/'), [], 'opening writes nothing');
  assert.equal(db.hasCommitted, false);
  assert.deepEqual(db.history, []);
  assert.equal(renderText(db.committed), '');
  assert.equal(db.rollback(0), undefined);
});

test('the committed file is gzip of the Last changed line, the version line and the configuration', async () => {
  const disk = new MemoryDisk();
  const clock = new SimulatedClock(Date.UTC(2024, 2, 11, 9, 13, 30));
  const db = open(disk, clock);
  await commit(db, 'system { host-name r1-re0; }');
  const text = gunzipSync(disk.read('/config/juniper.conf.gz') as Uint8Array).toString('utf8');
  assert.equal(text, '## Last changed: 2024-03-11 09:13:30 UTC\nversion 17.3R1.10;\nsystem {\n    host-name r1-re0;\n}\n');
  assert.equal(db.rollbackFileText(0), text);
});

test('rollback files are named as Junos names them', () => {
  assert.equal(rollbackPath(0), '/config/juniper.conf.gz');
  assert.equal(rollbackPath(1), '/config/juniper.conf.1.gz');
  assert.equal(rollbackPath(3), '/config/juniper.conf.3.gz');
  assert.equal(rollbackPath(4), '/var/db/config/juniper.conf.4.gz');
  assert.equal(rollbackPath(49), '/var/db/config/juniper.conf.49.gz');
  assert.throws(() => rollbackPath(50), RangeError);
});

test('each commit moves every rollback up by one', async () => {
  const disk = new MemoryDisk();
  const clock = new SimulatedClock();
  const db = open(disk, clock);
  for (let i = 1; i <= 5; i += 1) {
    clock.advance(60_000);
    await commit(db, config(`h${i}`));
  }
  assert.deepEqual([0, 1, 2, 3, 4].map((n) => hostOf(db, n)), ['h5', 'h4', 'h3', 'h2', 'h1']);
  assert.equal(db.rollback(5), undefined);
  assert.deepEqual(disk.list('/config'), ['juniper.conf.1.gz', 'juniper.conf.2.gz', 'juniper.conf.3.gz', 'juniper.conf.gz']);
  assert.deepEqual(disk.list('/var/db/config'), ['juniper.conf.4.gz']);
});

test('rollbacks stop at 49: later commits drop the oldest', async () => {
  const disk = new MemoryDisk();
  const clock = new SimulatedClock();
  const db = open(disk, clock);
  for (let i = 1; i <= 53; i += 1) {
    clock.advance(1000);
    await commit(db, config(`h${i}`));
  }
  assert.equal(db.history.length, 50);
  assert.equal(hostOf(db, 0), 'h53');
  assert.equal(hostOf(db, 49), 'h4');
  assert.equal(db.rollback(50), undefined);
  const expected = Array.from({ length: 46 }, (_, i) => `juniper.conf.${i + 4}.gz`).sort();
  assert.deepEqual(disk.list('/var/db/config'), expected);
  // Entry N describes rollback N: same time in the file's header.
  for (const n of [0, 1, 17, 49]) {
    const header = (db.rollbackFileText(n) as string).split('\n')[0];
    const entry = db.history[n];
    assert.equal(header, `## Last changed: ${new Date(entry?.time ?? 0).toISOString().replace('T', ' ').slice(0, 19)} UTC`);
  }
});

test('the history records time, user, client, comment and confirmation, newest first', async () => {
  const clock = new SimulatedClock(Date.UTC(2024, 2, 11, 9, 7, 12));
  const db = open(new MemoryDisk(), clock);
  await commit(db, config('a'));
  clock.advanceTo(Date.UTC(2024, 2, 11, 9, 12, 5));
  await commit(db, config('b'), { comment: 'CHG0012345 add static routes' }, 'automation', 'netconf');
  clock.advanceTo(Date.UTC(2024, 2, 11, 9, 13, 30));
  await commit(db, config('c'), { confirmed: 10 });
  assert.equal(
    renderCommitHistoryText(db.history, db.pendingConfirm !== undefined),
    [
      '0   2024-03-11 09:13:30 UTC by lab via cli commit confirmed, rollback in 10mins',
      '    rollback pending',
      '1   2024-03-11 09:12:05 UTC by automation via netconf',
      '    CHG0012345 add static routes',
      '2   2024-03-11 09:07:12 UTC by lab via cli',
    ].join('\n'),
  );
  assert.equal(db.history[1]?.synchronized, false);
  const xml = renderCommitHistoryXml(db.history.slice(0, 2));
  assert.match(xml, /<sequence-number>0<\/sequence-number>\n<user>lab<\/user>\n<client>cli<\/client>\n<date-time junos:seconds="1710148410">2024-03-11 09:13:30 UTC<\/date-time>\n<comment>commit confirmed, rollback in 10mins<\/comment>/);
  assert.match(xml, /<log>CHG0012345 add static routes<\/log>/);
});

test('a new database on the same disk reads everything back', async () => {
  const disk = new MemoryDisk();
  const clock = new SimulatedClock();
  const first = open(disk, clock);
  for (const host of ['a', 'b', 'c']) {
    clock.advance(1000);
    await commit(first, config(host), { comment: `to ${host}` });
  }
  first.close();
  const second = open(disk, clock);
  assert.equal(second.recovery, 'clean');
  assert.deepEqual(second.history, first.history);
  assert.equal(renderText(second.committed), renderText(first.committed));
  assert.deepEqual([0, 1, 2].map((n) => hostOf(second, n)), ['c', 'b', 'a']);
  await commit(second, config('d'));
  assert.deepEqual([0, 1, 2, 3].map((n) => hostOf(second, n)), ['d', 'c', 'b', 'a']);
});

test('on a real folder the rollbacks and history survive a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'retwin-mgd-'));
  try {
    const clock = new SimulatedClock();
    const first = open(new FileDisk(dir), clock);
    for (const host of ['a', 'b', 'c', 'd', 'e']) {
      clock.advance(1000);
      await commit(first, config(host));
    }
    first.close();
    const second = open(new FileDisk(dir), clock);
    assert.deepEqual(second.history, first.history);
    assert.deepEqual([0, 1, 2, 3, 4].map((n) => hostOf(second, n)), ['e', 'd', 'c', 'b', 'a']);
    assert.deepEqual(new FileDisk(dir).list('/config'), ['juniper.conf.1.gz', 'juniper.conf.2.gz', 'juniper.conf.3.gz', 'juniper.conf.gz']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('rollback files found without a history get one, as commits by root via other', () => {
  const source = new MemoryDisk();
  const clock = new SimulatedClock(Date.UTC(2024, 2, 11, 6, 57, 31));
  const db = open(source, clock);
  const session = unwrap(db.openSession({ user: 'root', client: 'other' }));
  unwrap(session.load(config('x'), 'override'));
  return session.commit().then(() => {
    const disk = new MemoryDisk();
    disk.write('/config/juniper.conf.gz', source.read('/config/juniper.conf.gz') as Uint8Array);
    const reopened = open(disk, clock);
    assert.equal(reopened.recovery, 'rebuilt-history');
    assert.equal(renderCommitHistoryText(reopened.history), '0   2024-03-11 06:57:31 UTC by root via other');
    assert.equal(hostOf(reopened, 0), 'x');
  });
});

test('a damaged rollback 0 opens as an empty configuration with the problem reported', () => {
  const disk = new MemoryDisk();
  disk.write('/config/juniper.conf.gz', new TextEncoder().encode('not gzip'));
  const db = open(disk, new SimulatedClock());
  assert.equal(renderText(db.committed), '');
  assert.equal(db.loadIssues[0]?.message, 'configuration file is not in gzip format');
});
