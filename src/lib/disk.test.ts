import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DiskError, FileDisk, isTemporaryName, MemoryDisk, temporaryPath, type Disk } from './disk.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (data: Uint8Array | undefined): string | undefined => (data === undefined ? undefined : new TextDecoder().decode(data));

function withTempDir(run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'retwin-disk-'));
  try {
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The behaviour both implementations share. */
function contract(name: string, make: (run: (disk: Disk) => void) => void): void {
  test(`${name}: files are written, read, listed, renamed and removed by absolute path`, () => {
    make((disk) => {
      assert.equal(disk.read('/config/juniper.conf.gz'), undefined);
      assert.deepEqual(disk.list('/config'), []);
      disk.write('/config/juniper.conf.gz', bytes('zero'));
      disk.writeAtomic('/var/db/config/juniper.conf.4.gz', bytes('four'));
      assert.equal(text(disk.read('/config/juniper.conf.gz')), 'zero');
      assert.equal(text(disk.read('/var/db/config/juniper.conf.4.gz')), 'four');
      assert.deepEqual(disk.list('/var/db'), ['config']);
      disk.rename('/config/juniper.conf.gz', '/config/juniper.conf.1.gz');
      assert.deepEqual(disk.list('/config'), ['juniper.conf.1.gz']);
      assert.equal(disk.exists('/config/juniper.conf.gz'), false);
      assert.equal(disk.exists('/config/juniper.conf.1.gz'), true);
      assert.equal(disk.remove('/config/juniper.conf.1.gz'), true);
      assert.equal(disk.remove('/config/juniper.conf.1.gz'), false);
      assert.deepEqual(disk.list('/config'), []);
    });
  });

  test(`${name}: an atomic write replaces the file and leaves no temporary file`, () => {
    make((disk) => {
      disk.writeAtomic('/config/a', bytes('old'));
      disk.writeAtomic('/config/a', bytes('new'));
      assert.equal(text(disk.read('/config/a')), 'new');
      assert.deepEqual(disk.list('/config'), ['a']);
    });
  });

  test(`${name}: a crash before the rename keeps the old content and leaves the temporary file`, () => {
    make((disk) => {
      disk.writeAtomic('/config/a', bytes('old'));
      const renames: string[] = [];
      disk.beforeRename = (from, to) => {
        renames.push(`${from} -> ${to}`);
        throw new Error('crash');
      };
      assert.throws(() => disk.writeAtomic('/config/a', bytes('new')), /crash/);
      assert.deepEqual(renames, ['/config/.a.tmp -> /config/a']);
      disk.beforeRename = undefined;
      assert.equal(text(disk.read('/config/a')), 'old');
      assert.deepEqual(disk.list('/config'), ['.a.tmp', 'a']);
      assert.ok(isTemporaryName('.a.tmp'));
    });
  });

  test(`${name}: a failed disk refuses everything until it is repaired`, () => {
    make((disk) => {
      disk.write('/config/a', bytes('x'));
      disk.fail();
      assert.equal(disk.failed, true);
      assert.throws(() => disk.read('/config/a'), DiskError);
      assert.throws(() => disk.write('/config/b', bytes('y')), DiskError);
      assert.throws(() => disk.writeAtomic('/config/b', bytes('y')), DiskError);
      assert.throws(() => disk.list('/config'), DiskError);
      assert.throws(() => disk.exists('/config/a'), DiskError);
      assert.throws(() => disk.remove('/config/a'), DiskError);
      assert.throws(() => disk.rename('/config/a', '/config/b'), DiskError);
      disk.repair();
      assert.equal(text(disk.read('/config/a')), 'x');
    });
  });

  test(`${name}: relative and climbing paths are refused`, () => {
    make((disk) => {
      assert.throws(() => disk.read('config/a'), DiskError);
      assert.throws(() => disk.write('/config/../../etc/passwd', bytes('x')), DiskError);
    });
  });
}

contract('MemoryDisk', (run) => run(new MemoryDisk()));
contract('FileDisk', (run) => withTempDir((dir) => run(new FileDisk(dir))));

test('FileDisk keeps the files under its folder, at the path they are named by', () => {
  withTempDir((dir) => {
    const disk = new FileDisk(dir);
    disk.writeAtomic('/var/db/config/juniper.conf.5.gz', bytes('five'));
    assert.equal(readFileSync(join(dir, 'var', 'db', 'config', 'juniper.conf.5.gz'), 'utf8'), 'five');
    assert.deepEqual(readdirSync(join(dir, 'var', 'db', 'config')), ['juniper.conf.5.gz']);
  });
});

test('the temporary file of an atomic write sits in the same folder as its target', () => {
  assert.equal(temporaryPath('/config/juniper.conf.gz'), '/config/.juniper.conf.gz.tmp');
});

test('a memory disk returns copies, so a caller cannot change a stored file', () => {
  const disk = new MemoryDisk();
  const data = bytes('abc');
  disk.write('/a', data);
  data[0] = 0x7a;
  const read = disk.read('/a') as Uint8Array;
  read[1] = 0x7a;
  assert.equal(text(disk.read('/a')), 'abc');
});
