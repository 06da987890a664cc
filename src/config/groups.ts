/**
 * Configuration groups: the expanded configuration as one Routing Engine sees it.
 *
 * Owns `expandGroups`: a new tree with every `apply-groups` resolved, without the `groups`,
 * `apply-groups` and `apply-groups-except` statements, plus the provenance of each inherited
 * statement (for `| display inheritance`, see `render-inheritance.ts`). The input is not
 * modified. Problems (undefined or reserved group names) are reported by `checkGroups`
 * (`groups-check.ts`); expansion itself skips what it cannot resolve. The tree walk lives in
 * `groups-expander.ts`; wildcard syntax in `wildcard.ts`.
 *
 * Rules ([C] documented by Juniper, [R] reported elsewhere, [U] our choice):
 * - [C] `apply-groups [ a b ]` at any level; the first listed group wins over later ones; what
 *   is written locally wins over anything inherited. A group's content lands only at or below
 *   the level where it is applied: at [edit interfaces fxp0] only the group's
 *   `interfaces fxp0` (or `interfaces <wildcard>`) part counts.
 * - [C] Leaves: the local value, else the first group's. Containers and list entries merge
 *   recursively. Leaf-lists: the group's values are added after the local ones (no duplicates).
 * - [U] Lists: entries a group creates come after the local entries, in group priority order.
 *   (Juniper's name-server example prints inherited entries first; a real capture of
 *   `interfaces` prints them last. We follow the capture.)
 * - [R] Nested apply-groups: the groups of a deeper `apply-groups` take precedence over those of
 *   an outer one for the statements below it ("best match, then first match"; Juniper's
 *   "Applying a Junos Configuration Group" page says the same of nested apply-groups, as we
 *   recall it; the copy we could read was cut short); within one level list order decides.
 *   A group applied at two levels counts once, at the deeper level.
 * - [C] Wildcard keys (`<*>`, `<ge-*>`, `"<ge-1/2/[5-8]>"`) never create entries; they add to
 *   every entry that exists in the expanded configuration (written locally or created by a
 *   non-wildcard key of any applied group) [U for the latter]. Within one group, for one entry,
 *   the exact key wins, then wildcards by specificity (more literal characters), then by the
 *   order written [U]; group priority comes before all of that [U].
 * - [C] `apply-groups-except [ names ]` (anywhere but the top) stops the named groups, applied
 *   at an outer level, from reaching this level and everything below it. [U] A deeper
 *   `apply-groups` naming one of them applies it again; it does not filter groups applied at
 *   its own level.
 * - [C] Group `re0` applies only on the RE in slot 0, `re1` only in slot 1; on the other RE it
 *   contributes nothing even when listed. [U] `re` defaults to 're0' (a single-RE view, e.g. an
 *   offline tool without `--re`, is slot 0).
 * - [U] `inactive:` an inactive group or `apply-groups` contributes nothing. An inactive
 *   statement inside a group is inherited as inactive, but only where neither the local
 *   configuration nor an active group statement provides the same statement; it never merges
 *   into an active one.
 * - [U] Choices: a group statement is not added beside a statement of the same choice that is
 *   already there (local, or from a higher-priority group): local `routing-engine 0 master`
 *   keeps the group's `backup` out.
 * - [U] `apply-groups` written inside a group is ignored; annotations (comments) are not
 *   inherited; the `protect:` mark comes with the statement that creates the node.
 * - [U] `when` conditions and `junos-defaults` are not modelled.
 */
import type { ConfigNode } from './node.js';
import { Expander, NO_SOURCES } from './groups-expander.js';

export type RoutingEngineSlot = 're0' | 're1';

export interface ExpandOptions {
  /** The RE whose view is built; 're0' when omitted. */
  readonly re?: RoutingEngineSlot;
}

export interface GroupExpansion {
  /** The expanded configuration (no `groups`, no `apply-groups`). */
  readonly tree: ConfigNode;
  readonly re: RoutingEngineSlot;
  /** The group an inherited node of `tree` came from; undefined for local statements. */
  groupOf(node: ConfigNode): string | undefined;
  /** For a leaf-list of `tree`: the values a group added, value → group. */
  inheritedValues(node: ConfigNode): ReadonlyMap<string, string> | undefined;
}

/** The groups that may contribute on `re`: active ones, without the other RE's group. */
function applicableGroups(tree: ConfigNode, re: RoutingEngineSlot): Map<string, ConfigNode> {
  const other = re === 're0' ? 're1' : 're0';
  const groups = new Map<string, ConfigNode>();
  for (const child of tree.children) {
    if (child.name !== 'groups' || child.key === undefined) continue;
    if (child.inactive || child.key === other) continue;
    groups.set(child.key, child);
  }
  return groups;
}

/** Expands the configuration groups of `tree` (the root) as Routing Engine `re` applies them. */
export function expandGroups(tree: ConfigNode, options: ExpandOptions = {}): GroupExpansion {
  const re = options.re ?? 're0';
  const expander = new Expander(applicableGroups(tree, re));
  const expanded = expander.build(tree.schema, tree.key, tree, NO_SOURCES);
  const { nodeGroup, valueGroups } = expander;
  return {
    tree: expanded,
    re,
    groupOf: (node) => nodeGroup.get(node),
    inheritedValues: (node) => valueGroups.get(node),
  };
}
