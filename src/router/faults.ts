/**
 * The fault API of a router (issue #3 item 7), in process: what the control API, `retwin
 * fault ...` and the tests call. Every method answers a value (`{ ok: true }` or `{ ok: false,
 * message }`, never throws for a fault that does not apply) and leaves its marks where Junos
 * would show them: the log, chassisd's alarms and slot states, the forwarding tables.
 *
 * Faults and what they do:
 * - `halt(slot)`, `reboot(slot)`: a normal shutdown (`shutdown: halt by root:` in that RE's
 *   log); the other RE only sees keepalives stop: after 4 s the master raises `Loss of
 *   communication with Backup RE` and shows the slot `Present`; a backup takes over after 2 s
 *   with GRES, after keepalive-time with `failover on-loss-of-keepalives`, else never.
 * - `powerOff(slot)`: a loss of power, silent; `powerOn(slot)` boots a halted RE.
 * - `remove(slot)` / `insert(slot, { fresh })`: the slot empties (`Empty`; a backup becomes
 *   master at once) / fills again and the RE boots; `fresh` is a new RE with an empty disk,
 *   which commits the factory default and fetches the master's configuration (9.B25).
 * - `crashRpd(slot, { restartAfterMs, failToStart })`: rpd dies with a core (its routes stay in
 *   the kernel); without `restartAfterMs` it stays down (procedure.md 8.4); `failToStart` makes
 *   every new rpd exit at once until `setRpdFailToStart(slot, false)`.
 * - `cutLink()` / `restoreLink()`: the internal link; keepalives and `commit synchronize` fail.
 * - `failDisk(slot)` / `repairDisk(slot)`: the RE's disk; commits fail, chassisd raises the disk
 *   alarm and, with `failover on-disk-failure`, the backup takes over.
 * - `setCommitDelay(slot, ms)` / `clearCommitDelay(slot)`: commits on that RE wait first.
 *
 * Log lines retwin invents ([U], one per fault, on every running RE concerned):
 * - link: `/kernel: em0: link state changed to DOWN` / `... to UP` (FreeBSD's interface line;
 *   em0 is the RE's internal Ethernet);
 * - removal / insertion, on the other RE: `chassisd[1893]: CHASSISD_FRU_OFFLINE_NOTICE: Taking
 *   Routing Engine 1 offline: removed` / `CHASSISD_FRU_ONLINE_NOTICE: Taking Routing Engine 1
 *   online: inserted`;
 * - commit delay: `mgd[1897]: UI_COMMIT_PROGRESS: commit delay set to N ms` / `commit delay cleared`;
 * - halt, reboot, boot and rpd lines are the routing engine's and rpd's (see their modules);
 *   the disk failure line is chassisd's (`CHASSISD_RE_DISK_FAILURE`).
 */
import type { RoutingEngineSlot } from '../config/groups.js';
import type { Disk } from '../lib/disk.js';
import { DEFAULT_PIDS } from '../daemons/chassisd/index.js';
import type { DaemonStatus } from '../daemons/rpd/index.js';
import type { InternalLink } from './internal-link.js';
import type { PowerState, ReResult, RoutingEngine } from './routing-engine.js';

/** What the fault API needs of its router. */
export interface FaultTarget {
  readonly link: InternalLink;
  re(slot: RoutingEngineSlot): RoutingEngine;
  newDisk(slot: RoutingEngineSlot, fresh: boolean): Disk;
}

export interface EngineFaultState {
  readonly power: PowerState;
  readonly diskFailed: boolean;
  readonly commitDelayMs: number;
  readonly rpd: DaemonStatus;
  readonly rpdFailToStart: boolean;
}

/** The faults in force, for the control API and the web UI. */
export interface FaultState {
  readonly linkCut: boolean;
  readonly re0: EngineFaultState;
  readonly re1: EngineFaultState;
}

export interface CrashRpdOptions {
  /** init spawns a new rpd after this long; without it rpd stays down. */
  readonly restartAfterMs?: number;
  /** The new rpd (and every later one) fails to start. */
  readonly failToStart?: boolean;
}

const ok: ReResult = { ok: true };
const other = (slot: RoutingEngineSlot): RoutingEngineSlot => (slot === 're0' ? 're1' : 're0');
const number = (slot: RoutingEngineSlot): number => (slot === 're0' ? 0 : 1);

export class Faults {
  readonly #router: FaultTarget;

  constructor(router: FaultTarget) {
    this.#router = router;
  }

