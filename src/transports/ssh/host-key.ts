/**
 * The SSH host key on the host's disk: `loadOrCreateHostKey(path)` reads the private key kept at
 * `path`, or makes one the first time, and gives its fingerprint as `ssh-keygen -l` prints it.
 *
 * Owns the key file: its creation (an ed25519 key, OpenSSH private key format, written crash-safely:
 * a temporary file in the same folder created with mode 0600, fsync, rename over the target, fsync
 * of the folder), its mode (0600; the folder is created 0700 when missing) and the fingerprint
 * (`SHA256:` + unpadded base64 of the SHA-256 of the public key blob). It does not own the SSH
 * server (ssh-server.ts) nor where the file lives (the caller chooses the path).
 *
 * Choices: ed25519, because it is small, fast to sign with, and paramiko 2.12 (Netmiko, Ansible,
 * ncclient, PyEZ) accepts it as a host key (checked with a real paramiko run). ssh2 1.17's
 * generator gets about one ed25519 key in 256 wrong (a public key starting with a zero byte
 * loses it; mscdex/ssh2#1390, #1513) and its own parser then refuses the key, so a new key is
 * parsed before it is written and made again when it does not parse. An existing file
 * that cannot be parsed is an error naming the file, never silently replaced: clients have
 * pinned its fingerprint. Two processes racing to create the key both succeed; the last rename
 * wins and each keeps a valid key for its own run.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import ssh2 from 'ssh2';
import type { ParsedKey } from 'ssh2';

export interface HostKey {
  /** The private key text (OpenSSH format), as `startSshServer({ hostKey })` takes it. */
  readonly privateKey: string;
  /** `SHA256:...`, as `ssh-keygen -l -f` prints it. */
  readonly fingerprint: string;
  /** The key type (`ssh-ed25519`). */
  readonly type: string;
}

/** The SHA-256 fingerprint of a public key blob (SSH wire format), as OpenSSH prints it. */
export function fingerprintOf(publicKeyBlob: Buffer): string {
  return `SHA256:${createHash('sha256').update(publicKeyBlob).digest('base64').replace(/=+$/, '')}`;
}

/** Parses a private key text; throws an error naming `source` when it is not one. */
export function parsePrivateKey(text: string, source: string): ParsedKey {
  const parsed = ssh2.utils.parseKey(text);
  const key = Array.isArray(parsed) ? (parsed as ParsedKey[])[0] : parsed;
  if (key === undefined || key instanceof Error) {
    const why = key instanceof Error ? key.message : 'no key found';
    throw new Error(`${source} is not an SSH private key (${why}); remove it to have a new host key made, or give an OpenSSH private key`);
  }
  if (!key.isPrivateKey()) {
    throw new Error(`${source} holds a public key; the host key must be a private key (OpenSSH format)`);
  }
  return key;
}

function describe(key: ParsedKey, privateKey: string): HostKey {
  return { privateKey, fingerprint: fingerprintOf(key.getPublicSSH()), type: key.type };
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read the SSH host key ${path}: ${(error as Error).message}`);
  }
}

/** Writes `text` to `path` so that a crash leaves either no file or the whole file, mode 0600. */
function writeSecretAtomically(path: string, text: string): void {
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const temporary = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  const folderFd = openSync(folder, 'r');
  try {
    fsyncSync(folderFd);
  } finally {
    closeSync(folderFd);
  }
}

const MAX_GENERATION_TRIES = 16;

/** A new ed25519 private key (OpenSSH format) that ssh2 can parse (see the header). */
export function generateEd25519PrivateKey(): string {
  for (let attempt = 0; attempt < MAX_GENERATION_TRIES; attempt += 1) {
    const { private: privateKey, public: publicKey } = ssh2.utils.generateKeyPairSync('ed25519');
    const parsedPrivate = ssh2.utils.parseKey(privateKey);
    const parsedPublic = ssh2.utils.parseKey(publicKey);
    if (!(parsedPrivate instanceof Error) && !(parsedPublic instanceof Error)) return privateKey;
  }
  throw new Error(`could not make a valid ed25519 key in ${MAX_GENERATION_TRIES} tries`);
}

/** The host key kept at `path`, made (ed25519) and written with mode 0600 the first time. */
export function loadOrCreateHostKey(path: string): HostKey {
  const existing = readIfPresent(path);
  if (existing !== undefined) return describe(parsePrivateKey(existing, path), existing);
  const privateKey = generateEd25519PrivateKey();
  try {
    writeSecretAtomically(path, privateKey);
  } catch (error) {
    throw new Error(`cannot write the SSH host key ${path}: ${(error as Error).message}; check that its folder is writable`);
  }
  return describe(parsePrivateKey(privateKey, path), privateKey);
}
