/**
 * Test support for the CLI (not used by production code): a CliSession on a fake channel, fed
 * keystrokes, whose screen output is collected; `run(line)` types a line and waits until the
 * session is at a prompt again (or asks a question), driving a simulated clock when given.
 */
import type { RoutingEngineSlot } from '../../../config/groups.js';
import type { SimulatedClock } from '../../../lib/clock.js';
import type { Router } from '../../../router/index.js';
import { CliSession } from '../cli-session.js';
import { superUser, type CliUser } from '../cli-user.js';
import { LoginHistory } from '../login-history.js';

const PROMPT_END = /(?:[>#] |\(no\) |\(yes\) |---\(more[^)]*\)---)$/;

export class CliHarness {
  output = '';
  closed = false;
  readonly session: CliSession;
  readonly #clock: SimulatedClock | undefined;

  constructor(router: Router, slot: RoutingEngineSlot, options: { user?: CliUser; clock?: SimulatedClock; logins?: LoginHistory; from?: string; rows?: number } = {}) {
    this.#clock = options.clock;
    this.session = new CliSession({
      router,
      slot,
      user: options.user ?? superUser('lab'),
      channel: {
        write: (data) => {
          this.output += data;
        },
        close: () => {
          this.closed = true;
        },
      },
      terminal: { cols: 80, rows: options.rows ?? 0 },
      from: options.from ?? '10.255.0.50',
      logins: options.logins ?? new LoginHistory(),
      loginOn: (_slot, user) => superUser(user),
    });
  }

  /** Everything written since the last call. */
  take(): string {
    const text = this.output;
    this.output = '';
    return text;
  }

  /** Types `data` and waits until the session shows a prompt or a question again. */
  async type(data: string): Promise<string> {
    this.session.receive(data);
    await this.settle();
    return this.take();
  }

  /** Types `data` (`?`, Tab) and returns what the session wrote back, without waiting for a prompt. */
  async send(data: string): Promise<string> {
    this.session.receive(data);
    for (let spins = 0; spins < 20; spins += 1) await new Promise((resolve) => setImmediate(resolve));
    return this.take();
  }

  /** Types `line` and Enter. */
  run(line: string): Promise<string> {
    return this.type(`${line}\r`);
  }

  async settle(): Promise<void> {
    for (let spins = 0; spins < 2000; spins += 1) {
      await new Promise((resolve) => setImmediate(resolve));
      if (this.closed || PROMPT_END.test(this.output)) {
        await new Promise((resolve) => setImmediate(resolve));
        if (this.closed || PROMPT_END.test(this.output)) return;
      }
      if (spins > 5) this.#clock?.advance(100);
    }
    throw new Error(`the session did not come back to a prompt; output so far:\n${this.output}`);
  }
}
