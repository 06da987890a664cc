/**
 * The backup's failover timers: when it takes over (the deadline) and when the next 20-second
 * silence line is due. The rules are in `failover.ts`; this module only schedules.
 */
import { SILENCE_REPORT_MS, type Transition } from './mastership-state.js';
import { failoverDelayMs } from './redundancy-config.js';

/** When the backup takes over, or undefined when it never does on its own. */
export function failoverDeadline(tx: Transition): number | undefined {
  const s = tx.state;
  const delay = failoverDelayMs(s.config);
  if (delay === undefined || s.lastMasterKeepaliveAt === undefined) return undefined;
  return Math.max(s.lastMasterKeepaliveAt, s.failoverArmedAt ?? s.lastMasterKeepaliveAt) + delay;
}

/** (Re)schedules the failover and the next silence report from the current state. */
export function armFailover(tx: Transition): void {
  const s = tx.state;
  if (s.role !== 'backup' || s.lastMasterKeepaliveAt === undefined) {
    stopFailover(tx);
    return;
  }
  const deadline = failoverDeadline(tx);
  if (deadline === undefined) tx.cancelTimer('failover');
  else tx.setTimer('failover', deadline);
  const silence = tx.at - s.lastMasterKeepaliveAt;
  const next = s.lastMasterKeepaliveAt + (Math.floor(silence / SILENCE_REPORT_MS) + 1) * SILENCE_REPORT_MS;
  if (deadline === undefined || next < deadline) tx.setTimer('silence-report', next);
  else tx.cancelTimer('silence-report');
}

export function stopFailover(tx: Transition): void {
  tx.cancelTimer('failover');
  tx.cancelTimer('silence-report');
}

/** A keepalive from a master arrived: the count starts again. */
export function masterHeard(tx: Transition): void {
  tx.state.lastMasterKeepaliveAt = tx.at;
  armFailover(tx);
}
