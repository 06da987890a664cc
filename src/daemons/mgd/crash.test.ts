import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SimulatedClock } from '../../lib/clock.js';
import { FileDisk, isTemporaryName, MemoryDisk, type Disk } from '../../lib/disk.js';
import { junosSchema } from '../../schema/junos.js';
import { readConfigFile } from './config-file.js';
import { ConfigDatabase } from './database.js';
import { errorText, type Result } from './errors.js';
import { digestOf, rollbackPath } from './rollback-files.js';

class Crash extends Error {}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(errorText(result.error));
  return result.value;
}

const config = (host: string): string => `system { host-name ${host}; login { user lab { class super-user; } } }`;

function open(disk: Disk, clock: SimulatedClock): ConfigDatabase {
  return ConfigDatabase.open({ disk, clock, re: 're0' });
}

async function commit(db: ConfigDatabase, host: string): Promise<void> {
  const session = unwrap(db.openSession({ user: 'lab', client: 'cli' }));
  unwrap(session.load(config(host), 'override'));
  try {
    const report = await session.commit();
    assert.equal(report.ok, true);
  } finally {
    session.close();
  }
}

const hostOf = (db: ConfigDatabase, n: number): string | undefined => db.rollback(n)?.child('system')?.child('host-name')?.value;

/** Every history entry describes the file of its rollback, and there is no stray file. */
function assertConsistent(db: ConfigDatabase, disk: Disk): void {
  db.history.forEach((entry, n) => {
    const data = disk.read(rollbackPath(n));
    assert.ok(data !== undefined, `rollback ${n} exists`);
    assert.equal(digestOf(data), entry.digest, `rollback ${n} is the file its entry describes`);
  });
  for (let n = db.history.length; n <= 49; n += 1) assert.equal(disk.exists(rollbackPath(n)), false, `no rollback ${n}`);
  for (const folder of ['/config', '/var/db/config', '/var/db']) {
    assert.deepEqual(disk.list(folder).filter(isTemporaryName), [], `no temporary file in ${folder}`);
  }
  assert.equal(disk.exists('/config/juniper.conf.next.gz'), false);
}

type MakeDisk = () => { disk: Disk; done: () => void };

/** A memory disk holding `history` commits (old0 ... oldN-1). */
async function template(history: number): Promise<MemoryDisk> {
  const disk = new MemoryDisk();
  const clock = new SimulatedClock();
  const db = open(disk, clock);
  for (let i = 0; i < history; i += 1) {
    clock.advance(1000);
    await commit(db, `old${i}`);
  }
  db.close();
  return disk;
}

/** Copies every file of `from` onto `to`. */
function copyInto(from: MemoryDisk, to: Disk, folder = '/'): void {
  for (const name of from.list(folder)) {
    const path = folder === '/' ? `/${name}` : `${folder}/${name}`;
    const data = from.read(path);
    if (data === undefined) copyInto(from, to, path);
    else to.write(path, data);
  }
}

/** How many renames a commit makes on such a disk. */
async function renamesOfOneCommit(makeDisk: MakeDisk): Promise<number> {
  const { disk, done } = makeDisk();
  try {
    const db = open(disk, new SimulatedClock(Date.UTC(2024, 2, 12)));
    let renames = 0;
    disk.beforeRename = () => {
      renames += 1;
    };
    await commit(db, 'new');
    return renames;
  } finally {
    done();
  }
}

