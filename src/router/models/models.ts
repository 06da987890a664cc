/**
 * The table of chassis models retwin can be (`--model`), and the lookup by name.
 *
 * Owns the list and the default (MX960). Lookup is case-insensitive (`mx480` names the MX480)
 * and never guesses: an unknown name is an error value listing the known ones.
 */
import type { ChassisModel, ModelName } from './chassis-model.js';
import { MX240 } from './mx240.js';
import { MX480 } from './mx480.js';
import { MX960 } from './mx960.js';
import { PTX10008 } from './ptx10008.js';

export const CHASSIS_MODELS: readonly ChassisModel[] = [MX960, MX480, MX240, PTX10008];

export const DEFAULT_MODEL: ChassisModel = MX960;

export type ModelLookup = { readonly ok: true; readonly model: ChassisModel } | { readonly ok: false; readonly message: string };

/** The model called `name` (any case), or why there is none. */
export function findModel(name: string): ModelLookup {
  const model = CHASSIS_MODELS.find((candidate) => candidate.name === name.toUpperCase());
  if (model !== undefined) return { ok: true, model };
  return { ok: false, message: `unknown model '${name}' (known models: ${CHASSIS_MODELS.map((m) => m.name).join(', ')})` };
}

/** The model called `name`, which must be one of the table's. */
export function chassisModel(name: ModelName): ChassisModel {
  return CHASSIS_MODELS.find((candidate) => candidate.name === name) as ChassisModel;
}
