/**
 * The boot of one Routing Engine, stage by stage (procedure.md 8.3, 9.A8), and what the kernel
 * sees of the configuration at each stage.
 *
 * Order (normative) and offsets from power-on (retwin's defaults, in simulated time):
 *
 * | offset | stage      | what happens                                                         |
 * |--------|------------|----------------------------------------------------------------------|
 * | +0 s   | `kernel`   | kernel up: the management interface's own address, backup-router route |
 * | +1 s   | `mgd`      | mgd accepts sessions and the other RE's calls; fetches the master's configuration (9.B25) |
 * | +2 s   | `chassisd` | chassisd boots: election; the master adds the master-only address   |
 * | +3 s   | `up`       | dcd configures the remaining interfaces (both REs)                    |
 * | +5 s   |            | rpd starts on the master (on the backup only with NSR, in standby)    |
 *
 * [U] Later, an RE that becomes master starts rpd one second after it took mastership
 * (procedure.md 7.7: takeover at 12:00:02, `routing ... started` at 12:00:03), and never before
 * its +5 s. (The procedure's real boots take a minute; only the order counts.)
 *
 * The configuration is read from the disk at power-on (the database opens at +0 s, and an empty
 * disk gets its first configuration then), so that the kernel has its management address.
 */
import { ConfigNode } from '../config/node.js';

export type BootStage = 'off' | 'kernel' | 'mgd' | 'chassisd' | 'up';

export const MGD_AT_MS = 1000;
export const CHASSISD_AT_MS = 2000;
export const DCD_AT_MS = 3000;
export const RPD_AT_MS = 5000;
export const RPD_AFTER_MASTERSHIP_MS = 1000;
/** Power-on to ready (rpd up on the master), in simulated time. */
export const BOOT_READY_MS = RPD_AT_MS;

const ORDER: readonly BootStage[] = ['off', 'kernel', 'mgd', 'chassisd', 'up'];

/** Whether `stage` has reached `wanted`. */
export function reached(stage: BootStage, wanted: BootStage): boolean {
  return ORDER.indexOf(stage) >= ORDER.indexOf(wanted);
}

/**
 * The configuration the kernel applies at `stage`: before dcd has run, the interfaces are only
 * the management interface (everything else, `system backup-router` included, is as committed).
 * The tree shares its nodes with `expanded` (read only).
 */
export function kernelView(expanded: ConfigNode, managementInterface: string, stage: BootStage): ConfigNode {
  if (reached(stage, 'up')) return expanded;
  const interfaces = expanded.child('interfaces');
  if (interfaces === undefined) return expanded;
  const keep = interfaces.children.filter((child) => child.name !== 'interface' || child.key === managementInterface);
  if (keep.length === interfaces.children.length) return expanded;
  const reduced = new ConfigNode(interfaces.schema, interfaces.key);
  reduced.inactive = interfaces.inactive;
  reduced.appendAll(keep);
  const root = new ConfigNode(expanded.schema, expanded.key);
  root.appendAll(expanded.children.map((child) => (child === interfaces ? reduced : child)));
  return root;
}
