/**
 * Time for everything that waits: the real clock for the live router, a simulated one for
 * tests (and for `--time-scale`, a real clock that runs N times faster).
 *
 * Owns "what time is it" and "call me in N ms". Domain code never calls Date.now or
 * setTimeout; it is given a Clock. The simulated clock runs timers in time order, one at a
 * time, when a test advances it, so a 300 s keepalive failover takes no real time and happens
 * at exactly 300 s.
 */

export interface Timer {
  cancel(): void;
}

export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Calls `callback` once, `delayMs` from now. */
  setTimer(delayMs: number, callback: () => void): Timer;
  /** Calls `callback` every `periodMs`, the first time `periodMs` from now. */
  setInterval(periodMs: number, callback: () => void): Timer;
}

/** The machine's clock, optionally running `scale` times faster from the moment it is made. */
export class RealClock implements Clock {
  readonly #scale: number;
  readonly #startReal: number;
  readonly #startSimulated: number;

  constructor(scale = 1) {
    if (!(scale > 0)) throw new RangeError(`time scale must be positive (got ${scale})`);
    this.#scale = scale;
    this.#startReal = Date.now();
    this.#startSimulated = this.#startReal;
  }

  now(): number {
    return this.#startSimulated + (Date.now() - this.#startReal) * this.#scale;
  }

  setTimer(delayMs: number, callback: () => void): Timer {
    const handle = setTimeout(callback, Math.max(0, delayMs / this.#scale));
    return { cancel: () => clearTimeout(handle) };
  }

  setInterval(periodMs: number, callback: () => void): Timer {
    const handle = setInterval(callback, Math.max(1, periodMs / this.#scale));
    return { cancel: () => clearInterval(handle) };
  }
}

interface Scheduled {
  readonly id: number;
  at: number;
  readonly period: number | undefined;
  readonly callback: () => void;
  cancelled: boolean;
}

/** A clock that moves only when told to; timers fire in time order (then in creation order). */
export class SimulatedClock implements Clock {
  #now: number;
  #nextId = 0;
  #queue: Scheduled[] = [];

  /** `start` is the simulated time, in ms since the epoch (default 2024-03-11 09:00:00 UTC). */
  constructor(start = Date.UTC(2024, 2, 11, 9, 0, 0)) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimer(delayMs: number, callback: () => void): Timer {
    return this.#schedule(delayMs, undefined, callback);
  }

  setInterval(periodMs: number, callback: () => void): Timer {
    if (!(periodMs > 0)) throw new RangeError(`interval must be positive (got ${periodMs})`);
    return this.#schedule(periodMs, periodMs, callback);
  }

  /** Moves time forward by `ms`, running every timer that falls due, in order. */
  advance(ms: number): void {
    if (ms < 0) throw new RangeError('time does not go backwards');
    this.advanceTo(this.#now + ms);
  }

  /** Moves time to `time`, running every timer due by then. */
  advanceTo(time: number): void {
    for (;;) {
      const next = this.#queue[0];
      if (next === undefined || next.at > time) break;
      this.#queue.shift();
      if (next.cancelled) continue;
      this.#now = Math.max(this.#now, next.at);
      if (next.period !== undefined) {
        next.at += next.period;
        this.#enqueue(next);
      }
      next.callback();
    }
    this.#now = Math.max(this.#now, time);
  }

  /** Runs timers until none is left or `limitMs` of simulated time has passed. */
  runAll(limitMs = 24 * 3600 * 1000): void {
    this.advanceTo(this.#now + limitMs);
  }

  /** How many timers are waiting. */
  get pending(): number {
    return this.#queue.filter((item) => !item.cancelled).length;
  }

  #schedule(delayMs: number, period: number | undefined, callback: () => void): Timer {
    const item: Scheduled = { id: this.#nextId++, at: this.#now + Math.max(0, delayMs), period, callback, cancelled: false };
    this.#enqueue(item);
    return {
      cancel: () => {
        item.cancelled = true;
      },
    };
  }

  #enqueue(item: Scheduled): void {
    let at = this.#queue.length;
    while (at > 0) {
      const before = this.#queue[at - 1] as Scheduled;
      if (before.at < item.at || (before.at === item.at && before.id < item.id)) break;
      at -= 1;
    }
    this.#queue.splice(at, 0, item);
  }
}
