/**
 * Configurations and logins for the auth tests: set commands loaded and expanded the way an RE
 * commits them (`re.expanded()`), the starter configuration, and a `Login` for any class without
 * going through a password.
 *
 * Test support only (not used by production code).
 */
import { expandGroups } from '../../../config/groups.js';
import { loadConfiguration } from '../../../config/load.js';
import type { ConfigNode } from '../../../config/node.js';
import { CHASSIS_MODELS } from '../../../router/models/models.js';
import { starterConfig } from '../../../router/starter-config.js';
import { junosSchema } from '../../../schema/junos.js';
import type { Login } from '../authenticate.js';
import { resolveLoginClass } from '../login-class.js';

/** `lines` (set commands) loaded and expanded for re0; throws on any load issue. */
export function expandedConfig(...lines: string[]): ConfigNode {
  const { tree, issues } = loadConfiguration(lines.join('\n'), junosSchema, 'set');
  if (issues.length > 0) throw new Error(`configuration issues: ${JSON.stringify(issues)}`);
  return expandGroups(tree).tree;
}

/** The starter configuration of a router named r1 on the first model, expanded for re0. */
export function starterExpanded(): ConfigNode {
  const model = CHASSIS_MODELS[0];
  if (model === undefined) throw new Error('no chassis model');
  return expandedConfig(starterConfig('r1', model));
}

/** A login of class `className` as `config` defines it; throws when the class does not resolve. */
export function loginOfClass(className: string, config: ConfigNode = expandedConfig()): Login {
  const permissions = resolveLoginClass(config, className);
  if (permissions === undefined) throw new Error(`class ${className} does not resolve`);
  return { user: 'tester', uid: 2001, className, reportedClass: `j-${className}`, permissions };
}
