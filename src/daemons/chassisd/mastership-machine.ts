/**
 * One RE's mastership as a pure state machine: `step(state, event) → { state, effects }`.
 *
 * Owns the dispatch of events and the decisions that are not keepalives, failover or requests
 * (those are in keepalive.ts, failover.ts, mastership-requests.ts): boot, halt, the other RE's
 * hardware presence, the link carrier, disk failures, commits and the peer's mastership
 * messages. Alarms are brought up to date at the end of every step (alarms.ts).
 *
 * Rules ([C] spec §3.2-3.3, §4.5, procedure 7; [U] ours):
 * - [C] Boot election: `disabled` takes no part; an RE alone in the chassis becomes master
 *   whatever is configured; an RE that prefers backup is backup at once (so two configured
 *   backups elect nobody); one that prefers master waits to hear the other (keepalive.ts).
 *   [U] A disabled RE stays disabled even alone.
 * - [C] Commits never move mastership; they change what happens next (failover delay,
 *   alarms). [U] A commit does move a non-master RE between `backup` and `disabled`.
 * - [C] The other RE removed from its slot: a backup becomes master at once (an RE alone
 *   becomes master; also ends "both backup"). Its halt or loss of power is only silence.
 * - [C] `failover on-disk-failure`: the backup takes over when the master reports a failing
 *   disk. [U] The backup's own configuration decides (each RE decides from its own, spec §3.2).
 * - [U] A peer's "you are master now" makes a backup master; "I am master, step down" makes a
 *   master backup. A disabled RE ignores both.
 * - [U] Link carrier events are recorded (a switch from the master is refused while the link
 *   is down) but decide nothing: keepalives do.
 */
import { dropAlarms, reconcileAlarms } from './alarms.js';
import { onFailoverTimer, onSilenceReport } from './failover.js';
import { armFailover } from './failover-timers.js';
import { onElectionTimer, onKeepalive, onKeepaliveTick, onPeerSilence, startElection } from './keepalive.js';
import type { MastershipEffect, MastershipEvent, MastershipReason, PeerMessage, Slot, TimerName } from './mastership-events.js';
import { handleRequest } from './mastership-requests.js';
import { bootedState, KEEPALIVE_INTERVAL_MS, Transition, type MastershipState } from './mastership-state.js';
import { diskFailureDetected, ELECTION_PENDING, fpcOnline } from './mastership-texts.js';
import { failoverDelayMs, type RedundancyConfig } from './redundancy-config.js';
import { becomeMaster, becomeNotMaster, notMasterRole } from './role-change.js';

export interface StepResult {
  readonly state: MastershipState;
  readonly effects: readonly MastershipEffect[];
}

export function step(state: MastershipState, event: MastershipEvent): StepResult {
  if (event.type === 'boot') return finish(boot(state, event.config, event.peerPresent, event.at));
  const tx = new Transition(state, event.at);
  if (state.phase === 'down') {
    // A halted RE hears nothing and decides nothing; it still sees hardware and the link.
    if (event.type === 'peer-inserted') tx.state.peer.present = true;
    else if (event.type === 'peer-removed') tx.state.peer.present = false;
    else if (event.type === 'link-down') tx.state.linkUp = false;
    else if (event.type === 'link-up') tx.state.linkUp = true;
    else if (event.type === 'commit') tx.state.config = event.config;
    else if (event.type === 'request') tx.emit({ type: 'reply', reply: { ok: false, lines: [ELECTION_PENDING] } });
    return finish(tx);
  }
  switch (event.type) {
    case 'halt':
      halt(tx);
      break;
    case 'timer':
      onTimer(tx, event.timer);
      break;
    case 'message':
      onMessage(tx, event.message);
      break;
    case 'peer-inserted':
      tx.state.peer.present = true;
      break;
    case 'peer-removed':
      onPeerRemoved(tx);
      break;
    case 'link-down':
      tx.state.linkUp = false;
      break;
    case 'link-up':
      tx.state.linkUp = true;
      break;
    case 'disk-failure':
      onLocalDiskFailure(tx);
      break;
    case 'commit':
      onCommit(tx, event.config);
      break;
    case 'request':
      handleRequest(tx, event.request);
      break;
  }
  return finish(tx);
}

function finish(tx: Transition): StepResult {
  reconcileAlarms(tx);
  return { state: tx.state, effects: tx.effects };
}

