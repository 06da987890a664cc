/**
 * User accounts as the committed configuration defines them: `root` (from `[edit system
 * root-authentication]`) and each `[edit system login user <name>]`.
 *
 * Owns finding an account by name and reading what identifies it: uid, class name, full name and
 * the `authentication` block holding its password hash and SSH keys. It does not check
 * credentials (authenticate.ts) or resolve classes (login-class.ts).
 *
 * Choices:
 * - root has uid 0 and class `super-user`; a `system login user root` is never consulted (Junos
 *   refuses to commit one).
 * - A user without `uid` gets the lowest free uid from 2000 up, in the order the users are
 *   configured (Junos assigns one at commit; 2000 is where it starts for the CLI's users).
 * - Inactive statements are not in effect: an inactive user does not exist, an inactive
 *   `encrypted-password` is no password.
 * - `plain-text-password` is a flag the CLI never stores (it prompts and stores the hash in
 *   `encrypted-password`, schema `promptsFor`); if a loaded file carries the flag alone, the
 *   account has no password. Junos likewise never keeps clear text.
 */
import { activeAt, activeChild, activeEntries } from '../../config/checks/active.js';
import type { ConfigNode } from '../../config/node.js';

export const ROOT_USER = 'root';
export const ROOT_CLASS = 'super-user';
const FIRST_AUTO_UID = 2000;

export interface Account {
  readonly user: string;
  readonly uid: number;
  /** The configured class name; undefined when the user has none (Junos would not commit that). */
  readonly className: string | undefined;
  readonly fullName: string | undefined;
  /** The `authentication` (or `root-authentication`) block, if any. */
  readonly authentication: ConfigNode | undefined;
}

function autoUid(users: readonly ConfigNode[], user: ConfigNode): number {
  const taken = new Set<number>();
  for (const entry of users) {
    const uid = activeChild(entry, 'uid')?.value;
    if (uid !== undefined) taken.add(Number(uid));
  }
  let next = FIRST_AUTO_UID;
  for (const entry of users) {
    while (taken.has(next)) next += 1;
    if (activeChild(entry, 'uid') !== undefined) continue;
    if (entry === user) return next;
    next += 1;
  }
  return next;
}

/** The account named `user` in `config` (an expanded configuration), or undefined. */
export function findAccount(config: ConfigNode, user: string): Account | undefined {
  const system = activeChild(config, 'system');
  if (user === ROOT_USER) {
    return { user, uid: 0, className: ROOT_CLASS, fullName: undefined, authentication: activeChild(system, 'root-authentication') };
  }
  const users = activeEntries(activeAt(system, 'login'), 'user');
  const entry = users.find((candidate) => candidate.key === user);
  if (entry === undefined) return undefined;
  const uid = activeChild(entry, 'uid')?.value;
  return {
    user,
    uid: uid === undefined ? autoUid(users, entry) : Number(uid),
    className: activeChild(entry, 'class')?.value,
    fullName: activeChild(entry, 'full-name')?.value,
    authentication: activeChild(entry, 'authentication'),
  };
}

/** The stored password hash of an account; undefined when it has none. */
export function passwordHash(account: Account): string | undefined {
  const hash = activeChild(account.authentication, 'encrypted-password')?.value;
  return hash === undefined || hash === '' ? undefined : hash;
}

/** The key lists of an authentication block, as the schema names them. */
export const KEY_LISTS: readonly string[] = ['ssh-rsa', 'ssh-dsa', 'ssh-ecdsa', 'ssh-ed25519'];

export interface KeyEntry {
  /** The configured key line. */
  readonly line: string;
  /** The `from` pattern list restricting where the key may be used, if any. */
  readonly from: string | undefined;
}

/** The configured SSH keys of an account (none when `no-public-keys` is set). */
export function publicKeys(account: Account): KeyEntry[] {
  const block = account.authentication;
  if (block === undefined || activeChild(block, 'no-public-keys') !== undefined) return [];
  const out: KeyEntry[] = [];
  for (const list of KEY_LISTS) {
    for (const entry of activeEntries(block, list)) {
      if (entry.key !== undefined) out.push({ line: entry.key, from: activeChild(entry, 'from')?.value });
    }
  }
  return out;
}
