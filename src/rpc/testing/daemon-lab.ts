/**
 * Real daemons for RPC tests: the lab's configuration (procedure.md, main line from section 4)
 * and helpers that boot a kernel and rpd on it, so that the routing, forwarding and interface
 * RPCs are checked against what the daemons really answer, not against hand-made data.
 *
 * Test support only (not used by production code).
 */
import type { RoutingEngineSlot } from '../../config/groups.js';
import { Kernel } from '../../daemons/kernel/index.js';
import { Rpd } from '../../daemons/rpd/index.js';
import type { Clock } from '../../lib/clock.js';
import { expanded, LAB_MAC } from '../../daemons/testing/lab-config.js';

export { configuration, expanded, LAB_MAC, MAIN_LINE } from '../../daemons/testing/lab-config.js';

/** A kernel booted on `setLines` as RE `re` with `role`, next hops numbered from `firstIndex`. */
export function bootKernel(setLines: string, re: RoutingEngineSlot, role: 'master' | 'backup', firstIndex = 556): Kernel {
  const kernel = new Kernel({ managementInterface: 'fxp0', firstIndex, neighbourMac: LAB_MAC });
  kernel.start(expanded(setLines, re));
  kernel.setRole(role);
  return kernel;
}

/** An rpd on `kernel`, configured with `setLines` as RE `re` sees it, started now. */
export function startRpd(kernel: Kernel, clock: Clock, setLines: string, re: RoutingEngineSlot): Rpd {
  const rpd = new Rpd({ clock, kernel });
  rpd.reconfigure(expanded(setLines, re));
  rpd.start();
  return rpd;
}