function boot(previous: MastershipState, config: RedundancyConfig, peerPresent: boolean, at: number): Transition {
  // Booting a running RE is a reboot: it halts first.
  const stopped = new Transition(previous, at);
  if (previous.phase === 'down') stopped.cancelAllTimers();
  else halt(stopped);
  const tx = new Transition(bootedState(stopped.state, config, at), at);
  tx.effects.push(...stopped.effects);
  const s = tx.state;
  s.peer.present = peerPresent;
  s.peer.expected = peerPresent;
  s.phase = 'electing';
  tx.setTimer('keepalive', at + KEEPALIVE_INTERVAL_MS);
  if (tx.preference === 'disabled') becomeNotMaster(tx, { kind: 'election' });
  else if (!peerPresent) becomeMaster(tx, { kind: 'lone' });
  else if (tx.preference === 'backup') becomeNotMaster(tx, { kind: 'election' });
  else {
    startElection(tx);
    tx.sendKeepalive();
  }
  return tx;
}

function halt(tx: Transition): void {
  const s = tx.state;
  const from = s.role;
  tx.cancelAllTimers();
  dropAlarms(tx);
  s.phase = 'down';
  s.role = 'none';
  s.masterSince = undefined;
  s.peer = { ...s.peer, communicating: false };
  if (from !== 'none') tx.emit({ type: 'role-changed', from, to: 'none', reason: { kind: 'halt' }, graceful: s.config.gracefulSwitchover });
}

const TIMER_HANDLERS: Readonly<Record<TimerName, (tx: Transition) => void>> = {
  keepalive: onKeepaliveTick,
  election: onElectionTimer,
  'peer-silence': onPeerSilence,
  failover: onFailoverTimer,
  'silence-report': onSilenceReport,
  'alarm-hold': (tx) => {
    tx.state.alarmHoldUntil = undefined;
  },
  'fpc-online': (tx) => {
    for (const fpc of tx.state.fpcSlots) tx.log('chassisd', fpcOnline(fpc));
    tx.emit({ type: 'fpcs-online', slots: tx.state.fpcSlots });
  },
};

function onTimer(tx: Transition, timer: TimerName): void {
  const due = tx.state.timers[timer];
  // A timer cancelled or moved after the runner queued its firing: ignore it.
  if (due === undefined || tx.at < due) return;
  tx.state.timers[timer] = undefined;
  TIMER_HANDLERS[timer](tx);
}

function onMessage(tx: Transition, message: PeerMessage): void {
  const s = tx.state;
  if (message.from === s.slot) return;
  switch (message.type) {
    case 'keepalive':
      onKeepalive(tx, message);
      return;
    case 'mastership-handoff':
      if (s.role === 'backup' && tx.preference !== 'disabled') becomeMaster(tx, { kind: 'request', action: message.action, by: 'peer' });
      return;
    case 'mastership-taken':
      if (s.role === 'master') becomeNotMaster(tx, takenReason(message.action, s.slot));
      return;
    case 'disk-failure':
      s.peer.diskFailed = true;
      if (s.role === 'backup' && s.config.failoverOnDiskFailure) {
        tx.send({ type: 'mastership-taken', from: s.slot, action: 'disk-failure' });
        becomeMaster(tx, { kind: 'disk-failure', slot: message.from });
      }
      return;
  }
}

/** Why this master steps down when the other RE says it took mastership. */
function takenReason(action: Extract<PeerMessage, { type: 'mastership-taken' }>['action'], slot: Slot): MastershipReason {
  if (action === 'failover' || action === 'conflict') return { kind: 'conflict' };
  if (action === 'disk-failure') return { kind: 'disk-failure', slot };
  return { kind: 'request', action, by: 'peer' };
}

function onPeerRemoved(tx: Transition): void {
  const s = tx.state;
  s.peer.present = false;
  s.peer.communicating = false;
  tx.cancelTimer('peer-silence');
  if (s.phase === 'electing') becomeMaster(tx, { kind: 'lone' });
  else if (s.role === 'backup') becomeMaster(tx, { kind: 'peer-removed' });
}

function onLocalDiskFailure(tx: Transition): void {
  const s = tx.state;
  if (s.diskFailed) return;
  s.diskFailed = true;
  tx.log('chassisd', diskFailureDetected(s.slot));
  tx.send({ type: 'disk-failure', from: s.slot });
}

function onCommit(tx: Transition, config: RedundancyConfig): void {
  const s = tx.state;
  const before = s.config;
  s.config = config;
  if (config.gracefulSwitchover && !before.gracefulSwitchover) s.gresSince = tx.at;
  if (!config.gracefulSwitchover) s.gresSince = undefined;
  if (s.phase !== 'running') return;
  if (s.role !== 'master' && s.role !== notMasterRole(tx)) {
    becomeNotMaster(tx, { kind: 'configuration' });
    return;
  }
  if (s.role === 'backup' && failoverDelayMs(before) !== failoverDelayMs(config)) {
    s.failoverArmedAt = tx.at;
    armFailover(tx);
  }
}
