/**
 * The SSH server against a real client: paramiko 2.12 (what Netmiko, Ansible, ncclient and PyEZ
 * use), run with Debian's /usr/bin/python3. Skipped when paramiko is not installed.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateEd25519PrivateKey } from './host-key.js';
import { newRecorder, PASSWORD, startTestServer, USER } from './ssh-test-support.js';

const PYTHON = '/usr/bin/python3';
const hasParamiko = spawnSync(PYTHON, ['-c', 'import paramiko'], { stdio: 'ignore' }).status === 0;

/** Key refused, then password; shell banner and echo; exec; netconf subsystem refused then exec (ncclient's fallback). */
const SCRIPT = String.raw`
import json, sys, time, paramiko
port, user, password, key_file = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
out = {}
client = paramiko.SSHClient()
client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
start = time.perf_counter()
client.connect('127.0.0.1', port=port, username=user, password=password, key_filename=key_file,
               look_for_keys=False, allow_agent=False, timeout=5)
transport = client.get_transport()
out['host_key_type'] = transport.get_remote_server_key().get_name()
out['cipher'] = transport.remote_cipher
shell = client.invoke_shell()
buf = b''
while not buf.endswith(b'> '):
    buf += shell.recv(1024)
out['login_ms'] = (time.perf_counter() - start) * 1000
out['banner'] = buf.decode()
shell.send('hello\n')
echo = b''
while b'hello\n' not in echo:
    echo += shell.recv(1024)
out['echo'] = echo.decode()
stdin, stdout, stderr = client.exec_command('echo from-exec')
out['exec'] = stdout.read().decode()
out['exec_status'] = stdout.channel.recv_exit_status()
chan = transport.open_session()
try:
    chan.invoke_subsystem('xml-fallback-test')
    out['subsystem'] = 'accepted'
except paramiko.SSHException:
    out['subsystem'] = 'refused'
chan2 = transport.open_session()
chan2.exec_command('echo second-channel')
data = b''
while True:
    chunk = chan2.recv(1024)
    if not chunk:
        break
    data += chunk
out['second'] = data.decode()
out['second_status'] = chan2.recv_exit_status()
client.close()
print(json.dumps(out))
`;

test('paramiko 2.12: refused key then password, ed25519 host key, shell, exec, subsystem fallback', { skip: !hasParamiko }, async () => {
  const folder = mkdtempSync(join(tmpdir(), 'retwin-paramiko-'));
  const recorder = newRecorder();
  const server = await startTestServer(recorder);
  try {
    const keyFile = join(folder, 'id_ed25519');
    writeFileSync(keyFile, generateEd25519PrivateKey(), { mode: 0o600 });
    const scriptFile = join(folder, 'client.py');
    writeFileSync(scriptFile, SCRIPT);
    const child = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      // Asynchronously, so that the server (in this process) can answer.
      import('node:child_process')
        .then(({ execFile }) => {
          execFile(PYTHON, [scriptFile, String(server.port), USER, PASSWORD, keyFile], { timeout: 20_000 }, (error, stdout, stderr) =>
            resolve({ status: error ? 1 : 0, stdout, stderr }),
          );
        })
        .catch((error: Error) => resolve({ status: 1, stdout: '', stderr: error.message }));
    });
    assert.equal(child.status, 0, child.stderr);
    const out = JSON.parse(child.stdout) as Record<string, unknown>;
    assert.equal(out.host_key_type, 'ssh-ed25519');
    assert.equal(out.banner, 'banner\r\nlab@r1> ');
    assert.equal(out.echo, 'hello\n');
    assert.equal(out.exec, 'from-exec\r\n');
    assert.equal(out.exec_status, 0);
    assert.equal(out.subsystem, 'refused');
    assert.equal(out.second, 'second-channel\r\n');
    assert.equal(out.second_status, 0);
    assert.deepEqual(recorder.passwordsChecked, [PASSWORD.length]);
    process.stdout.write(`# paramiko login to shell prompt: ${Number(out.login_ms).toFixed(1)} ms (cipher ${String(out.cipher)})\n`);
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
});
