/**
 * chassisd's mastership, as the router layer uses it: the runner, its link interface, the
 * configuration reader and the data types. Everything else in this folder is internal.
 */
export { Chassisd, type BootOptions, type ChassisdInput, type ChassisdOptions, type RoleChange } from './chassisd.js';
export { DEFAULT_PIDS, formatLogRecord, syslogStamp, type LogIdentity } from './log-lines.js';
export type {
  ActiveAlarm,
  AlarmId,
  ConfiguredRole,
  LogRecord,
  MastershipAction,
  MastershipEffect,
  MastershipReason,
  MastershipReply,
  MastershipRequest,
  PeerMessage,
  RequestPrompt,
  Role,
  Slot,
} from './mastership-events.js';
export { step, type StepResult } from './mastership-machine.js';
export { initialState, type MastershipState } from './mastership-state.js';
export { MemoryLink, type MemoryLinkOptions } from './memory-link.js';
export type { PeerLink } from './peer-link.js';
export { routingEngineStatus, type RoutingEngineSlotStatus, type SlotState } from './re-status.js';
export {
  DEFAULT_REDUNDANCY,
  electionPriority,
  failoverDelayMs,
  preferredRole,
  readRedundancyConfig,
  type PlatformRedundancy,
  type RedundancyConfig,
} from './redundancy-config.js';
export { switchoverInformation, type SwitchoverAnswer, type SwitchoverInformation } from './switchover-info.js';
