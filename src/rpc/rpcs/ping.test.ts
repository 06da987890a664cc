import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bootedLab } from '../../router/test-router.js';
import { routerView } from '../router-adapter.js';
import { rpcRegistry } from '../rpc-table.js';
import { bootKernel, MAIN_LINE } from '../testing/daemon-lab.js';
import { childNames, findElement, parseXml, parseXmlDocument, type XmlNode } from '../testing/parse-xml.js';
import { procedureLab } from '../testing/procedure-lab.js';
import { startPing } from './ping.js';

/** The procedure's lab with real kernels: re0 master (10.255.0.11 and .10), re1 backup (.12), backup-router 10.255.0.1 for 10/8. */
function lab() {
  const router = procedureLab();
  router.engines.re0.kernel = bootKernel(MAIN_LINE, 're0', 'master');
  router.engines.re1.kernel = bootKernel(MAIN_LINE, 're1', 'backup');
  return router;
}

const ping = (router: ReturnType<typeof lab>, slot: 're0' | 're1', args: Record<string, string | true>) => rpcRegistry.invoke(router.view(slot), 'ping', args);
const replies = (text: string): number => text.split('\n').filter((line) => line.startsWith('64 bytes from')).length;

test('who answers: the RE itself, the other RE, the master-only address, the management gateway', () => {
  const router = lab();
  for (const [slot, host] of [
    ['re0', '10.255.0.11'],
    ['re0', '10.255.0.10'],
    ['re0', '10.255.0.12'],
    ['re1', '10.255.0.11'],
    ['re1', '10.255.0.10'],
    ['re1', '10.255.0.1'],
  ] as const) {
    const text = ping(router, slot, { host, count: '3' }).text();
    assert.equal(replies(text), 3, `${slot} → ${host}:\n${text}`);
    assert.match(text, /\n3 packets transmitted, 3 packets received, 0% packet loss\nround-trip min\/avg\/max\/stddev = 0\.\d{3}\/0\.\d{3}\/0\.\d{3}\/0\.\d{3} ms\n$/);
  }
  assert.match(ping(router, 're0', { host: '10.255.0.11', count: '1' }).text(), /time=0\.0[3-5]\d ms/, 'loopback times for an own address');
  assert.match(ping(router, 're1', { host: '10.255.0.1', count: '1' }).text(), /time=0\.[4-7]\d\d ms/, 'LAN times');
});

test('who does not: an unknown LAN address, anything beyond the gateway, no route at all', () => {
  const router = lab();
  assert.match(ping(router, 're0', { host: '10.255.0.99', count: '2' }).text(), /\nRequest timeout for icmp_seq 0\n\n--- 10\.255\.0\.99 ping statistics ---\n2 packets transmitted, 0 packets received, 100% packet loss\n$/);
  assert.match(ping(router, 're1', { host: '10.20.0.3', count: '3' }).text(), /^PING 10\.20\.0\.3 \(10\.20\.0\.3\): 56 data bytes\nRequest timeout for icmp_seq 0\nRequest timeout for icmp_seq 1\n\n/, 'procedure 8.6 needs a second router');
  assert.match(ping(router, 're0', { host: '192.0.2.1', count: '1' }).text(), /^PING 192\.0\.2\.1 \(192\.0\.2\.1\): 56 data bytes\nping: sendto: No route to host\n\n--- /);
  router.engines.re1.state = 'present';
  assert.match(ping(router, 're0', { host: '10.255.0.12', count: '1' }).text(), /1 packets transmitted, 0 packets received, 100% packet loss/, 'a halted RE does not answer');
});

test('times are stable for an RE, target and sequence number, and vary between probes', () => {
  const router = lab();
  const first = ping(router, 're0', { host: '10.255.0.12', count: '5' }).text();
  assert.equal(ping(router, 're0', { host: '10.255.0.12', count: '5' }).text(), first);
  const times = [...first.matchAll(/time=(\d\.\d{3})/g)].map((match) => match[1]);
  assert.ok(new Set(times).size > 2, times.join(' '));
});

test('the RPC sends 5 probes without a count; the CLI\'s start has none', () => {
  const router = lab();
  assert.match(ping(router, 're0', { host: '10.255.0.12' }).text(), /\n5 packets transmitted, 5 packets received/);
  assert.match(ping(router, 're0', { host: '10.255.0.12', rapid: true }).text(), /\n!!!!!\n--- 10\.255\.0\.12 ping statistics ---\n5 packets transmitted/);
  const started = startPing(router.view('re0'), { host: '10.255.0.12', interval: '0.5' }, undefined);
  assert.ok(started.ok);
  assert.equal(started.run.options.count, undefined);
  assert.equal(started.run.intervalMs, 500);
});

