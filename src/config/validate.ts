/**
 * Commit-time validation: everything `commit check` finds in a configuration that parsed.
 *
 * Owns running the semantic checks of `checks/` over the configuration of one Routing Engine
 * after its groups are expanded (`expandGroups(tree, { re })`), collecting every error and
 * warning at once as `ConfigIssue` values, and the closing line Junos prints after them.
 * Parse-level problems (syntax, bad values) are the parsers' business, and printing, the
 * per-RE `reX:` headers and deciding whether to go on are the commit runner's.
 *
 * Each check file documents its wording and where it comes from; where Junos's text could not
 * be confirmed the check says so and the text is retwin's. Summary of the choices:
 * - Missing mandatory statement: reported one level up, on the statement lacking the child
 *   (`[edit system login]` / `'user lab'` / `Missing mandatory statement: 'class'`), as devices
 *   do for `'system'` lacking `root-authentication`.
 * - Both REs `master`, NSR without GRES or without `commit synchronize`: daemon refusals with
 *   retwin's texts. `keepalive-time` with GRES, an undefined login class: mgd constraints with
 *   retwin's texts in mgd's style. Group problems (undefined `apply-groups`, reserved names) are
 *   `groups-check.ts`'s, run on `source`, and count as mgd's for the closing line.
 * - Backup router off the management subnets, the same address on two logical interfaces:
 *   warnings (the commit goes on), the first exactly as procedure.md 8.5 shows.
 * - All problems are reported together, though a real mgd stops before asking the daemons when
 *   its own checks (mandatory statements, constraints) fail. Issues come in check order:
 *   groups, mandatory statements, login classes, chassis redundancy, NSR, static routes, then
 *   the warnings-only checks (duplicate addresses, backup routers); each in configuration order.
 * - Inactive statements and the contents of `[edit groups]` are never checked.
 */
import type { ConfigIssue } from './errors.js';
import { checkGroups } from './groups-check.js';
import type { ConfigNode } from './node.js';
import { checkBackupRouter } from './checks/backup-router.js';
import type { Check, CheckContext } from './checks/check.js';
import type { RoutingEngineSlot } from './groups.js';
import { checkDuplicateAddress } from './checks/duplicate-address.js';
import { checkLoginClass } from './checks/login-class.js';
import { checkMandatory } from './checks/mandatory.js';
import { checkNonstopRouting } from './checks/nonstop-routing.js';
import { checkRedundancy } from './checks/redundancy.js';
import { checkStaticNextHops } from './checks/static-next-hop.js';

export { backupRouterReachable, type BackupRouterReach } from './checks/backup-router.js';
export type { RoutingEngineSlot } from './groups.js';

export interface ValidateOptions {
  /** The RE whose expanded configuration this is. */
  readonly re: RoutingEngineSlot;
  /**
   * This RE's management interface: `fxp0` (the default), `em0`, `me0`, or on Junos OS Evolved
   * `re0:mgmt-0` / `re1:mgmt-0`. A name without its RE prefix (`mgmt-0`) gets this RE's.
   */
  readonly managementInterface?: string;
  /**
   * The configuration before group expansion. When given, its groups are checked too
   * (`checkGroups` of `groups-check.ts`: undefined groups in `apply-groups`, reserved names).
   */
  readonly source?: ConfigNode;
}

/** The management interface a check should look at on `re`. */
export function managementInterfaceFor(re: RoutingEngineSlot, name = 'fxp0'): string {
  return /^mgmt-\d+$/.test(name) ? `${re}:${name}` : name;
}

const CHECKS: readonly Check[] = [
  (_expanded, context) => (context.source === undefined ? [] : checkGroups(context.source)),
  checkMandatory,
  checkLoginClass,
  checkRedundancy,
  checkNonstopRouting,
  checkStaticNextHops,
  checkDuplicateAddress,
  checkBackupRouter,
];

/** Every commit-time error and warning of one RE's expanded configuration. */
export function validateConfig(expanded: ConfigNode, options: ValidateOptions): ConfigIssue[] {
  const context: CheckContext = {
    re: options.re,
    managementInterface: managementInterfaceFor(options.re, options.managementInterface),
    source: options.source,
  };
  return CHECKS.flatMap((check) => check(expanded, context));
}

/** Whether the issues stop the commit (any error; warnings do not). */
export function hasErrors(issues: readonly ConfigIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/**
 * Why mgd failed the check-out: missing mandatory statements first, else any other error of
 * mgd's own (a constraint, or a group error of `checkGroups`); undefined when only daemons
 * (code `commit-check`) refused.
 */
function reason(issues: readonly ConfigIssue[]): string | undefined {
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.some((issue) => issue.code === 'missing-mandatory')) return 'missing mandatory statements';
  if (errors.some((issue) => issue.code !== 'commit-check')) return 'statements constraint check failed';
  return undefined;
}

/**
 * The line `commit check` ends with after its errors: `error: configuration check-out failed:
 * (missing mandatory statements)` when mandatory statements are missing, `...: (statements
 * constraint check failed)` for mgd's constraints, plain `error: configuration check-out failed`
 * for a daemon's refusal. Undefined when nothing stops the commit.
 */
export function checkoutFailedLine(issues: readonly ConfigIssue[]): string | undefined {
  if (!hasErrors(issues)) return undefined;
  const why = reason(issues);
  return why === undefined ? 'error: configuration check-out failed' : `error: configuration check-out failed: (${why})`;
}

/**
 * The line a plain `commit` ends with: mgd's own failures read `error: commit failed: (missing
 * mandatory statements)` / `error: commit failed: (statements constraint check failed)` (both
 * seen on devices); a daemon's refusal reads `error: configuration check-out failed`, as after
 * `commit check`.
 */
export function commitFailedLine(issues: readonly ConfigIssue[]): string | undefined {
  if (!hasErrors(issues)) return undefined;
  const why = reason(issues);
  return why === undefined ? 'error: configuration check-out failed' : `error: commit failed: (${why})`;
}
