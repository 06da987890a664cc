/**
 * Test support for the router layer (not used by production code): a router on a simulated
 * clock and in-memory disks, booted to ready, and a commit of set commands from one RE as the
 * CLI would make it (its text report returned).
 */
import { renderText } from '../config/render-text.js';
import { SimulatedClock } from '../lib/clock.js';
import { errorText, renderCommitText, type CommitOptions } from '../daemons/mgd/index.js';
import { createRouter, type Router, type RouterOptions } from './router.js';
import type { RoutingEngine } from './routing-engine.js';

/** 2024-03-11 09:00:00 UTC, the morning of the procedure. */
export const MORNING = Date.UTC(2024, 2, 11, 9, 0, 0);

export interface Lab {
  readonly clock: SimulatedClock;
  readonly router: Router;
}

/** A router named r1 (MX960 unless told), created and booted; `advanceMs` of simulated time pass (10 s by default). */
export function bootedLab(options: Partial<Omit<RouterOptions, 'clock'>> = {}, advanceMs = 10_000): Lab {
  const clock = new SimulatedClock(MORNING);
  const router = createRouter({ name: 'r1', memory: true, ...options, clock });
  router.boot();
  clock.advance(advanceMs);
  return { clock, router };
}

/** Commits `setCommands` as user lab from the CLI of `re`; the commit's text. */
export async function commitFrom(re: RoutingEngine, setCommands: string, options: CommitOptions = {}): Promise<string> {
  const database = re.database;
  if (database === undefined) throw new Error(`${re.slot} is not running`);
  const opened = database.openSession({ user: 'lab', client: 'cli' });
  if (!opened.ok) throw new Error(errorText(opened.error));
  const session = opened.value;
  try {
    const ran = session.runCommands(setCommands);
    if (!ran.ok) throw new Error(errorText(ran.error));
    return renderCommitText(await session.commit(options));
  } finally {
    session.close();
  }
}

/** The committed configuration of `re` as text. */
export function committedText(re: RoutingEngine): string {
  const committed = re.committed();
  return committed === undefined ? '' : renderText(committed);
}

/** `show system commit` of `re`, one `user via client` per entry, newest first. */
export function historyOf(re: RoutingEngine): string[] {
  return re.commitHistory().map((entry) => `${entry.user} via ${entry.client}`);
}

/** The inet destinations (`10.0.0.0/8`, `default`) of `re`'s forwarding table, with their route type. */
export function fib(re: RoutingEngine): string[] {
  const result = re.forwardingTable({ family: 'inet' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value['route-table'].flatMap((table) => table['rt-entry'].map((entry) => `${entry['rt-destination']} ${entry['destination-type']}`));
}
