/**
 * Benchmark of the dual-RE router: boot to ready (rpd up on the master, both REs through their
 * boot stages) of 1 and of 1,000 routers in memory, on one simulated clock, with the starter
 * configuration. Reports the real time and the memory per router (issue #3 targets: under
 * 20 ms and under 5 MB per dual-RE router).
 *
 * Time covers creating the routers, their first-boot commits and the 5 s of simulated boot
 * (every timer of every RE). Memory is what stays allocated once every router is ready: the
 * JavaScript heap plus array buffers (the gzip files of the in-memory disks), measured after a
 * full garbage collection (`--expose-gc`, as `npm run bench` runs it) against the same before.
 */
import { performance } from 'node:perf_hooks';
import { SimulatedClock } from '../src/lib/clock.js';
import { BOOT_READY_MS } from '../src/router/boot-stages.js';
import { createRouter, type Router } from '../src/router/router.js';
import { measure, spread } from './measure.js';

const TARGET_MS = 20;
const TARGET_MB = 5;

/** Creates `n` routers (r1, r2 ...) on one simulated clock and boots them to ready. */
export function bootRouters(n: number): Router[] {
  const clock = new SimulatedClock();
  const routers: Router[] = [];
  for (let i = 1; i <= n; i += 1) {
    const router = createRouter({ name: `r${i}`, clock, memory: true });
    router.boot();
    routers.push(router);
  }
  clock.advance(BOOT_READY_MS);
  const late = routers.filter((router) => !router.ready).length;
  if (late > 0) throw new Error(`${late} of ${n} routers are not ready after ${BOOT_READY_MS} ms of simulated time`);
  return routers;
}

function allocated(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

export interface BootMeasurement {
  readonly routers: number;
  readonly totalMs: number;
  readonly msPerRouter: number;
  readonly mbPerRouter: number;
}

/** Boots `n` routers once and measures time and memory per router. */
export function measureBoot(n: number): BootMeasurement {
  const before = allocated();
  const start = performance.now();
  const routers = bootRouters(n);
  const totalMs = performance.now() - start;
  const after = allocated();
  if (routers.length !== n) throw new Error('lost routers');
  return { routers: n, totalMs, msPerRouter: totalMs / n, mbPerRouter: (after - before) / n / 1e6 };
}

function verdict(value: number, target: number): string {
  return value < target ? '[target met]' : '[ABOVE TARGET]';
}

export function runRouterBench(): string[] {
  const out: string[] = [];
  const one = measure(() => bootRouters(1), { runs: 21, warmup: 5 });
  out.push(`boot to ready, 1 router:      ${one.medianMs.toFixed(2)} ms per router  ${verdict(one.medianMs, TARGET_MS)}  (${spread(one)})`);
  // One router's memory is small next to the heap's noise: the median of several boots.
  const singles = Array.from({ length: 11 }, () => measureBoot(1).mbPerRouter).sort((a, b) => a - b);
  const single = singles[5] as number;
  out.push(`memory, 1 router:             ${single.toFixed(2)} MB per router (heap + buffers after GC, median of 11)  ${verdict(single, TARGET_MB)}`);
  const many = measureBoot(1000);
  out.push(
    `boot to ready, 1,000 routers: ${many.totalMs.toFixed(0)} ms in all, ${many.msPerRouter.toFixed(2)} ms per router  ${verdict(many.msPerRouter, TARGET_MS)}; ` +
      `${many.mbPerRouter.toFixed(2)} MB per router  ${verdict(many.mbPerRouter, TARGET_MB)}`,
  );
  return out;
}
