/**
 * What one RE knows of both slots, for `show chassis routing-engine` (`Current state`,
 * `Election priority`; XML `mastership-state`, `mastership-priority`).
 *
 * Owns the values; rendering (`Master (default)`, lower case in XML, the single `Present`
 * line) is the RPC layer's.
 *
 * Rules ([C] spec §2.2, procedure 3, 5.3, 7.2; [U] ours):
 * - [C] The other slot reads `Present` when an RE is in it but does not talk (halted, powered
 *   off), `Empty` when the slot is empty. [U] An RE still electing also reads `Present`.
 * - [C] `Election priority` is the configured or default role, not the current one; `(default)`
 *   when no `routing-engine N` statement names that slot. Both slots are read from this RE's
 *   configuration (both REs carry the same one, spec §3.2).
 */
import type { ConfiguredRole, Role, Slot } from './mastership-events.js';
import { otherSlot } from './mastership-events.js';
import type { MastershipState } from './mastership-state.js';
import { electionPriority } from './redundancy-config.js';

export type SlotState = 'master' | 'backup' | 'disabled' | 'present' | 'empty';

export interface RoutingEngineSlotStatus {
  readonly slot: Slot;
  /** This is the RE answering. */
  readonly local: boolean;
  readonly mastershipState: SlotState;
  readonly mastershipPriority: { readonly role: ConfiguredRole; readonly isDefault: boolean };
}

const asSlotState = (role: Role | undefined): SlotState => (role === undefined || role === 'none' ? 'present' : role);

/** Both slots, slot 0 first, as this RE sees them. */
export function routingEngineStatus(state: MastershipState): RoutingEngineSlotStatus[] {
  const peerSlot = otherSlot(state.slot);
  const peer = state.peer;
  const peerState: SlotState = peer.communicating ? asSlotState(peer.role) : peer.present ? 'present' : 'empty';
  const rows: RoutingEngineSlotStatus[] = [
    { slot: state.slot, local: true, mastershipState: asSlotState(state.role), mastershipPriority: electionPriority(state.config, state.slot) },
    { slot: peerSlot, local: false, mastershipState: peerState, mastershipPriority: electionPriority(state.config, peerSlot) },
  ];
  return rows.sort((a, b) => a.slot - b.slot);
}
