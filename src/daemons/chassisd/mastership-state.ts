/**
 * The state of one RE's mastership machine, and the working copy a step edits.
 *
 * Owns the shape of the state, its initial value and `Transition`: a private copy of the state
 * plus the effects a step has produced so far, with the small helpers every step uses (timers,
 * log lines, keepalives). `step` (mastership-machine.ts) builds one Transition per event and
 * returns its state and effects; the input state is never modified.
 */
import type { ActiveAlarm, ConfiguredRole, LogFile, LogProcess, MastershipEffect, PeerMessage, Role, Slot, TimerName } from './mastership-events.js';
import { DEFAULT_REDUNDANCY, preferredRole, type RedundancyConfig } from './redundancy-config.js';

/** Keepalives go out every second (spec §3.3). */
export const KEEPALIVE_INTERVAL_MS = 1000;
/**
 * [U] No keepalive for this long: the other RE counts as not communicating (master: the alarm
 * `Loss of communication with Backup RE`; both: the slot shows `Present`). 4 s puts the alarm
 * 4 s after a halt, as in procedure 5.3 (→ 9.B22).
 */
export const PEER_SILENCE_MS = 4000;
/** [U] At boot, an RE that prefers master waits this long to hear whether the other RE is master. */
export const ELECTION_WAIT_MS = 2000;
/** Successive GRES switchovers must be 240 s apart once both REs are up (spec §4.1, §4.5). */
export const GRES_SPACING_MS = 240_000;
/** `/var/log/mastership` gets a line this often while the master's keepalives are missing (spec §3.3). */
export const SILENCE_REPORT_MS = 20_000;
/** [U] After a failover, alarms are updated this much later (procedure 7.7: alarms 1 s after takeover). */
export const ALARM_HOLD_MS = 1000;
/** FPCs restarted by a switchover without GRES are back online after this long (→ 9.B9). */
export const FPC_RESTART_MS = 60_000;
/** [U] With GRES, the backup's kernel database reads `Synchronizing` this long after replication starts. */
export const KERNEL_SYNC_MS = 5000;

export type Phase = 'down' | 'electing' | 'running';

export interface PeerState {
  /** An RE is in the other slot (hardware presence). */
  present: boolean;
  /** Keepalives arrive (the last one less than PEER_SILENCE_MS ago). */
  communicating: boolean;
  /**
   * There is another RE this one should be talking to: it was in its slot when this RE booted,
   * or it has sent keepalives since. An RE inserted later counts once it talks.
   */
  expected: boolean;
  lastKeepaliveAt: number | undefined;
  /** When keepalives started arriving again after a silence (or after boot). */
  communicatingSince: number | undefined;
  /** As last advertised in its keepalives. */
  role: Role | undefined;
  preference: ConfiguredRole | undefined;
  bootedAt: number | undefined;
  masterSince: number | undefined;
  diskFailed: boolean;
}

export interface MastershipState {
  readonly slot: Slot;
  /** FPC slots restarted by a switchover without GRES (from the chassis model). */
  readonly fpcSlots: readonly number[];
  phase: Phase;
  role: Role;
  config: RedundancyConfig;
  bootedAt: number | undefined;
  masterSince: number | undefined;
  /** The last time this RE's role changed between master and not master (not the boot election). */
  lastSwitchoverAt: number | undefined;
  /** Backup: the last keepalive from a master, or when this RE became backup. */
  lastMasterKeepaliveAt: number | undefined;
  /** Backup: when the current failover delay was put in place (becoming backup, or a commit changing it). */
  failoverArmedAt: number | undefined;
  /** When graceful-switchover was last turned on (starts kernel replication). */
  gresSince: number | undefined;
  linkUp: boolean;
  diskFailed: boolean;
  peer: PeerState;
  /** Deadline of every running timer (undefined: not running). */
  timers: Record<TimerName, number | undefined>;
  alarms: ActiveAlarm[];
  /** Alarms are not updated before this time (the pause after a failover). */
  alarmHoldUntil: number | undefined;
}

export const TIMER_NAMES: readonly TimerName[] = ['keepalive', 'election', 'peer-silence', 'failover', 'silence-report', 'alarm-hold', 'fpc-online'];

/** Every timer stopped. A fixed shape (no `delete`) keeps copying a state cheap. */
function noTimers(): Record<TimerName, number | undefined> {
  return {
    keepalive: undefined,
    election: undefined,
    'peer-silence': undefined,
    failover: undefined,
    'silence-report': undefined,
    'alarm-hold': undefined,
    'fpc-online': undefined,
  };
}