/** Crashes a commit at every rename in turn; each time the reopened database is whole. */
async function crashEverywhere(makeDisk: MakeDisk, history: number): Promise<void> {
  const total = await renamesOfOneCommit(makeDisk);
  assert.ok(total >= Math.min(history, 49) + 3, `a commit renames at least once per file (${total})`);
  const outcomes = new Set<string>();
  for (let crashAt = 1; crashAt <= total; crashAt += 1) {
    const { disk, done } = makeDisk();
    try {
      const clock = new SimulatedClock(Date.UTC(2024, 2, 12));
      const db = open(disk, clock);
      const oldHistory = db.history;
      let renames = 0;
      disk.beforeRename = () => {
        renames += 1;
        if (renames === crashAt) throw new Crash(`crash at rename ${crashAt}`);
      };
      await assert.rejects(commit(db, 'new'), Crash);
      disk.beforeRename = undefined;
      const reopened = open(disk, clock);
      const zero = hostOf(reopened, 0);
      assert.ok(zero === `old${history - 1}` || zero === 'new', `rollback 0 is the old or the new configuration (crash at ${crashAt}: ${zero})`);
      outcomes.add(zero === 'new' ? 'new' : 'old');
      assertConsistent(reopened, disk);
      if (zero === 'new') {
        assert.deepEqual(reopened.history.slice(1), oldHistory.slice(0, 49), `older entries kept (crash at ${crashAt})`);
        assert.equal(hostOf(reopened, 1), `old${history - 1}`);
      } else {
        assert.deepEqual(reopened.history, oldHistory, `history unchanged (crash at ${crashAt})`);
      }
      assert.equal(open(disk, clock).recovery, 'clean', 'a second opening finds nothing to recover');
      clock.advance(1000);
      await commit(reopened, 'after');
      assert.equal(hostOf(reopened, 0), 'after');
      assertConsistent(reopened, disk);
    } finally {
      done();
    }
  }
  assert.deepEqual([...outcomes].sort(), ['new', 'old'], 'some crashes keep the old configuration, later ones finish the new');
}

/** Copies of one prepared memory disk. */
const copies = (from: MemoryDisk): MakeDisk => () => {
  const disk = new MemoryDisk();
  copyInto(from, disk);
  return { disk, done: () => undefined };
};

test('a crash before the first rename keeps the old configuration and the database reopens cleanly', async () => {
  const disk = new MemoryDisk();
  const clock = new SimulatedClock();
  const db = open(disk, clock);
  await commit(db, 'old');
  disk.beforeRename = () => {
    throw new Crash('power cut');
  };
  await assert.rejects(commit(db, 'new'), Crash);
  disk.beforeRename = undefined;
  assert.equal(disk.list('/config').some(isTemporaryName), true, 'the crash left a temporary file');
  const reopened = open(disk, clock);
  assert.equal(reopened.recovery, 'clean');
  assert.equal(hostOf(reopened, 0), 'old');
  assert.equal(reopened.history.length, 1);
  assertConsistent(reopened, disk);
});

test('a crash at any rename of a commit leaves the old or the new configuration, never a broken one', async () => {
  await crashEverywhere(copies(await template(6)), 6);
});

test('the same holds when all 50 rollbacks are in use', async () => {
  await crashEverywhere(copies(await template(50)), 50);
});

test('the same holds on a real folder', async () => {
  const prepared = await template(4);
  const make: MakeDisk = () => {
    const dir = mkdtempSync(join(tmpdir(), 'retwin-crash-'));
    const disk = new FileDisk(dir);
    copyInto(prepared, disk);
    return { disk, done: () => rmSync(dir, { recursive: true, force: true }) };
  };
  await crashEverywhere(make, 4);
});

test('rollback 0 on disk is a whole configuration at every rename of a commit', async () => {
  const disk = new MemoryDisk();
  const clock = new SimulatedClock();
  const db = open(disk, clock);
  for (let i = 0; i < 5; i += 1) await commit(db, `old${i}`);
  const seen = new Set<string>();
  disk.beforeRename = () => {
    const data = disk.read('/config/juniper.conf.gz');
    const read = data === undefined ? undefined : readConfigFile(data, junosSchema);
    assert.deepEqual(read?.issues, []);
    seen.add(read?.tree.child('system')?.child('host-name')?.value ?? 'missing');
  };
  await commit(db, 'new');
  disk.beforeRename = undefined;
  assert.deepEqual([...seen].sort(), ['new', 'old4']);
});
