/**
 * The vocabulary of one Routing Engine's mastership machine: what it is told (events), what it
 * tells the other RE (peer messages) and what it asks the world to do (effects).
 *
 * Owns the types only. The decisions are in `mastership-machine.ts` and the modules it calls;
 * the runner that turns effects into timers, link messages and listener calls is `chassisd.ts`.
 * Every event carries `at`, the time (ms since the epoch) at which the runner handles it: the
 * machine never reads a clock.
 */
import type { RedundancyConfig } from './redundancy-config.js';

/** A Routing Engine slot of a single chassis. */
export type Slot = 0 | 1;

/**
 * The running role of an RE. `none`: not booted, halted, or booted but not elected yet.
 * `disabled`: configured `routing-engine N disabled`; runs, talks, never becomes master.
 */
export type Role = 'master' | 'backup' | 'disabled' | 'none';

/** A role as written in `chassis redundancy routing-engine N (master | backup | disabled)`. */
export type ConfiguredRole = 'master' | 'backup' | 'disabled';

export type MastershipAction = 'switch' | 'acquire' | 'release';

/** `request chassis routing-engine master <action> [check] [no-confirm]`, once confirmed. */
export interface MastershipRequest {
  readonly action: MastershipAction;
  /** `check`: only report whether a switch could be made now; nothing changes. */
  readonly check?: boolean;
  /** `no-confirm`: no question was asked. It does not change the decision. */
  readonly noConfirm?: boolean;
}

/**
 * The answer to a request: the lines printed after the answered question (the CLI prints the
 * empty line that follows the answer itself), or the only lines when nothing was asked.
 */
export interface MastershipReply {
  readonly ok: boolean;
  readonly lines: readonly string[];
}

/** What the CLI prints before the question, or the refusal that replaces the question. */
export type RequestPrompt =
  | { readonly kind: 'confirm'; readonly warning: string | undefined; readonly question: string }
  | { readonly kind: 'refused'; readonly lines: readonly string[] };

/** Messages over the internal link between the two REs' chassisd. */
export type PeerMessage =
  | {
      readonly type: 'keepalive';
      readonly from: Slot;
      readonly role: Role;
      /** The sender's own preferred role (its configuration, or the slot default). */
      readonly preference: ConfiguredRole;
      readonly bootedAt: number;
      /** When the sender became master (only while it is master). */
      readonly masterSince: number | undefined;
    }
  /** "You are master now": the sender released mastership (switch or release typed on it). */
  | { readonly type: 'mastership-handoff'; readonly from: Slot; readonly action: MastershipAction }
  /** "I am master now, step down": the sender took mastership (acquire/switch typed on it, a failover, a conflict won). */
  | { readonly type: 'mastership-taken'; readonly from: Slot; readonly action: MastershipAction | 'failover' | 'disk-failure' | 'conflict' }
  /** The sender found its own disk failing. */
  | { readonly type: 'disk-failure'; readonly from: Slot };

export type TimerName =
  /** Send the next keepalive (every second from boot). */
  | 'keepalive'
  /** Boot: stop waiting for the other RE and take mastership. */
  | 'election'
  /** No keepalive for PEER_SILENCE_MS: the other RE counts as not communicating. */
  | 'peer-silence'
  /** Backup: the failover time after the last keepalive from a master has passed. */
  | 'failover'
  /** Backup: the next 20-second `/var/log/mastership` line while the master is silent. */
  | 'silence-report'
  /** The end of the one-second pause between a failover takeover and the alarm update. */
  | 'alarm-hold'
  /** FPCs restarted by a switchover without GRES come back online. */
  | 'fpc-online';

