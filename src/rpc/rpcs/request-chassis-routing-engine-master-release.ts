/**
 * `request-chassis-routing-engine-master-release` — `request chassis routing-engine master release
 * [check] [no-confirm]` (spec §4.1): see `mastership-request.ts`.
 * Typed on the master RE.
 */
import { mastershipRequestRpc } from './mastership-request.js';

export const requestChassisRoutingEngineMasterRelease = mastershipRequestRpc('release', 'request-chassis-routing-engine-master-release');
