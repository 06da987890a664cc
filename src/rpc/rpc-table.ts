/**
 * The table of operational RPCs retwin answers, and the registry built on it.
 *
 * To add an RPC: write `rpcs/<rpc-name>.ts` exporting a `defineRpc(...)`, and add it here.
 * Not yet answered: `get-system-uptime-information` (`show system uptime`), the configuration
 * diff (`get-configuration compare="rollback"`), `get-virtual-chassis-information` and
 * `get-chassis-cluster-status` (a non-VC, non-cluster MX: PyEZ's facts take the `syntax error`
 * as vc_capable False and srx_cluster None, as published MX960 facts show).
 */
import { RpcRegistry } from './rpc-registry.js';
import { fileCompare } from './rpcs/file-compare.js';
import { fileCopy } from './rpcs/file-copy.js';
import { fileList } from './rpcs/file-list.js';
import { fileShow } from './rpcs/file-show.js';
import { getAlarmInformation } from './rpcs/get-alarm-information.js';
import { getBridgeMacTable } from './rpcs/get-bridge-mac-table.js';
import { getChassisInventory } from './rpcs/get-chassis-inventory.js';
import { getCommitInformation } from './rpcs/get-commit-information.js';
import { getConfiguration } from './rpcs/get-configuration.js';
import { getForwardingTableInformation } from './rpcs/get-forwarding-table-information.js';
import { getInterfaceInformation } from './rpcs/get-interface-information.js';
import { getLog } from './rpcs/get-log.js';
import { getRouteEngineInformation } from './rpcs/get-route-engine-information.js';
import { getRouteInformation } from './rpcs/get-route-information.js';
import { getSoftwareInformation } from './rpcs/get-software-information.js';
import { getSwitchoverInformation } from './rpcs/get-switchover-information.js';
import { getSystemMemoryInformation } from './rpcs/get-system-memory-information.js';
import { getSystemStorage } from './rpcs/get-system-storage.js';
import { requestChassisRoutingEngineMasterAcquire } from './rpcs/request-chassis-routing-engine-master-acquire.js';
import { requestChassisRoutingEngineMasterRelease } from './rpcs/request-chassis-routing-engine-master-release.js';
import { requestChassisRoutingEngineMasterSwitch, requestChassisRoutingEngineSwitch } from './rpcs/request-chassis-routing-engine-master-switch.js';
import { ping } from './rpcs/ping.js';
import { requestHalt, requestPowerOff, requestReboot } from './rpcs/system-shutdown.js';
import type { RegisteredRpc } from './rpc-definition.js';

export const RPC_TABLE: readonly RegisteredRpc[] = [
  getChassisInventory,
  getRouteEngineInformation,
  getSoftwareInformation,
  getCommitInformation,
  getAlarmInformation,
  getRouteInformation,
  getForwardingTableInformation,
  getInterfaceInformation,
  fileShow,
  fileList,
  fileCompare,
  fileCopy,
  getSwitchoverInformation,
  getSystemMemoryInformation,
  getSystemStorage,
  getBridgeMacTable,
  getLog,
  getConfiguration,
  requestChassisRoutingEngineMasterSwitch,
  requestChassisRoutingEngineMasterAcquire,
  requestChassisRoutingEngineMasterRelease,
  requestChassisRoutingEngineSwitch,
  requestReboot,
  requestHalt,
  requestPowerOff,
  ping,
];

/** The registry every front end uses. */
export const rpcRegistry = new RpcRegistry(RPC_TABLE);
