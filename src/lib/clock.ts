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

/**
 * The machine's clock, optionally running `scale` times faster from the moment it is made.
 * Each timer is a Node timer of its own, so a busy process can run two timers out of order
 * against the simulated time; the live router uses `LiveClock` instead.
 */
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

/**
 * The live router's clock: a simulated clock that a real-time driver moves forward, `scale`
 * times faster than the wall clock. Timers fire in time order whatever the process is doing:
 * after a stall (garbage collection, a slow disk, a loaded machine) the clock catches up by
 * running every timer that fell due, in order, so a keepalive due at 1 s is always handled
 * before a failover timer due at 2 s. (With one Node timer per timer, as `RealClock` does, a
 * stall of a few hundred milliseconds at `--time-scale 10` made the backup take over.)
 * Timers fire at most one driver tick (`tickMs`, 10 ms) late in real time.
 */
export class LiveClock extends SimulatedClock {
  readonly #scale: number;
  readonly #startReal: number;
  readonly #startSimulated: number;
  #driver: ReturnType<typeof setInterval> | undefined;

  constructor(scale = 1, tickMs = 10) {
    if (!(scale > 0)) throw new RangeError(`time scale must be positive (got ${scale})`);
    const start = Date.now();
    super(start);
    this.#scale = scale;
    this.#startReal = start;
    this.#startSimulated = start;
    this.#driver = setInterval(() => this.catchUp(), tickMs);
  }

  /** Runs every timer due by the wall clock's (scaled) time. */
  catchUp(): void {
    this.advanceTo(this.#startSimulated + (Date.now() - this.#startReal) * this.#scale);
  }

  /** Stops the driver: no timer fires any more. */
  stop(): void {
    if (this.#driver !== undefined) clearInterval(this.#driver);
    this.#driver = undefined;
  }
}
