/**
 * One Routing Engine's configuration database: the public face of mgd's library.
 *
 * Owns opening the database on the RE's disk (recovering from a crash, re-arming a pending
 * `commit confirmed`), what is committed (as written and as this RE expands it), the history and
 * rollbacks, configuration sessions (`openSession`), the subscribers told of every change of the
 * committed configuration, the peer used by `commit synchronize`, the commit-delay fault, the
 * responding side of the other RE's `commit synchronize` (`peerCheck`/`peerCommit`/`peerAbort`),
 * and the install of a file copied from the other RE (`installFile`, the backup's fetch at boot).
 *
 * What it does not own: the CLI's words and prompts, the RPC replies (they render this data), the
 * internal link (the router gives a `PeerRe`), and the daemons (they subscribe with `onCommit`).
 *
 * Choices:
 * - A new disk starts with no committed configuration (`hasCommitted` false): the router commits
 *   the factory-default or starter configuration, as `root via other`.
 * - [U] A damaged rollback 0 (not gzip, or not parseable) opens as an empty configuration, with
 *   the problems in `loadIssues`.
 * - Terminal names and process ids shown for sessions default to `pts/<id-1>` and `4000+<id>`.
 * - `close()` (the RE halts) cancels the timers and ends every session; the object then answers
 *   nothing (the other RE sees it as unreachable).
 */
import type { ConfigIssue } from '../../config/errors.js';
import type { RoutingEngineSlot } from '../../config/groups.js';
import { ConfigNode } from '../../config/node.js';
import { hasErrors } from '../../config/validate.js';
import type { Clock } from '../../lib/clock.js';
import { DiskError, type Disk } from '../../lib/disk.js';
import type { SchemaNode } from '../../schema/compile.js';
import { junosSchema } from '../../schema/junos.js';
import type { CommitClient, CommitEntry } from './commit-history.js';
import { decodeConfigFile, readConfigFile } from './config-file.js';
import { ConfigStore, type ConfirmState, type Recovery } from './config-store.js';
import { armConfirm } from './confirm.js';
import { ensureRecovered, expandFor, readRollback, writeCommit, sharedModified, type CommitListener, type Core, type MgdLogEvent, type SessionRecord } from './core.js';
import { fail, ok, type Result } from './errors.js';
import { decideLock, decideOpenPrivate, viewOf, type SessionView } from './locks.js';
import type { PeerAbortRequest, PeerCommitRequest, PeerRe, PeerReply } from './peer.js';
import { handlePeerAbort, handlePeerCheck, handlePeerCommit, terminateSessions } from './peer-handler.js';
import { ConfigSession } from './session.js';

export interface DatabaseOptions {
  readonly disk: Disk;
  /** The slot of the RE this database belongs to: decides which `reX` group applies. */
  readonly re: RoutingEngineSlot;
  readonly clock: Clock;
  /** The compiled schema (default: retwin's Junos schema). */
  readonly schema?: SchemaNode;
  /** Stamped as the `version` statement of every commit (e.g. `17.3R1.10`); none when absent. */
  readonly softwareVersion?: string;
  /** This RE's management interface, for the commit checks (default `fxp0`). */
  readonly managementInterface?: string;
  /** The other RE, for `commit synchronize` (also `setPeer`). */
  readonly peer?: PeerRe;
  /** Where mgd's log lines go (`UI_COMMIT`, `UI_COMMIT_NOT_CONFIRMED`, ...). */
  readonly log?: (event: MgdLogEvent) => void;
}

export type OpenMode = 'shared' | 'private' | 'exclusive';

export interface OpenSessionOptions {
  readonly user: string;
  readonly client: CommitClient;
  /** `configure` (default), `configure private`, `configure exclusive`. */
  readonly mode?: OpenMode;
  readonly terminal?: string;
  readonly pid?: number;
}

export class ConfigDatabase {
  readonly #core: Core;
  /** What opening found on the disk (`clean` unless a crash was recovered from). */
  readonly recovery: Recovery;

