import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EOM, EomDecoder, encodeMessage, type Frame } from './framing.js';

/** What ncclient sends: a hello and a first RPC back to back, no line breaks around the delimiter. */
const HELLO = '<?xml version="1.0" encoding="UTF-8"?><nc:hello xmlns:nc="urn:ietf:params:xml:ns:netconf:base:1.0"><nc:capabilities><nc:capability>urn:ietf:params:netconf:base:1.0</nc:capability></nc:capabilities></nc:hello>';
const RPC1 = '<?xml version="1.0" encoding="UTF-8"?><nc:rpc xmlns:nc="urn:ietf:params:xml:ns:netconf:base:1.0" message-id="urn:uuid:1"><get-route-engine-information/></nc:rpc>';
/** A message with `]`, `]]>` look-alikes and non-ASCII text, ending in `]]`. */
const RPC2 = '\n<rpc message-id="2"><command>show ]] > ]]&gt;]] é✓</command></rpc>]]';
const STREAM = `${HELLO}${EOM}${RPC1}${EOM}${RPC2}${EOM}`;
const EXPECTED: Frame[] = [HELLO, RPC1, RPC2].map((text) => ({ kind: 'message', text }));

function decodeAll(chunks: readonly string[], decoder = new EomDecoder()): Frame[] {
  return chunks.flatMap((chunk) => decoder.push(chunk));
}

test('one chunk with three messages gives them in order, byte for byte', () => {
  assert.deepEqual(decodeAll([STREAM]), EXPECTED);
});

test('every split of the stream into two chunks gives the same messages', () => {
  for (let at = 0; at <= STREAM.length; at += 1) {
    assert.deepEqual(decodeAll([STREAM.slice(0, at), STREAM.slice(at)]), EXPECTED, `split at ${at}`);
  }
});

test('every split into three chunks around each delimiter gives the same messages', () => {
  const delimiters: number[] = [];
  for (let at = STREAM.indexOf(EOM); at >= 0; at = STREAM.indexOf(EOM, at + 1)) delimiters.push(at);
  for (const start of delimiters) {
    for (let a = start - 2; a <= start + EOM.length + 1; a += 1) {
      for (let b = a; b <= start + EOM.length + 2; b += 1) {
        assert.deepEqual(decodeAll([STREAM.slice(0, a), STREAM.slice(a, b), STREAM.slice(b)]), EXPECTED, `splits at ${a}, ${b}`);
      }
    }
  }
});

test('one character at a time gives the same messages', () => {
  assert.deepEqual(decodeAll([...STREAM]), EXPECTED);
});

test('a message spanning many chunks is joined exactly', () => {
  const big = `<rpc>${'x'.repeat(100_000)}</rpc>`;
  const stream = `${big}${EOM}`;
  const chunks: string[] = [];
  for (let at = 0; at < stream.length; at += 997) chunks.push(stream.slice(at, at + 997));
  assert.deepEqual(decodeAll(chunks), [{ kind: 'message', text: big }]);
});

test('a message is complete only with its delimiter; the rest waits for more', () => {
  const decoder = new EomDecoder();
  assert.deepEqual(decoder.push(`${RPC1}]]>]]`), []);
  assert.deepEqual(decoder.push('>'), [{ kind: 'message', text: RPC1 }]);
  assert.deepEqual(decoder.push('<rpc/>'), []);
});

test('empty messages and whitespace between delimiters are passed on as they are', () => {
  assert.deepEqual(decodeAll([`${EOM}\n${EOM}`]), [
    { kind: 'message', text: '' },
    { kind: 'message', text: '\n' },
  ]);
});

test('a delimiter-like run: the first complete delimiter ends the message', () => {
  assert.deepEqual(decodeAll([']]]>]]>]]>']), [{ kind: 'message', text: ']' }]);
  assert.deepEqual(decodeAll([']]>]]', ']]>]]>']), [{ kind: 'message', text: ']]>]]' }]);
});

test('a message over the bound becomes one too-big frame and decoding goes on', () => {
  const decoder = new EomDecoder({ maxMessageBytes: 20 });
  const long = '<rpc message-id="7">0123456789</rpc>';
  const frames = decodeAll([long.slice(0, 10), long.slice(10), `${EOM}<ok/>${EOM}`], decoder);
  assert.deepEqual(frames, [
    { kind: 'too-big', head: long, bytes: long.length, limit: 20 },
    { kind: 'message', text: '<ok/>' },
  ]);
});

test('the bound counts UTF-8 bytes and is exact, even when the delimiter is split', () => {
  const exactly = 'é'.repeat(10); // 20 bytes
  for (let at = 0; at <= exactly.length + EOM.length; at += 1) {
    const stream = `${exactly}${EOM}`;
    assert.deepEqual(decodeAll([stream.slice(0, at), stream.slice(at)], new EomDecoder({ maxMessageBytes: 20 })), [{ kind: 'message', text: exactly }], `split at ${at}`);
    const over = `${exactly}x${EOM}`;
    const frames = decodeAll([over.slice(0, at), over.slice(at)], new EomDecoder({ maxMessageBytes: 20 }));
    assert.equal(frames.length, 1);
    assert.equal(frames[0]?.kind, 'too-big', `split at ${at}`);
  }
});

test('an oversized message keeps only its head, however much arrives', () => {
  const decoder = new EomDecoder({ maxMessageBytes: 1000 });
  decoder.push('<rpc message-id="9">');
  for (let i = 0; i < 100; i += 1) assert.deepEqual(decoder.push('y'.repeat(10_000)), []);
  const [frame] = decoder.push(EOM);
  assert.equal(frame?.kind, 'too-big');
  if (frame?.kind !== 'too-big') return;
  assert.equal(frame.head.length, 4096);
  assert.ok(frame.head.startsWith('<rpc message-id="9">yyy'));
  assert.equal(frame.bytes, 20 + 1_000_000);
});

test('a bound that is not positive is refused', () => {
  assert.throws(() => new EomDecoder({ maxMessageBytes: 0 }), /must be positive/);
});

test('the encoder writes what Junos writes: message, line break, delimiter, line break', () => {
  assert.equal(encodeMessage('<rpc-reply>\n<ok/>\n</rpc-reply>'), '<rpc-reply>\n<ok/>\n</rpc-reply>\n]]>]]>\n');
});

test('what the encoder writes decodes back to the message (whitespace around kept)', () => {
  const messages = ['<a/>', '<b>\n</b>', ''];
  const frames = decodeAll([messages.map(encodeMessage).join('')]);
  assert.deepEqual(
    frames.map((frame) => (frame.kind === 'message' ? frame.text : '?')),
    ['<a/>\n', '\n<b>\n</b>\n', '\n\n'],
  );
});
