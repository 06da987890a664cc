/**
 * `RouterView`: everything an operational RPC may ask of the router, seen from the Routing
 * Engine that answers (the one the session is on). The router layer implements it for each of
 * its REs; `testing/fake-router-view.ts` is an in-memory one for tests.
 *
 * Owns the contract only, and the data types it speaks in. Chassis-model data (model,
 * inventory, RE hardware, installed software) comes from `src/router/models`; the rest is
 * described here because it is what the RPCs need, not how the daemons keep it (chassisd's
 * mastership state, mgd's commit log and the alarm list map onto these types in the router's
 * adapter). Every method answers from current state, at the time of `now()`; none changes
 * anything. RPCs never read a clock of their own.
 */
import type { RoutingEngineSlot } from '../config/groups.js';
import type { ChassisModel, InstalledSoftware } from '../router/models/chassis-model.js';
import type { ChassisInventory } from '../router/models/inventory.js';
import type { CpuUtilization } from '../router/models/simulated-stats.js';

export type { RoutingEngineSlot } from '../config/groups.js';
export type { CpuUtilization } from '../router/models/simulated-stats.js';

/** The role of an RE that is up. */
export type Role = 'master' | 'backup';

/**
 * `Current state` of a slot: an RE that is up is `master` or `backup`; `present` is an RE in
 * its slot that is not running (halted, powered off, booting); `empty` is a slot without an RE;
 * `disabled` is an RE configured `disabled` (spec §2.2, §3).
 */
export type MastershipState = Role | 'present' | 'empty' | 'disabled';

/** `Election priority`: the configured role, or the default one (`Master (default)`). */
export interface ElectionPriority {
  readonly role: Role | 'disabled';
  /** True when `chassis redundancy routing-engine N` is not configured for the slot. */
  readonly byDefault: boolean;
}

/** The status block of one RE slot (`show chassis routing-engine`). */
export interface RoutingEngineStatus {
  readonly slot: RoutingEngineSlot;
  readonly state: MastershipState;
  readonly electionPriority: ElectionPriority;
  /** The RE's figures; absent for `present` and `empty` slots, whose block is the state line. */
  readonly details?: RoutingEngineDetails;
}

export interface RoutingEngineDetails {
  /** `RE-S-1800x4`. */
  readonly model: string;
  readonly serialNumber: string;
  readonly temperatureC: number;
  readonly cpuTemperatureC: number;
  readonly dramMb: number;
  readonly installedMb: number;
  readonly memoryUtilization: number;
  /** 5 s sample, then 1, 5 and 15 minutes on the master only. */
  readonly cpu: readonly CpuUtilization[];
  /** When the RE last booted, ms since the epoch (`Start time`; `Uptime` counts from it). */
  readonly startTime: number;
  /** `Router rebooted after a normal shutdown.`, `0x1:power cycle/failure`. */
  readonly lastRebootReason: string;
  readonly loadAverages: readonly [number, number, number];
}

/** `system` commits clients as `show system commit` names them. */
export type CommitClient = 'cli' | 'netconf' | 'junoscript' | 'other' | 'button' | 'autoinstall' | 'snmp';

/** One commit of this RE's history (`show system commit`), newest first in the list. */
export interface CommitHistoryEntry {
  readonly user: string;
  readonly client: CommitClient;
  /** ms since the epoch. */
  readonly time: number;
  /** System text after the method: `commit confirmed, rollback in 10mins`. */
  readonly comment?: string;
  /** The user's commit comment (`commit comment "…"`), on its own line in the text. */
  readonly log?: string;
  /** A `commit confirmed` still waiting for its confirmation. */
  readonly confirmationPending?: boolean;
}

/** One active alarm (`show chassis alarms`). */
export interface ChassisAlarm {
  /** When it was raised, ms since the epoch. */
  readonly time: number;
  readonly class: 'Major' | 'Minor';
  /** `Loss of communication with Backup RE`. */
  readonly description: string;
  /** `<alarm-short-description>`, XML only. */
  readonly shortDescription: string;
  /** `<alarm-type>`, XML only: `Chassis`, `Configuration`, … */
  readonly type: string;
}

/** Another RE as reached over the internal link, or why it could not be. */
export type PeerLookup = { readonly ok: true; readonly view: RouterView } | { readonly ok: false; readonly reason: string };

export interface RouterView {
  /** The RE answering. */
  readonly slot: RoutingEngineSlot;
  /** The router's clock, ms since the epoch. */
  now(): number;
  /** This RE's current role. */
  role(): Role;
  model(): ChassisModel;
  /** This RE's configured host name (its group's `system host-name`), if any. */
  hostName(): string | undefined;
  /** What this RE runs. */
  software(): InstalledSoftware;
  /** The chassis inventory (only REs in their slots). */
  inventory(): ChassisInventory;
  /** Both slots, re0 first. */
  routingEngines(): readonly RoutingEngineStatus[];
  /** This RE's commit history, newest first (at most 50 entries). */
  commitHistory(): readonly CommitHistoryEntry[];
  /** Active chassis alarms, in the order to display (newest first). */
  alarms(): readonly ChassisAlarm[];
  /**
   * The view of the RE in `slot` over the internal link (`invoke-on`), or the reason it cannot
   * be reached (`No route to host`). Only asked about the other slot.
   */
  peer(slot: RoutingEngineSlot): PeerLookup;
}