  private constructor(core: Core, recovery: Recovery) {
    this.#core = core;
    this.recovery = recovery;
  }

  /** Opens the database on an RE's disk. Throws a DiskError when the disk fails. */
  static open(options: DatabaseOptions): ConfigDatabase {
    const schema = options.schema ?? junosSchema;
    const { store, recovery } = ConfigStore.open(options.disk);
    const data = store.entries.length === 0 ? undefined : store.read(0);
    const read = data === undefined ? { tree: new ConfigNode(schema), issues: [] } : readConfigFile(data, schema);
    const core: Core = {
      re: options.re,
      clock: options.clock,
      schema,
      softwareVersion: options.softwareVersion,
      managementInterface: options.managementInterface,
      log: options.log ?? (() => undefined),
      store,
      committed: read.tree,
      expanded: read.tree,
      loadIssues: read.issues,
      shared: undefined,
      sharedDirty: false,
      sessions: new Map(),
      nextSessionId: 1,
      lockHolder: undefined,
      busy: false,
      confirmTimer: undefined,
      peer: options.peer,
      listeners: new Set(),
      commitDelayMs: 0,
      lastPeerEntry: undefined,
      closed: false,
    };
    core.expanded = expandFor(core, read.tree);
    if (store.confirm !== undefined) armConfirm(core, store.confirm.deadline);
    if (recovery !== 'clean') core.log({ tag: 'UI_COMMIT_PROGRESS', message: `configuration database recovered at startup (${recovery})` });
    return new ConfigDatabase(core, recovery);
  }

  get re(): RoutingEngineSlot {
    return this.#core.re;
  }

  get schema(): SchemaNode {
    return this.#core.schema;
  }

  /** Whether anything was ever committed on this disk. */
  get hasCommitted(): boolean {
    return this.#core.store.entries.length > 0;
  }

  /** The committed configuration as written (groups and all). Do not change it. */
  get committed(): ConfigNode {
    return this.#core.committed;
  }

  /** The committed configuration as this RE applies it (its groups expanded). Do not change it. */
  get expanded(): ConfigNode {
    return this.#core.expanded;
  }

  /** Problems found reading rollback 0 when the database opened. */
  get loadIssues(): readonly ConfigIssue[] {
    return this.#core.loadIssues;
  }

  /** `show system commit`: newest first; entry N describes rollback N. */
  get history(): readonly CommitEntry[] {
    return this.#core.store.entries;
  }

  /** A `commit confirmed` waiting for confirmation (`rollback pending`), if any. */
  get pendingConfirm(): ConfirmState | undefined {
    return this.#core.confirmTimer === undefined ? undefined : this.#core.store.confirm;
  }

