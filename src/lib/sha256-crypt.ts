/**
 * SHA-256 crypt (`$5$salt$hash`): Ulrich Drepper's "Unix crypt using SHA-256 and SHA-512" (the
 * glibc `crypt(3)` `$5$` method), built on node:crypto's SHA-256. Junos accepts such hashes in
 * `encrypted-password` (its own default is `$6$`, src/lib/sha512-crypt.ts).
 *
 * Owns hashing a password with a salt (`sha256Crypt`) and checking a password against a stored
 * hash (`verifySha256Crypt`). Tested against the specification's own vectors. Nothing else:
 * choosing salts and storing hashes are the callers' business.
 *
 * Rules (from the specification, the same as for `$6$`): the salt is at most 16 characters
 * (longer ones are cut); the number of rounds is 5000 unless `rounds=N$` is given (clamped to
 * 1000..999999999), and the output names the rounds only when they were given.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { digestParts, repeatTo, encode24 } from './crypt-common.js';
import type { CryptSettings } from './sha512-crypt.js';

const DEFAULT_ROUNDS = 5000;
const MIN_ROUNDS = 1000;
const MAX_ROUNDS = 999_999_999;
const MAX_SALT = 16;

/** The byte triples of the final encoding, in output order. */
const ORDER: readonly (readonly [number, number, number])[] = [
  [0, 10, 20], [21, 1, 11], [12, 22, 2], [3, 13, 23], [24, 4, 14],
  [15, 25, 5], [6, 16, 26], [27, 7, 17], [18, 28, 8], [9, 19, 29],
];

const sha256 = (...parts: readonly Buffer[]): Buffer => digestParts('sha256', ...parts);



/** Reads `$5$[rounds=N$]salt[$...]` into its settings; undefined when it is not a `$5$` string. */
export function parseSha256Settings(setting: string): CryptSettings | undefined {
  const match = /^\$5\$(?:rounds=(\d+)\$)?([^$]*)/.exec(setting);
  if (match === null) return undefined;
  const salt = match[2] ?? '';
  return match[1] === undefined ? { salt } : { salt, rounds: Number(match[1]) };
}

/** The `$5$` hash of `password` with the given salt (and rounds). */
export function sha256Crypt(password: string, settings: CryptSettings): string {
  const p = Buffer.from(password, 'utf8');
  const s = Buffer.from(settings.salt, 'utf8').subarray(0, MAX_SALT);
  const custom = settings.rounds !== undefined;
  const rounds = Math.min(MAX_ROUNDS, Math.max(MIN_ROUNDS, Math.floor(settings.rounds ?? DEFAULT_ROUNDS)));

  const b = sha256(p, s, p);
  const a = createHash('sha256').update(p).update(s).update(repeatTo(b, p.length));
  for (let n = p.length; n > 0; n >>>= 1) a.update(n & 1 ? b : p);
  let c = a.digest();

  const dp = sha256(...Array<Buffer>(p.length).fill(p));
  const pBytes = repeatTo(dp, p.length);
  const ds = sha256(...Array<Buffer>(16 + (c[0] as number)).fill(s));
  const sBytes = repeatTo(ds, s.length);

  for (let i = 0; i < rounds; i += 1) {
    const round = createHash('sha256');
    round.update(i & 1 ? pBytes : c);
    if (i % 3 !== 0) round.update(sBytes);
    if (i % 7 !== 0) round.update(pBytes);
    round.update(i & 1 ? c : pBytes);
    c = round.digest();
  }

  let hash = '';
  for (const [x, y, z] of ORDER) hash += encode24(c[x] as number, c[y] as number, c[z] as number, 4);
  hash += encode24(0, c[31] as number, c[30] as number, 3);
  const prefix = custom ? `$5$rounds=${rounds}$` : '$5$';
  return `${prefix}${s.toString('utf8')}$${hash}`;
}

/** Whether `password` matches a stored `$5$` hash (false for any other form). */
export function verifySha256Crypt(password: string, stored: string): boolean {
  const settings = parseSha256Settings(stored);
  if (settings === undefined) return false;
  const computed = Buffer.from(sha256Crypt(password, settings));
  const expected = Buffer.from(stored);
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}
