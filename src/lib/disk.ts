/**
 * One Routing Engine's disk: files named by absolute Junos-style paths (`/config/juniper.conf.gz`,
 * `/var/db/config/juniper.conf.4.gz`).
 *
 * Owns reading, writing, listing, renaming and removing files, the atomic write (a temporary file
 * in the same folder, flushed with fsync, then renamed over the target, then the folder flushed),
 * and two fault hooks for tests and the router's faults: `fail()` makes every later operation
 * throw a `DiskError` until `repair()`, and `beforeRename` (called before every rename, the one
 * inside an atomic write included) may throw to simulate a crash between a write and its rename.
 * What the files mean is the business of their owners (mgd for the configuration files).
 *
 * Two implementations: `FileDisk` keeps the files under a folder of the host (synchronous node:fs
 * calls; folders are created as needed), `MemoryDisk` keeps them in a map (tests, benchmarks).
 *
 * Choices: paths must be absolute and may not climb (`..`); reading a missing file gives
 * undefined rather than an error; `list` of a missing folder is empty; a crash simulated by
 * `beforeRename` leaves the temporary file behind, as a real crash would (`isTemporaryName`
 * recognises them, so that their owner can clean up when it starts).
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { posix, join } from 'node:path';

/** Every failure of a disk operation: the disk failed (`fail()`), or the host refused. */
export class DiskError extends Error {
  override readonly name = 'DiskError';
  readonly path: string | undefined;

  constructor(message: string, path?: string) {
    super(path === undefined ? message : `${message}: ${path}`);
    this.path = path;
  }
}

/** Called before a rename (from, to); throwing simulates a crash at that moment. */
export type RenameHook = (from: string, to: string) => void;

export interface Disk {
  /** The content of a file, or undefined when there is none. */
  read(path: string): Uint8Array | undefined;
  /** Writes a file in place (not crash-safe; see `writeAtomic`). */
  write(path: string, data: Uint8Array): void;
  /** Replaces a file so that a crash leaves either the old or the new content, never a mix. */
  writeAtomic(path: string, data: Uint8Array): void;
  /** Moves a file, replacing the target if there is one (atomically). */
  rename(from: string, to: string): void;
  /** Removes a file; false when there was none. */
  remove(path: string): boolean;
  exists(path: string): boolean;
  /** The names (not paths) of the entries directly in a folder, sorted; empty when it is missing. */
  list(dir: string): string[];
  /** From now on every operation throws a DiskError (a failed disk). */
  fail(): void;
  /** Undoes `fail()`. */
  repair(): void;
  readonly failed: boolean;
  /** Crash injection for tests: called before every rename, the atomic write's included. */
  beforeRename: RenameHook | undefined;
}

export interface DiskOptions {
  readonly beforeRename?: RenameHook;
}

/** Normalises an absolute path; throws on a relative or climbing one (a bug of the caller). */
export function checkPath(path: string): string {
  if (!path.startsWith('/')) throw new DiskError('path is not absolute', path);
  if (path.split('/').includes('..')) throw new DiskError('path climbs out of its folder', path);
  const normal = posix.normalize(path);
  return normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
}

/** The name of the temporary file an atomic write of `path` uses (same folder). */
export function temporaryPath(path: string): string {
  const normal = checkPath(path);
  return posix.join(posix.dirname(normal), `.${posix.basename(normal)}.tmp`);
}

/** Whether a file name is an atomic write's leftover. */
export function isTemporaryName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

/** What both implementations share: the failure switch and the hook. */
abstract class BaseDisk implements Disk {
  #failed = false;
  beforeRename: RenameHook | undefined;

  constructor(options: DiskOptions) {
    this.beforeRename = options.beforeRename;
  }

  get failed(): boolean {
    return this.#failed;
  }

  fail(): void {
    this.#failed = true;
  }

  repair(): void {
    this.#failed = false;
  }

