/**
 * The whole configuration hierarchy retwin knows, and its compiled runtime form.
 *
 * The top level follows Junos's display order: version, groups, apply-groups, then the
 * hierarchies in the order Junos shows them (system, chassis, services, security, interfaces,
 * snmp, forwarding-options, routing-options, protocols, policy-options ...), keeping only those
 * defined here. `groups` holds the same hierarchies again, so that a group can carry any part of
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

/** The hierarchies, in Junos's top-level display order. */
export const hierarchies: readonly StatementDef[] = [system, chassis, interfaces, snmp, routingOptions];

/** Group names: any string of 1 to 254 characters, as in Junos. */
const groups = list('groups', 'Named pieces of configuration that others inherit', { type: 'string', minLength: 1, maxLength: 254 }, hierarchies, {
  block: true,
  noGroups: true,
});

/** The root statement (`configuration`), as data. */
export const junosSchemaDef: StatementDef = {
  name: 'configuration',
  kind: 'container',
  help: 'Junos configuration',
  children: [leaf('version', 'Junos release that wrote this configuration', STRING), groups, APPLY_GROUPS_DEF, ...hierarchies],
};

/** The compiled schema, built once. */
export const junosSchema: SchemaNode = compileSchema(junosSchemaDef);
