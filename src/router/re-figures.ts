/**
 * What `show chassis routing-engine` prints about one running RE besides its mastership state:
 * the hardware (model, serial, DRAM), the simulated sensor and load figures for its role, and
 * its boot (start time, last reboot reason). The RPC layer renders it.
 *
 * Last reboot reasons ([C] procedure.md 0.1, 3, 7.2): `Router rebooted after a normal shutdown.`
 * after a halt or a reboot, and for an RE whose disk already held a configuration when retwin
 * started it (a restart of retwin counts as a normal shutdown [U]); `0x1:power cycle/failure`
 * after a loss of power, a removal, and on the very first boot of a new disk.
 */
import type { RoutingEngineSlot } from '../config/groups.js';
import type { ChassisModel } from './models/chassis-model.js';
import { routingEngineSerial } from './models/inventory.js';
import { simulatedStats, type RoutingEngineStats } from './models/simulated-stats.js';

export const NORMAL_SHUTDOWN = 'Router rebooted after a normal shutdown.';
export const POWER_CYCLE = '0x1:power cycle/failure';

export interface RoutingEngineFigures extends RoutingEngineStats {
  /** `RE-S-1800x4`. */
  readonly model: string;
  readonly serialNumber: string;
  readonly dramMb: number;
  readonly installedMb: number;
  /** When the RE last booted, ms since the epoch. */
  readonly startTime: number;
  readonly lastRebootReason: string;
}

export interface FigureSource {
  readonly model: ChassisModel;
  readonly routerName: string;
  readonly slot: RoutingEngineSlot;
  readonly role: 'master' | 'backup';
  readonly startTime: number;
  readonly lastRebootReason: string;
  readonly serialFor?: (path: string, derived: string) => string;
}

export function routingEngineFigures(source: FigureSource): RoutingEngineFigures {
  const { model } = source;
  const serialOptions = source.serialFor === undefined ? {} : { serialFor: source.serialFor };
  return {
    model: model.routingEngine.model,
    serialNumber: routingEngineSerial(model, source.routerName, source.slot, serialOptions),
    dramMb: model.routingEngine.dramMb,
    installedMb: model.routingEngine.installedMb,
    startTime: source.startTime,
    lastRebootReason: source.lastRebootReason,
    ...simulatedStats(model, source.slot, source.role),
  };
}

/** The FPC slots of the model's inventory (restarted by a switchover without GRES). */
export function fpcSlotsOf(model: ChassisModel): number[] {
  return model.frus.flatMap((fru) => {
    const match = /^FPC (\d+)$/.exec(fru.name);
    return match === null ? [] : [Number(match[1])];
  });
}
