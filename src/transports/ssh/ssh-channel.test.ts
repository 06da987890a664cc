import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ChannelSession } from '../../frontends/session-channel.js';
import type { SshHandlers } from './ssh-handlers.js';
import {
  connect,
  dummyHandlers,
  eventually,
  exec,
  newRecorder,
  openShell,
  startTestServer,
  subsystem,
  Watched,
} from './ssh-test-support.js';

test('shell: banner at once, echo, pty size, exit closes with status 0 and no end()', async () => {
  const recorder = newRecorder();
  const server = await startTestServer(recorder);
  try {
    const client = await connect(server.port);
    const shell = await openShell(client);
    assert.equal(await shell.waitFor('lab@r1> '), 'banner\r\nlab@r1> ');
    shell.stream.write('show version\r');
    await shell.waitFor('show version\r');
    shell.stream.write('exit\r');
    assert.equal(await shell.closed, 0);
    assert.deepEqual(recorder.terminals, [{ cols: 100, rows: 30 }]);
    assert.deepEqual(recorder.events, ['shell lab']);
    assert.equal(recorder.ends, 0);
    client.end();
  } finally {
    await server.close();
  }
});

test('shell without a pty gets no terminal size; env requests are accepted', async () => {
  const recorder = newRecorder();
  const server = await startTestServer(recorder);
  try {
    const client = await connect(server.port);
    const shell = await new Promise<Watched>((resolve, reject) =>
      client.shell(false, { env: { LANG: 'C.UTF-8', TERM: 'vt100' } }, (error, s) => (error ? reject(error) : resolve(new Watched(s)))),
    );
    await shell.waitFor('lab@r1> ');
    assert.deepEqual(recorder.terminals, [undefined]);
    client.end();
  } finally {
    await server.close();
  }
});

test('a UTF-8 character split across two packets arrives whole', async () => {
  const recorder = newRecorder();
  const server = await startTestServer(recorder);
  try {
    const client = await connect(server.port);
    const shell = await openShell(client);
    await shell.waitFor('lab@r1> ');
    const bytes = Buffer.from('é€\r', 'utf8');
    for (const byte of bytes) shell.stream.write(Buffer.from([byte]));
    await shell.waitFor('€\r');
    assert.ok(recorder.received.length > 1, 'the bytes arrived in more than one packet');
    assert.equal(recorder.received.join(''), 'é€\r');
    assert.ok(!recorder.received.join('').includes('\ufffd'));
    client.end();
  } finally {
    await server.close();
  }
});

test('window-change reaches the session as resize', async () => {
  const recorder = newRecorder();
  const server = await startTestServer(recorder);
  try {
    const client = await connect(server.port);
    const shell = await openShell(client);
    await shell.waitFor('lab@r1> ');
    shell.stream.setWindow(40, 132, 0, 0);
    await eventually(() => recorder.resizes.length === 1);
    assert.deepEqual(recorder.resizes, [{ cols: 132, rows: 40 }]);
    client.end();
  } finally {
    await server.close();
  }
});

test('exec: output written during the handler call, exit status; an unknown command is refused', async () => {
  const recorder = newRecorder();
  const server = await startTestServer(recorder);
  try {
    const client = await connect(server.port);
    const command = await exec(client, 'echo hello');
    assert.equal(await command.closed, 0);
    assert.equal(command.output, 'hello\r\n');
    await assert.rejects(exec(client, 'start shell'), /Unable to exec/);
    assert.deepEqual(recorder.events, ['exec echo hello', 'exec start shell']);
    client.end();
  } finally {
    await server.close();
  }
});

test('exec and subsystem are refused when there is no handler', async () => {
  const recorder = newRecorder();
  const all = dummyHandlers(recorder);
  const handlers: SshHandlers = {
    checkPassword: (user, password, remote) => all.checkPassword(user, password, remote),
    checkPublicKey: (user, key, remote) => all.checkPublicKey(user, key, remote),
    openShell: (identity, channel, terminal) => all.openShell(identity, channel, terminal),
  };
  const server = await startTestServer(recorder, { handlers });
  try {
    const client = await connect(server.port);
    await assert.rejects(exec(client, 'echo x'), /Unable to exec/);
    await assert.rejects(subsystem(client, 'netconf'), /Unable to start subsystem/);
    client.end();
  } finally {
    await server.close();
  }
});

test('subsystem netconf is served; sftp is refused', async () => {
  const recorder = newRecorder();
  const server = await startTestServer(recorder);
  try {
    const client = await connect(server.port);
    const netconf = await subsystem(client, 'netconf');
    netconf.stream.write('<hello/>]]>]]>');
    await netconf.waitFor('<hello/>]]>]]>');
    await assert.rejects(subsystem(client, 'sftp'), /Unable to start subsystem/);
    assert.deepEqual(recorder.events, ['subsystem netconf', 'subsystem sftp']);
    client.end();
  } finally {
    await server.close();
  }
});

test('two connections with two channels each, all at once', async () => {
  const recorder = newRecorder();
  const server = await startTestServer(recorder);
  try {
    const clients = await Promise.all([connect(server.port), connect(server.port)]);
    const streams = await Promise.all(clients.flatMap((client) => [openShell(client), subsystem(client, 'netconf')]));
    await Promise.all(
      streams.map(async (channel, i) => {
        channel.stream.write(`message ${i}\r`);
        await channel.waitFor(`message ${i}\r`);
      }),
    );
    assert.equal(recorder.events.filter((e) => e === 'shell lab').length, 2);
    assert.equal(recorder.events.filter((e) => e === 'subsystem netconf').length, 2);
    for (const client of clients) client.end();
    await eventually(() => recorder.ends === 4);
  } finally {
    await server.close();
  }
});

test('end() is called once when the client disconnects', async () => {
  const recorder = newRecorder();
  const server = await startTestServer(recorder);
  try {
    const client = await connect(server.port);
    const shell = await openShell(client);
    await shell.waitFor('lab@r1> ');
    client.end();
    await eventually(() => recorder.ends > 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(recorder.ends, 1);
  } finally {
    await server.close();
  }
});

test('client EOF: end() once, then the channel closes with status 0', async () => {
  const recorder = newRecorder();
  const server = await startTestServer(recorder);
  try {
    const client = await connect(server.port);
    const shell = await openShell(client);
    await shell.waitFor('lab@r1> ');
    shell.stream.end('last\r');
    assert.equal(await shell.closed, 0);
    assert.equal(recorder.received.join(''), 'last\r');
    assert.equal(recorder.ends, 1);
    client.end();
  } finally {
    await server.close();
  }
});

test('a front end that throws: the error is reported, end() is called, exit status 255', async () => {
  const recorder = newRecorder();
  const errors: string[] = [];
  let ends = 0;
  const crashing: ChannelSession = {
    receive: () => {
      throw new Error('boom');
    },
    end: () => (ends += 1),
  };
  const server = await startTestServer(recorder, {
    handlers: { ...dummyHandlers(recorder), openShell: () => crashing },
    onError: (error, where) => errors.push(`${where}: ${error.message}`),
  });
  try {
    const client = await connect(server.port);
    const shell = await openShell(client);
    shell.stream.write('x');
    assert.equal(await shell.closed, 255);
    assert.deepEqual(errors, ['ChannelSession.receive: boom']);
    assert.equal(ends, 1);
    client.end();
  } finally {
    await server.close();
  }
});
