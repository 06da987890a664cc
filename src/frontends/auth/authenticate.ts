/**
 * Who may log in: the one place every front end (SSH CLI, NETCONF, REST) asks.
 *
 * Owns turning credentials into a `Login` (the user, uid, class and what the class grants) from
 * the committed configuration as the asking RE sees it (`re.expanded()`: groups applied). Two
 * ways in: a password (`checkPassword`) and an SSH public key (`checkPublicKey`, the key blob
 * the client offers; the SSH transport verifies the signature). It does not decide what a login
 * may do (command-permissions.ts, configuration-permissions.ts), count failures or lock accounts
 * (`retry-options` belong to the transports), and it never logs or returns a secret.
 *
 * Rules:
 * - Unknown user, user without a password (for `checkPassword`) or without a matching key, or
 *   a class that does not exist or whose expressions do not compile (Junos: "user
 *   authentication fails") → undefined. The password checks of a refused user cost the same
 *   time as real ones.
 * - A key entry with `from` is used only when the caller gives the client's address and the
 *   pattern list admits it (default deny).
 */
import type { ConfigNode } from '../../config/node.js';
import { findAccount, passwordHash, publicKeys, type Account } from './accounts.js';
import { spendCheckTime, verifyCryptHash } from './crypt-hash.js';
import { resolveLoginClass, type LoginClass } from './login-class.js';
import { algorithmFitsKey, blobKeyType, parseKeyLine, patternListAllows, sameBlob } from './ssh-public-key.js';

/** A logged-in user and what their class grants. */
export interface Login {
  readonly user: string;
  readonly uid: number;
  /** The class name as configured (`super-user`, `operator`, a custom class). */
  readonly className: string;
  /**
   * The class as Junos reports it in `UI_LOGIN_EVENT` and the NETCONF hello comment
   * (`<!-- user lab, class j-super-user -->`): the configured name behind `j-` (custom classes
   * too, e.g. `j-admin`). Choice, unverified: root reports `super-user`.
   */
  readonly reportedClass: string;
  readonly fullName?: string;
  readonly permissions: LoginClass;
}

export interface PublicKeyOptions {
  /** The client's address, for keys restricted with `from`. */
  readonly clientAddress?: string;
}

function toLogin(config: ConfigNode, account: Account): Login | undefined {
  if (account.className === undefined) return undefined;
  const permissions = resolveLoginClass(config, account.className);
  if (permissions === undefined) return undefined;
  const reportedClass = account.uid === 0 ? account.className : `j-${account.className}`;
  const base = { user: account.user, uid: account.uid, className: account.className, reportedClass, permissions };
  return account.fullName === undefined ? base : { ...base, fullName: account.fullName };
}

/** The login of `user` if `password` is theirs; undefined otherwise. */
export function checkPassword(config: ConfigNode, user: string, password: string): Login | undefined {
  const account = findAccount(config, user);
  const hash = account === undefined ? undefined : passwordHash(account);
  if (account === undefined || hash === undefined) {
    spendCheckTime(password);
    return undefined;
  }
  if (!verifyCryptHash(password, hash)) return undefined;
  return toLogin(config, account);
}

/**
 * The login of `user` if the key they offer (`algorithm`, and `keyBlob` in SSH wire format) is
 * one of their configured keys; undefined otherwise.
 */
export function checkPublicKey(
  config: ConfigNode,
  user: string,
  algorithm: string,
  keyBlob: Buffer,
  options: PublicKeyOptions = {},
): Login | undefined {
  const account = findAccount(config, user);
  const offeredType = blobKeyType(keyBlob);
  if (account === undefined || offeredType === undefined || !algorithmFitsKey(algorithm, offeredType)) return undefined;
  const found = publicKeys(account).some((entry) => {
    const key = parseKeyLine(entry.line);
    if (key === undefined || key.type !== offeredType || !sameBlob(key.blob, keyBlob)) return false;
    if (entry.from === undefined) return true;
    return options.clientAddress !== undefined && patternListAllows(entry.from, options.clientAddress);
  });
  return found ? toLogin(config, account) : undefined;
}

/**
 * The login of `user` without a credential: for `request routing-engine login`, where the other
 * RE trusts the one the user is already logged in to (its own configuration still decides
 * whether the user exists and with which class). Undefined for an unknown user.
 */
export function loginOf(config: ConfigNode, user: string): Login | undefined {
  const account = findAccount(config, user);
  return account === undefined ? undefined : toLogin(config, account);
}
