import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EOM } from './framing.js';
import { NetconfSession } from './netconf-session.js';
import { NETCONF_NS } from './netconf-xml.js';
import { fakeContext, fakeExecutor, RecordingChannel, settle } from './testing/fake-executor.js';

const HELLO = `<hello xmlns="${NETCONF_NS}"><capabilities><capability>urn:ietf:params:netconf:base:1.0</capability></capabilities></hello>${EOM}`;

function rpc(id: string, operation: string): string {
  return `<rpc xmlns="${NETCONF_NS}" message-id="${id}">${operation}</rpc>${EOM}`;
}

/** A RecordingChannel that also keeps each write apart. */
class WritesChannel extends RecordingChannel {
  readonly writes: string[] = [];

  override write(data: string): void {
    this.writes.push(data);
    super.write(data);
  }
}

function open(): { channel: WritesChannel; session: NetconfSession } {
  const channel = new WritesChannel();
  const session = new NetconfSession({ channel, context: fakeContext(7), execute: fakeExecutor(), release: '17.3R1', now: () => 0 });
  channel.writes.length = 0;
  channel.take();
  return { channel, session };
}

const ids = (text: string): string[] => [...text.matchAll(/message-id="([^"]+)"/g)].map((match) => match[1] as string);

test('pipelined requests: the replies, in order, go out in one write', async () => {
  const { channel, session } = open();
  session.receive(HELLO + ['1', '2', '3', '4', '5'].map((id) => rpc(id, '<lock/>')).join(''));
  await settle();
  assert.deepEqual(ids(channel.output), ['1', '2', '3', '4', '5']);
  assert.equal(channel.writes.length, 1);
});

test('one request at a time: each reply is written at once', async () => {
  const { channel, session } = open();
  session.receive(HELLO);
  for (const id of ['1', '2']) {
    session.receive(rpc(id, '<lock/>'));
    for (let i = 0; i < 20; i += 1) await Promise.resolve(); // microtasks only: no timer, no setImmediate
    assert.deepEqual(ids(channel.take()), [id], 'written before the event loop turns');
  }
  assert.equal(channel.writes.length, 2);
});

test('a slow request does not hold back the replies before it', async () => {
  const { channel, session } = open();
  session.receive(HELLO + rpc('1', '<lock/>') + rpc('2', '<slow ms="40"/>'));
  await settle(10);
  assert.deepEqual(ids(channel.take()), ['1']);
  await settle(60);
  assert.deepEqual(ids(channel.take()), ['2']);
});

test('close-session behind pipelined requests: every reply, the end comment, then the close', async () => {
  const { channel, session } = open();
  session.receive(HELLO + rpc('1', '<lock/>') + rpc('2', '<close-session/>') + rpc('3', '<lock/>'));
  await settle();
  assert.deepEqual(ids(channel.output), ['1', '2']);
  assert.match(channel.output, /<ok\/>\n<\/rpc-reply>\n]]>]]>\n<!-- session end at 1970-01-01 00:00:00 UTC -->\n$/);
  assert.equal(channel.closed, true);
});
