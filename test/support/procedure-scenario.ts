/**
 * The procedure's main line as a live router on a simulated clock (procedure.md §0.3): r1, an
 * MX960, whose re0 booted on 2024-03-04 06:12:40 with the single-RE configuration of section 1
 * (with real password hashes: lab / lab123), and whose re1 is a spare inserted fresh on
 * 2024-03-11 06:55:52 (factory default). The clock then stands at 09:02:00 on the 11th.
 * Serial numbers are retwin's (derived from the name), not the procedure's invented ones.
 */
import { SimulatedClock } from '../../src/lib/clock.js';
import { createRouter, type Router } from '../../src/router/index.js';
import { fixture } from './fixtures.js';

export interface Scenario {
  readonly clock: SimulatedClock;
  readonly router: Router;
}

export const DAY = Date.UTC(2024, 2, 11);

/** `09:05:10` on the procedure's day, in ms since the epoch. */
export function at(time: string): number {
  const [h, m, s] = time.split(':').map(Number);
  return DAY + ((h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0)) * 1000;
}

export function procedureScenario(): Scenario {
  const clock = new SimulatedClock(Date.UTC(2024, 2, 4, 6, 12, 40));
  const router = createRouter({ name: 'r1', memory: true, clock, initialConfig: fixture('procedure-start.conf') });
  router.boot();
  clock.advance(1);
  router.faults.remove('re1');
  clock.advance(60_000);
  clock.advanceTo(at('06:55:52'));
  router.faults.insert('re1', { fresh: true });
  clock.advanceTo(at('09:02:00'));
  return { clock, router };
}
