/**
 * One Routing Engine: its disk, its daemons (mgd's configuration database, chassisd, the kernel,
 * rpd), its `/var/log/messages`, and its power and boot state.
 *
 * Owns the RE's life (power-on and the boot stages of `boot-stages.ts`, halt, reboot, loss of
 * power, removal) and the wiring between its daemons:
 * - chassisd's role changes → the kernel's role (master-only addresses), rpd started, stopped or
 *   switched between active and standby (`role-plan.ts`);
 * - an RE that comes up while the other is master fetches its configuration when mgd is up
 *   (`config-fetch.ts`);
 * - every commit (mgd's `onCommit`) → kernel, rpd and chassisd reconfigured;
 * - every daemon's log lines → this RE's log, with this RE's host name.
 * It reaches the other RE only through the internal link. Read accessors for the RPC layer are
 * in `routing-engine-view.ts` (the `RoutingEngine` class extends it).
 *
 * Choices:
 * - The database opens at power-on (the kernel needs the management address at +0 s); an
 *   empty disk gets its first configuration then (`firstBootConfig`, committed as `root via
 *   other`). Sessions and the other RE's calls are accepted from the `mgd` stage on.
 * - A disk that fails at power-on stops the boot (`open-database.ts`): the RE stays halted.
 * - [U] Log lines retwin writes for the RE's own life: `/kernel: Routing Engine N booting (last
 *   reboot reason: R)` at power-on, `shutdown: halt by root:` / `shutdown: reboot by root:` /
 *   `shutdown: power-down by root:` before a halt, reboot or power-down (FreeBSD's shutdown(8)
 *   line); a loss of power or a removal writes nothing.
 * - Files written for the RPC layer (`writeDiskFile`, `file copy`) go under `/var/tmp/` only;
 *   their write time is kept in memory (`diskFileTime`), not on the disk.
 * - Without `system host-name` the log's host name is the slot name (`re0`).
 * - `system processes routing failover` and `switchover-on-routing-crash` are not acted on
 *   (an rpd crash never moves mastership).
 */
import { activeAt } from '../config/checks/active.js';
import type { ConfigNode } from '../config/node.js';
import type { RoutingEngineSlot } from '../config/groups.js';
import type { Clock, Timer } from '../lib/clock.js';
import { DiskError, type Disk } from '../lib/disk.js';
import { Chassisd, readRedundancyConfig, type PlatformRedundancy, type RoleChange } from '../daemons/chassisd/index.js';
import { Kernel } from '../daemons/kernel/index.js';
import { Rpd } from '../daemons/rpd/index.js';
import { CHASSISD_AT_MS, DCD_AT_MS, kernelView, MGD_AT_MS, reached, RPD_AFTER_MASTERSHIP_MS, RPD_AT_MS } from './boot-stages.js';
import { shouldFetch, snapshotOf } from './config-fetch.js';
import type { InternalLink } from './internal-link.js';
import type { ChassisModel } from './models/chassis-model.js';
import { openDatabase } from './open-database.js';
import { fpcSlotsOf, NORMAL_SHUTDOWN, POWER_CYCLE } from './re-figures.js';
import { planCommit, planRoleChange, type RoleAction } from './role-plan.js';
import { RoutingEngineView, type EngineState, type ReResult } from './routing-engine-view.js';

export type { PowerState, ReResult } from './routing-engine-view.js';

/**
 * How an RE stops: `halt` and `reboot` shut down normally, `power-down` shuts down normally and
 * switches the power off (`request system power-off`), `power-off` loses power.
 */
export type HaltKind = 'halt' | 'reboot' | 'power-down' | 'power-off';

export interface RoutingEngineOptions {
  readonly slot: RoutingEngineSlot;
  readonly model: ChassisModel;
  readonly routerName: string;
  readonly clock: Clock;
  readonly disk: Disk;
  readonly link: InternalLink;
  /** Whether the other slot holds an RE (chassisd's election at boot). */
  readonly peerPresent: () => boolean;
  /** The configuration an empty disk commits at first boot. */
  readonly firstBootConfig: () => ConfigNode;
  /** Replaces derived serial numbers (tests reproducing the procedure's lab). */
  readonly serialFor?: (path: string, derived: string) => string;
  readonly logLimit?: number;
}

