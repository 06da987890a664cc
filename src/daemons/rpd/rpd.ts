/**
 * rpd, the routing protocol daemon of one Routing Engine: the thin runner around
 * `rpd-machine.ts`.
 *
 * Owns performing the machine's effects (calls on this RE's kernel, init's log lines, the
 * start/stop delays on the injected clock), process ids, the `restart routing` conversation and
 * answering `show route`. One event at a time runs to completion; effects that feed events back
 * run after the current one.
 *
 * Lifecycle (uniform for daemons): `start(expanded?)`, `reconfigure(expanded)` (every commit,
 * running or not), `stop()`, `status()`. Faults: `crash()`, `setFailToStart(true)`. The router
 * decides where rpd runs: started on the master; on the backup only with nonstop routing, in
 * `standby` mode.
 *
 * `restart routing` (spec §8, procedure.md 8.4, 9.B12): with rpd running, rpd is signalled to
 * stop; after `restartWaitMs` (2 s) the command prints `Routing protocols process signalled but
 * still running, waiting 28 seconds more`, and once the old rpd is gone it starts a new one and
 * prints `Routing protocols process started, pid N`. With rpd not running only the second line.
 * When rpd cannot start (the fault), the second line is still printed, since init did spawn it;
 * the new process exits at once [U]. `immediately` kills rpd (its routes stay, as after a crash)
 * and starts a new one at once, printing the second line only; so does a restart while rpd is
 * still starting [U].
 */
import type { Clock, Timer } from '../../lib/clock.js';
import type { ConfigNode } from '../../config/node.js';
import type { RpdKernelPort } from '../kernel/kernel.js';
import type { DaemonStatus } from './daemon-status.js';
import { ROUTING_NOT_RUNNING } from './render-route.js';
import type { RouteInformation } from './route-information.js';
import { queryRoutes, type RouteQueryError, type ShowRouteQuery } from './route-query.js';
import type { Rib } from './route-types.js';
import { initialRpdState, rpdStep, type RpdEffect, type RpdEvent, type RpdMode, type RpdState } from './rpd-machine.js';

export interface RpdLogEntry {
  /** The process that logs it: `init` for rpd's births and deaths. */
  readonly process: string;
  readonly text: string;
}

export interface RpdOptions {
  readonly clock: Clock;
  readonly kernel: RpdKernelPort;
  /** Where log lines go (`/var/log/messages`); dropped when absent. */
  readonly log?: (entry: RpdLogEntry) => void;
  /** Process ids (default: 1764, 1765, ...). */
  readonly nextPid?: () => number;
  /** Time from spawn to running (default 0). */
  readonly startDelayMs?: number;
  /** Time a normal stop takes (default 0: procedure.md 8.4 logs the exit at the signal's second). */
  readonly stopDelayMs?: number;
  /** When `restart routing` checks on the old rpd and starts the new one (default 2000). */
  readonly restartWaitMs?: number;
  readonly mode?: RpdMode;
}

export type ShowRouteResult =
  | { readonly ok: true; readonly value: RouteInformation }
  | { readonly ok: false; readonly error: RouteQueryError | { readonly code: 'routing-not-running'; readonly message: string } };

export interface RestartOptions {
  readonly immediately?: boolean;
  /** Called with each line as the command prints it. */
  readonly onLine?: (line: string) => void;
}

export const RESTART_SIGNALLED = 'Routing protocols process signalled but still running, waiting 28 seconds more';
export const restartStarted = (pid: number): string => `Routing protocols process started, pid ${pid}`;

function counter(first: number): () => number {
  let next = first;
  return () => next++;
}

export class Rpd {
  #state: RpdState;
  readonly #options: RpdOptions;
  readonly #nextPid: () => number;
  readonly #timers = new Set<Timer>();
  readonly #queue: RpdEvent[] = [];
  #running = false;
  readonly #unsubscribe: () => void;
  readonly #stoppedWaiters: (() => void)[] = [];

  constructor(options: RpdOptions) {
    this.#options = options;
    this.#state = initialRpdState(options.mode ?? 'active');
    this.#nextPid = options.nextPid ?? counter(1764);
    this.#unsubscribe = options.kernel.onInterfacesChanged(() => this.#dispatch({ type: 'interfaces-changed' }));
  }

