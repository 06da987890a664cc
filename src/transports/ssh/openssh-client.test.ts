/**
 * The SSH server against the OpenSSH client (`ssh`, with `sshpass` typing the password into the
 * keyboard-interactive prompt). Skipped when either is not installed.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { newRecorder, PASSWORD, startTestServer, USER } from './ssh-test-support.js';

const available = existsSync('/usr/bin/ssh') && existsSync('/usr/bin/sshpass');

interface Run {
  readonly code: number;
  readonly stdout: string;
}

function ssh(port: number, args: readonly string[], input: string): Promise<Run> {
  const options = ['-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null', '-o', 'LogLevel=ERROR', '-o', 'BatchMode=no'];
  return new Promise((resolve) => {
    const child = execFile(
      '/usr/bin/sshpass',
      ['-p', PASSWORD, '/usr/bin/ssh', ...options, '-p', String(port), ...args],
      { timeout: 10_000 },
      (error, stdout) => resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout }),
    );
    child.stdin?.end(input);
  });
}

test('OpenSSH: keyboard-interactive login, exec, refused exec, netconf with input and EOF at once, shell', { skip: !available }, async () => {
  const recorder = newRecorder();
  const server = await startTestServer(recorder);
  try {
    const target = `${USER}@127.0.0.1`;
    const kbd = ['-o', 'PreferredAuthentications=keyboard-interactive'];
    assert.deepEqual(await ssh(server.port, [...kbd, target, 'echo via-openssh'], ''), { code: 0, stdout: 'via-openssh\r\n' });
    assert.equal((await ssh(server.port, [target, 'start shell'], '')).code, 255);
    // The data and the EOF come right behind the subsystem request: they must not be lost.
    assert.deepEqual(await ssh(server.port, ['-s', target, 'netconf'], '<hello/>]]>]]>'), { code: 0, stdout: '<hello/>]]>]]>' });
    assert.deepEqual(await ssh(server.port, ['-tt', target], 'hi\rexit\r'), { code: 0, stdout: 'banner\r\nlab@r1> hi\rexit\r' });
  } finally {
    await server.close();
  }
});
