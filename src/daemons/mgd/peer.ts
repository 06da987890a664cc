/**
 * The other Routing Engine as `commit synchronize` sees it: what the requesting RE's mgd asks of
 * the other RE's mgd over the internal link, and what it gets back.
 *
 * Owns the interface and its messages only. The router implements `PeerRe` over its internal
 * link (which can be cut: every call then answers `unreachable`); `in-process-peer.ts` is the
 * direct implementation, and the responding side is `peer-handler.ts`. Messages are plain data
 * (the configuration travels as text, as the real REs copy a file), so a link may serialise them.
 */
import type { ConfigIssue } from '../../config/errors.js';
import type { RoutingEngineSlot } from '../../config/groups.js';
import type { CommitClient } from './commit-history.js';

export interface PeerCommitRequest {
  /** The RE asking. */
  readonly from: RoutingEngineSlot;
  /** The configuration to check or commit, as `show configuration` prints it (groups and all). */
  readonly config: string;
  /** One time stamp for the whole synchronized commit (procedure.md 9.A3, 9.B3). */
  readonly time: number;
  readonly user: string;
  readonly client: CommitClient;
  readonly comment?: string;
  /** `commit confirmed N`: the other RE arms the same deadline. */
  readonly confirmedMinutes?: number;
  /** `commit synchronize force`: override the other RE's lock and discard its uncommitted changes. */
  readonly force?: boolean;
}

export interface PeerAbortRequest {
  readonly from: RoutingEngineSlot;
  /** The time of the commit to undo (that of its `PeerCommitRequest`). */
  readonly time: number;
}

export type PeerReply =
  /** Done; `issues` holds the warnings the other RE's check produced. */
  | { readonly status: 'ok'; readonly issues: readonly ConfigIssue[] }
  /** Refused; `errors` are the closing error messages (without `error: `). */
  | { readonly status: 'failed'; readonly issues: readonly ConfigIssue[]; readonly errors: readonly string[] }
  /** The other RE did not answer; `reason` ends `Could not connect to re1 : <reason>`. */
  | { readonly status: 'unreachable'; readonly reason: string };

export interface PeerRe {
  /** The other RE's slot. */
  readonly name: RoutingEngineSlot;
  /** Checks the configuration as the other RE would commit it (its own groups); changes nothing. */
  check(request: PeerCommitRequest): Promise<PeerReply>;
  /** Commits the configuration on the other RE. */
  commit(request: PeerCommitRequest): Promise<PeerReply>;
  /** Undoes the commit `commit` just made there (this RE could not complete its own). */
  abort(request: PeerAbortRequest): Promise<PeerReply>;
}

/** Junos's reason when the other RE is down or the internal link is cut. */
export const NO_ROUTE_TO_HOST = 'No route to host';
