/**
 * The login cache: remembers successful password checks so that a user who logs in again with
 * the same password (a NETCONF or CLI client opening session after session, every request of a
 * REST client) does not pay the SHA-512 crypt again (5000 rounds, ~15-60 ms here, most of a
 * NETCONF session setup). One cache per process, shared by every front end (SSH CLI, NETCONF,
 * REST) through `cachedCheckPassword`.
 *
 * Owns the cache only; the check itself is authenticate.ts's `checkPassword`, whose answer it
 * returns unchanged. It never logs or returns a secret.
 *
 * What an entry is: (configuration object, user, HMAC-SHA-256 of user and password under a key
 * of 32 random bytes drawn when the cache is made, so once per process for the shared one) → the
 * `Login` the check returned.
 *
 * Security reasoning:
 * - The password itself is never kept, nor an unkeyed hash of it: the key is random, lives only
 *   in this process's memory and is never written anywhere, so an entry is useless outside the
 *   process (no precomputed tables, no guessing against a leaked entry without the key).
 * - Only successes are cached. A wrong password, an unknown user or a refused class always runs
 *   the full check (`checkPassword`, which spends the crypt's time for unknown users too), so
 *   guessing costs exactly what it cost before, and the answer time of a failure tells nothing.
 *   A fast answer only tells someone who already knows a correct password that it was used
 *   recently.
 * - Entries are tied to the configuration object the check ran against (the RE's committed,
 *   expanded configuration, `re.expanded()`, which is never changed in place): any commit (a new
 *   password, a removed user, a changed class) gives a new object, so nothing cached before it
 *   is consulted after it. Old entries go with their configuration (a WeakMap).
 * - The user is part of the keyed hash (length-prefixed, so `user`/`password` boundaries cannot
 *   be shifted), so one user's password never opens another account.
 * - Look-ups compare keyed digests in a Map: what their timing could reveal is a digest the
 *   attacker cannot compute without the key.
 * - Bounded: at most 256 logins per configuration; the least recently used goes first.
 * - The trade-off: to someone who can read this process's memory, a cached entry plus the key is
 *   a fast hash of a recently used password, cheaper to attack by guessing than the crypt. Such a
 *   reader also sees passwords in clear as they arrive (SSH and HTTP buffers), so the cache adds
 *   no real exposure; it is not persisted and dies with the process.
 */
import { createHmac, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import type { ConfigNode } from '../../config/node.js';
import { checkPassword, type Login } from './authenticate.js';

/** The most logins remembered per configuration. */
export const LOGIN_CACHE_LIMIT = 256;

export type PasswordCheck = (config: ConfigNode, user: string, password: string) => Login | undefined;

export interface LoginCacheOptions {
  /** The most logins per configuration (LOGIN_CACHE_LIMIT by default). */
  readonly limit?: number;
  /** The check behind the cache (authenticate.ts's `checkPassword`; tests count calls). */
  readonly check?: PasswordCheck;
}

export class LoginCache {
  /** The HMAC key: random, per cache, never leaves this object. */
  readonly #key: KeyObject = createSecretKey(randomBytes(32));
  readonly #limit: number;
  readonly #check: PasswordCheck;
  #byConfig = new WeakMap<ConfigNode, Map<string, Login>>();

  constructor(options: LoginCacheOptions = {}) {
    this.#limit = options.limit ?? LOGIN_CACHE_LIMIT;
    this.#check = options.check ?? checkPassword;
  }

  /** `checkPassword(config, user, password)`, skipping the crypt for a login seen before. */
  check(config: ConfigNode, user: string, password: string): Login | undefined {
    const key = createHmac('sha256', this.#key).update(`${user.length}:${user}\0${password}`, 'utf8').digest('base64');
    let cache = this.#byConfig.get(config);
    const known = cache?.get(key);
    if (cache !== undefined && known !== undefined) {
      // Most recently used last.
      cache.delete(key);
      cache.set(key, known);
      return known;
    }
    const login = this.#check(config, user, password);
    if (login === undefined) return undefined;
    if (cache === undefined) {
      cache = new Map();
      this.#byConfig.set(config, cache);
    }
    if (cache.size >= this.#limit) cache.delete(cache.keys().next().value as string);
    cache.set(key, login);
    return login;
  }

  /** Forgets every login (every check runs the crypt again). */
  clear(): void {
    this.#byConfig = new WeakMap();
  }
}

/** The process's cache, shared by every front end. */
const shared = new LoginCache();

/** `checkPassword` through the shared login cache: what the front ends call. */
export function cachedCheckPassword(config: ConfigNode, user: string, password: string): Login | undefined {
  return shared.check(config, user, password);
}

/** Empties the shared cache (benchmarks measure cold logins with it). */
export function clearLoginCache(): void {
  shared.clear();
}
