/**
 * `RouterView`: everything an operational RPC may ask of the router, seen from the Routing
 * Engine that answers (the one the session is on). The router layer implements it for each of
 * its REs; `testing/fake-router.ts` is an in-memory one for tests.
 *
 * Owns the contract only, and the data types it speaks in. Chassis-model data (model,
 * inventory, RE hardware, installed software) comes from `src/router/models`; the rest is
 * described here because it is what the RPCs need, not how the daemons keep it (chassisd's
 * mastership state, mgd's commit log and the alarm list map onto these types in the router's
 * adapter). Routing, forwarding, interfaces, switchover and mastership speak the daemons' own
 * types (rpd's `ShowRouteResult`, the kernel's `ForwardingQueryResult` and `PhysicalInterface`,
 * chassisd's `SwitchoverAnswer` and `MastershipReply`), so the adapter passes them through.
 * Every method answers from current state, at the time of `now()`; none changes anything but
 * the actions an RPC may take: `requestMastership` (the mastership requests), `writeTmpFile`
 * (`file copy`) and `scheduleShutdown` (`request system reboot | halt | power-off`). RPCs never
 * read a clock of their own.
 */
import type { RoutingEngineSlot } from '../config/groups.js';
import type { ConfigNode } from '../config/node.js';
import type { MastershipAction, MastershipReply, MastershipRequest, RequestPrompt, SwitchoverAnswer } from '../daemons/chassisd/index.js';
import type { ForwardingQueryResult, ForwardingTableQuery, PhysicalInterface } from '../daemons/kernel/index.js';
import type { ShowRouteQuery, ShowRouteResult } from '../daemons/rpd/index.js';
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

/** A text file of an RE's disk (`/var/log/messages`). */
export interface RouterFile {
  /** The content, every line ending with `\n` (empty for an empty file). */
  readonly text: string;
  /** Last modification, ms since the epoch (`junos:seconds`). */
  readonly modified: number;
}

/** The configuration databases `get-configuration` reads. */
export type ConfigurationDatabase = 'committed' | 'candidate';

/** One configuration database of the answering RE. */
export interface ConfigurationView {
  /**
   * The configuration as written: groups not expanded, `version` included where mgd stamped
   * it. Shared with the database: RPCs must not change it.
   */
  readonly tree: ConfigNode;
  /**
   * Committed database: the commit that made it (`## Last commit: <time> by <user>`, the
   * `junos:commit-*` attributes); absent when nothing was ever committed.
   */
  readonly lastCommit?: { readonly time: number; readonly user: string };
  /** Candidate database: when it was last changed (`## Last changed: <time>`), when known. */
  readonly lastChanged?: number;
}

/** An entry of a folder of an RE's disk. */
export interface DiskEntry {
  readonly name: string;
  readonly directory: boolean;
}

/** A file of an RE's disk, as bytes. */
export interface DiskFile {
  readonly bytes: Uint8Array;
  /** When it was last written, ms since the epoch, when the router knows (files it wrote itself). */
  readonly modified?: number;
}

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** `request system reboot | halt | power-off`: how the RE goes down. */
export type ShutdownAction = 'reboot' | 'halt' | 'power-off';

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
   * `show route` from this RE's rpd: the routes, or why there are none to show (rpd not up:
   * `routing-not-running`, as on a backup RE without nonstop-routing; a bad destination).
   */
  showRoute(query: ShowRouteQuery): ShowRouteResult;
  /** `show route forwarding-table` from this RE's kernel. */
  forwardingTable(query: ForwardingTableQuery): ForwardingQueryResult;
  /**
   * This RE's kernel interfaces: its management interface, the line-card ports on the master,
   * lo0. The RE-internal ones (em0, em1, lo0.16384/16385 and the `__juniper_private1__`
   * addresses) are added by the RPC layer (`rpcs/terse-interfaces.ts`).
   */
  interfaces(): readonly PhysicalInterface[];
  /** chassisd's `show system switchover` (on the master: the refusal). */
  switchoverInformation(): SwitchoverAnswer;
  /** What the CLI prints before its mastership question, or the refusal that replaces it. */
  prepareMastershipRequest(action: MastershipAction): RequestPrompt;
  /**
   * A mastership request (`switch`, `acquire`, `release`, with `check`), carried out by this
   * RE's chassisd at once.
   */
  requestMastership(request: MastershipRequest): MastershipReply;
  /**
   * A text file of this RE's disk by absolute path (`/var/log/messages`), undefined when there
   * is none. `/etc/hosts.junos` is the RPC layer's own (`rpcs/hosts-junos.ts`).
   */
  readFile(path: string): RouterFile | undefined;
  /**
   * The folders and files directly in folder `dir` of this RE's disk, sorted by name; empty when
   * there is no such folder (or the disk failed). The RPC layer adds the files that are not on
   * the disk (logs, `/etc/hosts.junos`) and hides the router's own bookkeeping
   * (`rpcs/re-files.ts`).
   */
  listDisk(dir: string): readonly DiskEntry[];
  /** A file of this RE's disk by absolute path, undefined when there is none (or the disk failed). */
  readDiskFile(path: string): DiskFile | undefined;
  /**
   * Writes a file of this RE's disk under `/var/tmp/` (`file copy`), replacing any; refused
   * elsewhere, and when the disk fails (the reason says why).
   */
  writeTmpFile(path: string, bytes: Uint8Array): WriteResult;
  /**
   * `request system reboot | halt | power-off` on this RE: it goes down `delayMs` later on the
   * router's clock (a reboot comes back up at once). Takeover by the other RE is chassisd's
   * business, as for any halt.
   */
  scheduleShutdown(action: ShutdownAction, delayMs: number): void;
  /**
   * The other RE's kernel interfaces while it runs (empty otherwise), as seen over the
   * management LAN, whatever the internal link: `ping` answers from its addresses.
   */
  otherEngineInterfaces(): readonly PhysicalInterface[];
  /**
   * The login name of the session asking, when the front end gives it (`{ ...view, user }`):
   * `file list` and relative paths start from its home folder `/var/home/<user>/`.
   */
  readonly user?: string;
  /** A configuration database of this RE (`candidate`: the shared candidate). */
  configuration(database: ConfigurationDatabase): ConfigurationView;
  /**
   * The view of the RE in `slot` over the internal link (`invoke-on`), or the reason it cannot
   * be reached (`No route to host`). Only asked about the other slot.
   */
  peer(slot: RoutingEngineSlot): PeerLookup;
}
