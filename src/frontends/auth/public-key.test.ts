import assert from 'node:assert/strict';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { test } from 'node:test';
import { checkPublicKey } from './authenticate.js';
import { blobKeyType, parseKeyLine, patternListAllows } from './ssh-public-key.js';
import { expandedConfig } from './testing/configs.js';

/** An SSH `string`: a 32-bit length, then the bytes. */
function sshString(bytes: Buffer | string): Buffer {
  const body = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  return Buffer.concat([length, body]);
}

/** An SSH `mpint` from unsigned big-endian bytes. */
function sshMpint(bytes: Buffer): Buffer {
  let at = 0;
  while (at < bytes.length - 1 && bytes[at] === 0) at += 1;
  const trimmed = bytes.subarray(at);
  return sshString((trimmed[0] as number) & 0x80 ? Buffer.concat([Buffer.alloc(1), trimmed]) : trimmed);
}

function jwkPart(key: KeyObject, name: 'x' | 'y' | 'n' | 'e'): Buffer {
  const value = key.export({ format: 'jwk' })[name];
  assert.ok(typeof value === 'string');
  return Buffer.from(value, 'base64url');
}

/** The OpenSSH wire format of a public key (RFC 4253 §6.6, RFC 5656 §3.1, RFC 8709 §4). */
function wireFormat(key: KeyObject): Buffer {
  switch (key.asymmetricKeyType) {
    case 'ed25519':
      return Buffer.concat([sshString('ssh-ed25519'), sshString(jwkPart(key, 'x'))]);
    case 'ec': {
      const point = Buffer.concat([Buffer.from([4]), jwkPart(key, 'x'), jwkPart(key, 'y')]);
      return Buffer.concat([sshString('ecdsa-sha2-nistp256'), sshString('nistp256'), sshString(point)]);
    }
    case 'rsa':
      return Buffer.concat([sshString('ssh-rsa'), sshMpint(jwkPart(key, 'e')), sshMpint(jwkPart(key, 'n'))]);
    default:
      throw new Error(`no wire format for ${key.asymmetricKeyType}`);
  }
}

const ED25519 = wireFormat(generateKeyPairSync('ed25519').publicKey);
const ECDSA = wireFormat(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey);
const RSA = wireFormat(generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey);
const OTHER_ED25519 = wireFormat(generateKeyPairSync('ed25519').publicKey);

const line = (type: string, blob: Buffer, comment = 'user@host'): string => `${type} ${blob.toString('base64')} ${comment}`;

const CONFIG = expandedConfig(
  'set system login user kate class operator',
  `set system login user kate authentication ssh-ed25519 "${line('ssh-ed25519', ED25519)}"`,
  `set system login user kate authentication ssh-ecdsa "${line('ecdsa-sha2-nistp256', ECDSA)}"`,
  `set system login user kate authentication ssh-rsa "${line('ssh-rsa', RSA, '')}"`,
  'set system login user nokeys class operator',
  `set system login user nokeys authentication ssh-ed25519 "${line('ssh-ed25519', ED25519)}"`,
  'set system login user nokeys authentication no-public-keys',
  'set system login user fenced class operator',
  `set system login user fenced authentication ssh-ed25519 "${line('ssh-ed25519', ED25519)}" from "10.255.0.*,!10.255.0.9"`,
  `set system root-authentication ssh-ed25519 "${line('ssh-ed25519', OTHER_ED25519)}"`,
);

test('each configured key type lets its owner in', () => {
  assert.equal(checkPublicKey(CONFIG, 'kate', 'ssh-ed25519', ED25519)?.user, 'kate');
  assert.equal(checkPublicKey(CONFIG, 'kate', 'ecdsa-sha2-nistp256', ECDSA)?.className, 'operator');
  assert.equal(checkPublicKey(CONFIG, 'kate', 'ssh-rsa', RSA)?.uid, 2000);
  // RSA keys sign with SHA-2 too (RFC 8332): the offered algorithm names the signature.
  assert.equal(checkPublicKey(CONFIG, 'kate', 'rsa-sha2-256', RSA)?.user, 'kate');
  assert.equal(checkPublicKey(CONFIG, 'kate', 'rsa-sha2-512', RSA)?.user, 'kate');
  assert.equal(checkPublicKey(CONFIG, 'root', 'ssh-ed25519', OTHER_ED25519)?.uid, 0);
});

test('another key, a mismatched algorithm, an unknown user or a broken blob is refused', () => {
  assert.equal(checkPublicKey(CONFIG, 'kate', 'ssh-ed25519', OTHER_ED25519), undefined);
  assert.equal(checkPublicKey(CONFIG, 'root', 'ssh-ed25519', ED25519), undefined);
  assert.equal(checkPublicKey(CONFIG, 'kate', 'ssh-rsa', ED25519), undefined);
  assert.equal(checkPublicKey(CONFIG, 'kate', 'rsa-sha2-256', ECDSA), undefined);
  assert.equal(checkPublicKey(CONFIG, 'nobody', 'ssh-ed25519', ED25519), undefined);
  assert.equal(checkPublicKey(CONFIG, 'kate', 'ssh-ed25519', ED25519.subarray(0, ED25519.length - 1)), undefined);
  assert.equal(checkPublicKey(CONFIG, 'kate', 'ssh-ed25519', Buffer.alloc(0)), undefined);
});

test('no-public-keys turns an account\'s keys off', () => {
  assert.equal(checkPublicKey(CONFIG, 'nokeys', 'ssh-ed25519', ED25519), undefined);
});

test('a key with from is used only from an address its pattern list admits', () => {
  assert.equal(checkPublicKey(CONFIG, 'fenced', 'ssh-ed25519', ED25519), undefined);
  assert.equal(checkPublicKey(CONFIG, 'fenced', 'ssh-ed25519', ED25519, { clientAddress: '10.255.0.50' })?.user, 'fenced');
  assert.equal(checkPublicKey(CONFIG, 'fenced', 'ssh-ed25519', ED25519, { clientAddress: '10.255.0.9' }), undefined);
  assert.equal(checkPublicKey(CONFIG, 'fenced', 'ssh-ed25519', ED25519, { clientAddress: '10.255.1.50' }), undefined);
});

test('key lines and blobs are read as OpenSSH writes them', () => {
  assert.equal(blobKeyType(ED25519), 'ssh-ed25519');
  assert.equal(blobKeyType(ECDSA), 'ecdsa-sha2-nistp256');
  assert.deepEqual(parseKeyLine(line('ssh-ed25519', ED25519))?.blob, ED25519);
  assert.deepEqual(parseKeyLine(`  ssh-rsa ${RSA.toString('base64')}`)?.type, 'ssh-rsa');
  // The type word must be the one inside the blob; SSHv1 RSA lines carry no blob.
  assert.equal(parseKeyLine(line('ssh-rsa', ED25519)), undefined);
  assert.equal(parseKeyLine('1024 35 1234567890 user@host'), undefined);
  assert.equal(parseKeyLine('ssh-ed25519 not*base64'), undefined);
});

test('pattern lists follow OpenSSH: globs, negation, case-insensitive names', () => {
  assert.equal(patternListAllows('10.0.0.?', '10.0.0.7'), true);
  assert.equal(patternListAllows('10.0.0.?', '10.0.0.17'), false);
  assert.equal(patternListAllows('*.example.net,!bad.example.net', 'Good.Example.Net'), true);
  assert.equal(patternListAllows('*.example.net,!bad.example.net', 'bad.example.net'), false);
  assert.equal(patternListAllows('!10.0.0.1', '10.0.0.2'), false);
});
