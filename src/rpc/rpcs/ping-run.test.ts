import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PingPlan, ProbeOutcome } from './ping-plan.js';
import { PingRun, pingText } from './ping-run.js';

/** A plan whose probes fare as listed (then like the last). */
function plan(outcomes: readonly ProbeOutcome[], host = '10.20.0.3', source?: string): PingPlan {
  return { host, address: host, ...(source === undefined ? {} : { source }), probe: (seq) => outcomes[Math.min(seq, outcomes.length - 1)] as ProbeOutcome };
}
const reply = (rttUs: number): ProbeOutcome => ({ kind: 'reply', rttUs, ttl: 64 });
const LOST: ProbeOutcome = { kind: 'lost' };
const UNSENT: ProbeOutcome = { kind: 'unreachable' };

test('procedure 8.6, byte for byte', () => {
  const run = new PingRun(plan([reply(612), reply(547), reply(559)]), { count: 3, intervalSeconds: 1, rapid: false });
  assert.equal(
    pingText(run),
    [
      'PING 10.20.0.3 (10.20.0.3): 56 data bytes',
      '64 bytes from 10.20.0.3: icmp_seq=0 ttl=64 time=0.612 ms',
      '64 bytes from 10.20.0.3: icmp_seq=1 ttl=64 time=0.547 ms',
      '64 bytes from 10.20.0.3: icmp_seq=2 ttl=64 time=0.559 ms',
      '',
      '--- 10.20.0.3 ping statistics ---',
      '3 packets transmitted, 3 packets received, 0% packet loss',
      'round-trip min/avg/max/stddev = 0.547/0.573/0.612/0.028 ms',
      '',
    ].join('\n'),
  );
});

test('lost probes: FreeBSD announces a timeout when the next probe goes out, never the last one', () => {
  const run = new PingRun(plan([LOST]), { count: 5, intervalSeconds: 1, rapid: false });
  assert.equal(
    pingText(run),
    'PING 10.20.0.3 (10.20.0.3): 56 data bytes\nRequest timeout for icmp_seq 0\nRequest timeout for icmp_seq 1\nRequest timeout for icmp_seq 2\nRequest timeout for icmp_seq 3\n\n--- 10.20.0.3 ping statistics ---\n5 packets transmitted, 0 packets received, 100% packet loss\n',
  );
  assert.equal(run.finalWaitMs(), 10_000);
});

test('no route: sendto fails for every probe, with the timeouts between', () => {
  const run = new PingRun(plan([UNSENT], '8.8.8.8'), { count: 3, intervalSeconds: 1, rapid: false });
  assert.equal(
    pingText(run),
    'PING 8.8.8.8 (8.8.8.8): 56 data bytes\nping: sendto: No route to host\nping: sendto: No route to host\nRequest timeout for icmp_seq 0\nping: sendto: No route to host\nRequest timeout for icmp_seq 1\n\n--- 8.8.8.8 ping statistics ---\n3 packets transmitted, 0 packets received, 100% packet loss\n',
  );
});

test('mixed outcomes and integer packet loss', () => {
  const run = new PingRun(plan([reply(500), LOST, reply(700)]), { count: 3, intervalSeconds: 1, rapid: false });
  assert.equal(
    pingText(run),
    'PING 10.20.0.3 (10.20.0.3): 56 data bytes\n64 bytes from 10.20.0.3: icmp_seq=0 ttl=64 time=0.500 ms\nRequest timeout for icmp_seq 1\n64 bytes from 10.20.0.3: icmp_seq=2 ttl=64 time=0.700 ms\n\n--- 10.20.0.3 ping statistics ---\n3 packets transmitted, 2 packets received, 33% packet loss\nround-trip min/avg/max/stddev = 0.500/0.600/0.700/0.100 ms\n',
  );
});

test('rapid: ! and . on one line, the statistics right after it', () => {
  const run = new PingRun({ ...plan([]), probe: (seq) => (seq === 3 ? LOST : reply(400 + seq)) }, { count: 5, intervalSeconds: 1, rapid: true });
  assert.equal(
    pingText(run),
    'PING 10.20.0.3 (10.20.0.3): 56 data bytes\n!!!.!\n--- 10.20.0.3 ping statistics ---\n5 packets transmitted, 4 packets received, 20% packet loss\nround-trip min/avg/max/stddev = 0.400/0.402/0.404/0.001 ms\n',
  );
});

test('streaming for the CLI: header, one chunk per probe, the summary of what was sent when interrupted', () => {
  const run = new PingRun(plan([reply(612)], '10.255.0.1', '10.255.0.11'), { count: undefined, intervalSeconds: 0.5, rapid: false });
  assert.equal(run.header(), 'PING 10.255.0.1 (10.255.0.1) from 10.255.0.11: 56 data bytes\n');
  assert.equal(run.intervalMs, 500);
  assert.equal(run.next(), '64 bytes from 10.255.0.1: icmp_seq=0 ttl=64 time=0.612 ms\n');
  assert.equal(run.next(), '64 bytes from 10.255.0.1: icmp_seq=1 ttl=64 time=0.612 ms\n');
  assert.equal(run.done, false, 'no count: until stopped');
  assert.equal(run.summary(), '\n--- 10.255.0.1 ping statistics ---\n2 packets transmitted, 2 packets received, 0% packet loss\nround-trip min/avg/max/stddev = 0.612/0.612/0.612/0.000 ms\n');
  assert.equal(run.finalWaitMs(), 1000);
  const early = new PingRun(plan([reply(612)]), { count: undefined, intervalSeconds: 1, rapid: false });
  assert.equal(early.summary(), '\n--- 10.20.0.3 ping statistics ---\n0 packets transmitted, 0 packets received, \n', 'FreeBSD prints no loss for nothing sent');
});
