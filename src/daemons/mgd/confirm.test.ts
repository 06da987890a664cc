import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ConfigNode } from '../../config/node.js';
import { SimulatedClock } from '../../lib/clock.js';
import { MemoryDisk, type Disk } from '../../lib/disk.js';
import { renderCommitHistoryText } from './commit-history.js';
import { renderCommitText } from './commit-report.js';
import type { MgdLogEvent } from './core.js';
import { ConfigDatabase } from './database.js';
import { errorText, type Result } from './errors.js';

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(errorText(result.error));
  return result.value;
}

const BASE = 'system { host-name r1; login { user lab { class super-user; } } }';
const hostOf = (tree: ConfigNode): string | undefined => tree.child('system')?.child('host-name')?.value;
const MINUTE = 60_000;

function open(disk: Disk, clock: SimulatedClock, log: MgdLogEvent[] = []): ConfigDatabase {
  return ConfigDatabase.open({ disk, clock, re: 're0', log: (event) => log.push(event) });
}

async function setup() {
  const clock = new SimulatedClock(Date.UTC(2024, 2, 11, 9, 0, 0));
  const disk = new MemoryDisk();
  const log: MgdLogEvent[] = [];
  const db = open(disk, clock, log);
  const session = unwrap(db.openSession({ user: 'lab', client: 'cli' }));
  unwrap(session.load(BASE, 'override'));
  assert.equal((await session.commit()).ok, true);
  clock.advanceTo(Date.UTC(2024, 2, 11, 9, 10, 0));
  unwrap(session.runCommands('set system host-name risky'));
  return { clock, disk, db, session, log };
}

test('commit confirmed prints its reminder and rolls back after exactly N minutes', async () => {
  const { clock, db, session, log } = await setup();
  let rolledBack: string | undefined;
  db.onCommit((expanded, _previous, info) => {
    if (info.reason === 'confirm-timeout') rolledBack = hostOf(expanded);
  });
  const report = await session.commit({ confirmed: 5 });
  assert.equal(renderCommitText(report), 'commit confirmed will be automatically rolled back in 5 minutes unless confirmed\ncommit complete');
  assert.equal(hostOf(db.committed), 'risky');
  assert.deepEqual(db.pendingConfirm, { deadline: Date.UTC(2024, 2, 11, 9, 15, 0), minutes: 5 });
  clock.advance(5 * MINUTE - 1);
  assert.equal(hostOf(db.committed), 'risky');
  clock.advance(1);
  assert.equal(hostOf(db.committed), 'r1');
  assert.equal(rolledBack, 'r1');
  assert.equal(db.pendingConfirm, undefined);
  assert.equal(
    renderCommitHistoryText(db.history),
    [
      '0   2024-03-11 09:15:00 UTC by root via other',
      '1   2024-03-11 09:10:00 UTC by lab via cli commit confirmed, rollback in 5mins',
      '2   2024-03-11 09:00:00 UTC by lab via cli',
    ].join('\n'),
  );
  assert.deepEqual(log.at(-1), { tag: 'UI_COMMIT_NOT_CONFIRMED', message: 'Commit was not confirmed; automatic rollback complete' });
  assert.equal(session.isModified(), false, 'the candidate follows the rolled-back configuration');
});

test('a later commit confirms: nothing rolls back', async () => {
  const { clock, db, session } = await setup();
  await session.commit({ confirmed: 10 });
  clock.advance(3 * MINUTE);
  const report = await session.commit();
  assert.equal(renderCommitText(report), 'commit complete');
  assert.equal(db.pendingConfirm, undefined);
  clock.advance(60 * MINUTE);
  assert.equal(hostOf(db.committed), 'risky');
  assert.equal(db.history.length, 3);
});

test('commit check confirms too, without a new history entry', async () => {
  const { clock, db, session } = await setup();
  await session.commit({ confirmed: 2 });
  clock.advance(MINUTE);
  assert.equal((await session.commitCheck()).ok, true);
  assert.equal(db.pendingConfirm, undefined);
  clock.advance(10 * MINUTE);
  assert.equal(hostOf(db.committed), 'risky');
  assert.equal(db.history.length, 2);
});

test('a second commit confirmed sets a new deadline', async () => {
  const { clock, db, session } = await setup();
  await session.commit({ confirmed: 2 });
  clock.advance(MINUTE);
  unwrap(session.runCommands('set system domain-name x.example'));
  await session.commit({ confirmed: 5 });
  clock.advance(2 * MINUTE);
  assert.equal(hostOf(db.committed), 'risky', 'the first deadline is gone');
  clock.advance(3 * MINUTE);
  assert.equal(db.committed.child('system')?.child('domain-name'), undefined, 'rolled back to rollback 1');
  assert.equal(hostOf(db.committed), 'risky');
});

test('a pending confirmation survives a restart and rolls back at its deadline', async () => {
  const { clock, disk, db, session } = await setup();
  await session.commit({ confirmed: 10 });
  db.close();
  clock.advance(4 * MINUTE);
  const reopened = open(disk, clock);
  assert.equal(hostOf(reopened.committed), 'risky');
  assert.equal(renderCommitHistoryText(reopened.history, reopened.pendingConfirm !== undefined).split('\n').slice(0, 2).join('\n'),
    '0   2024-03-11 09:10:00 UTC by lab via cli commit confirmed, rollback in 10mins\n    rollback pending');
  clock.advance(6 * MINUTE);
  assert.equal(hostOf(reopened.committed), 'r1');
});

test('a confirmation whose deadline passed while the RE was down rolls back as soon as it opens', async () => {
  const { clock, disk, db, session } = await setup();
  await session.commit({ confirmed: 1 });
  db.close();
  clock.advance(30 * MINUTE);
  const reopened = open(disk, clock);
  clock.advance(0);
  assert.equal(hostOf(reopened.committed), 'r1');
});

test('uncommitted shared changes stay in the candidate across the automatic rollback', async () => {
  const { clock, db, session } = await setup();
  await session.commit({ confirmed: 1 });
  unwrap(session.runCommands('set system location building b1'));
  clock.advance(MINUTE);
  assert.equal(hostOf(db.committed), 'r1');
  assert.equal(session.isModified(), true);
  assert.notEqual(session.candidate.child('system')?.child('location'), undefined);
});
