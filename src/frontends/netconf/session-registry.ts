/**
 * The live NETCONF sessions of one router, by RE, and their ids.
 *
 * Owns session ids (one counter per router, given by the wiring: Junos shows mgd's process id,
 * which is unique on the router; REST may draw from the same counter) and the table that
 * `<kill-session>` reads. One registry per router, shared by every address (master, re0, re1)
 * that serves NETCONF, so that a session reached through the master address and one through
 * re0's own address see each other when both are on re0.
 *
 * It does not end sessions itself: each entry carries the session's own `kill`.
 */
import type { RoutingEngineSlot } from '../../config/groups.js';

/** What the registry keeps of one session. */
export interface LiveSession {
  readonly id: number;
  readonly slot: RoutingEngineSlot;
  readonly user: string;
  /** Ends the session (kill-session): its channel closes, its configuration session too. */
  kill(): void;
}

export interface NetconfSessionsOptions {
  /** The next session id; ids must be unique per router. Default: 1, 2, 3… */
  readonly nextId?: () => number;
}

export class NetconfSessions {
  readonly #nextId: () => number;
  readonly #live = new Map<number, LiveSession>();

  constructor(options: NetconfSessionsOptions = {}) {
    let counter = 0;
    this.#nextId =
      options.nextId ??
      (() => {
        counter += 1;
        return counter;
      });
  }

  /** A fresh session id (never one that is live). */
  allocate(): number {
    for (;;) {
      const id = this.#nextId();
      if (!this.#live.has(id)) return id;
    }
  }

  add(session: LiveSession): void {
    this.#live.set(session.id, session);
  }

  /** Forgets a session (it ended). */
  remove(id: number): void {
    this.#live.delete(id);
  }

  /** The live sessions on `slot` (all when undefined), oldest first. */
  list(slot?: RoutingEngineSlot): LiveSession[] {
    return [...this.#live.values()].filter((session) => slot === undefined || session.slot === slot);
  }

  /**
   * `<kill-session>` from session `by` on `slot`: ends session `id` when it is live on the same
   * RE and is not `by` itself. True when it was ended.
   */
  kill(slot: RoutingEngineSlot, id: number, by: number): boolean {
    const target = this.#live.get(id);
    if (target === undefined || target.slot !== slot || id === by) return false;
    this.#live.delete(id);
    target.kill();
    return true;
  }
}
