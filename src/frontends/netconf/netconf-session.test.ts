import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { XmlRpcContext } from '../xml-rpc/xml-rpc-types.js';
import { EOM } from './framing.js';
import { NetconfSession, type EndReason } from './netconf-session.js';
import { NETCONF_NS } from './netconf-xml.js';
import { NetconfSessions } from './session-registry.js';
import { fakeContext, fakeExecutor, RecordingChannel, settle, type FakeExecutor } from './testing/fake-executor.js';

const HELLO = `<?xml version="1.0" encoding="UTF-8"?><nc:hello xmlns:nc="${NETCONF_NS}"><nc:capabilities><nc:capability>urn:ietf:params:netconf:base:1.0</nc:capability><nc:capability>urn:ietf:params:netconf:base:1.1</nc:capability></nc:capabilities></nc:hello>${EOM}`;
const START = `<rpc-reply xmlns="${NETCONF_NS}" xmlns:junos="http://xml.juniper.net/junos/17.3R1/junos"`;
const NOON = Date.UTC(2024, 2, 11, 12, 0, 0);

/** What ncclient sends for `m.rpc(op)` with message-id `id`. */
function ncRpc(id: string, operation: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><nc:rpc xmlns:nc="${NETCONF_NS}" message-id="${id}">${operation}</nc:rpc>${EOM}`;
}

interface Harness {
  readonly channel: RecordingChannel;
  readonly session: NetconfSession;
  readonly execute: FakeExecutor;
  readonly ends: EndReason[];
}

function open(options: { sessionId?: number; context?: Partial<XmlRpcContext>; maxMessageBytes?: number } = {}): Harness {
  const channel = new RecordingChannel();
  const execute = fakeExecutor();
  const ends: EndReason[] = [];
  const session = new NetconfSession({
    channel,
    context: fakeContext(options.sessionId ?? 4711, options.context),
    execute,
    release: '17.3R1',
    now: () => NOON,
    onEnd: (reason) => ends.push(reason),
    ...(options.maxMessageBytes === undefined ? {} : { maxMessageBytes: options.maxMessageBytes }),
  });
  return { channel, session, execute, ends };
}

/** The replies written so far (after the hello), without their framing. */
function replies(channel: RecordingChannel): string[] {
  return channel
    .take()
    .split(`\n${EOM}\n`)
    .filter((part) => part !== '');
}

test('the hello is written at once, before the client says anything', () => {
  const { channel } = open({ sessionId: 31 });
  const hello = channel.take();
  assert.ok(hello.startsWith('<!-- No zombies were killed during the creation of this user interface -->\n<!-- user lab, class j-super-user -->\n<hello'));
  assert.ok(hello.endsWith(`  <session-id>31</session-id>\n</hello>\n${EOM}\n`));
});

test('hello and first RPC in one chunk: ok, data and error replies echo message-id and xmlns:nc', async () => {
  const echo = ` xmlns:nc="${NETCONF_NS}"`;
  const ncLock = `<nc:lock><nc:target><nc:candidate/></nc:target></nc:lock>`;
  const h = open();
  h.channel.take();
  h.session.receive(HELLO + ncRpc('urn:uuid:1', ncLock) + ncRpc('urn:uuid:2', '<get-software-information/>') + ncRpc('urn:uuid:3', '<get-foo-bar/>'));
  await settle();
  assert.deepEqual(replies(h.channel), [
    `${START}${echo} message-id="urn:uuid:1">\n<ok/>\n</rpc-reply>`,
    `${START}${echo} message-id="urn:uuid:2">\n<software-information>\n<host-name>r1</host-name>\n</software-information>\n</rpc-reply>`,
    `${START}${echo} message-id="urn:uuid:3">\n<rpc-error>\n<error-type>protocol</error-type>\n<error-tag>operation-failed</error-tag>\n<error-severity>error</error-severity>\n<error-message>syntax error</error-message>\n<error-info>\n<bad-element>get-foo-bar</bad-element>\n</error-info>\n</rpc-error>\n</rpc-reply>`,
  ]);
  assert.deepEqual(h.execute.calls, ['lock', 'get-software-information', 'get-foo-bar']);
});

test('the same stream fed one character at a time gives the same replies', async () => {
  const stream = HELLO + ncRpc('1', '<lock/>') + ncRpc('2', '<get-software-information/>');
  const whole = open();
  whole.channel.take();
  whole.session.receive(stream);
  await settle();
  const split = open();
  split.channel.take();
  for (const character of stream) split.session.receive(character);
  await settle();
  assert.deepEqual(replies(split.channel), replies(whole.channel));
});

test('requests unqualified, default-namespaced or nc:-prefixed reach the executor by local name', async () => {
  const { channel, session } = open();
  channel.take();
  session.receive(HELLO);
  session.receive(`<rpc message-id="a"><describe format="text"><x/></describe></rpc>${EOM}`);
  session.receive(`<rpc xmlns="${NETCONF_NS}" message-id="b"><describe><x/></describe></rpc>${EOM}`);
  session.receive(ncRpc('c', '<nc:describe nc:format="json"/>'));
  await settle();
  const [a, b, c] = replies(channel);
  assert.equal(a, `${START} message-id="a">\n<request name="describe" namespace="" attributes="format=text" children="x@"/>\n</rpc-reply>`);
  assert.equal(b, `${START} message-id="b">\n<request name="describe" namespace="${NETCONF_NS}" attributes="" children="x@${NETCONF_NS}"/>\n</rpc-reply>`);
  assert.equal(c, `${START} xmlns:nc="${NETCONF_NS}" message-id="c">\n<request name="describe" namespace="${NETCONF_NS}" attributes="format=json" children=""/>\n</rpc-reply>`);
});

test('RPCs run one at a time and are answered in order', async () => {
  const { channel, session, execute } = open();
  channel.take();
  session.receive(HELLO + ncRpc('1', '<slow ms="30"/>') + ncRpc('2', '<lock/>'));
  await settle(5);
  assert.deepEqual(execute.calls, ['slow']);
  await settle(40);
  const [first, second] = replies(channel);
  assert.match(first ?? '', /message-id="1">\n<slow ms="30"\/>/);
  assert.match(second ?? '', /message-id="2">\n<ok\/>/);
});

test('malformed XML: malformed-message with the message-id when it can be read, and the session goes on', async () => {
  const { channel, session, ends } = open();
  channel.take();
  session.receive(`${HELLO}<nc:rpc xmlns:nc="${NETCONF_NS}" message-id="urn:uuid:7"><get></nc:rpc>${EOM}<rpc><a></b>${EOM}`);
  session.receive(ncRpc('8', '<lock/>'));
  await settle();
  const [first, second, third] = replies(channel);
  assert.equal(
    first,
    `${START} message-id="urn:uuid:7">\n<rpc-error>\n<error-type>rpc</error-type>\n<error-tag>malformed-message</error-tag>\n<error-severity>error</error-severity>\n<error-message>1:97: unexpected close tag.</error-message>\n</rpc-error>\n</rpc-reply>`,
  );
  assert.match(second ?? '', new RegExp(`^${START}>\n<rpc-error>\n<error-type>rpc</error-type>\n<error-tag>malformed-message</error-tag>`));
  assert.match(third ?? '', /message-id="8">\n<ok\/>/);
  assert.deepEqual(ends, []);
});

test('a bad or garbled client hello ends the session without a reply', async () => {
  for (const hello of ['<hello><capabilities><capability>urn:ietf:params:netconf:base:1.1</capability></capabilities></hello>', '<hello><capabilities>', 'garbage']) {
    const { channel, session, ends } = open();
    channel.take();
    session.receive(`${hello}${EOM}${ncRpc('1', '<lock/>')}`);
    await settle();
    assert.equal(channel.take(), '', hello);
    assert.equal(channel.closed, true);
    assert.deepEqual(ends, ['bad-hello']);
  }
});

test('an <rpc> without a client hello first is served (as Junos does); a second hello is ignored', async () => {
  const { channel, session } = open();
  channel.take();
  session.receive(`${EOM}<rpc><lock/></rpc>${EOM}${HELLO}<rpc message-id="2"><lock/></rpc>${EOM}`);
  await settle();
  assert.deepEqual(replies(channel), [`${START}>\n<ok/>\n</rpc-reply>`, `${START} message-id="2">\n<ok/>\n</rpc-reply>`]);
  assert.equal(channel.closed, false);
});

test('other roots, an empty <rpc> and an <rpc> with two operations get a syntax error', async () => {
  const { channel, session } = open();
  channel.take();
  session.receive(`${HELLO}<foo/>${EOM}<rpc message-id="1"/>${EOM}<rpc message-id="2"><lock/><unlock/></rpc>${EOM}<rpc xmlns="urn:x"><lock/></rpc>${EOM}`);
  await settle();
  const bad = replies(channel).map((reply) => /<bad-element>(.*)<\/bad-element>/.exec(reply)?.[1]);
  assert.deepEqual(bad, ['foo', 'rpc', 'unlock', 'rpc']);
});

test('<close-session/> (the executor says close): <ok/>, the session-end comment, then the channel closes; later RPCs are not run', async () => {
  const { channel, session, execute, ends } = open();
  channel.take();
  session.receive(HELLO + ncRpc('urn:uuid:9', '<nc:close-session/>') + ncRpc('10', '<lock/>'));
  await settle();
  assert.equal(
    channel.take(),
    `${START} xmlns:nc="${NETCONF_NS}" message-id="urn:uuid:9">\n<ok/>\n</rpc-reply>\n${EOM}\n<!-- session end at 2024-03-11 12:00:00 UTC -->\n`,
  );
  assert.equal(channel.closed, true);
  assert.equal(channel.exitCode, 0);
  assert.deepEqual(execute.calls, ['close-session']);
  assert.deepEqual(ends, ['close-session']);
  session.receive(ncRpc('11', '<lock/>'));
  session.end();
  assert.deepEqual(ends, ['close-session']);
});

test('an executor that throws: internal error, reported, and the session goes on', async () => {
  const errors: string[] = [];
  const channel = new RecordingChannel();
  const session = new NetconfSession({ channel, context: fakeContext(1), execute: fakeExecutor(), release: '17.3R1', now: () => NOON, onError: (error, where) => errors.push(`${where}: ${error.message}`) });
  channel.take();
  session.receive(HELLO + ncRpc('1', '<explode/>') + ncRpc('2', '<lock/>'));
  await settle();
  const [first, second] = replies(channel);
  assert.match(first ?? '', /<error-type>application<\/error-type>\n<error-tag>operation-failed<\/error-tag>\n<error-severity>error<\/error-severity>\n<error-message>internal error<\/error-message>/);
  assert.match(second ?? '', /<ok\/>/);
  assert.deepEqual(errors, ['NETCONF session 1: explode: boom']);
});

test('the client goes away: the reply of the running RPC is dropped, nothing more runs', async () => {
  const { channel, session, execute, ends } = open();
  channel.take();
  session.receive(HELLO + ncRpc('1', '<slow ms="20"/>') + ncRpc('2', '<lock/>'));
  await settle();
  session.end();
  await settle(30);
  assert.equal(channel.take(), '');
  assert.equal(channel.closed, false, 'the transport closes the channel itself');
  assert.deepEqual(execute.calls, ['slow']);
  assert.deepEqual(ends, ['client-gone']);
});

test('eof: what was received is answered in order, then the channel closes', async () => {
  const { channel, session, ends } = open();
  channel.take();
  session.receive(HELLO + ncRpc('1', '<slow ms="10"/>') + ncRpc('2', '<lock/>'));
  session.eof();
  session.receive(ncRpc('3', '<lock/>'));
  assert.equal(channel.closed, false);
  await settle(30);
  assert.deepEqual(replies(channel).map((reply) => /message-id="(\d)"/.exec(reply)?.[1]), ['1', '2']);
  assert.equal(channel.closed, true);
  assert.deepEqual(ends, ['client-gone']);
});

test('kill-session ends another session on the same RE through context.killSession', async () => {
  const registry = new NetconfSessions({ nextId: (() => { let n = 100; return () => (n += 1); })() });
  const make = () => {
    const id = registry.allocate();
    const harness = open({ sessionId: id, context: { killSession: (target) => registry.kill('re0', target, id) } });
    registry.add({ id, slot: 're0', user: 'lab', kill: () => harness.session.kill() });
    harness.session.receive(HELLO);
    harness.channel.take();
    return harness;
  };
  const victim = make();
  const killer = make();
  assert.deepEqual([victim.session.id, killer.session.id], [101, 102]);
  killer.session.receive(ncRpc('1', '<kill-session><session-id>101</session-id></kill-session>') + ncRpc('2', '<kill-session><session-id>102</session-id></kill-session>'));
  await settle();
  const [killed, self] = replies(killer.channel);
  assert.match(killed ?? '', /message-id="1">\n<ok\/>/);
  assert.match(self ?? '', /<error-tag>invalid-value<\/error-tag>/);
  assert.equal(victim.channel.closed, true);
  assert.equal(victim.channel.output, '');
  assert.deepEqual(victim.ends, ['killed']);
  assert.deepEqual(registry.list().map((live) => live.id), [102]);
});

test('a message over the bound: too-big with its message-id, and the session goes on', async () => {
  const { channel, session } = open({ maxMessageBytes: 1000 });
  channel.take();
  session.receive(`${HELLO}<rpc message-id="big"><load-configuration>${'x'.repeat(2000)}</load-configuration></rpc>${EOM}`);
  session.receive(ncRpc('after', '<lock/>'));
  await settle();
  const [big, after] = replies(channel);
  assert.match(big ?? '', /^<rpc-reply [^>]* message-id="big">\n<rpc-error>\n<error-type>rpc<\/error-type>\n<error-tag>too-big<\/error-tag>\n<error-severity>error<\/error-severity>\n<error-message>message of 2069 bytes is larger than the limit of 1000 bytes<\/error-message>/);
  assert.match(after ?? '', /message-id="after">\n<ok\/>/);
});
