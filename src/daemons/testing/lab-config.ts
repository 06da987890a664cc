/**
 * The lab's configuration (procedure.md, main line from section 4 on: the RE-specific parts in
 * groups `re0` and `re1`) and helpers that load it, shared by the daemons' tests and the RPC
 * tests that boot real daemons. Test support only (not used by production code).
 */
import { expandGroups, type RoutingEngineSlot } from '../../config/groups.js';
import { loadConfiguration } from '../../config/load.js';
import type { ConfigNode } from '../../config/node.js';
import { junosSchema } from '../../schema/junos.js';

/** The main line's configuration from section 4 on, the RE-specific parts in groups. */
export const MAIN_LINE = `
set groups re0 system host-name r1-re0
set groups re0 system backup-router 10.255.0.1 destination 10.0.0.0/8
set groups re0 interfaces fxp0 unit 0 family inet address 10.255.0.11/24
set groups re0 interfaces fxp0 unit 0 family inet address 10.255.0.10/24 master-only
set groups re1 system host-name r1-re1
set groups re1 system backup-router 10.255.0.1 destination 10.0.0.0/8
set groups re1 interfaces fxp0 unit 0 family inet address 10.255.0.12/24
set groups re1 interfaces fxp0 unit 0 family inet address 10.255.0.10/24 master-only
set apply-groups [ re0 re1 ]
set system commit synchronize
`;

/** The management gateway's MAC address in the lab (procedure 0.1). */
export const LAB_MAC = (address: string): string => (address === '10.255.0.1' ? '2c:6b:f5:8e:4:c1' : '0:0:5e:0:1:1');

/** The configuration written as set commands, as loaded (throws when it does not load). */
export function configuration(setLines: string): ConfigNode {
  const { tree, issues } = loadConfiguration(setLines, junosSchema, 'set');
  if (issues.length > 0) throw new Error(`test configuration does not load: ${JSON.stringify(issues)}`);
  return tree;
}

/** The configuration as RE `re` applies it. */
export function expanded(setLines: string, re: RoutingEngineSlot = 're0'): ConfigNode {
  return expandGroups(configuration(setLines), { re }).tree;
}
