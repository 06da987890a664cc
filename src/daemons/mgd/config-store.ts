/**
 * The durable state of one RE's configuration database: the rollback files and the commit
 * history, kept in step on that RE's disk, crash-safe.
 *
 * Owns the commit protocol on disk and the recovery after a crash. A commit (`push`):
 *   1. writes the new file to a staging name (atomic write);
 *   2. writes the history state with the commit recorded as pending: the commit point;
 *   3. rotates the files up (`rollback-files.ts`), the staged file becoming rollback 0 by a rename;
 *   4. writes the history state with the new entry and nothing pending.
 * A crash before 2 leaves the old configuration (recovery removes the staged file); a crash after
 * 2 is finished by the recovery, which replays the rotation, skipping the steps already done. At
 * every moment rollback 0 is a whole file, old or new. Undoing the newest commit (`pop`, for a
 * synchronized commit the other RE could not complete) goes the same way. The history state is a
 * small JSON file, `/var/db/commit-history.json` [U: where Junos keeps its own is not known].
 *
 * A `DiskError` in the middle leaves the state to be recovered by the next operation (or the next
 * `open`); the caller reports the failure. A file system without a history file but with
 * rollback files (a state directory prepared by hand) gets a history made up from the files:
 * `root via other` at the file's `## Last changed` time.
 */
import { isTemporaryName, type Disk } from '../../lib/disk.js';
import { entryFromJson, type CommitEntry } from './commit-history.js';
import { decodeConfigFile, lastChangedTime } from './config-file.js';
import { CONFIG_FOLDERS, digestOf, MAX_ROLLBACK, rollbackPath, rotateDown, rotateUp, STAGED_PATH } from './rollback-files.js';

export const STATE_PATH = '/var/db/commit-history.json';

/** A `commit confirmed` waiting for confirmation. */
export interface ConfirmState {
  /** When the configuration rolls back, in ms since the epoch. */
  readonly deadline: number;
  readonly minutes: number;
}

type Pending = { readonly op: 'push'; readonly entry: CommitEntry } | { readonly op: 'pop' };

interface State {
  readonly entries: readonly CommitEntry[];
  readonly pending?: Pending;
  readonly confirm?: ConfirmState;
}

/** What opening (or recovering) found. */
export type Recovery = 'clean' | 'finished-commit' | 'finished-undo' | 'dropped-commit' | 'rebuilt-history';

