/**
 * Simulated sensor and load figures of a Routing Engine: temperatures, memory and CPU
 * utilization, load averages. retwin measures nothing; these values are made up, plausible
 * for the model, and stable (the same RE in the same role always reports the same figures), so
 * that transcripts can be compared byte for byte.
 *
 * Owns the rule: temperatures depend on the slot (re1 runs a few degrees cooler, as in the
 * procedure's lab), memory, CPU and load on the role (a master works, a backup idles). The
 * figures are those of the procedure's steady state (sections 3 and 5.3) for MX models. Only a
 * master reports the 1, 5 and 15 minute CPU blocks (spec §2.2), so a backup's `cpu` has one
 * sample. Not modelled: drift over time, the busier minutes right after a switchover
 * (procedure 7.2 shows such figures; retwin keeps the steady ones).
 */
import type { RoutingEngineSlot } from '../../config/groups.js';
import type { ChassisModel } from './chassis-model.js';

/** One CPU utilization block, in percent. `system` is what the text calls `Kernel`. */
export interface CpuUtilization {
  readonly user: number;
  readonly background: number;
  readonly system: number;
  readonly interrupt: number;
  readonly idle: number;
}

export interface RoutingEngineStats {
  readonly temperatureC: number;
  readonly cpuTemperatureC: number;
  readonly memoryUtilization: number;
  /** 5 s, then (master only) 1, 5 and 15 minutes. */
  readonly cpu: readonly CpuUtilization[];
  /** 1, 5 and 15 minute load averages. */
  readonly loadAverages: readonly [number, number, number];
}

const cpu = (user: number, background: number, system: number, interrupt: number, idle: number): CpuUtilization => ({
  user,
  background,
  system,
  interrupt,
  idle,
});

const MASTER_CPU: readonly CpuUtilization[] = [cpu(2, 0, 6, 1, 91), cpu(2, 0, 5, 1, 92), cpu(2, 0, 5, 0, 93), cpu(2, 0, 5, 0, 93)];
const BACKUP_CPU: readonly CpuUtilization[] = [cpu(0, 0, 1, 0, 99)];

/** The simulated figures of the RE in `slot` of a `model` chassis while it is `role`. */
export function simulatedStats(model: ChassisModel, slot: RoutingEngineSlot, role: 'master' | 'backup'): RoutingEngineStats {
  const index = slot === 're0' ? 0 : 1;
  return {
    temperatureC: model.sensors.temperatureC[index],
    cpuTemperatureC: model.sensors.cpuTemperatureC[index],
    memoryUtilization: model.sensors.memoryUtilization[role],
    cpu: role === 'master' ? MASTER_CPU : BACKUP_CPU,
    loadAverages: role === 'master' ? [0.11, 0.14, 0.12] : [0.03, 0.06, 0.05],
  };
}
