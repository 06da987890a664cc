/**
 * Keepalives between the two REs: sending one every second, taking in the other RE's, noticing
 * its silence, and the decisions a keepalive can trigger (the boot election, a backup's
 * failover count, two masters meeting again).
 *
 * Rules ([C] spec §3.2-3.3, [U] ours):
 * - [C] Keepalives every second, from boot (every RE sends them, a disabled one too).
 * - [U] A keepalive that is the first after a silence, or that shows a new role, is answered at
 *   once, so that a booting RE learns the other's role without waiting for the next tick.
 * - Election, for an RE that prefers master and found the other slot occupied: the other RE
 *   already master → backup (no preemption; also "both configured master: the first booted
 *   wins"); the other RE backup or disabled → master; the other RE electing as well → the one
 *   booted first, then slot 0, is master. Nothing heard within ELECTION_WAIT_MS → master.
 * - [U] Two masters (after a cut internal link, spec §10 is silent): the one that became
 *   master last keeps mastership, the other becomes backup; ties go to slot 0. The RE that
 *   took over did so because the other fell silent, and the PFEs follow it: this matches
 *   "no preemption" (procedure 7.7, branch B).
 */
import { masterHeard } from './failover-timers.js';
import type { PeerMessage } from './mastership-events.js';
import { ELECTION_WAIT_MS, KEEPALIVE_INTERVAL_MS, PEER_SILENCE_MS, type Transition } from './mastership-state.js';
import { becomeMaster, becomeNotMaster } from './role-change.js';

type Keepalive = Extract<PeerMessage, { type: 'keepalive' }>;

/** The once-a-second keepalive. */
export function onKeepaliveTick(tx: Transition): void {
  tx.sendKeepalive();
  tx.setTimer('keepalive', tx.at + KEEPALIVE_INTERVAL_MS);
}

/** Boot with the other slot occupied and a preference for master: wait to hear from it. */
export function startElection(tx: Transition): void {
  tx.state.phase = 'electing';
  tx.setTimer('election', tx.at + ELECTION_WAIT_MS);
}

export function onElectionTimer(tx: Transition): void {
  if (tx.state.phase === 'electing') becomeMaster(tx, { kind: 'election' });
}

/** No keepalive for PEER_SILENCE_MS. */
export function onPeerSilence(tx: Transition): void {
  tx.state.peer.communicating = false;
}

/** Whether this electing RE wins against an electing peer: first booted, then slot 0. */
function winsTie(tx: Transition, message: Keepalive): boolean {
  const mine = tx.state.bootedAt ?? tx.at;
  if (mine !== message.bootedAt) return mine < message.bootedAt;
  return tx.state.slot < message.from;
}

function elect(tx: Transition, message: Keepalive): void {
  if (message.role === 'master') becomeNotMaster(tx, { kind: 'election' });
  else if (message.role === 'backup' || message.role === 'disabled') becomeMaster(tx, { kind: 'election' });
  else if (message.preference !== 'master' || winsTie(tx, message)) becomeMaster(tx, { kind: 'election' });
  else becomeNotMaster(tx, { kind: 'election' });
}

/** Whether this master keeps mastership against a peer that also says it is master. */
function winsConflict(tx: Transition, message: Keepalive): boolean {
  const mine = tx.state.masterSince ?? 0;
  const theirs = message.masterSince ?? 0;
  if (mine !== theirs) return mine > theirs;
  return tx.state.slot < message.from;
}

export function onKeepalive(tx: Transition, message: Keepalive): void {
  const s = tx.state;
  const peer = s.peer;
  const firstAfterSilence = !peer.communicating;
  const roleChanged = peer.role !== message.role;
  peer.present = true;
  peer.lastKeepaliveAt = tx.at;
  if (firstAfterSilence) peer.communicatingSince = tx.at;
  peer.communicating = true;
  peer.expected = true;
  peer.role = message.role;
  peer.preference = message.preference;
  peer.bootedAt = message.bootedAt;
  peer.masterSince = message.masterSince;
  tx.setTimer('peer-silence', tx.at + PEER_SILENCE_MS);

  const roleBefore = s.role;
  if (s.phase === 'electing') elect(tx, message);
  else if (s.role === 'backup' && message.role === 'master') masterHeard(tx);
  else if (s.role === 'master' && message.role === 'master') {
    if (winsConflict(tx, message)) tx.send({ type: 'mastership-taken', from: s.slot, action: 'conflict' });
    else becomeNotMaster(tx, { kind: 'conflict' });
  }
  // A role change already announced itself with a keepalive.
  if ((firstAfterSilence || roleChanged) && s.role === roleBefore) tx.sendKeepalive();
}
