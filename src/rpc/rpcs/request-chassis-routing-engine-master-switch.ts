/**
 * `request-chassis-routing-engine-master-switch` — `request chassis routing-engine master switch
 * [check] [no-confirm]` (spec §4.1): see `mastership-request.ts`.
 *
 * Also answered under `request-chassis-routing-engine-switch`, the name a Juniper engineer's
 * upgrade tool sends (`no_confirm=True`) [R]; that alias has no CLI command of its own.
 */
import { mastershipRequestRpc } from './mastership-request.js';

export const requestChassisRoutingEngineMasterSwitch = mastershipRequestRpc('switch', 'request-chassis-routing-engine-master-switch');
export const requestChassisRoutingEngineSwitch = mastershipRequestRpc('switch', 'request-chassis-routing-engine-switch', { cli: false });