test('a ping that cannot start: unknown host, foreign source; bad counts and intervals are refused', () => {
  const router = lab();
  assert.equal(ping(router, 're0', { host: 'nms.example.net' }).text(), 'ping: cannot resolve nms.example.net: Unknown host\n');
  const bind = ping(router, 're0', { host: '10.255.0.12', source: '10.255.0.12' });
  assert.equal(bind.text(), "ping: bind: Can't assign requested address\n");
  assert.equal(bind.xml(), "    <ping-results>\n        <ping-failure>internal error</ping-failure>\n        <ping-error-message>bind: Can't assign requested address</ping-error-message>\n    </ping-results>\n");
  assert.match(ping(router, 're0', { host: '10.255.0.12', count: '1', source: '10.255.0.10' }).text(), /^PING 10\.255\.0\.12 \(10\.255\.0\.12\) from 10\.255\.0\.10: 56 data bytes\n/, 'the master-only address is the master\'s');
  assert.equal(ping(router, 're0', { host: '10.255.0.12', count: '0' }).text(), 'error: invalid value for count: 0\n');
  assert.equal(ping(router, 're0', { host: '10.255.0.12', interval: '0.01' }).text(), 'error: invalid value for interval: 0.01\n');
});

test('XML: the elements of a captured reply, rtt in µs, failure forms', () => {
  const router = lab();
  const captured = `<ping-results xmlns="http://xml.juniper.net/junos/15.1X53/junos-probe-tests"><target-host>8.8.8.8</target-host><target-ip>8.8.8.8</target-ip><packet-size>56</packet-size><probe-result date-determined="1527113979"><probe-index>1</probe-index><probe-success/><sequence-number>0</sequence-number><ip-address>8.8.8.8</ip-address><time-to-live>48</time-to-live><response-size>64</response-size><rtt>33099</rtt></probe-result><probe-results-summary><probes-sent>1</probes-sent><responses-received>1</responses-received><packet-loss>0</packet-loss><rtt-minimum>33099</rtt-minimum><rtt-maximum>33099</rtt-maximum><rtt-average>33099</rtt-average><rtt-stddev>0</rtt-stddev></probe-results-summary><ping-success/></ping-results>`;
  const theirs = parseXmlDocument(captured);
  const reply = ping(router, 're0', { host: '10.255.0.12', count: '1' });
  const mine = parseXmlDocument(reply.xml());
  assert.deepEqual(childNames(mine), childNames(theirs));
  assert.deepEqual(childNames(findElement(mine, 'probe-result') as XmlNode), childNames(findElement(theirs, 'probe-result') as XmlNode));
  assert.deepEqual(childNames(findElement(mine, 'probe-results-summary') as XmlNode), childNames(findElement(theirs, 'probe-results-summary') as XmlNode));
  assert.equal(mine.attributes.xmlns, 'http://xml.juniper.net/junos/17.3R1/junos-probe-tests');
  const rtt = Number(findElement(mine, 'rtt')?.text);
  assert.match(reply.text(), new RegExp(`time=${(rtt / 1000).toFixed(3)} ms`));
  assert.equal(findElement(mine, 'probe-result')?.attributes['date-determined'], String(Date.UTC(2024, 2, 11, 9, 3, 5) / 1000));
  const lost = parseXml(ping(router, 're0', { host: '192.0.2.1', count: '2' }).xml())[0] as XmlNode;
  assert.deepEqual(childNames(lost), ['target-host', 'target-ip', 'packet-size', 'ping-warning-message', 'probe-results-summary', 'ping-failure']);
  assert.deepEqual(childNames(findElement(lost, 'probe-results-summary') as XmlNode), ['probes-sent', 'responses-received', 'packet-loss']);
  assert.equal(findElement(lost, 'ping-failure')?.text, 'no response');
});

test('on a booted router: the RE and its neighbours answer, beyond the gateway does not', () => {
  const { clock, router } = bootedLab({}, 1000);
  while (!router.ready) clock.advance(1000);
  const text = (slot: 're0' | 're1', host: string) => rpcRegistry.invoke(routerView(router, slot), 'ping', { host, count: '2' }).text();
  assert.match(text('re0', '10.255.0.12'), /2 packets received, 0% packet loss/);
  assert.match(text('re1', '10.255.0.10'), /2 packets received, 0% packet loss/, 'the master-only address lives on re0');
  assert.match(text('re1', '10.255.0.1'), /2 packets received, 0% packet loss/);
  assert.match(text('re1', '10.20.0.3'), /0 packets received, 100% packet loss/);
  assert.match(text('re0', '192.0.2.1'), /ping: sendto: No route to host/);
  router.faults.cutLink();
  assert.match(text('re0', '10.255.0.12'), /2 packets received/, 'the LAN does not go through the internal link');
  router.faults.halt('re1');
  assert.match(text('re0', '10.255.0.12'), /0 packets received/);
  router.shutdown();
});