function initialPeer(): PeerState {
  return {
    present: false,
    communicating: false,
    expected: false,
    lastKeepaliveAt: undefined,
    communicatingSince: undefined,
    role: undefined,
    preference: undefined,
    bootedAt: undefined,
    masterSince: undefined,
    diskFailed: false,
  };
}

export interface InitialStateOptions {
  readonly fpcSlots?: readonly number[];
  readonly config?: RedundancyConfig;
}

/** An RE that has not booted yet. */
export function initialState(slot: Slot, options: InitialStateOptions = {}): MastershipState {
  return {
    slot,
    fpcSlots: options.fpcSlots ?? [],
    phase: 'down',
    role: 'none',
    config: options.config ?? DEFAULT_REDUNDANCY,
    bootedAt: undefined,
    masterSince: undefined,
    lastSwitchoverAt: undefined,
    lastMasterKeepaliveAt: undefined,
    failoverArmedAt: undefined,
    gresSince: undefined,
    linkUp: true,
    diskFailed: false,
    peer: initialPeer(),
    timers: noTimers(),
    alarms: [],
    alarmHoldUntil: undefined,
  };
}

/** The state right after a (re)boot: only the slot, the FPC list and the link carrier survive. */
export function bootedState(previous: MastershipState, config: RedundancyConfig, at: number): MastershipState {
  const state = initialState(previous.slot, { fpcSlots: previous.fpcSlots, config });
  state.linkUp = previous.linkUp;
  state.bootedAt = at;
  state.gresSince = config.gracefulSwitchover ? at : undefined;
  return state;
}

/** A copy a step may edit (field by field: object spread is several times slower here). */
function copyState(s: MastershipState): MastershipState {
  const p = s.peer;
  const t = s.timers;
  return {
    slot: s.slot,
    fpcSlots: s.fpcSlots,
    phase: s.phase,
    role: s.role,
    config: s.config,
    bootedAt: s.bootedAt,
    masterSince: s.masterSince,
    lastSwitchoverAt: s.lastSwitchoverAt,
    lastMasterKeepaliveAt: s.lastMasterKeepaliveAt,
    failoverArmedAt: s.failoverArmedAt,
    gresSince: s.gresSince,
    linkUp: s.linkUp,
    diskFailed: s.diskFailed,
    peer: {
      present: p.present,
      communicating: p.communicating,
      expected: p.expected,
      lastKeepaliveAt: p.lastKeepaliveAt,
      communicatingSince: p.communicatingSince,
      role: p.role,
      preference: p.preference,
      bootedAt: p.bootedAt,
      masterSince: p.masterSince,
      diskFailed: p.diskFailed,
    },
    timers: {
      keepalive: t.keepalive,
      election: t.election,
      'peer-silence': t['peer-silence'],
      failover: t.failover,
      'silence-report': t['silence-report'],
      'alarm-hold': t['alarm-hold'],
      'fpc-online': t['fpc-online'],
    },
    alarms: s.alarms.slice(),
    alarmHoldUntil: s.alarmHoldUntil,
  };
}

/** One step's working copy of the state and the effects produced so far. */
export class Transition {
  readonly state: MastershipState;
  readonly effects: MastershipEffect[] = [];
  readonly at: number;

  constructor(state: MastershipState, at: number) {
    this.state = copyState(state);
    this.at = at;
  }

  /** The role this RE aims for under its current configuration. */
  get preference(): ConfiguredRole {
    return preferredRole(this.state.config, this.state.slot);
  }

  emit(effect: MastershipEffect): void {
    this.effects.push(effect);
  }

  log(process: LogProcess, text: string, file: LogFile = 'messages'): void {
    this.emit({ type: 'log', record: { at: this.at, file, process, text } });
  }

  setTimer(timer: TimerName, at: number): void {
    this.state.timers[timer] = at;
    this.emit({ type: 'set-timer', timer, at });
  }

  cancelTimer(timer: TimerName): void {
    if (this.state.timers[timer] === undefined) return;
    this.state.timers[timer] = undefined;
    this.emit({ type: 'cancel-timer', timer });
  }

  cancelAllTimers(): void {
    for (const timer of TIMER_NAMES) this.cancelTimer(timer);
  }

  send(message: PeerMessage): void {
    this.emit({ type: 'send', message });
  }

  /** Sends a keepalive now, carrying this RE's current role. */
  sendKeepalive(): void {
    const s = this.state;
    this.send({
      type: 'keepalive',
      from: s.slot,
      role: s.role,
      preference: this.preference,
      bootedAt: s.bootedAt ?? this.at,
      masterSince: s.role === 'master' ? s.masterSince : undefined,
    });
  }
}
