import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LiveClock, RealClock, SimulatedClock } from './clock.js';

test('a simulated timer fires exactly when its time comes, not before', () => {
  const clock = new SimulatedClock(0);
  const fired: number[] = [];
  clock.setTimer(300_000, () => fired.push(clock.now()));
  clock.advance(299_999);
  assert.deepEqual(fired, []);
  clock.advance(1);
  assert.deepEqual(fired, [300_000]);
});

test('simulated timers run in time order, then in the order they were set', () => {
  const clock = new SimulatedClock(0);
  const order: string[] = [];
  clock.setTimer(20, () => order.push('b'));
  clock.setTimer(10, () => order.push('a'));
  clock.setTimer(20, () => order.push('c'));
  clock.advance(100);
  assert.deepEqual(order, ['a', 'b', 'c']);
});

test('an interval repeats and stops when cancelled', () => {
  const clock = new SimulatedClock(0);
  const ticks: number[] = [];
  const timer = clock.setInterval(1000, () => ticks.push(clock.now()));
  clock.advance(3500);
  timer.cancel();
  clock.advance(5000);
  assert.deepEqual(ticks, [1000, 2000, 3000]);
  assert.equal(clock.pending, 0);
});

test('a timer set by a timer runs in the same advance when it falls due', () => {
  const clock = new SimulatedClock(0);
  const seen: number[] = [];
  clock.setTimer(10, () => clock.setTimer(5, () => seen.push(clock.now())));
  clock.advance(20);
  assert.deepEqual(seen, [15]);
});

test('a cancelled timer never fires, and time cannot go backwards', () => {
  const clock = new SimulatedClock(0);
  let fired = false;
  clock.setTimer(10, () => (fired = true)).cancel();
  clock.advance(20);
  assert.equal(fired, false);
  assert.throws(() => clock.advance(-1), RangeError);
});

test('a scaled real clock runs faster than the wall clock', async () => {
  const clock = new RealClock(100);
  const start = clock.now();
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.ok(clock.now() - start >= 2500, `advanced ${clock.now() - start} ms`);
  await new Promise<void>((resolve) => clock.setTimer(1000, resolve));
});

test('a live clock runs its timers in time order even after the process stalls', async () => {
  const clock = new LiveClock(100);
  const order: string[] = [];
  clock.setInterval(1000, () => order.push('keepalive'));
  clock.setTimer(2500, () => order.push('failover'));
  const until = Date.now() + 60;
  while (Date.now() < until) {
    // A stall of 60 ms: six simulated seconds pass with no timer running.
  }
  await new Promise((resolve) => setTimeout(resolve, 30));
  clock.stop();
  assert.deepEqual(order.slice(0, 3), ['keepalive', 'keepalive', 'failover']);
});
