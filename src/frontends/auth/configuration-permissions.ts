/**
 * What a login may do with the configuration: enter configuration mode, view and change which
 * statements, see secrets, commit and roll back.
 *
 * Owns the table of configuration areas (`CONFIGURATION_AREAS`: statement path prefix → the
 * permission flag whose plain form views it and whose `-control` form changes it) and the
 * decisions over it. It does not walk configurations (the front ends filter what they show
 * with `mayViewConfiguration`) and does not decide operational commands
 * (command-permissions.ts).
 *
 * Rules (Junos):
 * - Configuration mode needs `configure` (through `mayRunCommand`, so `allow-commands` /
 *   `deny-commands` apply to `configure` as to any command); so do edits and commits.
 * - Viewing an area needs its flag, its `-control` flag, or `view-configuration` ("all of the
 *   configuration excluding secrets, system scripts, and event options"; choice: those two, and
 *   without `view-configuration` any hierarchy the table does not know, need `all` or
 *   `control`). Changing an area needs its `-control` flag; `control` (and `all-control`,
 *   choice) grant every `-control`; `all` grants everything.
 * - Secret values (`encrypted-password`; `plain-text-password` leads to one) are seen with
 *   `secret` or `secret-control` and changed with `secret-control`, on top of the area's flag.
 * - `allow-configuration(-regexps)` grants view and change of the statements it matches,
 *   `deny-configuration(-regexps)` takes both away (deny wins, Junos's default without
 *   `regex-additive-logic`). An expression matching a statement covers everything below it:
 *   each is tried on the path and on every shorter path above it (`system login class m.*`
 *   covers `system login class mgr permissions view`).
 * - Changing a path no area covers (a hierarchy this table does not know), or the whole
 *   configuration at once (`[]`), needs `all` or `control`.
 *
 * Areas, from the flag pages ("Configuration Hierarchy Levels"), and the choices:
 * - `system` → system; `system login`, `system root-authentication` → admin (documented).
 * - `interfaces`, `chassis`, `groups` → interface (documented: interface-control "can edit
 *   [edit chassis], [edit class-of-service], [edit groups], [edit forwarding-options] and
 *   [edit interfaces]").
 * - Choice: inside `groups <name>`, the statements also need the flag of the area they would
 *   land in (`groups re0 system host-name` needs interface-control and system-control), so a
 *   group cannot smuggle in what the class may not configure directly.
 * - Choice: the top-level `apply-groups` is `interface`, as `groups`; one inside a hierarchy
 *   belongs to that hierarchy.
 * - Choice: `version` is `system` (mgd stamps it; nobody needs to edit it).
 * - `routing-options`, `protocols`, `policy-options`, `routing-instances` → routing; `snmp` →
 *   snmp; `firewall` → firewall; `class-of-service`, `forwarding-options` → interface;
 *   `security` → security; `access` → access (documented).
 */
import type { Login } from './authenticate.js';
import { mayRunCommand } from './command-permissions.js';
import { hasControl, hasFlag, matchesAny, type LoginClass } from './login-class.js';

/** Statement path prefix → the flag of its area (plain form views, `-control` changes). */
export const CONFIGURATION_AREAS: Readonly<Record<string, string>> = Object.freeze({
  version: 'system',
  groups: 'interface',
  'apply-groups': 'interface',
  system: 'system',
  'system login': 'admin',
  'system root-authentication': 'admin',
  chassis: 'interface',
  interfaces: 'interface',
  'class-of-service': 'interface',
  'forwarding-options': 'interface',
  snmp: 'snmp',
  'routing-options': 'routing',
  protocols: 'routing',
  'policy-options': 'routing',
  'routing-instances': 'routing',
  firewall: 'firewall',
  security: 'security',
  access: 'access',
});

/** Statement names whose values are secrets. */
export const SECRET_STATEMENTS: ReadonlySet<string> = new Set(['encrypted-password', 'plain-text-password']);

const AREAS: readonly (readonly [readonly string[], string])[] = Object.entries(CONFIGURATION_AREAS)
  .map(([prefix, flag]) => [prefix.split(' '), flag] as const)
  .sort((a, b) => b[0].length - a[0].length);

/** The flag of the area `path` is in (longest prefix); undefined when no area covers it. */
export function configurationArea(path: readonly string[]): string | undefined {
  return AREAS.find(([prefix]) => prefix.length <= path.length && prefix.every((word, i) => path[i] === word))?.[1];
}

