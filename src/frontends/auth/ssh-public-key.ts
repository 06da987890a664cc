/**
 * SSH public keys as Junos stores them and as an SSH client offers them.
 *
 * Owns reading a configured key line (`ssh-rsa AAAAB3... comment`, the key of an `ssh-rsa`,
 * `ssh-dsa`, `ssh-ecdsa` or `ssh-ed25519` entry) into its key type and wire-format blob, reading
 * the key type inside an offered blob (RFC 4253 §6.6: the blob starts with the type as an SSH
 * string), the names an offered algorithm may carry for a key type (RSA keys sign with
 * `rsa-sha2-256`/`rsa-sha2-512` too, RFC 8332), and the OpenSSH pattern lists of a key's `from`
 * statement. It does not decide who logs in (authenticate.ts) and never verifies signatures (the
 * SSH transport does).
 */
import { timingSafeEqual } from 'node:crypto';

export interface ConfiguredKey {
  /** The key type word of the line (`ssh-rsa`, `ecdsa-sha2-nistp256`, `ssh-ed25519` ...). */
  readonly type: string;
  /** The decoded base64 text: the key in SSH wire format. */
  readonly blob: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Reads a configured key line; undefined when it is not `type base64 [comment]` (e.g. SSHv1 RSA). */
export function parseKeyLine(line: string): ConfiguredKey | undefined {
  const [type, text] = line.trim().split(/\s+/);
  if (type === undefined || text === undefined || !BASE64.test(text) || text.length % 4 !== 0) return undefined;
  const blob = Buffer.from(text, 'base64');
  return blobKeyType(blob) === type ? { type, blob } : undefined;
}

/** The key type named at the start of a wire-format key blob; undefined when malformed. */
export function blobKeyType(blob: Buffer): string | undefined {
  if (blob.length < 4) return undefined;
  const length = blob.readUInt32BE(0);
  if (length === 0 || length > 64 || blob.length < 4 + length) return undefined;
  const type = blob.subarray(4, 4 + length).toString('latin1');
  return /^[\x21-\x7e]+$/.test(type) ? type : undefined;
}

/** Whether an offered algorithm name fits a key of type `keyType`. */
export function algorithmFitsKey(algorithm: string, keyType: string): boolean {
  if (algorithm === keyType) return true;
  return keyType === 'ssh-rsa' && (algorithm === 'rsa-sha2-256' || algorithm === 'rsa-sha2-512');
}

/** Whether two blobs are the same key, in time independent of where they differ. */
export function sameBlob(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

function globMatches(glob: string, text: string): boolean {
  const source = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 'i').test(text);
}

/**
 * Whether `host` (a client address or name) satisfies an OpenSSH pattern list such as
 * `10.255.0.*,!10.255.0.9`: some pattern matches and no negated one does.
 */
export function patternListAllows(patterns: string, host: string): boolean {
  let matched = false;
  for (const pattern of patterns.split(',')) {
    if (pattern === '') continue;
    if (pattern.startsWith('!')) {
      if (globMatches(pattern.slice(1), host)) return false;
    } else if (globMatches(pattern, host)) {
      matched = true;
    }
  }
  return matched;
}
