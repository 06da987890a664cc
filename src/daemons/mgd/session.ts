/**
 * A configuration session: one user in configuration mode (`configure`, `configure private`,
 * `configure exclusive`) or one NETCONF/Junos XML session editing the candidate.
 *
 * Owns what a session may do to its candidate: edits (through `config/`'s parsers and editors),
 * `load merge|override|replace|update|set`, `rollback N`, `update` (private), the lock, commit and
 * commit check (`commit.ts`), and leaving. The rules on who may do what are `locks.ts`'s.
 *
 * Choices:
 * - A load is all or nothing: input with an error loads nothing (`load-failed`, with the
 *   issues); warnings (`statement not found`) are returned with the result.
 * - `runCommands` (one or more `set`/`delete`/... lines, as typed) applies line by line: a bad
 *   line is reported and skipped, the others apply.
 * - `load override` and `load update` keep the candidate's `version` statement when the loaded
 *   text has none (mgd stamps it at commit anyway). `update` loads like `override` here.
 * - Leaving `configure exclusive` (or unlocking) discards the uncommitted changes (Juniper's
 *   "uncommitted changes will be discarded on exit"); leaving `configure private` drops the
 *   private copy; leaving `configure` keeps the shared changes for others.
 * - `rollback 0` in a private session restarts the private copy from the committed configuration.
 */
import type { ConfigIssue } from '../../config/errors.js';
import { loadConfiguration, type InputFormat } from '../../config/load.js';
import type { ConfigNode } from '../../config/node.js';
import { parseSet } from '../../config/parse-set.js';
import { hasErrors } from '../../config/validate.js';
import type { CommitClient } from './commit-history.js';
import type { CommitReport } from './commit-report.js';
import { checkSession, commitSession, type CommitOptions } from './commit.js';
import { readRollback, sharedCandidate, sharedModified, type Core, type SessionRecord } from './core.js';
import { fail, ok, type Result } from './errors.js';
import { decideLock, decideSharedChange, viewOf, type SessionMode, type SessionView } from './locks.js';
import { mergeInto, mergeThreeWay } from './merge.js';
import { sameTree } from './tree-equal.js';

export type LoadAction = 'merge' | 'override' | 'replace' | 'update' | 'set';

export class ConfigSession {
  readonly #core: Core;
  readonly #record: SessionRecord;

  /** Made by `ConfigDatabase.openSession`. */
  constructor(core: Core, record: SessionRecord) {
    this.#core = core;
    this.#record = record;
  }

  get id(): number {
    return this.#record.id;
  }

  get user(): string {
    return this.#record.user;
  }

  get client(): CommitClient {
    return this.#record.client;
  }

  get mode(): SessionMode {
    return this.#record.mode;
  }

  /** Holds the exclusive lock. */
  get exclusive(): boolean {
    return this.#record.exclusive;
  }

  /** False after `close()`, or after the other RE's `commit synchronize force` ended it. */
  get isOpen(): boolean {
    return this.#record.open && !this.#core.closed;
  }

  /** The edit level the front end is at, as other users see it listed. */
  get editPath(): readonly string[] {
    return this.#record.editPath;
  }

  set editPath(path: readonly string[]) {
    this.#record.editPath = [...path];
  }

