/**
 * Serial numbers derived from the router's name: the same name always gives the same serials,
 * two names (almost always) different ones, and every serial has the shape of the real part's.
 *
 * Owns the pattern language and the hash only; which FRU uses which pattern is the chassis
 * model's business (`mx960.ts` …). A pattern is written with placeholders, every other
 * character standing for itself:
 *
 *   `#` a digit, `@` an upper-case letter, `%` an upper-case hexadecimal digit,
 *   `*` a digit or an upper-case letter.
 *
 * So `9013######` gives Routing Engine serials such as `9013407215`, `JN1%%%%%%AFA` MX960
 * chassis serials such as `JN11C9E07AFA`, and `BUILTIN` is just `BUILTIN`.
 *
 * The hash is SHA-256 of a seed (the inventory passes the model and router name, `MX960/r1`) and
 * the FRU's path (`Routing Engine 0`, `FPC 1/MIC 0/PIC 0/Xcvr 0`), so a FRU keeps its serial
 * when others are added or removed.
 * Choice: the serials of the procedure's lab (chassis JN11F4A7CAFA, REs 9013071946 and
 * 9013114402 for r1) are not reproduced: that would need a table keyed by router name.
 * Tests that compare against the procedure's transcripts substitute those serials explicitly.
 */
import { createHash } from 'node:crypto';

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const HEX = '0123456789ABCDEF';
const ALNUM = DIGITS + LETTERS;

const ALPHABETS: Readonly<Record<string, string>> = { '#': DIGITS, '@': LETTERS, '%': HEX, '*': ALNUM };

/** True when `pattern` has at least one placeholder (so it is not a literal such as BUILTIN). */
export function isSerialPattern(pattern: string): boolean {
  return /[#@%*]/.test(pattern);
}

/** The serial that `pattern` gives for the FRU at `path` of the router identified by `seed`. */
export function deriveSerial(seed: string, path: string, pattern: string): string {
  if (!isSerialPattern(pattern)) return pattern;
  let bytes = createHash('sha256').update(`${seed}\u0000${path}`).digest();
  let out = '';
  let next = 0;
  for (const char of pattern) {
    const alphabet = ALPHABETS[char];
    if (alphabet === undefined) {
      out += char;
      continue;
    }
    if (next + 2 > bytes.length) {
      bytes = createHash('sha256').update(bytes).digest();
      next = 0;
    }
    // Two bytes per character keep the modulo bias below 0.1 %.
    const value = ((bytes[next] as number) << 8) | (bytes[next + 1] as number);
    next += 2;
    out += alphabet[value % alphabet.length];
  }
  return out;
}
