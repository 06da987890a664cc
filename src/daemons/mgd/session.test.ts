import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderText } from '../../config/render-text.js';
import { SimulatedClock } from '../../lib/clock.js';
import { MemoryDisk } from '../../lib/disk.js';
import { renderCommitText } from './commit-report.js';
import { ConfigDatabase } from './database.js';
import { errorText, type Result } from './errors.js';
import type { ConfigSession } from './session.js';

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(errorText(result.error));
  return result.value;
}

function refusedWith<T>(result: Result<T>): string {
  assert.equal(result.ok, false);
  return result.ok ? '' : errorText(result.error);
}

const BASE = 'system { host-name r1; login { user lab { class super-user; } } }';

/** A database on a new disk with BASE committed, at 2024-03-11 09:00:00 UTC. */
async function setup(): Promise<{ db: ConfigDatabase; clock: SimulatedClock }> {
  const clock = new SimulatedClock();
  const db = ConfigDatabase.open({ disk: new MemoryDisk(), clock, re: 're0' });
  const session = unwrap(db.openSession({ user: 'root', client: 'other' }));
  unwrap(session.load(BASE, 'override'));
  assert.equal((await session.commit()).ok, true);
  session.close();
  clock.advanceTo(Date.UTC(2024, 2, 11, 9, 5, 10));
  return { db, clock };
}

const set = (session: ConfigSession, command: string): void => {
  assert.deepEqual(unwrap(session.runCommands(command)), []);
};

const host = (tree: { child(name: string): { child(name: string): { value?: string } | undefined } | undefined }): string | undefined =>
  tree.child('system')?.child('host-name')?.value;

test('the shared candidate is seen by every configure session and tracked as modified', async () => {
  const { db } = await setup();
  const a = unwrap(db.openSession({ user: 'lab', client: 'cli' }));
  const b = unwrap(db.openSession({ user: 'ops', client: 'cli' }));
  assert.equal(a.isModified(), false);
  set(a, 'set system host-name r2');
  assert.equal(host(b.candidate), 'r2');
  assert.equal(b.isModified(), true);
  assert.equal(db.sharedModified(), true);
  set(b, 'set system host-name r1');
  assert.equal(a.isModified(), false, 'back to the committed value');
});

test('configure exclusive locks out the edits and commits of others, with the holder named', async () => {
  const { db } = await setup();
  const owner = unwrap(db.openSession({ user: 'lab', client: 'cli', mode: 'exclusive', terminal: 'pts/0', pid: 4242 }));
  owner.editPath = ['interfaces'];
  const other = unwrap(db.openSession({ user: 'ops', client: 'cli' }));
  const locked = [
    'error: configuration database locked by:',
    '  lab terminal pts/0 (pid 4242) on since 2024-03-11 09:05:10 UTC',
    '      exclusive [edit interfaces]',
  ].join('\n');
  assert.equal(refusedWith(other.runCommands('set system host-name x')), locked);
  const report = await other.commit();
  assert.equal(report.ok, false);
  assert.equal(renderCommitText(report), locked);
  assert.equal(refusedWith(db.openSession({ user: 'ops', client: 'cli', mode: 'exclusive' })), locked);
  assert.equal(refusedWith(other.lock()), locked);
  set(owner, 'set system host-name r9');
  assert.equal((await owner.commit()).ok, true);
  assert.equal(host(db.committed), 'r9');
});

test('configure exclusive is refused while the shared candidate holds uncommitted changes', async () => {
  const { db } = await setup();
  const editor = unwrap(db.openSession({ user: 'admin', client: 'cli' }));
  set(editor, 'set system host-name changed');
  assert.equal(refusedWith(db.openSession({ user: 'lab', client: 'cli', mode: 'exclusive' })), 'error: configuration database modified');
  assert.equal(refusedWith(editor.lock()), 'error: configuration database modified');
});

test('configure private is refused while the shared candidate holds uncommitted changes', async () => {
  const { db } = await setup();
  const editor = unwrap(db.openSession({ user: 'admin', client: 'cli' }));
  set(editor, 'set system location building FOREIGN-EDIT');
  assert.equal(refusedWith(db.openSession({ user: 'lab', client: 'cli', mode: 'private' })), 'error: shared configuration database modified');
});

test('leaving configure exclusive discards its uncommitted changes', async () => {
  const { db } = await setup();
  const owner = unwrap(db.openSession({ user: 'lab', client: 'cli', mode: 'exclusive' }));
  set(owner, 'set system host-name scratch');
  owner.close();
  assert.equal(db.sharedModified(), false);
  assert.equal(unwrap(db.openSession({ user: 'ops', client: 'cli', mode: 'exclusive' })).exclusive, true);
});

