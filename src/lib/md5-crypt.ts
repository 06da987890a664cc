/**
 * MD5 crypt (`$1$salt$hash`), Poul-Henning Kamp's FreeBSD scheme (the glibc `crypt(3)` `$1$`
 * method), which older Junos releases wrote `encrypted-password`s in. Built on node:crypto's MD5.
 *
 * Owns hashing a password with a salt (`md5Crypt`) and checking a password against a stored hash
 * (`verifyMd5Crypt`). Tested against hashes made by glibc and OpenSSL (`openssl passwd -1`).
 * Nothing else: choosing salts and storing hashes are the callers' business.
 *
 * Rules (from the reference implementation): the salt is what follows `$1$` up to the next `$`,
 * at most 8 characters (longer ones are cut); there are always 1000 rounds.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { digestParts, encode24 } from './crypt-common.js';

const MAGIC = '$1$';
const MAX_SALT = 8;
const ROUNDS = 1000;

/** The byte triples of the final encoding, in output order. */
const ORDER: readonly (readonly [number, number, number])[] = [
  [0, 6, 12], [1, 7, 13], [2, 8, 14], [3, 9, 15], [4, 10, 5],
];

const md5 = (...parts: readonly Buffer[]): Buffer => digestParts('md5', ...parts);


/** The salt of a `$1$salt[$...]` string; undefined when it is not a `$1$` string. */
export function parseMd5Salt(setting: string): string | undefined {
  if (!setting.startsWith(MAGIC)) return undefined;
  const rest = setting.slice(MAGIC.length);
  const end = rest.indexOf('$');
  return end < 0 ? rest : rest.slice(0, end);
}

/** The `$1$` hash of `password` with the given salt (up to 8 characters are used). */
export function md5Crypt(password: string, salt: string): string {
  const p = Buffer.from(password, 'utf8');
  const s = Buffer.from(salt, 'utf8').subarray(0, MAX_SALT);

  const alternate = md5(p, s, p);
  const context = createHash('md5').update(p).update(MAGIC).update(s);
  for (let left = p.length; left > 0; left -= 16) context.update(alternate.subarray(0, Math.min(16, left)));
  // The reference code feeds a NUL byte for each set bit and the first password byte otherwise.
  const zero = Buffer.alloc(1);
  const first = p.subarray(0, 1);
  for (let n = p.length; n > 0; n >>>= 1) context.update(n & 1 ? zero : first);
  let digest = context.digest();

  for (let i = 0; i < ROUNDS; i += 1) {
    const round = createHash('md5');
    round.update(i & 1 ? p : digest);
    if (i % 3 !== 0) round.update(s);
    if (i % 7 !== 0) round.update(p);
    round.update(i & 1 ? digest : p);
    digest = round.digest();
  }

  let hash = '';
  for (const [x, y, z] of ORDER) hash += encode24(digest[x] as number, digest[y] as number, digest[z] as number, 4);
  hash += encode24(0, 0, digest[11] as number, 2);
  return `${MAGIC}${s.toString('utf8')}$${hash}`;
}

/** Whether `password` matches a stored `$1$` hash (false for any other form). */
export function verifyMd5Crypt(password: string, stored: string): boolean {
  const salt = parseMd5Salt(stored);
  if (salt === undefined) return false;
  const computed = Buffer.from(md5Crypt(password, salt));
  const expected = Buffer.from(stored);
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}
