/**
 * `request-chassis-routing-engine-master-acquire` — `request chassis routing-engine master acquire
 * [check] [no-confirm]` (spec §4.1): see `mastership-request.ts`.
 * Typed on the backup RE.
 */
import { mastershipRequestRpc } from './mastership-request.js';

export const requestChassisRoutingEngineMasterAcquire = mastershipRequestRpc('acquire', 'request-chassis-routing-engine-master-acquire');
