/**
 * chassisd's mastership alarms: which ones hold in a given state, and bringing the active set
 * in line with that (alarm-set / alarm-cleared effects and the alarmd/craftd log lines).
 *
 * Owns the alarm rules; `show chassis alarms` rendering belongs to the RPC layer.
 *
 * Rules ([C] spec §2.3 and procedure, [U] ours):
 * - [C] `Minor  Backup RE Active`: this RE is master while its configured (or default) role is
 *   not master.
 * - [C] `Minor  Loss of communication with Backup RE`: this RE is master and cannot talk to the
 *   other RE. [U] "Cannot talk": no keepalive for 4 s (PEER_SILENCE_MS), or this RE took
 *   mastership because the other fell silent; and only when there is another RE to talk to
 *   (its slot was occupied when this RE booted, or it talked to this RE since): a lone RE has
 *   no alarm, nor has a master whose new neighbour, just inserted, has not said a word yet.
 * - [U] `Minor  Routing Engine N Hard Disk Error` for a disk failure found on either RE.
 * - [U] The backup raises no mastership alarm (the master's alarmd owns the chassis alarms).
 * - [U] After a keepalive failover alarms change 1 s after the takeover (procedure 7.7
 *   prints them a second after `became master`); after a manual switch, at once (procedure
 *   7.3: `Backup RE Active` at the time of the switch).
 * - Order of raising: Backup RE Active, Loss of communication, disk errors (procedure 7.7).
 */
import type { ActiveAlarm, AlarmId } from './mastership-events.js';
import type { MastershipState, Transition } from './mastership-state.js';
import { alarmdCleared, alarmdSet, BACKUP_RE_ACTIVE, craftdCleared, craftdSet, diskErrorAlarm, LOSS_OF_COMMUNICATION } from './mastership-texts.js';
import { preferredRole } from './redundancy-config.js';

const DESCRIPTIONS: Readonly<Record<AlarmId, string>> = {
  'backup-re-active': BACKUP_RE_ACTIVE,
  'loss-of-communication': LOSS_OF_COMMUNICATION,
  'disk-failure-re0': diskErrorAlarm(0),
  'disk-failure-re1': diskErrorAlarm(1),
};

/** The alarms that hold in `state`, in raising order. */
export function desiredAlarms(state: MastershipState): AlarmId[] {
  if (state.phase === 'down') return [];
  const ids: AlarmId[] = [];
  const peer = state.peer;
  if (state.role === 'master') {
    if (preferredRole(state.config, state.slot) !== 'master') ids.push('backup-re-active');
    if (!peer.communicating && peer.expected) ids.push('loss-of-communication');
  }
  const failed = [state.slot === 0 ? state.diskFailed : peer.diskFailed, state.slot === 1 ? state.diskFailed : peer.diskFailed];
  if (failed[0] === true) ids.push('disk-failure-re0');
  if (failed[1] === true) ids.push('disk-failure-re1');
  return ids;
}

/** Raises and clears alarms so that the active set matches `desiredAlarms` (unless on hold). */
export function reconcileAlarms(tx: Transition): void {
  const s = tx.state;
  if (s.alarmHoldUntil !== undefined && tx.at < s.alarmHoldUntil) return;
  const wanted = desiredAlarms(s);
  const kept: ActiveAlarm[] = [];
  for (const alarm of s.alarms) {
    if (wanted.includes(alarm.id)) {
      kept.push(alarm);
      continue;
    }
    tx.emit({ type: 'alarm-cleared', alarm });
    tx.log('alarmd', alarmdCleared(alarm.severity, alarm.description));
    tx.log('craftd', craftdCleared(alarm.severity, alarm.description));
  }
  for (const id of wanted) {
    if (kept.some((alarm) => alarm.id === id)) continue;
    const alarm: ActiveAlarm = { id, severity: 'Minor', description: DESCRIPTIONS[id], since: tx.at };
    kept.push(alarm);
    tx.emit({ type: 'alarm-set', alarm });
    tx.log('alarmd', alarmdSet(alarm.severity, alarm.description));
    tx.log('craftd', craftdSet(alarm.severity, alarm.description));
  }
  s.alarms = kept;
}

/** Drops every alarm without a log line (the RE halts: its alarmd goes with it). */
export function dropAlarms(tx: Transition): void {
  tx.state.alarms = [];
}
