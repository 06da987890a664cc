import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ControlApi } from '../../frontends/control/control-api.js';
import { bootedLab } from '../../router/test-router.js';
import { startControlServer } from './control-server.js';

const TOKEN = 'token-1';

async function served(bodyLimitBytes?: number) {
  const { router } = bootedLab();
  const api = new ControlApi({ router, token: TOKEN, runCommand: () => ({ ok: true, output: 'fake\n' }) });
  return startControlServer(api, { port: 0, ...(bodyLimitBytes === undefined ? {} : { bodyLimitBytes }) });
}

test('the control server binds 127.0.0.1 on a free port and carries JSON both ways', async () => {
  const server = await served();
  try {
    assert.equal(server.host, '127.0.0.1');
    assert.ok(server.port > 0);
    assert.equal(server.url, `http://127.0.0.1:${server.port}`);
    const response = await fetch(`${server.url}/api/re/re0/command`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ command: 'show version' }),
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(await response.json(), { ok: true, output: 'fake\n' });
    const refused = await fetch(`${server.url}/api/router`);
    assert.equal(refused.status, 401);
    assert.equal(refused.headers.get('www-authenticate'), 'Bearer realm="retwin"');
  } finally {
    await server.close();
  }
});

test('the control server refuses a body over its limit with 413', async () => {
  const server = await served(100);
  try {
    const response = await fetch(`${server.url}/api/faults/halt`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: 'x'.repeat(1000) });
    assert.equal(response.status, 413);
    assert.match(((await response.json()) as { error: string }).error, /larger than 100 bytes/);
  } finally {
    await server.close();
  }
});

test('a closed control server accepts no more connections', async () => {
  const server = await served();
  await fetch(`${server.url}/api/router`, { headers: { authorization: `Bearer ${TOKEN}` } });
  await server.close();
  await assert.rejects(fetch(`${server.url}/api/router`));
});
