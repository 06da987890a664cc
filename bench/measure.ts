/**
 * Timing helpers for the benchmarks: run a task several times after a warm-up, report the
 * median and the spread (min..max, so that the machine's noise is visible).
 */
import { performance } from 'node:perf_hooks';

export interface Timing {
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly runs: number;
}

export interface MeasureOptions {
  readonly runs?: number;
  readonly warmup?: number;
  /**
   * Force a full garbage collection before each run (needs `--expose-gc`). That measures a task
   * on a freshly compacted heap, which must grow again for whatever the task keeps: the cold
   * case. Without it, runs follow each other as in a long-running process: the steady case.
   */
  readonly freshHeap?: boolean;
}

export function measure(task: () => unknown, options: MeasureOptions = {}): Timing {
  const { runs = 11, warmup = 3, freshHeap = false } = options;
  for (let i = 0; i < warmup; i += 1) task();
  const samples: number[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < runs; i += 1) {
    if (freshHeap) gc?.();
    const start = performance.now();
    task();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    medianMs: samples[Math.floor(samples.length / 2)] as number,
    minMs: samples[0] as number,
    maxMs: samples[samples.length - 1] as number,
    runs,
  };
}

/** `1,234,567` style. */
export function grouped(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function spread(timing: Timing): string {
  const noise = ((timing.maxMs - timing.minMs) / timing.medianMs) * 100;
  return `median ${timing.medianMs.toFixed(1)} ms (min ${timing.minMs.toFixed(1)}, max ${timing.maxMs.toFixed(1)}, spread ${noise.toFixed(0)}%, ${timing.runs} runs)`;
}

/** The Timing of a set of samples (ms). */
export function timingOf(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    minMs: sorted[0] ?? 0,
    maxMs: sorted[sorted.length - 1] ?? 0,
    runs: sorted.length,
  };
}

/** `measure` for a task that returns a promise: each run waits for the one before. */
export async function measureAsync(task: () => Promise<unknown>, options: { readonly runs?: number; readonly warmup?: number } = {}): Promise<Timing> {
  const { runs = 11, warmup = 3 } = options;
  for (let i = 0; i < warmup; i += 1) await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return timingOf(samples);
}

/**
 * A throughput from the timings of batches of `count` operations: the median batch's rate, the
 * slowest and fastest batch's, and the spread (of the batch times).
 */
export function rate(count: number, timing: Timing, unit: string): string {
  const perSecond = (ms: number): string => grouped((count * 1000) / ms);
  const noise = ((timing.maxMs - timing.minMs) / timing.medianMs) * 100;
  return `median ${perSecond(timing.medianMs)} ${unit}/s (min ${perSecond(timing.maxMs)}, max ${perSecond(timing.minMs)}, spread ${noise.toFixed(0)}%, ${timing.runs} runs of ${grouped(count)})`;
}

/** `target < N ms: met` or `NOT MET`, for a median. */
export function msVerdict(timing: Timing, targetMs: number): string {
  return `target < ${targetMs} ms: ${timing.medianMs < targetMs ? 'met' : 'NOT MET'}`;
}
