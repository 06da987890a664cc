/**
 * The whole configuration hierarchy retwin knows, and its compiled runtime form.
 *
 * The top level follows Junos's display order: version, groups, apply-groups, then the
 * hierarchies. `groups` holds the same hierarchies again, so that a group can carry any part of
 * the configuration.
 */
import { APPLY_GROUPS_DEF, compileSchema, type SchemaNode } from './compile.js';
import { chassis } from './chassis.js';
import { leaf, list, STRING } from './define.js';
import { interfaces } from './interfaces.js';
import { routingOptions } from './routing-options.js';
import { snmp } from './snmp.js';
import { system } from './system.js';
import type { StatementDef } from './types.js';

const hierarchies: readonly StatementDef[] = [system, chassis, interfaces, snmp, routingOptions];

const groups = list('groups', 'Configuration groups', { type: 'string', pattern: '^[A-Za-z0-9_][A-Za-z0-9_.-]*$', patternMessage: 'Must be a string of alphanumericals, dashes or underscores', maxLength: 254 }, hierarchies, {
  block: true,
  noGroups: true,
});

/** The root statement (`configuration`), as data. */
export const junosSchemaDef: StatementDef = {
  name: 'configuration',
  kind: 'container',
  help: 'Junos configuration',
  children: [leaf('version', 'Software version information', STRING), groups, APPLY_GROUPS_DEF, ...hierarchies],
};

/** The compiled schema, built once. */
export const junosSchema: SchemaNode = compileSchema(junosSchemaDef);
