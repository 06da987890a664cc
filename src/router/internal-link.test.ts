import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PeerMessage } from '../daemons/chassisd/index.js';
import { InternalLink, type LinkEnd } from './internal-link.js';

const keepalive = (from: 0 | 1): PeerMessage => ({ type: 'keepalive', from, role: 'master', preference: 'master', bootedAt: 0, masterSince: undefined });

function end(overrides: Partial<LinkEnd> = {}): LinkEnd {
  return { running: () => true, receive: () => undefined, responder: () => undefined, configSnapshot: () => undefined, ...overrides };
}

test('a message sent during a delivery waits until that delivery has returned (run to completion)', () => {
  const link = new InternalLink();
  const events: string[] = [];
  let depth = 0;
  link.attach('re0', end({ receive: () => {
    depth += 1;
    events.push(`re0 receives (depth ${depth})`);
    depth -= 1;
  } }));
  link.attach('re1', end({ receive: () => {
    depth += 1;
    events.push(`re1 receives (depth ${depth})`);
    link.chassisdLink('re1').send(keepalive(1));
    events.push('re1 returns');
    depth -= 1;
  } }));
  link.chassisdLink('re0').send(keepalive(0));
  assert.deepEqual(events, ['re1 receives (depth 1)', 're1 returns', 're0 receives (depth 1)']);
  assert.equal(link.counters.delivered, 2);
});

test('a cut link or a halted RE drops messages, and mgd calls answer No route to host', async () => {
  const link = new InternalLink();
  let running = true;
  const received: PeerMessage[] = [];
  link.attach('re0', end());
  link.attach('re1', end({ running: () => running, receive: (message) => received.push(message) }));
  link.cut();
  link.chassisdLink('re0').send(keepalive(0));
  assert.deepEqual(await link.mgdPeer('re1').check({ from: 're0', config: '', time: 0, user: 'lab', client: 'cli' }), { status: 'unreachable', reason: 'No route to host' });
  link.restore();
  running = false;
  link.chassisdLink('re0').send(keepalive(0));
  assert.equal(link.fetchConfig('re1'), undefined);
  running = true;
  link.chassisdLink('re0').send(keepalive(0));
  assert.equal(received.length, 1);
  assert.deepEqual(link.counters, { delivered: 1, dropped: 2 });
});
