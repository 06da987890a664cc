/**
 * chassisd's mastership runner for one RE: feeds events to the pure machine
 * (mastership-machine.ts) one at a time and performs the effects it returns.
 *
 * Owns the edge: the clock (timers), the internal link (PeerLink), the log lines (formatted
 * with the RE's host name when written, a bounded history per file), and the listeners the
 * router uses (role changes, every effect). It decides nothing itself.
 *
 * Run to completion: an event raised while another is being handled (a message the other RE
 * sends back during a synchronous `send`, a listener calling in) is queued and handled after
 * it, never inside it. The state is replaced before the effects of a step are performed, so a
 * queued event always sees the result of the one before.
 */
import type { Clock, Timer } from '../../lib/clock.js';
import type {
  ActiveAlarm,
  LogRecord,
  MastershipAction,
  MastershipEffect,
  MastershipEvent,
  MastershipReply,
  MastershipRequest,
  PeerMessage,
  RequestPrompt,
  Role,
  Slot,
  TimerName,
} from './mastership-events.js';
import { DEFAULT_PIDS, formatLogRecord, type LogIdentity } from './log-lines.js';
import { step } from './mastership-machine.js';
import { prepareRequest } from './mastership-requests.js';
import { initialState, type MastershipState } from './mastership-state.js';
import { ELECTION_PENDING } from './mastership-texts.js';
import type { PeerLink } from './peer-link.js';
import type { RedundancyConfig } from './redundancy-config.js';
import { routingEngineStatus, type RoutingEngineSlotStatus } from './re-status.js';
import { switchoverInformation, type SwitchoverAnswer } from './switchover-info.js';

type WithoutTime<E> = E extends unknown ? Omit<E, 'at'> : never;
/** An event as handed to the runner: it adds the time. */
export type ChassisdInput = WithoutTime<MastershipEvent>;

export interface RoleChange {
  readonly from: Role;
  readonly to: Role;
  readonly reason: Extract<MastershipEffect, { type: 'role-changed' }>['reason'];
  readonly graceful: boolean;
  readonly at: number;
}

export interface ChassisdOptions {
  readonly slot: Slot;
  readonly clock: Clock;
  readonly link: PeerLink;
  /** FPC slots that restart on a switchover without GRES (from the chassis model). */
  readonly fpcSlots?: readonly number[];
  /** The RE's host name at the time a line is written (default `re0`/`re1`). */
  readonly hostName?: () => string;
  readonly pids?: LogIdentity['pids'];
  /** Lines kept per log file (default 1000, oldest dropped first). */
  readonly logLimit?: number;
}

export interface BootOptions {
  /** An RE is in the other slot (the chassis knows from hardware). */
  readonly peerPresent: boolean;
}

export class Chassisd {
  readonly slot: Slot;
  readonly #clock: Clock;
  readonly #link: PeerLink;
  readonly #hostName: () => string;
  readonly #pids: LogIdentity['pids'];
  readonly #logLimit: number;
  #state: MastershipState;
  readonly #queue: ChassisdInput[] = [];
  #busy = false;
  readonly #timers = new Map<TimerName, Timer>();
  readonly #messages: string[] = [];
  readonly #mastership: string[] = [];
  readonly #roleListeners = new Set<(change: RoleChange) => void>();
  readonly #effectListeners = new Set<(effect: MastershipEffect, at: number) => void>();
  #onReply: ((reply: MastershipReply) => void) | undefined;

  constructor(options: ChassisdOptions) {
    this.slot = options.slot;
    this.#clock = options.clock;
    this.#link = options.link;
    this.#hostName = options.hostName ?? ((): string => `re${options.slot}`);
    this.#pids = options.pids ?? DEFAULT_PIDS;
    this.#logLimit = options.logLimit ?? 1000;
    this.#state = initialState(options.slot, { fpcSlots: options.fpcSlots ?? [] });
  }

  // --- what the router and the CLI read ---

  get role(): Role {
    return this.#state.role;
  }

  /** The machine's state (read only; replaced, never changed in place, by each event). */
  get state(): Readonly<MastershipState> {
    return this.#state;
  }

  get alarms(): readonly ActiveAlarm[] {
    return this.#state.alarms;
  }

  /** This daemon's lines of `/var/log/messages`, oldest first. */
  get log(): readonly string[] {
    return this.#messages;
  }

  /** `/var/log/mastership`, oldest first. */
  get mastershipLog(): readonly string[] {
    return this.#mastership;
  }

