/**
 * Checking a password against a stored crypt(3) hash of any scheme Junos writes or accepts.
 *
 * Owns the choice of scheme by the hash's prefix: `$6$` SHA-512 (Junos's default), `$5$`
 * SHA-256 and `$1$` MD5 (older releases). The schema also admits `$sha1$` (NetBSD's HMAC-SHA1
 * crypt, Junos FIPS mode); it is not implemented, so such a hash matches no password (default
 * deny). Every check compares in constant time (the lib functions use `timingSafeEqual`). It
 * does not know accounts (accounts.ts) and never logs or returns a secret.
 */
import { verifyMd5Crypt } from '../../lib/md5-crypt.js';
import { verifySha256Crypt } from '../../lib/sha256-crypt.js';
import { verifySha512Crypt } from '../../lib/sha512-crypt.js';

/** Whether `password` matches `stored`; false for an unknown or unsupported scheme. */
export function verifyCryptHash(password: string, stored: string): boolean {
  if (stored.startsWith('$6$')) return verifySha512Crypt(password, stored);
  if (stored.startsWith('$5$')) return verifySha256Crypt(password, stored);
  if (stored.startsWith('$1$')) return verifyMd5Crypt(password, stored);
  return false;
}

/** A `$6$` string no password hashes to (its hash part is made up), checked when there is nothing to check. */
const DUMMY_HASH = '$6$Rt1wIn.dummy$4HhWgE0ovHcCq0w0DMIXfQVnpEkH1vDPyOeAE6QCHMebGT9ZeGDz36zKlFsLJgPrrNdsKAMg0cPW8F9vOwpFq/';

/**
 * Spends the time of a real check: used for an unknown user or one without a password, so that
 * the answer time does not tell which accounts exist.
 */
export function spendCheckTime(password: string): void {
  verifySha512Crypt(password, DUMMY_HASH);
}
