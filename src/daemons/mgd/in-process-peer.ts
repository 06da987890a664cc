/**
 * The other RE reached directly, in the same process: a `PeerRe` that calls the other database's
 * responding side. Tests connect two databases with it; the router may use it behind its
 * internal link (which decides whether the other RE is reachable).
 *
 * Owns only the plumbing and the "unreachable" answer (`No route to host`) when the link is cut
 * or the other RE has no database (halted, removed).
 */
import type { RoutingEngineSlot } from '../../config/groups.js';
import type { ConfigDatabase, PeerResponder } from './database.js';
import { NO_ROUTE_TO_HOST, type PeerAbortRequest, type PeerCommitRequest, type PeerRe, type PeerReply } from './peer.js';

const UNREACHABLE: PeerReply = { status: 'unreachable', reason: NO_ROUTE_TO_HOST };

/**
 * A `PeerRe` named `name` that reaches `target()` while `reachable()` says so. `target` may
 * return undefined (no database there: the RE is down).
 */
export function inProcessPeer(name: RoutingEngineSlot, target: () => PeerResponder | undefined, reachable: () => boolean = () => true): PeerRe {
  const call = (run: (responder: PeerResponder) => Promise<PeerReply>): Promise<PeerReply> => {
    const responder = reachable() ? target() : undefined;
    return responder === undefined ? Promise.resolve(UNREACHABLE) : run(responder);
  };
  return {
    name,
    check: (request: PeerCommitRequest) => call((responder) => responder.peerCheck(request)),
    commit: (request: PeerCommitRequest) => call((responder) => responder.peerCommit(request)),
    abort: (request: PeerAbortRequest) => call((responder) => responder.peerAbort(request)),
  };
}

/** Two databases joined by a link that can be cut. */
export interface InProcessLink {
  readonly up: boolean;
  cut(): void;
  restore(): void;
}

/** Gives each database a peer reaching the other (each named after the other's slot). */
export function linkDatabases(a: ConfigDatabase, b: ConfigDatabase): InProcessLink {
  let up = true;
  a.setPeer(inProcessPeer(b.re, () => b, () => up));
  b.setPeer(inProcessPeer(a.re, () => a, () => up));
  return {
    get up() {
      return up;
    },
    cut: () => {
      up = false;
    },
    restore: () => {
      up = true;
    },
  };
}
