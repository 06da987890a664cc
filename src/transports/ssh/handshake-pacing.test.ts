import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { connect as tcpConnect, type Socket } from 'node:net';
import { test } from 'node:test';
import { paceHandshake } from './handshake-pacing.js';
import { newRecorder, startTestServer } from './ssh-test-support.js';

/** Just enough of a socket: records what reaches the wire. */
class FakeSocket extends EventEmitter {
  readonly wire: string[] = [];
  ended = false;
  write(data: string | Buffer): boolean {
    this.wire.push(data.toString());
    return true;
  }
  end(): this {
    this.ended = true;
    return this;
  }
}

function paced(fallbackMs = 1000): FakeSocket {
  const socket = new FakeSocket();
  paceHandshake(socket as unknown as Socket, fallbackMs);
  return socket;
}

test('the identification waits for the client one, the KEXINIT for the client KEXINIT', () => {
  const socket = paced();
  socket.write('SSH-2.0-server\r\n');
  assert.deepEqual(socket.wire, []);
  socket.emit('data', Buffer.from('SSH-2.0-paramiko_2.12.0\r\n'));
  assert.deepEqual(socket.wire, ['SSH-2.0-server\r\n']);
  socket.write(Buffer.from('KEXINIT'));
  assert.deepEqual(socket.wire, ['SSH-2.0-server\r\n']);
  socket.emit('data', Buffer.from('client kexinit'));
  assert.deepEqual(socket.wire, ['SSH-2.0-server\r\n', 'KEXINIT']);
  socket.write('later');
  assert.deepEqual(socket.wire, ['SSH-2.0-server\r\n', 'KEXINIT', 'later']);
  assert.equal(socket.listenerCount('data'), 0, 'pacing stops listening once done');
});

test('a client identification split across chunks, with its KEXINIT in the same chunk', () => {
  const socket = paced();
  socket.write('SSH-2.0-server\r\n');
  socket.write('KEXINIT');
  socket.emit('data', Buffer.from('SSH-2.0-Open'));
  assert.deepEqual(socket.wire, []);
  socket.emit('data', Buffer.from('SSH_9.2\r\n\x00\x00\x01\x00'));
  assert.deepEqual(socket.wire, ['SSH-2.0-server\r\n', 'KEXINIT']);
});

test('the server identification written after the client one arrived goes at once', () => {
  const socket = paced();
  socket.emit('data', Buffer.from('SSH-2.0-client\r\n'));
  socket.write('SSH-2.0-server\r\n');
  socket.write('KEXINIT');
  assert.deepEqual(socket.wire, ['SSH-2.0-server\r\n']);
});

test('end() sends what was held first', () => {
  const socket = paced();
  socket.write('SSH-2.0-server\r\n');
  socket.end();
  assert.deepEqual(socket.wire, ['SSH-2.0-server\r\n']);
  assert.equal(socket.ended, true);
});

test('a client that waits for the server to speak first is served after the fallback delay', async () => {
  const socket = paced(10);
  socket.write('SSH-2.0-server\r\n');
  await new Promise((resolve) => setTimeout(resolve, 30));
  assert.deepEqual(socket.wire, ['SSH-2.0-server\r\n']);
});

test('over TCP: a silent client still gets the identification line', async () => {
  const server = await startTestServer(newRecorder());
  try {
    const socket = tcpConnect(server.port, '127.0.0.1');
    const line = await new Promise<string>((resolve) => socket.once('data', (chunk: Buffer) => resolve(chunk.toString('latin1'))));
    assert.match(line, /^SSH-2\.0-/);
    socket.destroy();
  } finally {
    await server.close();
  }
});
