/**
 * The internal link between a router's two Routing Engines (the Ethernet between them through
 * the control board), in process: the only way one RE reaches the other.
 *
 * Owns carrying three kinds of traffic, and cutting them all at once:
 * - chassisd's messages (keepalives, mastership hand-offs): each RE's chassisd sends through
 *   `chassisdLink(slot)` (chassisd's `PeerLink`); a cut link, or an RE that is not running,
 *   drops them silently (the other side notices the silence);
 * - mgd's `commit synchronize` calls: `mgdPeer(slot)` is mgd's `PeerRe` for the RE in `slot`,
 *   answering `No route to host` when the link is cut or the other RE is halted, removed or
 *   has no configuration database open;
 * - the backup's fetch of the master's committed configuration (`fetchConfig`, 9.B25).
 *
 * Run to completion: chassisd messages are queued and delivered one at a time, in order. A
 * message sent while another is being delivered (the receiver answering at once) waits until
 * the delivery in progress has returned, so no chassisd is ever entered from inside itself or
 * from inside the other. Delivery is synchronous otherwise (no clock involved), which keeps
 * simulated time exact.
 *
 * It does not tell the daemons that the link went down or up; the router does (chassisd's
 * `linkDown`/`linkUp`), as it owns the fault.
 */
import type { RoutingEngineSlot } from '../config/groups.js';
import type { PeerLink, PeerMessage } from '../daemons/chassisd/index.js';
import { inProcessPeer, type PeerRe, type PeerResponder } from '../daemons/mgd/index.js';

/** What the link needs from the RE at each end. */
export interface LinkEnd {
  /** The RE runs (powered on, not halted or removed). */
  running(): boolean;
  /** Hands a chassisd message to this RE's chassisd. */
  receive(message: PeerMessage): void;
  /** This RE's configuration database when it answers the other RE, else undefined. */
  responder(): PeerResponder | undefined;
  /** This RE's committed configuration as the other RE would fetch it (from a master only), else undefined. */
  configSnapshot(): ConfigSnapshot | undefined;
}

/** The master's committed configuration as the backup fetches it. */
export interface ConfigSnapshot {
  /** The committed file, byte for byte (header included, 9.B3). */
  readonly file: Uint8Array;
  /** The file's text without its `## Last changed` header (to compare configurations). */
  readonly body: string;
  /** The RE's expanded configuration has `system commit synchronize`. */
  readonly synchronize: boolean;
  /** The RE is master now. */
  readonly master: boolean;
}

const other = (slot: RoutingEngineSlot): RoutingEngineSlot => (slot === 're0' ? 're1' : 're0');

export class InternalLink {
  #up = true;
  readonly #ends: Partial<Record<RoutingEngineSlot, LinkEnd>> = {};
  readonly #queue: { readonly to: RoutingEngineSlot; readonly message: PeerMessage }[] = [];
  #delivering = false;
  /** Messages delivered and dropped, for tests and the web UI's counters. */
  readonly counters = { delivered: 0, dropped: 0 };

  /** Connects the RE in `slot`. */
  attach(slot: RoutingEngineSlot, end: LinkEnd): void {
    this.#ends[slot] = end;
  }

  get isUp(): boolean {
    return this.#up;
  }

  /** Cuts the link: everything in flight or sent later is lost until `restore`. */
  cut(): void {
    this.#up = false;
    this.#queue.length = 0;
  }

  restore(): void {
    this.#up = true;
  }

  /** Whether the RE in `slot` can be reached from the other one now. */
  reaches(slot: RoutingEngineSlot): boolean {
    return this.#up && this.#ends[slot]?.running() === true;
  }

  /** chassisd's link for the RE in `slot`. */
  chassisdLink(slot: RoutingEngineSlot): PeerLink {
    return { send: (message) => this.#send(other(slot), message) };
  }

  /** mgd's view of the RE in `slot`, used by the RE in the other slot. */
  mgdPeer(slot: RoutingEngineSlot): PeerRe {
    return inProcessPeer(
      slot,
      () => this.#ends[slot]?.responder(),
      () => this.reaches(slot),
    );
  }

  /** The committed configuration of the RE in `from`, fetched over the link; undefined when unreachable. */
  fetchConfig(from: RoutingEngineSlot): ConfigSnapshot | undefined {
    return this.reaches(from) ? this.#ends[from]?.configSnapshot() : undefined;
  }

  #send(to: RoutingEngineSlot, message: PeerMessage): void {
    if (!this.reaches(to)) {
      this.counters.dropped += 1;
      return;
    }
    this.#queue.push({ to, message });
    if (this.#delivering) return;
    this.#delivering = true;
    try {
      for (let next = this.#queue.shift(); next !== undefined; next = this.#queue.shift()) {
        const end = this.#ends[next.to];
        if (!this.#up || end === undefined || !end.running()) {
          this.counters.dropped += 1;
          continue;
        }
        this.counters.delivered += 1;
        end.receive(next.message);
      }
    } finally {
      this.#delivering = false;
    }
  }
}