/** Whether `path` reaches a secret statement of an `authentication` block. */
function isSecretPath(path: readonly string[]): boolean {
  return path.some((word, i) => SECRET_STATEMENTS.has(word) && (path[i - 1] === 'authentication' || path[i - 1] === 'root-authentication'));
}

/** The paths whose areas `path` needs: itself, and inside a group also the path without `groups <name>`. */
function areaPaths(path: readonly string[]): readonly (readonly string[])[] {
  return path[0] === 'groups' && path.length > 2 ? [path, path.slice(2)] : [path];
}

/** What the expressions of the class say about `path`: 'deny', 'allow' or nothing. */
function expressionVerdict(loginClass: LoginClass, path: readonly string[]): 'deny' | 'allow' | undefined {
  const prefixes: string[] = [];
  for (let k = 1; k <= path.length; k += 1) prefixes.push(path.slice(0, k).join(' '));
  if (prefixes.some((text) => matchesAny(loginClass.denyConfiguration, text))) return 'deny';
  if (prefixes.some((text) => matchesAny(loginClass.allowConfiguration, text))) return 'allow';
  return undefined;
}

/** Whether the class controls every area (`all`, `control`, `all-control`). */
function controlsEverything(loginClass: LoginClass): boolean {
  const flags = loginClass.flags;
  return flags.has('all') || flags.has('control') || flags.has('all-control');
}

/** Paths `view-configuration` does not show ("excluding secrets, system scripts, and event options"). */
const BEYOND_VIEW_CONFIGURATION: readonly (readonly string[])[] = [['event-options'], ['system', 'scripts']];

function viewConfigurationShows(loginClass: LoginClass, path: readonly string[]): boolean {
  if (!hasFlag(loginClass, 'view-configuration')) return false;
  return !BEYOND_VIEW_CONFIGURATION.some((prefix) => prefix.every((word, i) => path[i] === word));
}

function flagsMayView(loginClass: LoginClass, path: readonly string[]): boolean {
  if (path.length === 0) return true;
  return areaPaths(path).every((candidate) => {
    if (viewConfigurationShows(loginClass, candidate)) return true;
    const area = configurationArea(candidate);
    if (area === undefined) return controlsEverything(loginClass);
    return hasFlag(loginClass, area) || hasControl(loginClass, area);
  });
}

function flagsMayEdit(loginClass: LoginClass, path: readonly string[]): boolean {
  if (path.length === 0) return controlsEverything(loginClass);
  if (isSecretPath(path) && !hasControl(loginClass, 'secret')) return false;
  return areaPaths(path).every((candidate) => {
    const area = configurationArea(candidate);
    return area === undefined ? controlsEverything(loginClass) : hasControl(loginClass, area);
  });
}

/** Whether `login` may enter configuration mode (or open a candidate over NETCONF/REST). */
export function mayConfigure(login: Login): boolean {
  return mayRunCommand(login, ['configure']);
}

/** Whether `login` may commit (choice: whoever may configure; what they changed was checked as they changed it). */
export function mayCommit(login: Login): boolean {
  return mayConfigure(login);
}

/** Whether `login` may roll back to configuration `index` (0 needs `configure`, older ones `rollback` too). */
export function mayRollback(login: Login, index: number): boolean {
  return mayConfigure(login) && (index === 0 || hasFlag(login.permissions, 'rollback'));
}

/** Whether `login` may see secret values (else they are shown as `/* SECRET-DATA *\/`). */
export function mayViewSecrets(login: Login): boolean {
  return hasFlag(login.permissions, 'secret') || hasControl(login.permissions, 'secret');
}

/**
 * Whether `login` may see the statement at `path` (statement names, keys and values in full
 * words, `[]` for the top). Secret values need `mayViewSecrets` as well.
 */
export function mayViewConfiguration(login: Login, path: readonly string[]): boolean {
  const verdict = expressionVerdict(login.permissions, path);
  if (verdict !== undefined) return verdict === 'allow';
  return flagsMayView(login.permissions, path);
}

/** Whether `login` may change (set, delete, activate ...) the statement at `path`. */
export function mayEditConfiguration(login: Login, path: readonly string[]): boolean {
  if (!mayConfigure(login)) return false;
  const verdict = expressionVerdict(login.permissions, path);
  if (verdict !== undefined) return verdict === 'allow';
  return flagsMayEdit(login.permissions, path);
}
