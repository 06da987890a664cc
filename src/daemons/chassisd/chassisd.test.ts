import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SimulatedClock } from '../../lib/clock.js';
import { Chassisd } from './chassisd.js';
import type { PeerMessage } from './mastership-events.js';
import { MemoryLink } from './memory-link.js';
import { DEFAULT_REDUNDANCY } from './redundancy-config.js';
import { pair } from './test-pair.js';

test('events raised while one is handled are queued, never handled inside it', () => {
  const { re0, re1, bootBoth } = pair();
  const seen: string[] = [];
  re0.onRoleChange((change) => {
    re0.linkDown();
    seen.push(`${change.to} linkUp=${re0.state.linkUp}`);
  });
  bootBoth();
  assert.deepEqual(seen, ['master linkUp=true']);
  assert.equal(re0.state.linkUp, false);
  assert.equal(re1.role, 'backup');
});

test('a request from inside a listener is refused: requests answer at once', () => {
  const { re0, bootBoth } = pair();
  let error: unknown;
  re0.onRoleChange(() => {
    try {
      re0.request({ action: 'switch' });
    } catch (caught) {
      error = caught;
    }
  });
  bootBoth();
  assert.ok(error instanceof Error);
});

test('keepalives go out every second over the link, and stop when the RE halts', () => {
  const clock = new SimulatedClock(0);
  const link = new MemoryLink({ record: true });
  const re0 = new Chassisd({ slot: 0, clock, link: link.endpoint(0) });
  re0.boot(DEFAULT_REDUNDANCY, { peerPresent: false });
  clock.advance(3000);
  const keepalives = (): PeerMessage[] => link.sent.map((entry) => entry.message).filter((message) => message.type === 'keepalive');
  assert.equal(keepalives().length, 4); // at boot, then at 1, 2 and 3 s
  re0.halt();
  clock.advance(10_000);
  assert.equal(keepalives().length, 4);
  assert.equal(clock.pending, 0, 'no timer left behind');
});

test('a delayed link still elects one master', () => {
  const clock = new SimulatedClock(0);
  const link = new MemoryLink({ delayMs: 30, clock });
  const re0 = new Chassisd({ slot: 0, clock, link: link.endpoint(0) });
  const re1 = new Chassisd({ slot: 1, clock, link: link.endpoint(1) });
  link.attach(0, (message) => re0.receive(message));
  link.attach(1, (message) => re1.receive(message));
  re0.boot(DEFAULT_REDUNDANCY, { peerPresent: true });
  re1.boot(DEFAULT_REDUNDANCY, { peerPresent: true });
  clock.advance(10_000);
  assert.deepEqual([re0.role, re1.role], ['master', 'backup']);
});

test('the log keeps a bounded history', () => {
  const clock = new SimulatedClock(0);
  const re1 = new Chassisd({ slot: 1, clock, link: { send: () => undefined }, logLimit: 5 });
  re1.boot(DEFAULT_REDUNDANCY, { peerPresent: true });
  clock.advance(3600_000);
  assert.equal(re1.mastershipLog.length, 5);
  assert.match(re1.mastershipLog.at(-1) ?? '', /for 3600 seconds, failover not configured$/);
});