  halt(slot: RoutingEngineSlot): ReResult {
    return this.#router.re(slot).halt('halt');
  }

  reboot(slot: RoutingEngineSlot): ReResult {
    return this.#router.re(slot).reboot();
  }

  powerOff(slot: RoutingEngineSlot): ReResult {
    return this.#router.re(slot).halt('power-off');
  }

  powerOn(slot: RoutingEngineSlot): ReResult {
    return this.#router.re(slot).powerOn();
  }

  remove(slot: RoutingEngineSlot): ReResult {
    const removed = this.#router.re(slot).remove();
    if (!removed.ok) return removed;
    const peer = this.#router.re(other(slot));
    peer.chassisd.peerRemoved();
    if (peer.power === 'running') peer.log.write('chassisd', `CHASSISD_FRU_OFFLINE_NOTICE: Taking Routing Engine ${number(slot)} offline: removed`, DEFAULT_PIDS.chassisd);
    return ok;
  }

  /** Puts an RE back in `slot` and boots it; `fresh`: a new RE whose disk is empty. */
  insert(slot: RoutingEngineSlot, options: { readonly fresh?: boolean } = {}): ReResult {
    const re = this.#router.re(slot);
    if (re.power !== 'removed') return { ok: false, message: `${slot} is already in its slot` };
    const inserted = options.fresh === true ? re.insert(this.#router.newDisk(slot, true)) : re.insert();
    if (!inserted.ok) return inserted;
    const peer = this.#router.re(other(slot));
    peer.chassisd.peerInserted();
    if (peer.power === 'running') peer.log.write('chassisd', `CHASSISD_FRU_ONLINE_NOTICE: Taking Routing Engine ${number(slot)} online: inserted`, DEFAULT_PIDS.chassisd);
    return re.powerOn();
  }

  crashRpd(slot: RoutingEngineSlot, options: CrashRpdOptions = {}): ReResult {
    const re = this.#router.re(slot);
    if (options.failToStart === true) re.setRpdFailToStart(true);
    return re.crashRpd(options.restartAfterMs === undefined ? {} : { restartAfterMs: options.restartAfterMs });
  }

  setRpdFailToStart(slot: RoutingEngineSlot, on: boolean): ReResult {
    this.#router.re(slot).setRpdFailToStart(on);
    return ok;
  }

  cutLink(): ReResult {
    const link = this.#router.link;
    if (!link.isUp) return { ok: false, message: 'the internal link is already cut' };
    link.cut();
    this.#linkEvent('DOWN');
    return ok;
  }

  restoreLink(): ReResult {
    const link = this.#router.link;
    if (link.isUp) return { ok: false, message: 'the internal link is not cut' };
    link.restore();
    this.#linkEvent('UP');
    return ok;
  }

  failDisk(slot: RoutingEngineSlot): ReResult {
    return this.#router.re(slot).failDisk();
  }

  repairDisk(slot: RoutingEngineSlot): ReResult {
    return this.#router.re(slot).repairDisk();
  }

  setCommitDelay(slot: RoutingEngineSlot, ms: number): ReResult {
    if (!(Number.isFinite(ms) && ms >= 0)) return { ok: false, message: `a commit delay is 0 ms or more (got ${ms})` };
    const re = this.#router.re(slot);
    re.setCommitDelay(ms);
    if (re.power === 'running') re.log.writeMgd({ tag: 'UI_COMMIT_PROGRESS', message: ms === 0 ? 'commit delay cleared' : `commit delay set to ${ms} ms` });
    return ok;
  }

  clearCommitDelay(slot: RoutingEngineSlot): ReResult {
    return this.setCommitDelay(slot, 0);
  }

  /** The faults in force now. */
  state(): FaultState {
    const engine = (slot: RoutingEngineSlot): EngineFaultState => {
      const re = this.#router.re(slot);
      return { power: re.power, diskFailed: re.diskFailed, commitDelayMs: re.commitDelayMs, rpd: re.rpd?.status() ?? 'down', rpdFailToStart: re.rpdFailToStart };
    };
    return { linkCut: !this.#router.link.isUp, re0: engine('re0'), re1: engine('re1') };
  }

  #linkEvent(state: 'DOWN' | 'UP'): void {
    for (const slot of ['re0', 're1'] as const) {
      const re = this.#router.re(slot);
      if (re.power === 'running') re.log.write('/kernel', `em0: link state changed to ${state}`);
      if (state === 'DOWN') re.chassisd.linkDown();
      else re.chassisd.linkUp();
    }
  }
}
