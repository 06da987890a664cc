/**
 * The backup's side of keepalive failover: the failover deadline, the 20-second
 * `/var/log/mastership` lines while the master is silent, and the takeover itself.
 *
 * Rules ([C] spec §3.3, procedure 7.7; [U] ours):
 * - [C] The timer runs from the last keepalive received from a master (→ 9.B9): takeover at
 *   exactly +2 s with GRES, +keepalive-time with `failover on-loss-of-keepalives`, never
 *   without either. Only keepalives from an RE that says it is master count: two backups
 *   (both configured `backup`) keep each other company but elect nobody until the failover
 *   fires (spec §3.2).
 * - [U] A commit that changes the failover delay restarts the count at the commit for the
 *   takeover (a commit never moves mastership at once), not for the silence reported.
 * - [C] Every 20 s of silence a line goes to `/var/log/mastership` (`..., taking mastership in
 *   N seconds`); [U] without failover configured the line ends `, failover not configured`.
 * - [U] The new master tells the other RE to step down (in case it is alive behind a cut link)
 *   and counts it as not communicating when it was silent for the whole delay.
 */
import { armFailover, failoverDeadline } from './failover-timers.js';
import { otherSlot } from './mastership-events.js';
import { ALARM_HOLD_MS, type Transition } from './mastership-state.js';
import { silenceReport, silenceTakeover } from './mastership-texts.js';
import { failoverDelayMs } from './redundancy-config.js';
import { becomeMaster } from './role-change.js';

const seconds = (ms: number): number => Math.round(ms / 1000);

export function onSilenceReport(tx: Transition): void {
  const s = tx.state;
  if (s.role !== 'backup' || s.lastMasterKeepaliveAt === undefined) return;
  const deadline = failoverDeadline(tx);
  const takeoverIn = deadline === undefined ? undefined : seconds(deadline - tx.at);
  tx.log('kernel', silenceReport(otherSlot(s.slot), seconds(tx.at - s.lastMasterKeepaliveAt), takeoverIn), 'mastership');
  armFailover(tx);
}

export function onFailoverTimer(tx: Transition): void {
  const s = tx.state;
  if (s.role !== 'backup' || s.lastMasterKeepaliveAt === undefined) return;
  const silent = seconds(tx.at - s.lastMasterKeepaliveAt);
  tx.log('kernel', silenceTakeover(otherSlot(s.slot), silent), 'mastership');
  const peer = s.peer;
  const delay = failoverDelayMs(s.config) ?? 0;
  if (peer.lastKeepaliveAt === undefined || tx.at - peer.lastKeepaliveAt >= delay) {
    peer.communicating = false;
    tx.cancelTimer('peer-silence');
  }
  s.alarmHoldUntil = tx.at + ALARM_HOLD_MS;
  tx.setTimer('alarm-hold', s.alarmHoldUntil);
  tx.send({ type: 'mastership-taken', from: s.slot, action: 'failover' });
  becomeMaster(tx, { kind: 'keepalive-timeout', seconds: silent });
}