const FIRST_RPD_PID = 1764;
const ok: ReResult = { ok: true };
const fail = (message: string): ReResult => ({ ok: false, message });

export class RoutingEngine extends RoutingEngineView {
  readonly #options: RoutingEngineOptions;
  readonly #platform: PlatformRedundancy;
  readonly #timers = new Set<Timer>();
  #rpdStart: Timer | undefined;
  #unsubscribe: (() => void) | undefined;
  #nextPid = FIRST_RPD_PID;
  #nextBootReason: string | undefined;

  constructor(options: RoutingEngineOptions) {
    const state: EngineState = { power: 'halted', stage: 'off', database: undefined, rpd: undefined, startTime: undefined, lastRebootReason: POWER_CYCLE, hostName: undefined, nsr: false, commitDelayMs: 0, rpdFailToStart: false };
    const hostName = (): string => state.hostName ?? options.slot;
    const chassisd = new Chassisd({ slot: options.slot === 're0' ? 0 : 1, clock: options.clock, link: options.link.chassisdLink(options.slot), fpcSlots: fpcSlotsOf(options.model), hostName });
    const kernel = new Kernel({ managementInterface: options.model.managementInterface(options.slot) });
    super({ ...options, state, chassisd, kernel, hostName });
    this.#options = options;
    this.#platform = { gresAlwaysOn: options.model.gresAlwaysOn, diskFailoverAlwaysOn: !options.model.onDiskFailureConfigurable };
    chassisd.onEffect((effect) => {
      if (effect.type === 'log' && effect.record.file === 'messages') this.log.writeRecord(effect.record);
    });
    chassisd.onRoleChange((change) => this.#roleChanged(change));
    options.link.attach(options.slot, {
      running: () => state.power === 'running',
      receive: (message) => chassisd.receive(message),
      responder: () => (reached(state.stage, 'mgd') ? state.database : undefined),
      configSnapshot: () => (reached(state.stage, 'mgd') && state.database !== undefined && chassisd.role === 'master' ? snapshotOf(state.database, chassisd.role) : undefined),
    });
  }

  /** Powers the RE on; it boots (`reason` overrides the last reboot reason shown afterwards). */
  powerOn(reason?: string): ReResult {
    const s = this.state;
    if (s.power === 'running') return fail(`${this.slot} is already running`);
    if (s.power === 'removed') return fail(`${this.slot} is not in its slot`);
    const clock = this.#options.clock;
    const now = clock.now();
    const opened = openDatabase({
      disk: this.disk,
      slot: this.slot,
      clock,
      softwareVersion: this.model.software.junosVersion,
      managementInterface: this.managementInterface,
      peer: this.#options.link.mgdPeer(this.otherSlot),
      log: this.log,
      firstBootConfig: this.#options.firstBootConfig,
    });
    if (!opened.ok) return opened;
    const { database, fresh } = opened;
    database.commitDelayMs = s.commitDelayMs;
    Object.assign(s, { power: 'running', stage: 'kernel', database, startTime: now });
    s.lastRebootReason = reason ?? this.#nextBootReason ?? (fresh ? POWER_CYCLE : NORMAL_SHUTDOWN);
    this.#nextBootReason = undefined;
    this.#readIdentity(database.expanded);
    this.log.write('/kernel', `Routing Engine ${this.slotNumber} booting (last reboot reason: ${s.lastRebootReason})`);
    this.kernel.start(kernelView(database.expanded, this.managementInterface, 'kernel'));
    this.#nextPid = FIRST_RPD_PID;
    const rpd = new Rpd({ clock, kernel: this.kernel, log: (entry) => this.log.write(entry.process, entry.text), nextPid: () => this.#nextPid++ });
    rpd.reconfigure(database.expanded);
    if (s.rpdFailToStart) rpd.setFailToStart(true);
    s.rpd = rpd;
    this.#unsubscribe = database.onCommit((expanded) => this.#committed(expanded));
    this.#later(MGD_AT_MS, () => {
      s.stage = 'mgd';
      this.#fetchConfig();
    });
    this.#later(CHASSISD_AT_MS, () => {
      s.stage = 'chassisd';
      this.chassisd.boot(readRedundancyConfig(database.expanded, this.#platform), { peerPresent: this.#options.peerPresent() });
    });
    this.#later(DCD_AT_MS, () => {
      s.stage = 'up';
      this.kernel.reconfigure(database.expanded);
    });
    this.notifyPower();
    return ok;
  }

  /** Stops the RE: a normal halt, reboot or power-down (logged), or a loss of power (silent). */
  halt(kind: HaltKind = 'halt'): ReResult {
    if (this.state.power !== 'running') return fail(`${this.slot} is not running`);
    if (kind !== 'power-off') this.log.write('shutdown', `${kind} by root:`);
    this.#stop();
    this.#nextBootReason = kind === 'power-off' ? POWER_CYCLE : NORMAL_SHUTDOWN;
    this.state.power = 'halted';
    this.notifyPower();
    return ok;
  }

  /** Halts and boots again at once. */
  reboot(): ReResult {
    const halted = this.halt('reboot');
    return halted.ok ? this.powerOn() : halted;
  }

  /** Writes a file under `/var/tmp/` of this RE's disk (`file copy`); refused elsewhere or when the disk fails. */
  writeDiskFile(path: string, data: Uint8Array): ReResult {
    if (!path.startsWith('/var/tmp/') || path.split('/').includes('..') || path.endsWith('/')) return fail(`${path}: only files under /var/tmp/ can be written`);
    try {
      this.disk.write(path, data);
    } catch (error) {
      if (error instanceof DiskError) return fail(error.message);
      throw error;
    }
    this.fileTimes.set(path, this.#options.clock.now());
    return ok;
  }

  /** Pulled out of its slot (running or not: a running RE loses power). */
  remove(): ReResult {
    if (this.state.power === 'removed') return fail(`${this.slot} is not in its slot`);
    if (this.state.power === 'running') this.#stop();
    this.#nextBootReason = POWER_CYCLE;
    this.state.power = 'removed';
    this.notifyPower();
    return ok;
  }

  /** Put back in its slot, powered off (the router powers it on); `disk` replaces its disk (a new RE). */
  insert(disk?: Disk): ReResult {
    if (this.state.power !== 'removed') return fail(`${this.slot} is already in its slot`);
    if (disk !== undefined) this.disk = disk;
    this.state.power = 'halted';
    this.notifyPower();
    return ok;
  }

  /** The disk fails: every later read or write fails; chassisd finds out (alarm, `failover on-disk-failure`). */
  failDisk(): ReResult {
    if (this.disk.failed) return fail(`the disk of ${this.slot} has already failed`);
    this.disk.fail();
    if (this.state.power === 'running') this.chassisd.diskFailure();
    return ok;
  }

  /** The disk works again. [U] chassisd's disk alarm stays until this RE boots again. */
  repairDisk(): ReResult {
    if (!this.disk.failed) return fail(`the disk of ${this.slot} has not failed`);
    this.disk.repair();
    return ok;
  }

  /** The rpd crash fault; with `restartAfterMs` init spawns a new rpd after that delay, else rpd stays down. */
  crashRpd(options: { readonly restartAfterMs?: number } = {}): ReResult {
    const rpd = this.state.rpd;
    const status = rpd?.status();
    if (rpd === undefined || (status !== 'up' && status !== 'starting' && status !== 'stopping')) return fail(`rpd is not running on ${this.slot}`);
    rpd.crash(options.restartAfterMs === undefined ? {} : { restartAfterMs: options.restartAfterMs });
    return ok;
  }

  /** The rpd fail-to-start fault: while on, every new rpd on this RE exits at once (kept across reboots). */
  setRpdFailToStart(on: boolean): void {
    this.state.rpdFailToStart = on;
    this.state.rpd?.setFailToStart(on);
  }

  /** The commit-delay fault: every commit on this RE waits `ms` first (kept across reboots). */
  setCommitDelay(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`commit delay must be 0 or more (got ${ms})`);
    this.state.commitDelayMs = ms;
    if (this.state.database !== undefined) this.state.database.commitDelayMs = ms;
  }

  #later(ms: number, action: () => void): Timer {
    const timer = this.#options.clock.setTimer(ms, () => {
      this.#timers.delete(timer);
      action();
    });
    this.#timers.add(timer);
    return timer;
  }

  #stop(): void {
    const s = this.state;
    for (const timer of this.#timers) timer.cancel();
    this.#timers.clear();
    this.#rpdStart = undefined;
    this.chassisd.halt();
    s.rpd?.dispose();
    s.rpd = undefined;
    this.kernel.stop();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    s.database?.close();
    s.database = undefined;
    s.stage = 'off';
  }

  #readIdentity(expanded: ConfigNode): void {
    this.state.hostName = activeAt(expanded, 'system', 'host-name')?.value;
    this.state.nsr = activeAt(expanded, 'routing-options', 'nonstop-routing') !== undefined;
  }

  #committed(expanded: ConfigNode): void {
    const s = this.state;
    this.#readIdentity(expanded);
    this.kernel.reconfigure(kernelView(expanded, this.managementInterface, s.stage));
    s.rpd?.reconfigure(expanded);
    this.chassisd.commit(readRedundancyConfig(expanded, this.#platform));
    this.#perform(planCommit(this.chassisd.role, s.nsr, s.rpd?.status() ?? 'down', this.#rpdStart !== undefined));
  }

  #roleChanged(change: RoleChange): void {
    if (this.state.power !== 'running') return;
    this.#perform(planRoleChange({ to: change.to, nsr: this.state.nsr, rpd: this.state.rpd?.status() ?? 'down' }));
  }

  #perform(actions: readonly RoleAction[]): void {
    const rpd = this.state.rpd;
    for (const action of actions) {
      switch (action.type) {
        case 'kernel-role':
          this.kernel.setRole(action.role);
          break;
        case 'rpd-start':
          this.#scheduleRpd(action.mode);
          break;
        case 'rpd-cancel-start':
          this.#rpdStart?.cancel();
          if (this.#rpdStart !== undefined) this.#timers.delete(this.#rpdStart);
          this.#rpdStart = undefined;
          break;
        case 'rpd-mode':
          rpd?.setMode(action.mode);
          break;
        case 'rpd-stop':
          rpd?.stop();
          break;
      }
    }
  }

  #scheduleRpd(mode: 'active' | 'standby'): void {
    const now = this.#options.clock.now();
    const at = Math.max((this.state.startTime ?? now) + RPD_AT_MS, now + RPD_AFTER_MASTERSHIP_MS);
    this.#rpdStart?.cancel();
    this.#rpdStart = this.#later(at - now, () => {
      this.#rpdStart = undefined;
      this.state.rpd?.setMode(mode);
      this.state.rpd?.start();
    });
  }

  /** An RE coming up takes the master's configuration when it should (9.B25, `config-fetch.ts`). */
  #fetchConfig(): void {
    const database = this.state.database;
    if (database === undefined) return;
    const master = this.#options.link.fetchConfig(this.otherSlot);
    if (!shouldFetch(master, database)) return;
    const installed = database.installFile(master.file);
    if (installed.ok) this.log.writeMgd({ tag: 'UI_COMMIT_PROGRESS', message: `configuration of ${this.otherSlot} fetched and committed (system commit synchronize)` });
    else this.log.writeMgd({ tag: 'UI_COMMIT_PROGRESS', message: `configuration of ${this.otherSlot} could not be installed` });
  }
}
