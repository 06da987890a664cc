/**
 * `request chassis routing-engine master (switch | acquire | release) [check] [no-confirm]`:
 * what the CLI prints before its question (or the refusal instead of it), and the decision
 * once the operator has answered `yes` (or typed `no-confirm`).
 *
 * The question, its `[yes,no]` reading and the blank line after the answer are the CLI's;
 * this module returns lines and performs the change.
 *
 * Rules ([C] spec §3.2, §4.1, procedure 7.1-7.6; [U] ours):
 * - [C] `acquire` is typed on the backup, `release` on the master, `switch` on either.
 * - [C] Without GRES a PFE warning precedes the question; with GRES there is none.
 * - [C] With GRES, switchovers must be 240 s apart once both REs are up: the refusal comes
 *   after the question and after `Resolving mastership...` (→ 9.B8), with the seconds left
 *   rounded up. [U] "Both REs up": the 240 s also run from the moment keepalives started
 *   flowing between them (a standby not yet in sync). [U] The rule does not stop a backup from
 *   taking over a master that no longer answers.
 * - [C] A disabled RE never becomes master and does not take part in a switch.
 * - [U] Refusals that do not depend on time (wrong RE, disabled RE, no other RE) replace the
 *   question; their wording is in mastership-texts.ts.
 * - [U] `no-confirm` does not change the decision; the CLI then prints neither the warning
 *   nor the question, only the reply lines.
 * - A switch from the master hands mastership over ("you are master now"); from the backup it
 *   takes mastership and tells the master to step down. Either way both REs record the time.
 */
import type { MastershipAction, MastershipReply, MastershipRequest, RequestPrompt } from './mastership-events.js';
import { GRES_SPACING_MS, type MastershipState, type Transition } from './mastership-state.js';
import {
  ALREADY_MASTER,
  COMPLETE_LOCAL,
  COMPLETE_OTHER,
  ELECTION_PENDING,
  LOCAL_DISABLED,
  NOT_MASTER,
  notReadyAborted,
  notReadyCheck,
  PEER_DISABLED,
  PEER_NOT_PRESENT,
  PEER_NOT_RESPONDING,
  PFE_WARNING,
  QUESTIONS,
  RESOLVING,
  SWITCHOVER_READY,
} from './mastership-texts.js';
import { preferredRole } from './redundancy-config.js';
import { becomeMaster, becomeNotMaster } from './role-change.js';

/** A refusal that does not depend on time, or undefined when the request may go ahead. */
function refusal(state: MastershipState, action: MastershipAction): string | undefined {
  if (state.phase !== 'running') return ELECTION_PENDING;
  const master = state.role === 'master';
  if (action === 'acquire' && master) return ALREADY_MASTER;
  if (action === 'release' && !master) return NOT_MASTER;
  if (!master) {
    // switch or acquire on a backup (or disabled) RE: this RE becomes master.
    if (state.role === 'disabled' || preferredRole(state.config, state.slot) === 'disabled') return LOCAL_DISABLED;
    return undefined;
  }
  // switch or release on the master: the other RE must be there to take over.
  const peer = state.peer;
  if (!peer.present && !peer.communicating) return PEER_NOT_PRESENT;
  if (!peer.communicating || !state.linkUp) return PEER_NOT_RESPONDING;
  if (peer.role === 'disabled' || peer.preference === 'disabled') return PEER_DISABLED;
  if (peer.role !== 'backup') return PEER_NOT_RESPONDING;
  return undefined;
}

/** Seconds before a GRES switchover is allowed (0: allowed now). */
export function secondsUntilReady(state: MastershipState, at: number): number {
  if (!state.config.gracefulSwitchover || !state.peer.communicating) return 0;
  const since = Math.max(state.lastSwitchoverAt ?? -Infinity, state.peer.communicatingSince ?? -Infinity);
  if (since === -Infinity) return 0;
  return Math.max(0, Math.ceil((since + GRES_SPACING_MS - at) / 1000));
}

/** What the CLI prints before asking, or instead of asking. */
export function prepareRequest(state: MastershipState, action: MastershipAction): RequestPrompt {
  const refused = refusal(state, action);
  if (refused !== undefined) return { kind: 'refused', lines: [refused] };
  return { kind: 'confirm', warning: state.config.gracefulSwitchover ? undefined : PFE_WARNING, question: QUESTIONS[action] };
}

/** `switch check`: whether a switch would be made now. */
export function checkSwitchover(state: MastershipState, at: number, action: MastershipAction = 'switch'): MastershipReply {
  const refused = refusal(state, action);
  if (refused !== undefined) return { ok: false, lines: [refused] };
  const wait = secondsUntilReady(state, at);
  if (wait > 0) return { ok: false, lines: [notReadyCheck(wait)] };
  return { ok: true, lines: [SWITCHOVER_READY] };
}

/** The confirmed request: decides, changes roles, and emits the reply. */
export function handleRequest(tx: Transition, request: MastershipRequest): void {
  const s = tx.state;
  const reply = (ok: boolean, lines: string[]): void => tx.emit({ type: 'reply', reply: { ok, lines } });
  if (request.check === true) {
    const answer = checkSwitchover(s, tx.at, request.action);
    reply(answer.ok, [...answer.lines]);
    return;
  }
  const refused = refusal(s, request.action);
  if (refused !== undefined) {
    reply(false, [refused]);
    return;
  }
  const wait = secondsUntilReady(s, tx.at);
  if (wait > 0) {
    reply(false, [RESOLVING, notReadyAborted(wait)]);
    return;
  }
  if (s.role === 'master') {
    tx.send({ type: 'mastership-handoff', from: s.slot, action: request.action });
    becomeNotMaster(tx, { kind: 'request', action: request.action, by: 'local' });
    reply(true, [RESOLVING, COMPLETE_OTHER]);
  } else {
    tx.send({ type: 'mastership-taken', from: s.slot, action: request.action });
    becomeMaster(tx, { kind: 'request', action: request.action, by: 'local' });
    reply(true, [RESOLVING, COMPLETE_LOCAL]);
  }
}
