/**
 * The configuration a Routing Engine commits on its first boot: reading it (text or set
 * commands), checking it as each RE would apply it, and turning it into the committed file the
 * RE installs as `root via other` (procedure.md 9.A3, 9.B2).
 *
 * Owns accepting or refusing an initial configuration (`--config FILE`): parse errors and commit
 * errors on either RE refuse it, with the issues; warnings are kept. It does not decide when a
 * configuration is installed (the routing engine does, when its disk holds no commit).
 *
 * Choice: the factory default is taken as it is, unchecked (it lacks `root-authentication`,
 * which a commit would require; Junos commits it at first boot all the same).
 */
import type { ConfigIssue } from '../config/errors.js';
import { loadConfiguration } from '../config/load.js';
import type { ConfigNode } from '../config/node.js';
import { expandGroups, type RoutingEngineSlot } from '../config/groups.js';
import { hasErrors, validateConfig } from '../config/validate.js';
import { encodeConfigFile } from '../daemons/mgd/config-file.js';
import { junosSchema } from '../schema/junos.js';
import type { ChassisModel } from './models/chassis-model.js';

export type InitialConfig = { readonly ok: true; readonly tree: ConfigNode; readonly warnings: readonly ConfigIssue[] } | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

const SLOTS: readonly RoutingEngineSlot[] = ['re0', 're1'];

/** Reads `text` and checks it on both REs of `model`; `check: false` only parses. */
export function prepareInitialConfig(text: string, model: ChassisModel, check = true): InitialConfig {
  const { tree, issues } = loadConfiguration(text, junosSchema);
  if (hasErrors(issues)) return { ok: false, issues };
  if (!check) return { ok: true, tree, warnings: issues };
  const found = [...issues];
  for (const re of SLOTS) {
    const expanded = expandGroups(tree, { re }).tree;
    found.push(...validateConfig(expanded, { re, managementInterface: model.managementInterface(re), source: tree }));
  }
  if (hasErrors(found)) return { ok: false, issues: found.filter((issue) => issue.severity === 'error') };
  return { ok: true, tree, warnings: found };
}

/** The committed file of `tree` written at `time` (what `ConfigDatabase.installFile` takes). */
export function initialConfigFile(tree: ConfigNode, time: number): Uint8Array {
  return encodeConfigFile(tree, time);
}
