/**
 * `ping` in the CLI: the RPC layer plans the probes (`startPing`: reachability from the RE's
 * forwarding table, simulated round-trip times); the CLI prints them as FreeBSD's ping does, one
 * probe per interval of router time, until the count is reached or the user types Ctrl-C, then
 * the statistics. Without `count` it runs until Ctrl-C, as on Junos.
 */
import { startPing } from '../../rpc/rpcs/ping.js';
import type { RouterView } from '../../rpc/router-view.js';
import type { CliSession } from './cli-session.js';
import type { OpArgs } from './op-parser.js';

export async function runPing(session: CliSession, view: RouterView, args: OpArgs): Promise<void> {
  const started = startPing(view, args, undefined);
  if (!started.ok) {
    session.finish('message' in started ? `${started.message}\n` : started.errors.map((error) => `error: ${error.message}\n`).join(''));
    return;
  }
  const run = started.run;
  session.write(run.header());
  let interrupted = false;
  for (;;) {
    session.write(run.next());
    const wait = run.done ? run.finalWaitMs() : run.intervalMs;
    if ((await session.sleep(wait)) === 'interrupt') {
      interrupted = true;
      break;
    }
    if (run.done) break;
  }
  session.write(`${interrupted ? '^C' : ''}${run.summary()}`);
  session.finish('');
}
