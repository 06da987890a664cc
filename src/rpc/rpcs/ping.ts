/**
 * `ping` — `ping <host> [count <n>] [interval <s>] [source <address>] [rapid]`
 * (`<ping><host>…</host><count>3</count></ping>`): ICMP echo from the answering RE, simulated
 * (`ping-plan.ts` decides each probe's fate from the RE's forwarding table; `ping-run.ts` owns
 * the FreeBSD text).
 *
 * The RPC answers all probes at once. Without `count` it sends 5 [U: a NETCONF client must get
 * an answer; the CLI's ping without a count runs until Ctrl-C, which the CLI does with
 * `startPing` and a `PingRun` of its own]; `interval` is 1 s by default (0.1 to 10000), `count`
 * 1 to 2000000000 (values out of range: `error: invalid value for count: 0`); `rapid` implies 5
 * probes unless counted.
 *
 * XML [C: a captured reply in a public NETCONF test (15.1X53); R for the failure forms]:
 * `<ping-results xmlns=…junos-probe-tests>` with `<target-host>`, `<target-ip>`,
 * `<packet-size>56`, one `<probe-result date-determined="<seconds>">` per reply (probe-index
 * from 1, probe-success, sequence-number, ip-address, time-to-live, response-size 64, rtt in µs),
 * `<probe-results-summary>` (probes-sent, responses-received, packet-loss, and rtt-minimum,
 * rtt-maximum, rtt-average, rtt-stddev in µs when something was received), then `<ping-success/>`
 * or `<ping-failure>no response</ping-failure>`; a probe that could not be sent adds one
 * `<ping-warning-message>sendto: No route to host</ping-warning-message>` first. A ping that
 * cannot start (unknown host, a source that is not the RE's) is `<ping-failure>internal
 * error</ping-failure>` with `<ping-error-message>` (the text without `ping: `), and in text the
 * one line (`ping: bind: Can't assign requested address`).
 */
import { namespaceRelease } from '../junos-format.js';
import { defineRpc, type RpcArgs } from '../rpc-definition.js';
import { element, flag, leaf, optionalLeaf, type RpcElement } from '../rpc-element.js';
import { rpcError, type RpcError } from '../rpc-error.js';
import type { RouterView } from '../router-view.js';
import { DATA_BYTES, planPing, REPLY_BYTES } from './ping-plan.js';
import { packetLoss, PingRun, pingText, rttSummary } from './ping-run.js';

/** Probes the RPC sends when no count is given. */
export const DEFAULT_RPC_COUNT = 5;
const MAX_COUNT = 2_000_000_000;

export type PingData =
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ran'; readonly run: PingRun; readonly text: string; readonly start: number; readonly namespace: string };

/** A ping ready to run (`PingRun`), or the line that stops it, or argument errors. */
export type PingStart = { readonly ok: true; readonly run: PingRun } | { readonly ok: false; readonly message: string } | { readonly ok: false; readonly errors: readonly RpcError[] };

function invalid(name: string, value: string): RpcError {
  return rpcError(`invalid value for ${name}: ${value}`, { badElement: value });
}

/**
 * Starts a ping from `view` as the arguments say (`host`, `count`, `interval`, `source`,
 * `rapid`); `defaultCount` when there is no `count` (undefined: until stopped, the CLI's ping).
 */
export function startPing(view: RouterView, args: RpcArgs, defaultCount: number | undefined): PingStart {
  const errors: RpcError[] = [];
  const host = args.host;
  if (typeof host !== 'string') return { ok: false, errors: [rpcError('missing argument: host', { badElement: 'host' })] };
  const rapid = args.rapid === true;
  let count = rapid ? (defaultCount ?? DEFAULT_RPC_COUNT) : defaultCount;
  if (typeof args.count === 'string') {
    count = Number(args.count);
    if (!/^\d+$/.test(args.count) || count < 1 || count > MAX_COUNT) errors.push(invalid('count', args.count));
  }
  let intervalSeconds = 1;
  if (typeof args.interval === 'string') {
    intervalSeconds = Number(args.interval);
    if (!/^\d+(\.\d+)?$/.test(args.interval) || intervalSeconds < 0.1 || intervalSeconds > 10_000) errors.push(invalid('interval', args.interval));
  }
  if (errors.length > 0) return { ok: false, errors };
  const planned = planPing(view, { host, ...(typeof args.source === 'string' ? { source: args.source } : {}) });
  if (!planned.ok) return planned;
  return { ok: true, run: new PingRun(planned.plan, { count, intervalSeconds, rapid }) };
}

