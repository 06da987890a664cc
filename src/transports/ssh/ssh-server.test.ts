import assert from 'node:assert/strict';
import { connect as tcpConnect } from 'node:net';
import { test } from 'node:test';
import { closedOf, connect, eventually, newRecorder, openShell, startTestServer, testHostKey, dummyHandlers } from './ssh-test-support.js';
import { startSshServer } from './ssh-server.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

test('the server listens on the given host and a free port', async () => {
  const server = await startTestServer(newRecorder());
  try {
    assert.equal(server.host, '127.0.0.1');
    assert.ok(server.port > 0);
  } finally {
    await server.close();
  }
});

test('a port in use is an error naming host:port', async () => {
  const first = await startTestServer(newRecorder());
  try {
    await assert.rejects(startTestServer(newRecorder(), { port: first.port }), (error: Error) =>
      error.message.includes(`127.0.0.1:${first.port}`) && /already in use/.test(error.message),
    );
  } finally {
    await first.close();
  }
});

test('a host key that is not a private key is an error that says so', async () => {
  await assert.rejects(
    startSshServer({ host: '127.0.0.1', port: 0, hostKey: 'garbage', handlers: dummyHandlers(newRecorder()) }),
    /host key \(option hostKey\) is not an SSH private key/,
  );
});

test('idle timeout: data from the client keeps the connection; silence closes it and ends the shell', async () => {
  const recorder = newRecorder();
  const server = await startTestServer(recorder, { idleTimeoutMs: 400 });
  try {
    const client = await connect(server.port);
    const closed = closedOf(client);
    let isClosed = false;
    void closed.then(() => (isClosed = true));
    const shell = await openShell(client);
    for (let i = 0; i < 8; i += 1) {
      await sleep(100);
      shell.stream.write('k');
    }
    assert.equal(isClosed, false, 'typing kept the connection open');
    await closed;
    assert.equal(recorder.ends, 1);
  } finally {
    await server.close();
  }
});

test('login timeout: a connection that never logs in is closed', async () => {
  const server = await startTestServer(newRecorder(), { loginTimeoutMs: 100 });
  try {
    const socket = tcpConnect(server.port, '127.0.0.1');
    socket.on('data', () => {});
    await new Promise<void>((resolve) => socket.on('close', () => resolve()));
  } finally {
    await server.close();
  }
});

test('close() ends every connection and their sessions, then resolves', async () => {
  const recorder = newRecorder();
  const server = await startTestServer(recorder);
  const clients = await Promise.all([connect(server.port), connect(server.port)]);
  const closed = clients.map(closedOf);
  for (const client of clients) {
    const shell = await openShell(client);
    await shell.waitFor('lab@r1> ');
  }
  await server.close();
  await Promise.all(closed);
  assert.equal(recorder.ends, 2);
  await assert.rejects(connect(server.port), /ECONNREFUSED/);
});

test('a connection that drops without a goodbye ends its sessions', async () => {
  const recorder = newRecorder();
  const server = await startTestServer(recorder);
  try {
    const client = await connect(server.port);
    const shell = await openShell(client);
    await shell.waitFor('lab@r1> ');
    client.destroy();
    await eventually(() => recorder.ends === 1);
  } finally {
    await server.close();
  }
});

test('a second server with the same key and handlers is independent', async () => {
  const recorder = newRecorder();
  const servers = await Promise.all([
    startSshServer({ host: '127.0.0.1', port: 0, hostKey: testHostKey(), handlers: dummyHandlers(recorder) }),
    startSshServer({ host: '127.0.0.1', port: 0, hostKey: testHostKey(), handlers: dummyHandlers(recorder) }),
  ]);
  try {
    assert.notEqual(servers[0]?.port, servers[1]?.port);
    const clients = await Promise.all(servers.map((server) => connect(server.port)));
    for (const client of clients) client.end();
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
});