test('a private commit merges its own changes onto what others committed meanwhile', async () => {
  const { db } = await setup();
  const mine = unwrap(db.openSession({ user: 'lab', client: 'cli', mode: 'private' }));
  const theirs = unwrap(db.openSession({ user: 'ops', client: 'cli', mode: 'private' }));
  set(mine, 'set system domain-name lab.example.net');
  set(theirs, 'set system location building b1');
  set(theirs, 'set system host-name r7');
  assert.equal((await theirs.commit()).ok, true);
  assert.equal(mine.candidate.child('system')?.child('location'), undefined, 'a private copy does not move by itself');
  assert.equal((await mine.commit()).ok, true);
  const system = db.committed.child('system');
  assert.equal(system?.child('domain-name')?.value, 'lab.example.net');
  assert.equal(system?.child('host-name')?.value, 'r7');
  assert.notEqual(system?.child('location'), undefined);
  assert.equal(mine.isModified(), false);
});

test('update brings a private copy up to the committed configuration, keeping its own changes', async () => {
  const { db } = await setup();
  const mine = unwrap(db.openSession({ user: 'lab', client: 'cli', mode: 'private' }));
  set(mine, 'set system domain-name mine.example');
  const other = unwrap(db.openSession({ user: 'ops', client: 'cli' }));
  set(other, 'set system host-name r3');
  assert.equal((await other.commit()).ok, true);
  unwrap(mine.update());
  assert.equal(host(mine.candidate), 'r3');
  assert.equal(mine.candidate.child('system')?.child('domain-name')?.value, 'mine.example');
  assert.equal(refusedWith(other.update()), 'error: not in a private configuration session');
});

test('a private commit is refused while the shared candidate holds changes', async () => {
  const { db } = await setup();
  const mine = unwrap(db.openSession({ user: 'lab', client: 'cli', mode: 'private' }));
  set(mine, 'set system domain-name x.example');
  const shared = unwrap(db.openSession({ user: 'ops', client: 'cli' }));
  set(shared, 'set system host-name pending');
  const report = await mine.commit();
  assert.equal(renderCommitText(report), 'error: shared configuration database modified');
});

test('load merge, replace, override and set change the candidate as Junos does', async () => {
  const { db } = await setup();
  const s = unwrap(db.openSession({ user: 'lab', client: 'cli' }));
  unwrap(s.load('system { domain-name a.example; }', 'merge'));
  assert.equal(host(s.candidate), 'r1');
  assert.equal(s.candidate.child('system')?.child('domain-name')?.value, 'a.example');
  unwrap(s.load('system { replace: login { user ops { class read-only; } } }', 'replace'));
  const login = s.candidate.child('system')?.child('login');
  assert.deepEqual(login?.children.map((c) => c.key), ['ops']);
  unwrap(s.load('set system host-name r5\ndelete system domain-name', 'set'));
  assert.equal(host(s.candidate), 'r5');
  assert.equal(s.candidate.child('system')?.child('domain-name'), undefined);
  unwrap(s.load('system { host-name only; }', 'override'));
  assert.equal(renderText(s.candidate), 'system {\n    host-name only;\n}\n');
});

test('a load with an error loads nothing', async () => {
  const { db } = await setup();
  const s = unwrap(db.openSession({ user: 'lab', client: 'cli' }));
  const result = s.load('system { host-name r2; bogus-statement; }', 'merge');
  assert.equal(result.ok, false);
  assert.match(refusedWith(result), /syntax error|unknown/);
  assert.equal(host(s.candidate), 'r1');
  assert.equal(s.isModified(), false);
});

test('rollback N loads a rollback into the candidate; a missing one is an error', async () => {
  const { db } = await setup();
  const s = unwrap(db.openSession({ user: 'lab', client: 'cli' }));
  set(s, 'set system host-name second');
  assert.equal((await s.commit()).ok, true);
  unwrap(s.rollback(1));
  assert.equal(host(s.candidate), 'r1');
  assert.equal(s.isModified(), true);
  unwrap(s.rollback(0));
  assert.equal(s.isModified(), false);
  assert.equal(refusedWith(s.rollback(2)), 'error: rollback file 2 does not exist');
  assert.equal(refusedWith(s.rollback(50)), 'error: rollback file 50 does not exist');
});

test('the users in configuration mode are listed with their mode', async () => {
  const { db } = await setup(); // setup's own session was number 1
  unwrap(db.openSession({ user: 'lab', client: 'cli', mode: 'private' }));
  unwrap(db.openSession({ user: 'ops', client: 'netconf', mode: 'exclusive' }));
  assert.deepEqual(
    db.sessions().map((s) => [s.user, s.mode, s.exclusive, s.terminal, s.pid]),
    [
      ['lab', 'private', false, 'pts/1', 4002],
      ['ops', 'shared', true, 'pts/2', 4003],
    ],
  );
});

test('a closed session can do nothing more', async () => {
  const { db } = await setup();
  const s = unwrap(db.openSession({ user: 'lab', client: 'cli' }));
  s.close();
  assert.equal(s.isOpen, false);
  assert.equal(refusedWith(s.runCommands('set system host-name x')), 'error: configuration session is closed');
  assert.equal(renderCommitText(await s.commit()), 'error: configuration session is closed');
  assert.deepEqual(db.sessions(), []);
});