  routingEngineStatus(): RoutingEngineSlotStatus[] {
    return routingEngineStatus(this.#state);
  }

  switchoverInformation(): SwitchoverAnswer {
    return switchoverInformation(this.#state, this.#clock.now());
  }

  /** Calls `listener` after every role change; returns a function that stops it. */
  onRoleChange(listener: (change: RoleChange) => void): () => void {
    this.#roleListeners.add(listener);
    return () => this.#roleListeners.delete(listener);
  }

  /** Calls `listener` with every effect once performed (alarms, FPCs, log records ...). */
  onEffect(listener: (effect: MastershipEffect, at: number) => void): () => void {
    this.#effectListeners.add(listener);
    return () => this.#effectListeners.delete(listener);
  }

  // --- what happens to this RE ---

  boot(config: RedundancyConfig, options: BootOptions): void {
    this.#dispatch({ type: 'boot', config, peerPresent: options.peerPresent });
  }

  /** This RE halts, reboots or loses power: no more keepalives, timers or decisions. */
  halt(): void {
    this.#dispatch({ type: 'halt' });
  }

  /** A message from the other RE (called by the internal link). */
  receive(message: PeerMessage): void {
    this.#dispatch({ type: 'message', message });
  }

  commit(config: RedundancyConfig): void {
    this.#dispatch({ type: 'commit', config });
  }

  peerInserted(): void {
    this.#dispatch({ type: 'peer-inserted' });
  }

  peerRemoved(): void {
    this.#dispatch({ type: 'peer-removed' });
  }

  linkDown(): void {
    this.#dispatch({ type: 'link-down' });
  }

  linkUp(): void {
    this.#dispatch({ type: 'link-up' });
  }

  /** This RE's own disk fails. */
  diskFailure(): void {
    this.#dispatch({ type: 'disk-failure' });
  }

  /** What the CLI prints before its question, or the refusal instead of it. */
  prepare(action: MastershipAction): RequestPrompt {
    return prepareRequest(this.#state, action);
  }

  /** A confirmed (or `no-confirm`, or `check`) mastership request; answers at once. */
  request(request: MastershipRequest): MastershipReply {
    if (this.#busy) throw new Error('chassisd: a mastership request cannot be made while an event is being handled');
    let reply: MastershipReply | undefined;
    this.#onReply = (answer) => {
      reply = answer;
    };
    try {
      this.#dispatch({ type: 'request', request });
    } finally {
      this.#onReply = undefined;
    }
    return reply ?? { ok: false, lines: [ELECTION_PENDING] };
  }

  // --- the loop ---

  #dispatch(input: ChassisdInput): void {
    this.#queue.push(input);
    if (this.#busy) return;
    this.#busy = true;
    try {
      for (let next = this.#queue.shift(); next !== undefined; next = this.#queue.shift()) this.#handle(next);
    } finally {
      this.#busy = false;
    }
  }

  #handle(input: ChassisdInput): void {
    const at = this.#clock.now();
    const { state, effects } = step(this.#state, { ...input, at });
    this.#state = state;
    for (const effect of effects) this.#perform(effect, at);
  }

  #perform(effect: MastershipEffect, at: number): void {
    switch (effect.type) {
      case 'send':
        this.#link.send(effect.message);
        break;
      case 'set-timer': {
        this.#timers.get(effect.timer)?.cancel();
        const timer = effect.timer;
        this.#timers.set(timer, this.#clock.setTimer(Math.max(0, effect.at - at), () => this.#dispatch({ type: 'timer', timer })));
        break;
      }
      case 'cancel-timer':
        this.#timers.get(effect.timer)?.cancel();
        this.#timers.delete(effect.timer);
        break;
      case 'log':
        this.#write(effect.record);
        break;
      case 'reply':
        this.#onReply?.(effect.reply);
        break;
      case 'role-changed': {
        const change: RoleChange = { from: effect.from, to: effect.to, reason: effect.reason, graceful: effect.graceful, at };
        for (const listener of [...this.#roleListeners]) listener(change);
        break;
      }
      case 'alarm-set':
      case 'alarm-cleared':
      case 'fpcs-offline':
      case 'fpcs-online':
        break;
    }
    for (const listener of [...this.#effectListeners]) listener(effect, at);
  }

  #write(record: LogRecord): void {
    const lines = record.file === 'mastership' ? this.#mastership : this.#messages;
    lines.push(formatLogRecord(record, { hostName: this.#hostName(), pids: this.#pids }));
    if (lines.length > this.#logLimit) lines.splice(0, lines.length - this.#logLimit);
  }
}
