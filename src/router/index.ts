/**
 * The router layer's public surface: what the RPC layer, the front ends, the control API and
 * `main.ts` use. A `Router` (`createRouter`, `router.boot()`) holds two `RoutingEngine`s
 * (`router.re('re0')`, `router.master()`, `router.backup()`), the `InternalLink` between them
 * and the fault API (`router.faults`). Each RE's read accessors are those of
 * `RoutingEngineView`; chassis models and the inventory are in `models/`.
 */
export { createRouter, Router, RouterSetupError, SLOTS, type RouterOptions } from './router.js';
export { RoutingEngine, type HaltKind, type PowerState, type ReResult, type RoutingEngineOptions } from './routing-engine.js';
export { RoutingEngineView } from './routing-engine-view.js';
export { Faults, type CrashRpdOptions, type EngineFaultState, type FaultState } from './faults.js';
export { InternalLink, type ConfigSnapshot, type LinkEnd } from './internal-link.js';
export { MessagesLog, MGD_PID } from './messages-log.js';
export { BOOT_READY_MS, type BootStage } from './boot-stages.js';
export { NORMAL_SHUTDOWN, POWER_CYCLE, type RoutingEngineFigures } from './re-figures.js';
export { DEFAULT_PASSWORD, factoryDefaultConfig, starterConfig, STARTER_ADDRESSES } from './starter-config.js';
export { prepareInitialConfig, type InitialConfig } from './initial-config.js';
export { CHASSIS_MODELS, DEFAULT_MODEL, findModel } from './models/models.js';
export type { ChassisModel, InstalledSoftware, ModelName } from './models/chassis-model.js';
export { buildInventory, type ChassisInventory, type InventoryItem } from './models/inventory.js';
