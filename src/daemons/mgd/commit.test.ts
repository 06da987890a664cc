import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from '../../../test/support/fixtures.js';
import type { ConfigNode } from '../../config/node.js';
import { renderText } from '../../config/render-text.js';
import { SimulatedClock } from '../../lib/clock.js';
import { MemoryDisk } from '../../lib/disk.js';
import { renderCommitText } from './commit-report.js';
import { ConfigDatabase } from './database.js';
import { errorText, type Result } from './errors.js';
import type { MgdLogEvent } from './core.js';

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(errorText(result.error));
  return result.value;
}

const BASE = 'system { host-name r1; login { user lab { class super-user; } } }';
const hostOf = (tree: ConfigNode): string | undefined => tree.child('system')?.child('host-name')?.value;

async function setup(re: 're0' | 're1' = 're0', text = BASE) {
  const clock = new SimulatedClock();
  const disk = new MemoryDisk();
  const log: MgdLogEvent[] = [];
  const db = ConfigDatabase.open({ disk, clock, re, softwareVersion: '17.3R1.10', log: (event) => log.push(event) });
  const boot = unwrap(db.openSession({ user: 'root', client: 'other' }));
  unwrap(boot.load(text, 'override'));
  assert.equal((await boot.commit()).ok, true);
  boot.close();
  const session = unwrap(db.openSession({ user: 'lab', client: 'cli' }));
  return { clock, disk, db, session, log };
}

test('a plain commit prints commit complete and tells the subscribers with this RE view', async () => {
  const { db, session, log } = await setup('re1');
  const seen: [string | undefined, string | undefined][] = [];
  db.onCommit((expanded, previous) => seen.push([hostOf(expanded), hostOf(previous)]));
  unwrap(session.load(fixture('procedure-reference.conf'), 'override'));
  const report = await session.commit();
  assert.equal(renderCommitText(report), 'commit complete');
  assert.deepEqual(seen, [['r1-re1', 'r1']]);
  assert.equal(hostOf(db.expanded), 'r1-re1', 're1 applies group re1');
  assert.equal(db.committed.child('version')?.value, '17.3R1.10');
  assert.equal(session.isModified(), false);
  assert.deepEqual(
    log.slice(-2).map((e) => `${e.tag}: ${e.message}`),
    ["UI_COMMIT: User 'lab' requested 'commit' operation (comment: none)", 'UI_COMMIT_COMPLETED: commit complete'],
  );
});

test('commit check reports what a commit would and changes nothing', async () => {
  const { db, disk, session } = await setup();
  let told = 0;
  db.onCommit(() => (told += 1));
  const before = { history: db.history, committed: renderText(db.committed), file: disk.read('/config/juniper.conf.gz') };
  unwrap(session.runCommands('set system login user ops uid 2001'));
  const failed = await session.commitCheck();
  assert.equal(failed.ok, false);
  assert.equal(
    renderCommitText(failed),
    ["[edit system login]", "  'user ops'", "    Missing mandatory statement: 'class'", 'error: configuration check-out failed: (missing mandatory statements)'].join('\n'),
  );
  unwrap(session.runCommands('set system login user ops class read-only'));
  const passed = await session.commitCheck();
  assert.equal(renderCommitText(passed), 'configuration check succeeds');
  assert.equal(db.history, before.history);
  assert.equal(renderText(db.committed), before.committed);
  assert.deepEqual(disk.read('/config/juniper.conf.gz'), before.file);
  assert.equal(told, 0);
  assert.equal(session.isModified(), true, 'the candidate keeps its changes');
});

test('a commit with errors commits nothing and ends with commit failed', async () => {
  const { db, session } = await setup();
  const history = db.history;
  unwrap(session.runCommands('set system host-name r2\nset system login user ops uid 2001'));
  const report = await session.commit();
  assert.equal(report.ok, false);
  assert.match(renderCommitText(report), /\nerror: commit failed: \(missing mandatory statements\)$/);
  assert.equal(db.history, history);
  assert.equal(hostOf(db.committed), 'r1');
});

test('commit comment is kept in the history entry', async () => {
  const { db, session } = await setup();
  unwrap(session.runCommands('set system host-name r2'));
  const report = await session.commit({ comment: 'rename' });
  assert.equal(report.entry?.comment, 'rename');
  assert.equal(db.history[0]?.comment, 'rename');
});

test('the commit delay fault holds a commit for the given time, and a second commit meanwhile is refused', async () => {
  const { db, clock, session } = await setup();
  db.commitDelayMs = 5000;
  unwrap(session.runCommands('set system host-name slow'));
  let done = false;
  const pending = session.commit().then((report) => {
    done = true;
    return report;
  });
  assert.equal(db.busy, true);
  const other = unwrap(db.openSession({ user: 'ops', client: 'netconf' }));
  assert.equal(renderCommitText(await other.commit()), 'error: another commit is in progress');
  clock.advance(4999);
  await Promise.resolve();
  assert.equal(done, false);
  assert.equal(hostOf(db.committed), 'r1');
  clock.advance(1);
  const report = await pending;
  assert.equal(report.ok, true);
  assert.equal(hostOf(db.committed), 'slow');
  assert.equal(report.entry?.time, Date.UTC(2024, 2, 11, 9, 0, 5), 'stamped when the commit happens');
});

test('a disk failure ends the commit with an error and changes nothing; after repair commits work', async () => {
  const { db, disk, session } = await setup();
  const history = db.history;
  unwrap(session.runCommands('set system host-name r2'));
  disk.fail();
  const report = await session.commit();
  assert.equal(renderCommitText(report), 'error: could not write the configuration database: disk failure');
  assert.equal(db.history, history);
  assert.equal(hostOf(db.committed), 'r1');
  disk.repair();
  assert.equal((await session.commit()).ok, true);
  assert.equal(hostOf(db.committed), 'r2');
  assert.equal(db.history.length, 2);
});

test('a subscriber that throws does not undo the commit nor silence the others', async () => {
  const { db, session, log } = await setup();
  let second = 0;
  db.onCommit(() => {
    throw new Error('daemon bug');
  });
  db.onCommit(() => (second += 1));
  unwrap(session.runCommands('set system host-name r2'));
  assert.equal((await session.commit()).ok, true);
  assert.equal(second, 1);
  assert.ok(log.some((event) => event.message.includes('daemon bug')));
});
