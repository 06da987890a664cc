/**
 * A ping as it runs, probe by probe, and its text in FreeBSD ping's layout (as Junos prints it,
 * procedure 8.6 and 9.B21), for the `ping` RPC (all probes at once) and for the CLI, which
 * prints each probe's text one interval after the previous on the router's clock and may stop
 * early (Ctrl-C).
 *
 * Owns the text:
 * - header `PING 10.20.0.3 (10.20.0.3): 56 data bytes` (`… (10.20.0.3) from 10.255.0.12: 56
 *   data bytes` with a source);
 * - per probe: `64 bytes from 10.20.0.3: icmp_seq=0 ttl=64 time=0.612 ms` for a reply,
 *   `ping: sendto: No route to host` when the probe could not be sent; as FreeBSD does, when a
 *   probe goes out while more earlier probes are unanswered than ever before, `Request timeout
 *   for icmp_seq N` (N the previous probe) follows — so the last probe's loss is never announced;
 * - `rapid`: one `!` per reply and `.` per other probe on one line [U for `.` on a probe that
 *   could not be sent];
 * - summary: FreeBSD's `putchar('\n')` (an empty line after the probe lines, or the end of the
 *   `!!!!!` line), `--- HOST ping statistics ---`, `N packets transmitted, M packets received,
 *   L% packet loss` (L truncated to an integer, as in procedure 8.6), then when something was
 *   received `round-trip min/avg/max/stddev = a/b/c/d ms` (three decimals, population standard
 *   deviation). The same summary ends an interrupted ping, for the probes sent so far.
 * Timing for the CLI: `intervalMs` between probes (rapid: `RAPID_INTERVAL_MS`), and after the
 * last probe `finalWaitMs()` before the summary (FreeBSD: twice the longest round trip, at least
 * one second, when something was received; else ten seconds).
 */
import { DATA_BYTES, REPLY_BYTES, type PingPlan, type ProbeOutcome } from './ping-plan.js';

/** Probes of a rapid ping go out this often [U]. */
export const RAPID_INTERVAL_MS = 10;

export interface PingOptions {
  /** Probes to send; undefined: until stopped (CLI only). */
  readonly count: number | undefined;
  /** Seconds between probes. */
  readonly intervalSeconds: number;
  readonly rapid: boolean;
}

/** One probe sent, with its outcome. */
export interface SentProbe {
  readonly seq: number;
  readonly outcome: ProbeOutcome;
}

/** min/avg/max/stddev in µs of the replies. */
export interface RttSummary {
  readonly min: number;
  readonly avg: number;
  readonly max: number;
  readonly stddev: number;
}

const ms = (us: number): string => (us / 1000).toFixed(3);

/** The round-trip summary of `probes`, undefined when none was answered. */
export function rttSummary(probes: readonly SentProbe[]): RttSummary | undefined {
  const rtts = probes.flatMap((probe) => (probe.outcome.kind === 'reply' ? [probe.outcome.rttUs] : []));
  if (rtts.length === 0) return undefined;
  const sum = rtts.reduce((a, b) => a + b, 0);
  const avg = sum / rtts.length;
  const variance = rtts.reduce((a, b) => a + b * b, 0) / rtts.length - avg * avg;
  return { min: Math.min(...rtts), avg, max: Math.max(...rtts), stddev: Math.sqrt(Math.max(0, variance)) };
}

/** Integer packet loss, as FreeBSD's older ping prints it. */
export function packetLoss(sent: number, received: number): number {
  return sent === 0 ? 0 : Math.floor(((sent - received) * 100) / sent);
}

export class PingRun {
  readonly plan: PingPlan;
  readonly options: PingOptions;
  readonly #sent: SentProbe[] = [];
  #received = 0;
  #missedMax = 0;

  constructor(plan: PingPlan, options: PingOptions) {
    this.plan = plan;
    this.options = options;
  }

  /** ms between two probes on the clock. */
  get intervalMs(): number {
    return this.options.rapid ? RAPID_INTERVAL_MS : Math.round(this.options.intervalSeconds * 1000);
  }

  /** The probes sent so far. */
  get sent(): readonly SentProbe[] {
    return this.#sent;
  }

  /** All the probes asked for have been sent (never for a ping without a count). */
  get done(): boolean {
    return this.options.count !== undefined && this.#sent.length >= this.options.count;
  }

  /** The first line, with its line break. */
  header(): string {
    const from = this.plan.source === undefined ? '' : ` from ${this.plan.source}`;
    return `PING ${this.plan.host} (${this.plan.address})${from}: ${DATA_BYTES} data bytes\n`;
  }

  /** Sends the next probe; the text it prints (whole lines, or one `!`/`.` in rapid mode). */
  next(): string {
    const seq = this.#sent.length;
    const outcome = this.plan.probe(seq);
    this.#sent.push({ seq, outcome });
    if (this.options.rapid) {
      if (outcome.kind === 'reply') this.#received += 1;
      return outcome.kind === 'reply' ? '!' : '.';
    }
    const lines: string[] = [];
    if (outcome.kind === 'unreachable') lines.push('ping: sendto: No route to host');
    const missed = this.#sent.length - this.#received - 1;
    if (missed > this.#missedMax) {
      this.#missedMax = missed;
      lines.push(`Request timeout for icmp_seq ${seq - 1}`);
    }
    if (outcome.kind === 'reply') {
      this.#received += 1;
      lines.push(`${REPLY_BYTES} bytes from ${this.plan.address}: icmp_seq=${seq} ttl=${outcome.ttl} time=${ms(outcome.rttUs)} ms`);
    }
    return lines.map((line) => `${line}\n`).join('');
  }

  /** How long FreeBSD waits after the last probe before the summary, in ms. */
  finalWaitMs(): number {
    const summary = rttSummary(this.#sent);
    if (summary === undefined) return 10_000;
    return Math.max(1, Math.floor((2 * summary.max) / 1_000_000)) * 1000;
  }

  /** The statistics for the probes sent so far (the end of a ping, interrupted or not). */
  summary(): string {
    const sent = this.#sent.length;
    const received = this.#received;
    const loss = sent === 0 ? '' : `${packetLoss(sent, received)}% packet loss`;
    const lines = ['', `--- ${this.plan.host} ping statistics ---`, `${sent} packets transmitted, ${received} packets received, ${loss}`];
    const rtt = rttSummary(this.#sent);
    if (rtt !== undefined) lines.push(`round-trip min/avg/max/stddev = ${ms(rtt.min)}/${ms(rtt.avg)}/${ms(rtt.max)}/${ms(rtt.stddev)} ms`);
    return `${lines.join('\n')}\n`;
  }
}

/** The whole text of a ping with a count: header, every probe, summary. */
export function pingText(run: PingRun): string {
  let text = run.header();
  while (!run.done) text += run.next();
  return text + run.summary();
}
