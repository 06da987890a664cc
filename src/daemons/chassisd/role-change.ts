/**
 * Changing this RE's role: the one place that sets `role`, writes the mastership log lines,
 * emits `role-changed`, restarts FPCs after a switchover without GRES, and (re)arms or stops
 * the backup's failover timers.
 *
 * Rules ([C] spec §3-4 and procedure 7, [U] ours):
 * - A change between master and not-master after the boot election is a switchover: it is
 *   recorded for the GRES 240 s rule (both REs record it).
 * - [C] Without GRES the new master takes every FPC offline (they restart) and back online
 *   60 s later (→ 9.B9); with GRES nothing restarts.
 * - An RE that is not master is `backup`, or `disabled` when its own configuration says so.
 * - A new role is announced at once with a keepalive (as well as on the next tick).
 */
import { armFailover, stopFailover } from './failover-timers.js';
import type { MastershipReason, Role } from './mastership-events.js';
import { otherSlot } from './mastership-events.js';
import { FPC_RESTART_MS, type Transition } from './mastership-state.js';
import { chassisdMastershipChange, fpcOffline, kernelBecame, kernelBecoming } from './mastership-texts.js';

/** The role of this RE whenever it is not master. */
export function notMasterRole(tx: Transition): Role {
  return tx.preference === 'disabled' ? 'disabled' : 'backup';
}

function announce(tx: Transition, from: Role, to: Role, reason: MastershipReason): void {
  const s = tx.state;
  const graceful = s.config.gracefulSwitchover;
  const peer = otherSlot(s.slot);
  if (to !== 'none') {
    tx.log('kernel', kernelBecoming(s.slot, peer, to, reason));
    tx.log('kernel', kernelBecame(s.slot, to));
    tx.log('chassisd', chassisdMastershipChange(s.slot, to, reason, graceful));
  }
  tx.emit({ type: 'role-changed', from, to, reason, graceful });
}

function recordSwitchover(tx: Transition, from: Role): void {
  if (from !== 'none') tx.state.lastSwitchoverAt = tx.at;
}

export function becomeMaster(tx: Transition, reason: MastershipReason): void {
  const s = tx.state;
  const from = s.role;
  if (from === 'master') return;
  s.role = 'master';
  s.phase = 'running';
  s.masterSince = tx.at;
  recordSwitchover(tx, from);
  tx.cancelTimer('election');
  stopFailover(tx);
  announce(tx, from, 'master', reason);
  if (from !== 'none' && !s.config.gracefulSwitchover && s.fpcSlots.length > 0) {
    for (const fpc of s.fpcSlots) tx.log('chassisd', fpcOffline(fpc));
    tx.emit({ type: 'fpcs-offline', slots: s.fpcSlots });
    tx.setTimer('fpc-online', tx.at + FPC_RESTART_MS);
  }
  tx.sendKeepalive();
}

/** Becomes backup (or disabled, per configuration). */
export function becomeNotMaster(tx: Transition, reason: MastershipReason): void {
  const s = tx.state;
  const from = s.role;
  const to = notMasterRole(tx);
  if (from === to) return;
  s.role = to;
  s.phase = 'running';
  s.masterSince = undefined;
  if (from === 'master') recordSwitchover(tx, from);
  tx.cancelTimer('election');
  // FPCs restarted by this RE's takeover now answer to the other RE.
  tx.cancelTimer('fpc-online');
  // A backup starts counting the master's silence from now.
  s.lastMasterKeepaliveAt = tx.at;
  s.failoverArmedAt = tx.at;
  announce(tx, from, to, reason);
  if (to === 'backup') armFailover(tx);
  else stopFailover(tx);
  tx.sendKeepalive();
}