  view(): SessionView {
    return viewOf(this.#record);
  }

  /** The candidate this session sees (shared, or its private copy). Change it through `modify`. */
  get candidate(): ConfigNode {
    return this.#record.private?.candidate ?? sharedCandidate(this.#core);
  }

  /** Whether the candidate differs from the committed configuration (private: from its base). */
  isModified(): boolean {
    const copy = this.#record.private;
    return copy === undefined ? sharedModified(this.#core) : !sameTree(copy.base, copy.candidate);
  }

  /** Calls `onEnd` when the session is ended by someone else (`commit synchronize force`). */
  onTerminated(onEnd: () => void): () => void {
    this.#record.terminated.add(onEnd);
    return () => this.#record.terminated.delete(onEnd);
  }

  #writable(): Result<ConfigNode> {
    if (!this.isOpen) return fail({ kind: 'closed' });
    if (this.#record.private !== undefined) return ok(this.#record.private.candidate);
    const refused = decideSharedChange(this.#core.lockHolder, this.#record.id);
    if (refused !== undefined) return fail(refused);
    this.#core.sharedDirty = true;
    return ok(sharedCandidate(this.#core));
  }

  #replaceCandidate(tree: ConfigNode): void {
    if (this.#record.private !== undefined) {
      this.#record.private.candidate = tree;
    } else {
      this.#core.shared = tree;
      this.#core.sharedDirty = true;
    }
  }

  /** Runs `edit` on the candidate's root (the CLI's `set`, `delete`, ... through `config/`). */
  modify<T>(edit: (root: ConfigNode) => T): Result<T> {
    const target = this.#writable();
    return target.ok ? ok(edit(target.value)) : target;
  }

  /** Runs configuration commands (`set system host-name r1`, ...) from the top; returns their issues. */
  runCommands(text: string): Result<ConfigIssue[]> {
    return this.modify((root) => parseSet(text, root.schema, { into: root }).issues);
  }

  /** `load merge|override|replace|update|set` of text; returns the warnings. */
  load(text: string, action: LoadAction, format: InputFormat = action === 'set' ? 'set' : 'auto'): Result<ConfigIssue[]> {
    const target = this.#writable();
    if (!target.ok) return target;
    const current = target.value;
    let next: ConfigNode;
    let issues: ConfigIssue[];
    if (action === 'set') {
      next = current.clone();
      issues = parseSet(text, current.schema, { into: next }).issues;
    } else {
      const parsed = loadConfiguration(text, current.schema, format);
      issues = parsed.issues;
      if (action === 'merge' || action === 'replace') {
        next = current.clone();
        mergeInto(next, parsed.tree, action === 'replace');
      } else {
        next = parsed.tree;
        const version = current.child('version');
        if (next.child('version') === undefined && version !== undefined) next.insert(version.clone());
      }
    }
    if (hasErrors(issues)) return fail({ kind: 'load-failed', issues });
    this.#replaceCandidate(next);
    return ok(issues);
  }

  /** `rollback N`: the candidate becomes rollback N. */
  rollback(n: number): Result<void> {
    const target = this.#writable();
    if (!target.ok) return target;
    const tree = readRollback(this.#core, n);
    if (tree === undefined) return fail({ kind: 'no-rollback', number: n });
    if (n === 0 && this.#record.private !== undefined) {
      this.#record.private = { base: this.#core.committed, candidate: tree };
    } else if (n === 0) {
      this.#core.shared = undefined;
      this.#core.sharedDirty = false;
    } else {
      this.#replaceCandidate(tree);
    }
    return ok(undefined);
  }

  /** `update` (configure private): brings the private copy up to the committed configuration. */
  update(): Result<void> {
    if (!this.isOpen) return fail({ kind: 'closed' });
    const copy = this.#record.private;
    if (copy === undefined) return fail({ kind: 'not-private' });
    const committed = this.#core.committed;
    const merged = mergeThreeWay(copy.base, copy.candidate, committed) ?? committed.clone();
    this.#record.private = { base: committed, candidate: merged };
    return ok(undefined);
  }

  /** `<lock-configuration/>` (what `configure exclusive` does on entry). */
  lock(): Result<void> {
    if (!this.isOpen) return fail({ kind: 'closed' });
    const refused = decideLock(this.#core.lockHolder, this.#record.id, sharedModified(this.#core));
    if (refused !== undefined) return fail(refused);
    this.#record.exclusive = true;
    this.#core.lockHolder = this.#record;
    return ok(undefined);
  }

  /** `<unlock-configuration/>`: releases the lock and discards the uncommitted changes. */
  unlock(): Result<void> {
    if (!this.isOpen) return fail({ kind: 'closed' });
    if (this.#core.lockHolder !== this.#record) return ok(undefined);
    this.#core.lockHolder = undefined;
    this.#record.exclusive = false;
    this.#core.shared = undefined;
    this.#core.sharedDirty = false;
    return ok(undefined);
  }

  commit(options: CommitOptions = {}): Promise<CommitReport> {
    return commitSession(this.#core, this.#record, options);
  }

  commitCheck(options: CommitOptions = {}): Promise<CommitReport> {
    return checkSession(this.#core, this.#record, options);
  }

  /** Leaves configuration mode (or ends the NETCONF session). */
  close(): void {
    if (!this.#record.open) return;
    if (this.#core.lockHolder === this.#record) this.unlock();
    this.#record.open = false;
    this.#record.private = undefined;
    this.#core.sessions.delete(this.#record.id);
  }
}
