/**
 * The state of one RE's configuration database, shared by the modules of mgd (not exported from
 * the package): the committed configuration and its expansion for this RE, the shared candidate,
 * the sessions and the lock, the durable store, the timers, the peer and the subscribers.
 *
 * Owns the steps every commit path shares: checking a tree as this RE applies it, writing a
 * commit (store, then memory, then the subscribers: "apply cannot fail"), undoing one, and the
 * bookkeeping of the shared candidate around them. The paths themselves are in `commit.ts`,
 * `synchronize.ts`, `peer-handler.ts` and `confirm.ts`.
 */
import type { ConfigIssue } from '../../config/errors.js';
import { expandGroups, type RoutingEngineSlot } from '../../config/groups.js';
import { ConfigNode } from '../../config/node.js';
import { validateConfig } from '../../config/validate.js';
import type { Clock, Timer } from '../../lib/clock.js';
import type { SchemaNode } from '../../schema/compile.js';
import type { CommitClient, CommitEntry } from './commit-history.js';
import { encodeConfigFile, readConfigFile } from './config-file.js';
import type { ConfigStore, ConfirmState } from './config-store.js';
import type { SessionView } from './locks.js';
import type { PeerRe } from './peer.js';
import { sameTree } from './tree-equal.js';

/** A line for the system log: the router prefixes time, host and `mgd[pid]: `. */
export interface MgdLogEvent {
  readonly tag: string;
  readonly message: string;
}

export type CommitReason = 'commit' | 'peer-commit' | 'confirm-timeout' | 'peer-undo' | 'recovery' | 'fetched';

export interface CommitInfo {
  readonly reason: CommitReason;
  /** The history entry of the configuration now committed (undefined: nothing is committed). */
  readonly entry: CommitEntry | undefined;
  /** The committed configuration before group expansion. */
  readonly source: ConfigNode;
}

/**
 * Called after every change of the committed configuration with this RE's expanded view, new and
 * previous. Listeners must not change the trees.
 */
export type CommitListener = (expanded: ConfigNode, previous: ConfigNode, info: CommitInfo) => void;

export interface PrivateCopy {
  /** The committed configuration the copy was taken from (or last updated to). */
  base: ConfigNode;
  candidate: ConfigNode;
}

export interface SessionRecord extends SessionView {
  editPath: readonly string[];
  exclusive: boolean;
  open: boolean;
  private: PrivateCopy | undefined;
  readonly terminated: Set<() => void>;
}

export interface Core {
  readonly re: RoutingEngineSlot;
  readonly clock: Clock;
  readonly schema: SchemaNode;
  readonly softwareVersion: string | undefined;
  readonly managementInterface: string | undefined;
  readonly log: (event: MgdLogEvent) => void;
  store: ConfigStore;
  committed: ConfigNode;
  expanded: ConfigNode;
  /** Problems reading rollback 0 at open (a damaged file reads as an empty configuration). */
  loadIssues: readonly ConfigIssue[];
  /** The shared candidate; undefined while it is the committed configuration (copied on demand). */
  shared: ConfigNode | undefined;
  /** The shared candidate was edited since it was last equal to the committed configuration. */
  sharedDirty: boolean;
  readonly sessions: Map<number, SessionRecord>;
  nextSessionId: number;
  lockHolder: SessionRecord | undefined;
  /** A commit is running (checks, the delay fault, the other RE's answer, the writes). */
  busy: boolean;
  confirmTimer: Timer | undefined;
  peer: PeerRe | undefined;
  readonly listeners: Set<CommitListener>;
  commitDelayMs: number;
  /** The newest entry written at another RE's request (what an abort may undo). */
  lastPeerEntry: CommitEntry | undefined;
  closed: boolean;
}

/** Whether the shared candidate differs from the committed configuration. */
export function sharedModified(core: Core): boolean {
  if (core.shared === undefined || !core.sharedDirty) return false;
  if (sameTree(core.shared, core.committed)) {
    core.sharedDirty = false;
    return false;
  }
  return true;
}

/** The shared candidate, copied from the committed configuration on first use. */
export function sharedCandidate(core: Core): ConfigNode {
  return (core.shared ??= core.committed.clone());
}

/** Sets the `version` statement to this RE's software release (when it has one). */
export function stampVersion(core: Core, tree: ConfigNode): void {
  if (core.softwareVersion === undefined) return;
  const schema = tree.schema.byName.get('version');
  if (schema !== undefined) tree.ensure(schema).value = core.softwareVersion;
}

/** This RE's view of a tree (its groups expanded). */
export function expandFor(core: Pick<Core, 're'>, source: ConfigNode): ConfigNode {
  return expandGroups(source, { re: core.re }).tree;
}