  #dispatch(event: RpdEvent): void {
    this.#queue.push(event);
    if (this.#running) return;
    this.#running = true;
    try {
      for (let next = this.#queue.shift(); next !== undefined; next = this.#queue.shift()) {
        const environment = { now: this.#options.clock.now(), interfaces: this.#options.kernel.logicalInterfaces() };
        const step = rpdStep(this.#state, next, environment);
        this.#state = step.state;
        for (const effect of step.effects) this.#perform(effect);
        if (this.#state.status === 'down' || this.#state.status === 'crashed') this.#stoppedWaiters.splice(0).forEach((wake) => wake());
      }
    } finally {
      this.#running = false;
    }
  }

  #later(delayMs: number, action: () => void): void {
    if (delayMs <= 0) {
      action();
      return;
    }
    const timer = this.#options.clock.setTimer(delayMs, () => {
      this.#timers.delete(timer);
      action();
    });
    this.#timers.add(timer);
  }

  #perform(effect: RpdEffect): void {
    switch (effect.type) {
      case 'kernel-install':
        this.#options.kernel.installRoutes(effect.routes);
        return;
      case 'kernel-stopped':
        this.#options.kernel.rpdStopped();
        return;
      case 'kernel-crashed':
        this.#options.kernel.rpdCrashed();
        return;
      case 'log':
        this.#options.log?.({ process: 'init', text: effect.text });
        return;
      case 'schedule': {
        const delay = effect.event === 'started' ? this.#options.startDelayMs ?? 0 : this.#options.stopDelayMs ?? 0;
        this.#later(delay, () => this.#dispatch({ type: effect.event }));
        return;
      }
    }
  }

  /** Spawns rpd (with this RE's expanded configuration, if given; else the last one). */
  start(expanded?: ConfigNode): void {
    if (expanded !== undefined) this.#dispatch({ type: 'reconfigure', config: expanded });
    this.#dispatch({ type: 'start', pid: this.#nextPid() });
  }

  /** A commit: the new expanded configuration (kept for the next start when rpd is down). */
  reconfigure(expanded: ConfigNode | undefined): void {
    this.#dispatch({ type: 'reconfigure', config: expanded });
  }

  /** A normal stop (SIGTERM). */
  stop(): void {
    this.#dispatch({ type: 'stop' });
  }

  /** The crash fault. With `restartAfterMs`, init spawns a new rpd after that delay. */
  crash(options: { restartAfterMs?: number } = {}): void {
    this.#dispatch({ type: 'crash' });
    const after = options.restartAfterMs;
    if (after !== undefined) this.#later(after, () => this.start());
  }

  /** The fail-to-start fault: while on, every new rpd exits at once. */
  setFailToStart(on: boolean): void {
    this.#dispatch({ type: 'set-fault', failToStart: on });
  }

  setMode(mode: RpdMode): void {
    this.#dispatch({ type: 'set-mode', mode });
  }

  mode(): RpdMode {
    return this.#state.mode;
  }

  status(): DaemonStatus {
    return this.#state.status;
  }

  pid(): number | undefined {
    return this.#state.pid;
  }

  rib(): Rib | undefined {
    return this.#state.rib;
  }

  /** `restart routing`: resolves with the lines the command printed, once the new rpd is spawned. */
  restart(options: RestartOptions = {}): Promise<string[]> {
    const lines: string[] = [];
    const say = (line: string): void => {
      lines.push(line);
      options.onLine?.(line);
    };
    return new Promise((resolve) => {
      const spawn = (): void => {
        const pid = this.#nextPid();
        say(restartStarted(pid));
        this.#dispatch({ type: 'start', pid });
        resolve(lines);
      };
      const status = this.#state.status;
      if (status === 'down' || status === 'crashed') return spawn();
      if (options.immediately === true || status === 'starting') {
        this.#dispatch({ type: 'kill' });
        return spawn();
      }
      this.#dispatch({ type: 'stop' });
      this.#later(this.#options.restartWaitMs ?? 2000, () => {
        say(RESTART_SIGNALLED);
        if (this.#state.status === 'down' || this.#state.status === 'crashed') spawn();
        else this.#stoppedWaiters.push(spawn);
      });
    });
  }

  /** `show route` as data, or the error Junos prints while rpd is not running (9.A9). */
  showRoute(query: ShowRouteQuery = {}): ShowRouteResult {
    const rib = this.#state.rib;
    if (rib === undefined || (this.#state.status !== 'up' && this.#state.status !== 'stopping')) {
      return { ok: false, error: { code: 'routing-not-running', message: ROUTING_NOT_RUNNING } };
    }
    return queryRoutes(rib, query, this.#options.clock.now());
  }

  /** Cancels timers and stops listening to the kernel (the RE is going away). */
  dispose(): void {
    for (const timer of this.#timers) timer.cancel();
    this.#timers.clear();
    this.#unsubscribe();
  }
}