export type MastershipEvent =
  | { readonly type: 'boot'; readonly at: number; readonly config: RedundancyConfig; readonly peerPresent: boolean }
  /** This RE halts, reboots or loses power: everything stops (a later `boot` starts afresh). */
  | { readonly type: 'halt'; readonly at: number }
  | { readonly type: 'timer'; readonly at: number; readonly timer: TimerName }
  | { readonly type: 'message'; readonly at: number; readonly message: PeerMessage }
  /** Hardware presence of the other RE (inserted in, or removed from, its slot). */
  | { readonly type: 'peer-inserted'; readonly at: number }
  | { readonly type: 'peer-removed'; readonly at: number }
  /** The internal link's carrier (informational: failover decisions come from keepalives). */
  | { readonly type: 'link-down'; readonly at: number }
  | { readonly type: 'link-up'; readonly at: number }
  /** This RE found its own disk failing. */
  | { readonly type: 'disk-failure'; readonly at: number }
  /** A commit changed the redundancy settings (it never moves mastership by itself). */
  | { readonly type: 'commit'; readonly at: number; readonly config: RedundancyConfig }
  | { readonly type: 'request'; readonly at: number; readonly request: MastershipRequest };

/** Why a role changed; also worded into the log lines. */
export type MastershipReason =
  | { readonly kind: 'election' }
  /** The other slot is empty at boot, or the other RE was removed (spec §3.2). */
  | { readonly kind: 'lone' }
  | { readonly kind: 'peer-removed' }
  | { readonly kind: 'keepalive-timeout'; readonly seconds: number }
  /** A request typed on this RE (`by: 'local'`) or on the other one (`by: 'peer'`). */
  | { readonly kind: 'request'; readonly action: MastershipAction; readonly by: 'local' | 'peer' }
  | { readonly kind: 'disk-failure'; readonly slot: Slot }
  /** Both REs were master (after a cut internal link): the later master keeps it. */
  | { readonly kind: 'conflict' }
  | { readonly kind: 'configuration' }
  | { readonly kind: 'halt' };

export type LogFile = 'messages' | 'mastership';
export type LogProcess = 'kernel' | 'chassisd' | 'alarmd' | 'craftd';

/** One log line, before the time stamp, host name and process id are put in front of it. */
export interface LogRecord {
  readonly at: number;
  /** `/var/log/messages` or `/var/log/mastership`. */
  readonly file: LogFile;
  readonly process: LogProcess;
  readonly text: string;
}

export type AlarmId = 'backup-re-active' | 'loss-of-communication' | 'disk-failure-re0' | 'disk-failure-re1';

export interface ActiveAlarm {
  readonly id: AlarmId;
  /** `Minor` (yellow) or `Major` (red), as in `show chassis alarms`. */
  readonly severity: 'Minor' | 'Major';
  readonly description: string;
  /** When it was raised (the `Alarm time` column). */
  readonly since: number;
}

export type MastershipEffect =
  | { readonly type: 'send'; readonly message: PeerMessage }
  /** Start (or move) the named timer so that it fires at `at`. */
  | { readonly type: 'set-timer'; readonly timer: TimerName; readonly at: number }
  | { readonly type: 'cancel-timer'; readonly timer: TimerName }
  /**
   * The role changed. The router acts on it: master-only addresses, rpd (per NSR), the
   * `{master}`/`{backup}` banner, and so on.
   */
  | {
      readonly type: 'role-changed';
      readonly from: Role;
      readonly to: Role;
      readonly reason: MastershipReason;
      /** Graceful switchover was on: the PFEs keep forwarding. */
      readonly graceful: boolean;
    }
  | { readonly type: 'alarm-set'; readonly alarm: ActiveAlarm }
  | { readonly type: 'alarm-cleared'; readonly alarm: ActiveAlarm }
  | { readonly type: 'log'; readonly record: LogRecord }
  /** A switchover without GRES restarts the FPCs; they come back online 60 s later. */
  | { readonly type: 'fpcs-offline'; readonly slots: readonly number[] }
  | { readonly type: 'fpcs-online'; readonly slots: readonly number[] }
  | { readonly type: 'reply'; readonly reply: MastershipReply };

export const otherSlot = (slot: Slot): Slot => (slot === 0 ? 1 : 0);