/** This RE's view of a tree, and what its commit check finds there. */
export function checkTree(core: Core, source: ConfigNode): { expanded: ConfigNode; issues: ConfigIssue[] } {
  const expanded = expandFor(core, source);
  const options = core.managementInterface === undefined ? { re: core.re, source } : { re: core.re, source, managementInterface: core.managementInterface };
  return { expanded, issues: validateConfig(expanded, options) };
}

export interface CommitMeta {
  readonly time: number;
  readonly user: string;
  readonly client: CommitClient;
  readonly comment?: string;
  readonly synchronized: boolean;
  readonly confirmedMinutes?: number;
}

/** Tells the subscribers; a listener that throws is logged and the others still run. */
export function publish(core: Core, previous: ConfigNode, info: CommitInfo): void {
  for (const listener of [...core.listeners]) {
    try {
      listener(core.expanded, previous, info);
    } catch (error) {
      core.log({ tag: 'UI_COMMIT_PROGRESS', message: `commit subscriber failed: ${String(error)}` });
    }
  }
}

/**
 * Makes `source` the committed configuration in memory (after the store has it). The shared
 * candidate follows it when it held no changes; after a commit of the shared candidate itself
 * (`fromShared`), when it holds nothing beyond what was committed (edits made while the commit
 * ran stay).
 */
function install(core: Core, source: ConfigNode, expanded: ConfigNode, fromShared: boolean): ConfigNode {
  const previous = core.expanded;
  const wasModified = !fromShared && sharedModified(core);
  core.committed = source;
  core.expanded = expanded;
  if (fromShared) core.sharedDirty = true;
  if (fromShared ? !sharedModified(core) : !wasModified) {
    core.shared = undefined;
    core.sharedDirty = false;
  }
  return previous;
}

/**
 * Writes a commit: the store first (throws a DiskError, nothing changed), then memory, the
 * confirmation timer state, and the subscribers. `expanded` is `checkTree`'s view of `source`;
 * `fromShared` when the shared candidate is what is committed (see `install`). `data` is the
 * file to write when it is given as is (a copy of the other RE's file), else it is rendered.
 */
export function writeCommit(
  core: Core,
  source: ConfigNode,
  expanded: ConfigNode,
  meta: CommitMeta,
  reason: CommitReason,
  fromShared: boolean,
  data: Uint8Array = encodeConfigFile(source, meta.time),
): CommitEntry {
  const confirm: ConfirmState | undefined =
    meta.confirmedMinutes === undefined ? undefined : { deadline: meta.time + meta.confirmedMinutes * 60_000, minutes: meta.confirmedMinutes };
  const entry = core.store.push(data, meta, confirm);
  const previous = install(core, source, expanded, fromShared);
  core.confirmTimer?.cancel();
  core.confirmTimer = undefined;
  publish(core, previous, { reason, entry, source });
  return entry;
}

/** Reads rollback `n` into a tree (an empty configuration when the file is missing or damaged). */
export function readRollback(core: Core, n: number): ConfigNode | undefined {
  if (n === 0 && core.store.entries.length > 0) return core.committed.clone();
  const data = core.store.read(n);
  return data === undefined ? undefined : readConfigFile(data, core.schema).tree;
}

/** Makes rollback 0 of the store the committed configuration again, and tells the subscribers. */
function reloadFromStore(core: Core, reason: CommitReason): void {
  const data = core.store.entries.length === 0 ? undefined : core.store.read(0);
  const source = data === undefined ? new ConfigNode(core.schema) : readConfigFile(data, core.schema).tree;
  const previous = install(core, source, expandFor(core, source), false);
  core.confirmTimer?.cancel();
  core.confirmTimer = undefined;
  publish(core, previous, { reason, entry: core.store.entries[0], source });
}

/** Undoes the newest commit (the other RE could not complete a synchronized one). */
export function undoCommit(core: Core): void {
  core.store.pop();
  reloadFromStore(core, 'peer-undo');
}

/**
 * After a disk failure interrupted a write: re-reads the store (finishing or dropping the
 * interrupted commit) and, when rollback 0 changed, installs it. Throws a DiskError.
 */
export function ensureRecovered(core: Core): void {
  if (!core.store.needsRecovery) return;
  const before = core.store.entries[0]?.digest;
  core.store.recover();
  if (core.store.entries[0]?.digest !== before) reloadFromStore(core, 'recovery');
}

/** Resolves after `ms` of the database's clock (at once for 0). */
export function sleep(clock: Clock, ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => clock.setTimer(ms, resolve));
}
