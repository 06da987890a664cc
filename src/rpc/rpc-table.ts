/**
 * The table of operational RPCs retwin answers, and the registry built on it.
 *
 * To add an RPC: write `rpcs/<rpc-name>.ts` exporting a `defineRpc(...)`, and add it here.
 * Still to come (other issues): get-route-information, get-forwarding-table-information,
 * get-interface-information, file-show, get-switchover-information, the log, get-configuration
 * and the mastership requests.
 */
import { RpcRegistry } from './rpc-registry.js';
import { getAlarmInformation } from './rpcs/get-alarm-information.js';
import { getChassisInventory } from './rpcs/get-chassis-inventory.js';
import { getCommitInformation } from './rpcs/get-commit-information.js';
import { getRouteEngineInformation } from './rpcs/get-route-engine-information.js';
import { getSoftwareInformation } from './rpcs/get-software-information.js';
import type { RegisteredRpc } from './rpc-definition.js';

export const RPC_TABLE: readonly RegisteredRpc[] = [
  getChassisInventory,
  getRouteEngineInformation,
  getSoftwareInformation,
  getCommitInformation,
  getAlarmInformation,
];

/** The registry every front end uses. */
export const rpcRegistry = new RpcRegistry(RPC_TABLE);
