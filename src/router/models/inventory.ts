/**
 * A router's hardware inventory (`show chassis hardware`): the chassis model's FRU templates
 * with serial numbers derived from the router's name, and only the Routing Engines that are
 * in their slots.
 *
 * Owns building that inventory and the serial numbers the rest of retwin shows for the
 * chassis and the REs (`show chassis routing-engine`'s Serial ID). It does not render it
 * (`src/rpc/rpcs/get-chassis-inventory.ts` does) and does not know which REs are present (the
 * router tells it). An RE that is pulled out disappears from the list; a halted RE is still
 * in its slot and stays (spec §1.3).
 *
 * Each FRU has a path (`Routing Engine 0`, `FPC 1/MIC 0/PIC 0/Xcvr 0`) that, with the model and
 * the router's name, keys its serial; `serialFor` lets a caller replace derived serials (tests that reproduce the procedure's lab).
 */
import type { RoutingEngineSlot } from '../../config/groups.js';
import type { ChassisModel, FruTemplate } from './chassis-model.js';
import { deriveSerial } from './serial-number.js';

/** One line of the inventory, with its sub-modules. Absent fields are blank in the text. */
export interface InventoryItem {
  readonly name: string;
  readonly version?: string;
  readonly partNumber?: string;
  readonly serialNumber?: string;
  readonly description?: string;
  readonly cleiCode?: string;
  readonly modelNumber?: string;
  readonly children: readonly InventoryItem[];
}

export interface ChassisInventory {
  /** The `Chassis` line. */
  readonly serialNumber: string;
  readonly description: string;
  /** Everything below the `Chassis` line, in display order. */
  readonly modules: readonly InventoryItem[];
}

/** The path of the chassis itself for `serialFor`. */
export const CHASSIS_PATH = 'Chassis';

export interface InventoryOptions {
  /** The RE slots that hold an RE (halted or not); both by default. */
  readonly routingEngines?: readonly RoutingEngineSlot[];
  /** Replaces the derived serial of the FRU at `path` (return `derived` to keep it). */
  readonly serialFor?: (path: string, derived: string) => string;
}

function serialOf(model: ChassisModel, routerName: string, path: string, pattern: string | undefined, options: InventoryOptions): string | undefined {
  if (pattern === undefined) return undefined;
  // The model is part of the seed, so that an MX480 and an MX240 both named r1 differ.
  const derived = deriveSerial(`${model.name}/${routerName}`, path, pattern);
  return options.serialFor === undefined ? derived : options.serialFor(path, derived);
}

function item(model: ChassisModel, routerName: string, template: FruTemplate, parent: string, options: InventoryOptions): InventoryItem {
  const path = parent === '' ? template.name : `${parent}/${template.name}`;
  const present = options.routingEngines ?? ['re0', 're1'];
  const children = (template.children ?? [])
    .filter((child) => child.routingEngine === undefined || present.includes(child.routingEngine))
    .map((child) => item(model, routerName, child, path, options));
  const serialNumber = serialOf(model, routerName, path, template.serial, options);
  return {
    name: template.name,
    ...(template.version !== undefined ? { version: template.version } : {}),
    ...(template.partNumber !== undefined ? { partNumber: template.partNumber } : {}),
    ...(serialNumber !== undefined ? { serialNumber } : {}),
    ...(template.description !== undefined ? { description: template.description } : {}),
    ...(template.cleiCode !== undefined ? { cleiCode: template.cleiCode } : {}),
    ...(template.modelNumber !== undefined ? { modelNumber: template.modelNumber } : {}),
    children,
  };
}

/** The inventory of the router named `routerName` built on `model`. */
export function buildInventory(model: ChassisModel, routerName: string, options: InventoryOptions = {}): ChassisInventory {
  const present = options.routingEngines ?? ['re0', 're1'];
  return {
    serialNumber: chassisSerial(model, routerName, options),
    description: model.description,
    modules: model.frus
      .filter((fru) => fru.routingEngine === undefined || present.includes(fru.routingEngine))
      .map((fru) => item(model, routerName, fru, '', options)),
  };
}

/** The chassis serial number of the router named `routerName`. */
export function chassisSerial(model: ChassisModel, routerName: string, options: Pick<InventoryOptions, 'serialFor'> = {}): string {
  return serialOf(model, routerName, CHASSIS_PATH, model.chassisSerial, options) as string;
}

/** The template at `path` (`FPC 1/MIC 0`), or undefined. */
export function findFru(model: ChassisModel, path: string): FruTemplate | undefined {
  let level: readonly FruTemplate[] = model.frus;
  let found: FruTemplate | undefined;
  for (const name of path.split('/')) {
    found = level.find((fru) => fru.name === name);
    if (found === undefined) return undefined;
    level = found.children ?? [];
  }
  return found;
}

/** The serial number `show chassis routing-engine` reports for the RE in `slot`. */
export function routingEngineSerial(
  model: ChassisModel,
  routerName: string,
  slot: RoutingEngineSlot,
  options: Pick<InventoryOptions, 'serialFor'> = {},
): string {
  const path = model.routingEngine.serialFrom(slot);
  const pattern = findFru(model, path)?.serial;
  if (pattern === undefined) throw new Error(`model ${model.name} has no FRU ${path} to take RE serials from`);
  return serialOf(model, routerName, path, pattern, options) as string;
}