  protected guard(path: string): string {
    if (this.#failed) throw new DiskError('disk failure', path);
    return checkPath(path);
  }

  protected hook(from: string, to: string): void {
    this.beforeRename?.(from, to);
  }

  abstract read(path: string): Uint8Array | undefined;
  abstract write(path: string, data: Uint8Array): void;
  abstract writeAtomic(path: string, data: Uint8Array): void;
  abstract rename(from: string, to: string): void;
  abstract remove(path: string): boolean;
  abstract exists(path: string): boolean;
  abstract list(dir: string): string[];
}

function hostError(error: unknown, path: string): DiskError {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  return new DiskError(`disk error ${code}`, path);
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** A disk kept in a folder of the host. */
export class FileDisk extends BaseDisk {
  readonly rootDir: string;

  constructor(rootDir: string, options: DiskOptions = {}) {
    super(options);
    this.rootDir = rootDir;
  }

  #host(path: string): string {
    return join(this.rootDir, ...path.split('/').filter((part) => part !== ''));
  }

  #ensureFolder(path: string): void {
    mkdirSync(this.#host(posix.dirname(path)), { recursive: true });
  }

  read(path: string): Uint8Array | undefined {
    const normal = this.guard(path);
    try {
      return new Uint8Array(readFileSync(this.#host(normal)));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw hostError(error, normal);
    }
  }

  write(path: string, data: Uint8Array): void {
    const normal = this.guard(path);
    try {
      this.#ensureFolder(normal);
      writeFully(this.#host(normal), data);
    } catch (error) {
      throw hostError(error, normal);
    }
  }

  writeAtomic(path: string, data: Uint8Array): void {
    const normal = this.guard(path);
    const temporary = temporaryPath(normal);
    try {
      this.#ensureFolder(normal);
      writeFully(this.#host(temporary), data);
    } catch (error) {
      throw hostError(error, normal);
    }
    this.hook(temporary, normal);
    this.#renameOnHost(temporary, normal);
  }

  rename(from: string, to: string): void {
    const source = this.guard(from);
    const target = this.guard(to);
    this.hook(source, target);
    this.#renameOnHost(source, target);
  }

  #renameOnHost(from: string, to: string): void {
    try {
      this.#ensureFolder(to);
      renameSync(this.#host(from), this.#host(to));
      syncFolder(this.#host(posix.dirname(to)));
      if (posix.dirname(from) !== posix.dirname(to)) syncFolder(this.#host(posix.dirname(from)));
    } catch (error) {
      throw hostError(error, from);
    }
  }

  remove(path: string): boolean {
    const normal = this.guard(path);
    try {
      if (!this.exists(normal)) return false;
      rmSync(this.#host(normal), { force: true });
      return true;
    } catch (error) {
      throw hostError(error, normal);
    }
  }

  exists(path: string): boolean {
    const normal = this.guard(path);
    try {
      return statSync(this.#host(normal)).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw hostError(error, normal);
    }
  }

  list(dir: string): string[] {
    const normal = this.guard(dir);
    try {
      return readdirSync(this.#host(normal)).sort();
    } catch (error) {
      if (isMissing(error)) return [];
      throw hostError(error, normal);
    }
  }
}

/** Writes and flushes a whole file. */
function writeFully(hostPath: string, data: Uint8Array): void {
  const fd = openSync(hostPath, 'w');
  try {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename is durable only then); not every host allows it. */
function syncFolder(hostDir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(hostDir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows and some file systems refuse fsync on a folder; the rename itself was done.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A disk kept in memory. */
export class MemoryDisk extends BaseDisk {
  readonly #files = new Map<string, Uint8Array>();

  constructor(options: DiskOptions = {}) {
    super(options);
  }

  read(path: string): Uint8Array | undefined {
    const data = this.#files.get(this.guard(path));
    return data === undefined ? undefined : data.slice();
  }

  write(path: string, data: Uint8Array): void {
    this.#files.set(this.guard(path), data.slice());
  }

  writeAtomic(path: string, data: Uint8Array): void {
    const normal = this.guard(path);
    const temporary = temporaryPath(normal);
    this.#files.set(temporary, data.slice());
    this.hook(temporary, normal);
    this.#move(temporary, normal);
  }

  rename(from: string, to: string): void {
    const source = this.guard(from);
    const target = this.guard(to);
    if (!this.#files.has(source)) throw new DiskError('disk error ENOENT', source);
    this.hook(source, target);
    this.#move(source, target);
  }

  #move(from: string, to: string): void {
    const data = this.#files.get(from);
    if (data === undefined) throw new DiskError('disk error ENOENT', from);
    this.#files.delete(from);
    this.#files.set(to, data);
  }

  remove(path: string): boolean {
    return this.#files.delete(this.guard(path));
  }

  exists(path: string): boolean {
    return this.#files.has(this.guard(path));
  }

  list(dir: string): string[] {
    const normal = this.guard(dir);
    const prefix = normal === '/' ? '/' : `${normal}/`;
    const names = new Set<string>();
    for (const path of this.#files.keys()) {
      if (path.startsWith(prefix)) names.add(path.slice(prefix.length).split('/')[0] as string);
    }
    return [...names].sort();
  }
}
