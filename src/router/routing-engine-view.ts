/**
 * What can be read of one Routing Engine: the plain, read-only API the RPC layer, the front ends
 * and the fault API's state report use (`RoutingEngine` extends this class with the actions).
 *
 * Owns nothing but answers from the RE's daemons and its power state, at the clock's now:
 * role, host name, software, commit history, alarms, both slots' status as this RE sees them,
 * `show system switchover`, the logs, the kernel's forwarding table and interfaces, rpd's
 * routes, the committed configuration, the figures of `show chassis routing-engine`, and the
 * files of its disk (read-only: a failed disk reads as empty, `readDiskFile`). An RE
 * that is not running answers as a dead one would: no role (`none`), empty history, no alarms,
 * `the routing subsystem is not running`. Callers must not change what they are given.
 */
import type { ConfigNode } from '../config/node.js';
import type { RoutingEngineSlot } from '../config/groups.js';
import type { Clock } from '../lib/clock.js';
import { DiskError, type Disk } from '../lib/disk.js';
import type { ActiveAlarm, Chassisd, Role, RoutingEngineSlotStatus, SwitchoverAnswer } from '../daemons/chassisd/index.js';
import type { ForwardingQueryResult, ForwardingTableQuery, Kernel, PhysicalInterface } from '../daemons/kernel/index.js';
import type { CommitEntry, ConfigDatabase } from '../daemons/mgd/index.js';
import { ROUTING_NOT_RUNNING, type Rpd, type ShowRouteQuery, type ShowRouteResult } from '../daemons/rpd/index.js';
import type { BootStage } from './boot-stages.js';
import { MessagesLog } from './messages-log.js';
import type { ChassisModel, InstalledSoftware } from './models/chassis-model.js';
import { routingEngineFigures, type RoutingEngineFigures } from './re-figures.js';

/** `running`: powered and booted (or booting); `halted`: in its slot, not running; `removed`: the slot is empty. */
export type PowerState = 'running' | 'halted' | 'removed';

export type ReResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** The mutable state shared by the view and the RE (internal to the router layer). */
export interface EngineState {
  power: PowerState;
  stage: BootStage;
  database: ConfigDatabase | undefined;
  rpd: Rpd | undefined;
  startTime: number | undefined;
  lastRebootReason: string;
  /** `system host-name` of this RE's expanded configuration. */
  hostName: string | undefined;
  /** `routing-options nonstop-routing` is configured. */
  nsr: boolean;
  commitDelayMs: number;
  /** The rpd fail-to-start fault (kept across reboots). */
  rpdFailToStart: boolean;
}

export interface ViewOptions {
  readonly slot: RoutingEngineSlot;
  readonly model: ChassisModel;
  readonly routerName: string;
  readonly clock: Clock;
  readonly disk: Disk;
  readonly state: EngineState;
  readonly chassisd: Chassisd;
  readonly kernel: Kernel;
  /** The host name written in log lines. */
  readonly hostName: () => string;
  readonly serialFor?: (path: string, derived: string) => string;
  readonly logLimit?: number;
}

export class RoutingEngineView {
  readonly slot: RoutingEngineSlot;
  readonly slotNumber: 0 | 1;
  readonly otherSlot: RoutingEngineSlot;
  readonly model: ChassisModel;
  readonly routerName: string;
  /** `fxp0`, or `re0:mgmt-0` / `re1:mgmt-0` on Junos OS Evolved. */
  readonly managementInterface: string;
  /** `/var/log/messages`. */
  readonly log: MessagesLog;
  readonly chassisd: Chassisd;
  readonly kernel: Kernel;
  protected readonly state: EngineState;
  protected disk: Disk;
  /** When each file written through `RoutingEngine.writeDiskFile` was written (this process only). */
  protected readonly fileTimes = new Map<string, number>();
  readonly #clock: Clock;
  readonly #serialFor: ((path: string, derived: string) => string) | undefined;
  readonly #powerListeners = new Set<(power: PowerState) => void>();

  constructor(options: ViewOptions) {
    this.slot = options.slot;
    this.slotNumber = options.slot === 're0' ? 0 : 1;
    this.otherSlot = options.slot === 're0' ? 're1' : 're0';
    this.model = options.model;
    this.routerName = options.routerName;
    this.managementInterface = options.model.managementInterface(options.slot);
    this.log = new MessagesLog(options.clock, options.hostName, options.logLimit);
    this.chassisd = options.chassisd;
    this.kernel = options.kernel;
    this.state = options.state;
    this.disk = options.disk;
    this.#clock = options.clock;
    this.#serialFor = options.serialFor;
  }

  get power(): PowerState {
    return this.state.power;
  }

  get stage(): BootStage {
    return this.state.stage;
  }

  /** chassisd's role: `master`, `backup`, `disabled`, or `none` (not running, or not elected yet). */
  get role(): Role {
    return this.state.power === 'running' ? this.chassisd.role : 'none';
  }

  /** Booted: dcd has run, and on the master rpd is up. */
  get ready(): boolean {
    if (this.state.power !== 'running' || this.state.stage !== 'up') return false;
    return this.role !== 'master' || this.state.rpd?.status() === 'up';
  }

