/**
 * What the crypt(3) schemes retwin verifies ($1$ md5-crypt, $5$ sha256-crypt, $6$ sha512-crypt)
 * share: the hash of several parts, a block repeated to a length, and crypt's own base-64
 * alphabet and its 24-bit groups, written least significant six bits first.
 */
import { createHash } from 'node:crypto';

export const ITOA64 = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The `algorithm` digest of the parts, in order. */
export function digestParts(algorithm: 'md5' | 'sha256' | 'sha512', ...parts: readonly Buffer[]): Buffer {
  const hash = createHash(algorithm);
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/** `length` bytes of `block` repeated. */
export function repeatTo(block: Buffer, length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let at = 0; at < length; at += block.length) block.copy(out, at, 0, Math.min(block.length, length - at));
  return out;
}

/** Three bytes as `chars` crypt base-64 characters. */
export function encode24(b2: number, b1: number, b0: number, chars: number): string {
  let w = (b2 << 16) | (b1 << 8) | b0;
  let out = '';
  for (let i = 0; i < chars; i += 1) {
    out += ITOA64[w & 0x3f];
    w >>>= 6;
  }
  return out;
}