function encodeState(state: State): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify({ format: 1, ...state }, null, 1)}\n`);
}

function decodeState(data: Uint8Array | undefined): State | undefined {
  if (data === undefined) return undefined;
  try {
    const raw = JSON.parse(new TextDecoder().decode(data)) as Record<string, unknown>;
    if (!Array.isArray(raw.entries)) return undefined;
    const entries = raw.entries.map(entryFromJson);
    if (entries.some((entry) => entry === undefined)) return undefined;
    const state: { entries: CommitEntry[]; pending?: Pending; confirm?: ConfirmState } = { entries: entries as CommitEntry[] };
    const pending = raw.pending as Record<string, unknown> | undefined;
    if (pending?.op === 'pop') state.pending = { op: 'pop' };
    const pendingEntry = pending?.op === 'push' ? entryFromJson(pending.entry) : undefined;
    if (pendingEntry !== undefined) state.pending = { op: 'push', entry: pendingEntry };
    const confirm = raw.confirm as Record<string, unknown> | undefined;
    if (typeof confirm?.deadline === 'number' && typeof confirm.minutes === 'number') {
      state.confirm = { deadline: confirm.deadline, minutes: confirm.minutes };
    }
    return state;
  } catch {
    return undefined;
  }
}

export class ConfigStore {
  readonly #disk: Disk;
  #state: State = { entries: [] };
  #needsRecovery = true;

  private constructor(disk: Disk) {
    this.#disk = disk;
  }

  /** Opens the store on a disk, finishing whatever a crash interrupted. Throws a DiskError. */
  static open(disk: Disk): { store: ConfigStore; recovery: Recovery } {
    const store = new ConfigStore(disk);
    const recovery = store.recover();
    return { store, recovery };
  }

  get disk(): Disk {
    return this.#disk;
  }

  /** The history, newest first: entry N describes rollback N. */
  get entries(): readonly CommitEntry[] {
    return this.#state.entries;
  }

  get confirm(): ConfirmState | undefined {
    return this.#state.confirm;
  }

  /** Whether a failed operation left work for `recover`. */
  get needsRecovery(): boolean {
    return this.#needsRecovery;
  }

  /** The bytes of rollback `n`, undefined when there is no such rollback. */
  read(n: number): Uint8Array | undefined {
    if (!Number.isInteger(n) || n < 0 || n > MAX_ROLLBACK || n >= this.#state.entries.length) return undefined;
    return this.#disk.read(rollbackPath(n));
  }

  /**
   * Re-reads the state from the disk and finishes an interrupted commit or undo. Called by
   * `open`, and before the next operation after a failure. Throws a DiskError.
   */
  recover(): Recovery {
    for (const folder of [...CONFIG_FOLDERS, '/var/db']) {
      for (const name of this.#disk.list(folder)) if (isTemporaryName(name)) this.#disk.remove(`${folder}/${name}`);
    }
    let recovery: Recovery = 'clean';
    let state = decodeState(this.#disk.read(STATE_PATH));
    if (state === undefined) {
      state = { entries: this.#entriesFromFiles() };
      this.#disk.remove(STAGED_PATH);
      if (state.entries.length > 0) {
        this.#write(state);
        recovery = 'rebuilt-history';
      }
    }
    const pending = state.pending;
    if (pending?.op === 'push') {
      const staged = this.#disk.exists(STAGED_PATH);
      const current = this.#disk.read(rollbackPath(0));
      if (staged || (current !== undefined && digestOf(current) === pending.entry.digest)) {
        rotateUp(this.#disk, state.entries, pending.entry.digest, true);
        state = { entries: [pending.entry, ...state.entries].slice(0, MAX_ROLLBACK + 1), ...confirmOf(state) };
        recovery = 'finished-commit';
      } else {
        state = { entries: state.entries, ...confirmOf(state) };
        recovery = 'dropped-commit';
      }
      this.#write(state);
    } else if (pending?.op === 'pop') {
      rotateDown(this.#disk, state.entries, true);
      state = { entries: state.entries.slice(1) };
      this.#write(state);
      recovery = 'finished-undo';
    } else {
      this.#disk.remove(STAGED_PATH);
    }
    this.#state = state;
    this.#needsRecovery = false;
    return recovery;
  }

  /** Records a commit: `data` becomes rollback 0, described by `entry`. Throws a DiskError. */
  push(data: Uint8Array, entry: Omit<CommitEntry, 'digest'>, confirm?: ConfirmState): CommitEntry {
    return this.#guarded(() => {
      const full: CommitEntry = { ...entry, digest: digestOf(data) };
      const old = this.#state.entries;
      this.#disk.writeAtomic(STAGED_PATH, data);
      this.#write({ entries: old, pending: { op: 'push', entry: full }, ...confirmOf(this.#state) });
      rotateUp(this.#disk, old, full.digest, false);
      const next: State = { entries: [full, ...old].slice(0, MAX_ROLLBACK + 1), ...(confirm === undefined ? {} : { confirm }) };
      this.#write(next);
      this.#state = next;
      return full;
    });
  }

  /** Undoes the newest commit: rollback 1 becomes rollback 0 again. Throws a DiskError. */
  pop(): void {
    this.#guarded(() => {
      const entries = this.#state.entries;
      if (entries.length === 0) return;
      this.#write({ entries, pending: { op: 'pop' } });
      rotateDown(this.#disk, entries, false);
      const next: State = { entries: entries.slice(1) };
      this.#write(next);
      this.#state = next;
    });
  }

  /** Records (or clears) the pending confirmation. Throws a DiskError. */
  setConfirm(confirm: ConfirmState | undefined): void {
    this.#guarded(() => {
      const next: State = { entries: this.#state.entries, ...(confirm === undefined ? {} : { confirm }) };
      this.#write(next);
      this.#state = next;
    });
  }

  #guarded<T>(run: () => T): T {
    if (this.#needsRecovery) this.recover();
    try {
      return run();
    } catch (error) {
      this.#needsRecovery = true;
      throw error;
    }
  }

  #write(state: State): void {
    this.#disk.writeAtomic(STATE_PATH, encodeState(state));
  }

  /** A history for rollback files found without one (contiguous from rollback 0). */
  #entriesFromFiles(): CommitEntry[] {
    const entries: CommitEntry[] = [];
    for (let n = 0; n <= MAX_ROLLBACK; n += 1) {
      const data = this.#disk.read(rollbackPath(n));
      if (data === undefined) break;
      const text = decodeConfigFile(data);
      const time = (text === undefined ? undefined : lastChangedTime(text)) ?? 0;
      entries.push({ time, user: 'root', client: 'other', synchronized: false, digest: digestOf(data) });
    }
    return entries;
  }
}

function confirmOf(state: State): { confirm?: ConfirmState } {
  return state.confirm === undefined ? {} : { confirm: state.confirm };
}