  /** This RE's configured host name (`system host-name` as it expands here), if any. */
  get hostName(): string | undefined {
    return this.state.hostName;
  }

  get software(): InstalledSoftware {
    return this.model.software;
  }

  /** `17.3R1.10` on MX, `22.4R3.25-EVO` on the PTX10008. */
  get softwareVersion(): string {
    return this.model.software.junosVersion;
  }

  /** mgd's configuration database while the RE runs (sessions: from the `mgd` stage on). */
  get database(): ConfigDatabase | undefined {
    return this.state.database;
  }

  get rpd(): Rpd | undefined {
    return this.state.rpd;
  }

  get startTime(): number | undefined {
    return this.state.startTime;
  }

  get uptimeMs(): number | undefined {
    return this.state.startTime === undefined || this.state.power !== 'running' ? undefined : this.#clock.now() - this.state.startTime;
  }

  get lastRebootReason(): string {
    return this.state.lastRebootReason;
  }

  get commitDelayMs(): number {
    return this.state.commitDelayMs;
  }

  get rpdFailToStart(): boolean {
    return this.state.rpdFailToStart;
  }

  get diskFailed(): boolean {
    return this.disk.failed;
  }

  /** `show system commit`: newest first. */
  commitHistory(): readonly CommitEntry[] {
    return this.state.database?.history ?? [];
  }

  /** The committed configuration as written (groups and all). */
  committed(): ConfigNode | undefined {
    return this.state.database?.committed;
  }

  /** The committed configuration as this RE applies it. */
  expanded(): ConfigNode | undefined {
    return this.state.database?.expanded;
  }

  /** chassisd's active alarms on this RE. */
  alarms(): readonly ActiveAlarm[] {
    return this.state.power === 'running' ? this.chassisd.alarms : [];
  }

  /** Both slots as this RE sees them (`Current state`, `Election priority`). */
  routingEngineStatus(): RoutingEngineSlotStatus[] {
    return this.chassisd.routingEngineStatus();
  }

  /** `show system switchover`. */
  switchoverInformation(): SwitchoverAnswer {
    return this.chassisd.switchoverInformation();
  }

  /** `/var/log/messages`, oldest first. */
  messages(): readonly string[] {
    return this.log.lines;
  }

  /** `/var/log/mastership`, oldest first. */
  mastershipLog(): readonly string[] {
    return this.chassisd.mastershipLog;
  }

  /** `show route forwarding-table`. */
  forwardingTable(query: ForwardingTableQuery = {}): ForwardingQueryResult {
    return this.kernel.forwardingTable(query);
  }

  interfaces(): readonly PhysicalInterface[] {
    return this.kernel.interfaces();
  }

  /** `show route`, or the error of an RE where rpd does not run (9.A9). */
  showRoute(query: ShowRouteQuery = {}): ShowRouteResult {
    return this.state.rpd?.showRoute(query) ?? { ok: false, error: { code: 'routing-not-running', message: ROUTING_NOT_RUNNING } };
  }

  /** The figures of `show chassis routing-engine` for this RE; undefined unless it runs with a role. */
  figures(): RoutingEngineFigures | undefined {
    const role = this.role;
    if (role === 'none' || this.state.startTime === undefined) return undefined;
    return routingEngineFigures({
      model: this.model,
      routerName: this.routerName,
      slot: this.slot,
      role: role === 'master' ? 'master' : 'backup',
      startTime: this.state.startTime,
      lastRebootReason: this.state.lastRebootReason,
      ...(this.#serialFor === undefined ? {} : { serialFor: this.#serialFor }),
    });
  }

  /** A file of this RE's disk, or undefined when there is none or the disk cannot be read. */
  readDiskFile(path: string): Uint8Array | undefined {
    return readable(() => this.disk.read(path), undefined);
  }

  /** The entries directly in folder `dir` of this RE's disk, sorted; `file` is false for a folder. */
  listDiskFolder(dir: string): { readonly name: string; readonly file: boolean }[] {
    return readable(() => {
      const prefix = dir.endsWith('/') ? dir : `${dir}/`;
      return this.disk.list(dir).map((name) => ({ name, file: this.disk.exists(`${prefix}${name}`) }));
    }, []);
  }

  /** When `writeDiskFile` last wrote `path` (ms), if it did since retwin started. */
  diskFileTime(path: string): number | undefined {
    return this.fileTimes.get(path);
  }

  /** Calls `listener` after every role change of this RE; returns the unsubscribe function. */
  onRoleChange(listener: (change: { readonly from: Role; readonly to: Role }) => void): () => void {
    return this.chassisd.onRoleChange(listener);
  }

  /** Calls `listener` after every change of the power state; returns the unsubscribe function. */
  onPowerChange(listener: (power: PowerState) => void): () => void {
    this.#powerListeners.add(listener);
    return () => this.#powerListeners.delete(listener);
  }

  protected notifyPower(): void {
    for (const listener of [...this.#powerListeners]) listener(this.state.power);
  }
}

/** `read()`, or `fallback` when the disk refuses (a failed disk, a bad path). */
function readable<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof DiskError) return fallback;
    throw error;
  }
}