  /** Rollback N as a tree (`show | compare rollback N`, `show system rollback N`). */
  rollback(n: number): ConfigNode | undefined {
    return readRollback(this.#core, n);
  }

  /** The bytes of rollback file N (gzip), as on the disk. */
  rollbackFile(n: number): Uint8Array | undefined {
    return this.#core.store.read(n);
  }

  /** The text of rollback file N, header included (`file show`, `file compare`). */
  rollbackFileText(n: number): string | undefined {
    const data = this.#core.store.read(n);
    return data === undefined ? undefined : decodeConfigFile(data);
  }

  /**
   * Installs a committed file copied from the other RE, kept byte for byte (header included), as
   * a commit by `root via other` now: the backup fetching the master's configuration when it
   * comes up (procedure.md 5.3, 9.A3, 9.B3, 9.B25; whether to fetch is the router's decision).
   * The shared candidate follows it unless it holds changes.
   */
  installFile(data: Uint8Array): Result<CommitEntry> {
    const core = this.#core;
    if (core.closed) return fail({ kind: 'closed' });
    if (core.busy) return fail({ kind: 'busy' });
    const read = readConfigFile(data, core.schema);
    if (hasErrors(read.issues)) return fail({ kind: 'load-failed', issues: read.issues });
    const meta = { time: core.clock.now(), user: 'root', client: 'other' as const, synchronized: false };
    try {
      ensureRecovered(core);
      return ok(writeCommit(core, read.tree, expandFor(core, read.tree), meta, 'fetched', false, data));
    } catch (error) {
      if (!(error instanceof DiskError)) throw error;
      return fail({ kind: 'disk', detail: 'disk failure' });
    }
  }

  /** Whether the shared candidate holds uncommitted changes. */
  sharedModified(): boolean {
    return sharedModified(this.#core);
  }

  /** The users in configuration mode (`status`, the `configure` banner). */
  sessions(): SessionView[] {
    return [...this.#core.sessions.values()].map(viewOf);
  }

  /** Enters configuration mode. */
  openSession(options: OpenSessionOptions): Result<ConfigSession> {
    const core = this.#core;
    if (core.closed) return fail({ kind: 'closed' });
    const mode = options.mode ?? 'shared';
    const id = core.nextSessionId;
    const refused =
      mode === 'exclusive' ? decideLock(core.lockHolder, id, sharedModified(core)) : mode === 'private' ? decideOpenPrivate(sharedModified(core)) : undefined;
    if (refused !== undefined) return fail(refused);
    core.nextSessionId += 1;
    const record: SessionRecord = {
      id,
      user: options.user,
      client: options.client,
      mode: mode === 'private' ? 'private' : 'shared',
      terminal: options.terminal ?? `pts/${id - 1}`,
      pid: options.pid ?? 4000 + id,
      since: core.clock.now(),
      editPath: [],
      exclusive: mode === 'exclusive',
      open: true,
      private: mode === 'private' ? { base: core.committed, candidate: core.committed.clone() } : undefined,
      terminated: new Set(),
    };
    core.sessions.set(id, record);
    if (mode === 'exclusive') core.lockHolder = record;
    return ok(new ConfigSession(core, record));
  }

  /** Subscribes to changes of the committed configuration; returns the unsubscribe function. */
  onCommit(listener: CommitListener): () => void {
    this.#core.listeners.add(listener);
    return () => this.#core.listeners.delete(listener);
  }

  get peer(): PeerRe | undefined {
    return this.#core.peer;
  }

  /** The other RE for `commit synchronize` (undefined: a single-RE chassis). */
  setPeer(peer: PeerRe | undefined): void {
    this.#core.peer = peer;
  }

  /** The commit-delay fault: every commit on this RE waits this long first. */
  get commitDelayMs(): number {
    return this.#core.commitDelayMs;
  }

  set commitDelayMs(ms: number) {
    if (!(ms >= 0)) throw new RangeError(`commit delay must be 0 or more (got ${ms})`);
    this.#core.commitDelayMs = ms;
  }

  /** Whether a commit is running. */
  get busy(): boolean {
    return this.#core.busy;
  }

  get closed(): boolean {
    return this.#core.closed;
  }

  /** The RE stops: timers cancelled, sessions ended; the database answers nothing afterwards. */
  close(): void {
    const core = this.#core;
    if (core.closed) return;
    core.confirmTimer?.cancel();
    core.confirmTimer = undefined;
    terminateSessions(core);
    core.listeners.clear();
    core.closed = true;
  }

  /** The other RE's `commit synchronize check`: checks with this RE's groups. */
  peerCheck(request: PeerCommitRequest): Promise<PeerReply> {
    return handlePeerCheck(this.#core, request);
  }

  /** The other RE's `commit synchronize`: commits here. */
  peerCommit(request: PeerCommitRequest): Promise<PeerReply> {
    return handlePeerCommit(this.#core, request);
  }

  /** Undoes the commit `peerCommit` just made (the other RE could not complete). */
  peerAbort(request: PeerAbortRequest): Promise<PeerReply> {
    return handlePeerAbort(this.#core, request);
  }
}

/** What a `PeerRe` needs from the database it reaches. */
export type PeerResponder = Pick<ConfigDatabase, 'peerCheck' | 'peerCommit' | 'peerAbort'>;