function resultsElement(data: PingData): RpcElement {
  if (data.kind === 'failed') return element('ping-results', [leaf('ping-failure', 'internal error'), leaf('ping-error-message', data.message.replace(/^ping: /, ''))]);
  const { run, start, namespace } = data;
  const probes = run.sent;
  const received = probes.filter((probe) => probe.outcome.kind === 'reply').length;
  const rtt = rttSummary(probes);
  const probeResults = probes.flatMap((probe, index) =>
    probe.outcome.kind === 'reply'
      ? [
          element(
            'probe-result',
            [
              leaf('probe-index', index + 1),
              flag('probe-success'),
              leaf('sequence-number', probe.seq),
              leaf('ip-address', run.plan.address),
              leaf('time-to-live', probe.outcome.ttl),
              leaf('response-size', REPLY_BYTES),
              leaf('rtt', probe.outcome.rttUs),
            ],
            [['date-determined', String(Math.floor((start + probe.seq * run.intervalMs + probe.outcome.rttUs / 1000) / 1000))]],
          ),
        ]
      : [],
  );
  const unsent = probes.some((probe) => probe.outcome.kind === 'unreachable');
  return element(
    'ping-results',
    [
      leaf('target-host', run.plan.host),
      leaf('target-ip', run.plan.address),
      leaf('packet-size', DATA_BYTES),
      unsent ? leaf('ping-warning-message', 'sendto: No route to host') : undefined,
      ...probeResults,
      element('probe-results-summary', [
        leaf('probes-sent', probes.length),
        leaf('responses-received', received),
        leaf('packet-loss', packetLoss(probes.length, received)),
        optionalLeaf('rtt-minimum', rtt?.min),
        optionalLeaf('rtt-maximum', rtt?.max),
        optionalLeaf('rtt-average', rtt === undefined ? undefined : Math.round(rtt.avg)),
        optionalLeaf('rtt-stddev', rtt === undefined ? undefined : Math.round(rtt.stddev)),
      ]),
      received > 0 ? flag('ping-success') : leaf('ping-failure', 'no response'),
    ],
    [['xmlns', namespace]],
  );
}

export const ping = defineRpc<PingData>({
  name: 'ping',
  commands: [{ words: ['ping'], help: 'Ping remote target' }],
  arguments: [
    { kind: 'value', name: 'host', help: 'Hostname or IP address of remote host', positional: true },
    { kind: 'value', name: 'count', help: 'Number of ping requests to send (1..2000000000 packets)' },
    { kind: 'value', name: 'interval', help: 'Delay between ping requests (seconds)' },
    { kind: 'value', name: 'source', help: 'Source address of echo request' },
    { kind: 'flag', name: 'rapid', help: 'Send requests rapidly (default count of 5)' },
  ],
  run: (view, args) => {
    const started = startPing(view, args, DEFAULT_RPC_COUNT);
    if (!started.ok) return 'errors' in started ? { ok: false, errors: started.errors } : { ok: true, data: { kind: 'failed', message: started.message } };
    const release = namespaceRelease(view.software().junosVersion);
    const run = started.run;
    return { ok: true, data: { kind: 'ran', run, text: pingText(run), start: view.now(), namespace: `http://xml.juniper.net/junos/${release}/junos-probe-tests` } };
  },
  element: resultsElement,
  text: (data) => (data.kind === 'failed' ? `${data.message}\n` : data.text),
});
