import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import ssh2 from 'ssh2';
import { generateEd25519PrivateKey, loadOrCreateHostKey } from './host-key.js';

function withFolder(run: (folder: string) => void): void {
  const folder = mkdtempSync(join(tmpdir(), 'retwin-host-key-'));
  try {
    run(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

test('the key is made once (ed25519, mode 0600) and the same key comes back', () => {
  withFolder((folder) => {
    const path = join(folder, 'keys', 'ssh_host_ed25519_key');
    const first = loadOrCreateHostKey(path);
    assert.equal(first.type, 'ssh-ed25519');
    assert.match(first.fingerprint, /^SHA256:[A-Za-z0-9+/]{43}$/);
    assert.equal(statSync(path).mode & 0o777, 0o600);
    const second = loadOrCreateHostKey(path);
    assert.equal(second.fingerprint, first.fingerprint);
    assert.equal(second.privateKey, first.privateKey);
    assert.deepEqual(readdirSync(join(folder, 'keys')), ['ssh_host_ed25519_key'], 'no temporary file is left');
  });
});

test('the fingerprint is the one ssh-keygen -l prints', { skip: !existsSync('/usr/bin/ssh-keygen') }, () => {
  withFolder((folder) => {
    const path = join(folder, 'host_key');
    const key = loadOrCreateHostKey(path);
    const printed = execFileSync('/usr/bin/ssh-keygen', ['-l', '-f', path], { encoding: 'utf8' });
    assert.ok(printed.includes(key.fingerprint), `${printed} should contain ${key.fingerprint}`);
  });
});

test('a file that is not a private key is an error naming it, and is left alone', () => {
  withFolder((folder) => {
    const path = join(folder, 'host_key');
    writeFileSync(path, 'not a key\n');
    assert.throws(() => loadOrCreateHostKey(path), (error: Error) => error.message.includes(path) && /not an SSH private key/.test(error.message));
    assert.equal(statSync(path).size, 'not a key\n'.length);
  });
});

test('every generated key parses, private and public (ssh2 gets 1 in 256 wrong on its own)', () => {
  for (let i = 0; i < 1000; i += 1) {
    const key = ssh2.utils.parseKey(generateEd25519PrivateKey());
    assert.ok(!(key instanceof Error), key instanceof Error ? key.message : '');
    const publicKey = ssh2.utils.parseKey(key.getPublicSSH());
    assert.ok(!(publicKey instanceof Error));
  }
});
