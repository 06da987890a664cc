/**
 * An in-memory internal link between two chassisd runners, for tests (and for any caller that
 * needs two REs without a router): it can be cut and restored, and can delay delivery on a
 * clock. Without a delay a message is delivered during `send` (the receiver queues it if it is
 * busy: chassisd runs to completion).
 */
import type { Clock } from '../../lib/clock.js';
import type { PeerMessage, Slot } from './mastership-events.js';
import type { PeerLink } from './peer-link.js';

export type Receiver = (message: PeerMessage) => void;

export interface MemoryLinkOptions {
  /** Delivery delay in ms (default 0: delivered at once); needs `clock`. */
  readonly delayMs?: number;
  readonly clock?: Clock;
  /** Keep every message offered to the link in `sent` (default false). */
  readonly record?: boolean;
}

export class MemoryLink {
  readonly #receivers: [Receiver | undefined, Receiver | undefined] = [undefined, undefined];
  readonly #delayMs: number;
  readonly #clock: Clock | undefined;
  readonly #record: boolean;
  #up = true;
  /** With `record`: every message offered to the link, delivered or not. */
  readonly sent: { readonly from: Slot; readonly message: PeerMessage; readonly delivered: boolean }[] = [];

  constructor(options: MemoryLinkOptions = {}) {
    this.#delayMs = options.delayMs ?? 0;
    this.#clock = options.clock;
    this.#record = options.record === true;
    if (this.#delayMs > 0 && this.#clock === undefined) throw new RangeError('a delayed link needs a clock');
  }

  /** The end used by the RE in `slot` to send. */
  endpoint(slot: Slot): PeerLink {
    return { send: (message) => this.#send(slot, message) };
  }

  /** Who receives what is sent to `slot`. */
  attach(slot: Slot, receiver: Receiver): void {
    this.#receivers[slot] = receiver;
  }

  get isUp(): boolean {
    return this.#up;
  }

  cut(): void {
    this.#up = false;
  }

  restore(): void {
    this.#up = true;
  }

  #send(from: Slot, message: PeerMessage): void {
    const to: Slot = from === 0 ? 1 : 0;
    if (this.#record) this.sent.push({ from, message, delivered: this.#up });
    if (!this.#up) return;
    const deliver = (): void => {
      if (this.#up) this.#receivers[to]?.(message);
    };
    if (this.#delayMs > 0 && this.#clock !== undefined) this.#clock.setTimer(this.#delayMs, deliver);
    else deliver();
  }
}
