/**
 * Where the committed configuration and its rollbacks live on an RE's disk, and how they rotate.
 *
 * Owns the file names Junos uses (junos-behaviour.md §6.5): rollback 0 is
 * `/config/juniper.conf.gz`, 1 to 3 are `/config/juniper.conf.N.gz`, 4 to 49 are
 * `/var/db/config/juniper.conf.N.gz`; and the two rotations: a commit pushes (every file moves up
 * one, 49 is dropped, the staged new file becomes 0) and an aborted synchronized commit pops
 * (every file moves down one).
 *
 * Both rotations are written so that running them again after a crash finishes the job: with
 * `verify`, each step first checks (by digest, against the history entries) whether it was
 * already done. Rollback 0 is only ever replaced by a rename (atomic), so it is always a whole
 * file, old or new. `config-store.ts` decides when a rotation is due and records it first.
 */
import { createHash } from 'node:crypto';
import type { Disk } from '../../lib/disk.js';
import type { CommitEntry } from './commit-history.js';

/** The highest rollback number. */
export const MAX_ROLLBACK = 49;

/** Where the next committed file is written before it becomes rollback 0. */
export const STAGED_PATH = '/config/juniper.conf.next.gz';

/** The folders holding configuration files (for cleaning up after a crash). */
export const CONFIG_FOLDERS: readonly string[] = ['/config', '/var/db/config'];

/** The path of rollback file `n` (0 to 49). */
export function rollbackPath(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_ROLLBACK) throw new RangeError(`no rollback ${n}`);
  if (n === 0) return '/config/juniper.conf.gz';
  return n <= 3 ? `/config/juniper.conf.${n}.gz` : `/var/db/config/juniper.conf.${n}.gz`;
}

/** A short digest of a file's bytes. */
export function digestOf(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('base64url').slice(0, 22);
}

function digestAt(disk: Disk, n: number): string | undefined {
  const data = disk.read(rollbackPath(n));
  return data === undefined ? undefined : digestOf(data);
}

/**
 * Makes the staged file rollback 0, after moving every rollback up by one. `old` is the history
 * before the commit (entry N describes file N). With `verify`, steps already done are skipped.
 */
export function rotateUp(disk: Disk, old: readonly CommitEntry[], newDigest: string, verify: boolean): void {
  const keep = Math.min(old.length, MAX_ROLLBACK);
  for (let p = keep; p >= 2; p -= 1) {
    if (verify && digestAt(disk, p) === (old[p - 1] as CommitEntry).digest) continue;
    if (disk.exists(rollbackPath(p - 1))) disk.rename(rollbackPath(p - 1), rollbackPath(p));
  }
  if (keep >= 1 && (!verify || digestAt(disk, 1) !== (old[0] as CommitEntry).digest)) {
    const current = disk.read(rollbackPath(0));
    // Rollback 0 is still the old file here: the staged file replaces it only below.
    if (current !== undefined && (!verify || digestOf(current) === (old[0] as CommitEntry).digest)) disk.writeAtomic(rollbackPath(1), current);
  }
  if (verify && digestAt(disk, 0) === newDigest) {
    disk.remove(STAGED_PATH);
    return;
  }
  if (disk.exists(STAGED_PATH)) disk.rename(STAGED_PATH, rollbackPath(0));
}

/**
 * Drops rollback 0 and moves every other rollback down by one. `entries` is the history before
 * (entry 0 is the commit being undone). With `verify`, steps already done are skipped.
 */
export function rotateDown(disk: Disk, entries: readonly CommitEntry[], verify: boolean): void {
  const files = Math.min(entries.length, MAX_ROLLBACK + 1);
  for (let p = 0; p <= files - 2; p += 1) {
    if (verify && digestAt(disk, p) === (entries[p + 1] as CommitEntry).digest) continue;
    if (p === 0) {
      const next = disk.read(rollbackPath(1));
      if (next !== undefined) disk.writeAtomic(rollbackPath(0), next);
    } else if (disk.exists(rollbackPath(p + 1))) {
      disk.rename(rollbackPath(p + 1), rollbackPath(p));
    }
  }
  if (files >= 1) disk.remove(rollbackPath(files - 1));
}
