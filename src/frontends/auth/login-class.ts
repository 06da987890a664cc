/**
 * Login classes: what a class grants, read from `[edit system login class]` or predefined.
 *
 * Owns the resolved form of a class (`LoginClass`: permission flags, compiled allow/deny
 * expressions, idle timeout) and the rules for reading one: the four predefined classes of Junos
 * (super-user/superuser = all, operator = clear network reset trace view, read-only = view,
 * unauthorized = none; they cannot be redefined: Junos renames a configured class of such a
 * name to `<name>-local`, so the predefined one always wins here) and custom classes. It does not
 * decide what a class may do (command-permissions.ts, configuration-permissions.ts) or who logs
 * in (authenticate.ts).
 *
 * Junos semantics kept:
 * - Expressions are POSIX extended regular expressions, not case-sensitive. `allow-commands`,
 *   `deny-commands`, `allow-configuration`, `deny-configuration` are searched anywhere in the
 *   command or statement path (`^`/`$` anchor where the writer wants); the `-regexps` lists are
 *   matched against the whole path ("evaluated against the full path"), so each is anchored.
 *   POSIX bracket classes (`[[:digit:]]` ...) are translated to JavaScript.
 * - "If a regular expression contains a syntax error, user authentication fails": a class whose
 *   expressions do not compile resolves to undefined, and its users cannot log in.
 * - SCP and SFTP are off for the predefined operator and read-only classes.
 * Choice: inactive statements are not in effect (an inactive class does not exist).
 */
import { activeAt, activeChild } from '../../config/checks/active.js';
import type { ConfigNode } from '../../config/node.js';

/** The class names Junos predefines, with their permission flags. */
export const PREDEFINED_CLASSES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'super-user': ['all'],
  superuser: ['all'],
  operator: ['clear', 'network', 'reset', 'trace', 'view'],
  'read-only': ['view'],
  unauthorized: [],
});

/** A resolved login class. */
export interface LoginClass {
  /** The class name as configured (`super-user`, `noc` ...). */
  readonly name: string;
  readonly predefined: boolean;
  /** Permission flags (`view`, `configure`, `all` ...). */
  readonly flags: ReadonlySet<string>;
  readonly allowCommands: readonly RegExp[];
  readonly denyCommands: readonly RegExp[];
  readonly allowConfiguration: readonly RegExp[];
  readonly denyConfiguration: readonly RegExp[];
  /** Minutes of inactivity before a session is closed; undefined: never. */
  readonly idleTimeoutMinutes: number | undefined;
  readonly noScpServer: boolean;
  readonly noSftpServer: boolean;
}

/** The predefined class `name`, or undefined when `name` is not predefined. */
export function predefinedClass(name: string): LoginClass | undefined {
  const flags = Object.hasOwn(PREDEFINED_CLASSES, name) ? PREDEFINED_CLASSES[name] : undefined;
  if (flags === undefined) return undefined;
  const restricted = name === 'operator' || name === 'read-only';
  return {
    name,
    predefined: true,
    flags: new Set(flags),
    allowCommands: [],
    denyCommands: [],
    allowConfiguration: [],
    denyConfiguration: [],
    idleTimeoutMinutes: undefined,
    noScpServer: restricted,
    noSftpServer: restricted,
  };
}

/** POSIX bracket classes inside a bracket expression, and their JavaScript equivalents. */
const POSIX_CLASSES: Readonly<Record<string, string>> = {
  alnum: 'A-Za-z0-9',
  alpha: 'A-Za-z',
  blank: ' \\t',
  digit: '0-9',
  lower: 'a-z',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\s',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f',
};

/**
 * Compiles one Junos expression (case-insensitive); `anchored` matches the whole text.
 * Undefined when it does not compile.
 */
export function compileExpression(source: string, anchored: boolean): RegExp | undefined {
  let unknownClass = false;
  const translated = source.replace(/\[:([a-z]+):\]/g, (_whole, name: string) => {
    const replacement = POSIX_CLASSES[name];
    if (replacement === undefined) unknownClass = true;
    return replacement ?? '';
  });
  if (unknownClass) return undefined;
  try {
    return new RegExp(anchored ? `^(?:${translated})$` : translated, 'i');
  } catch {
    return undefined;
  }
}

/** The expressions of a class under `single` (searched) and `list` (anchored); undefined if one fails. */
function expressions(node: ConfigNode, single: string, list: string): RegExp[] | undefined {
  const out: RegExp[] = [];
  const one = activeChild(node, single)?.value;
  if (one !== undefined) {
    const compiled = compileExpression(one, false);
    if (compiled === undefined) return undefined;
    out.push(compiled);
  }
  for (const source of activeChild(node, list)?.values ?? []) {
    const compiled = compileExpression(source, true);
    if (compiled === undefined) return undefined;
    out.push(compiled);
  }
  return out;
}

/**
 * The class `name` as `config` (an expanded configuration) defines it: predefined first, then
 * `system login class <name>`. Undefined when the class does not exist or its expressions do not
 * compile.
 */
export function resolveLoginClass(config: ConfigNode, name: string): LoginClass | undefined {
  const predefined = predefinedClass(name);
  if (predefined !== undefined) return predefined;
  const node = activeChild(activeAt(config, 'system', 'login'), 'class', name);
  if (node === undefined) return undefined;
  const allowCommands = expressions(node, 'allow-commands', 'allow-commands-regexps');
  const denyCommands = expressions(node, 'deny-commands', 'deny-commands-regexps');
  const allowConfiguration = expressions(node, 'allow-configuration', 'allow-configuration-regexps');
  const denyConfiguration = expressions(node, 'deny-configuration', 'deny-configuration-regexps');
  if (allowCommands === undefined || denyCommands === undefined) return undefined;
  if (allowConfiguration === undefined || denyConfiguration === undefined) return undefined;
  const idle = activeChild(node, 'idle-timeout')?.value;
  return {
    name,
    predefined: false,
    flags: new Set(activeChild(node, 'permissions')?.values ?? []),
    allowCommands,
    denyCommands,
    allowConfiguration,
    denyConfiguration,
    idleTimeoutMinutes: idle === undefined ? undefined : Number(idle),
    noScpServer: activeChild(node, 'no-scp-server') !== undefined,
    noSftpServer: activeChild(node, 'no-sftp-server') !== undefined,
  };
}

/** Whether the class holds `flag`, counting `all` (every flag). */
export function hasFlag(loginClass: LoginClass, flag: string): boolean {
  return loginClass.flags.has('all') || loginClass.flags.has(flag);
}

/**
 * Whether the class may change the configuration area of `flag` (`system` → `system-control`):
 * `all`, the `-control` flag itself, or `control` ("all control-level operations"; choice:
 * `all-control` counts as `control`).
 */
export function hasControl(loginClass: LoginClass, flag: string): boolean {
  const flags = loginClass.flags;
  return flags.has('all') || flags.has('control') || flags.has('all-control') || flags.has(`${flag}-control`);
}

/** Whether any of `patterns` matches `text`. */
export function matchesAny(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((pattern) => pattern.test(text));
}
