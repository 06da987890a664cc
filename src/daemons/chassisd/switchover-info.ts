/**
 * The data of `show system switchover` (RPC `<get-switchover-information/>`), run on the backup
 * RE: whether GRES is on and whether the backup is ready to take over gracefully.
 *
 * Owns the values; the RPC layer renders them (`Graceful switchover: On` ...). The property
 * names are the XML element names: `switchover-state` is [R] (PyEZ reads it, `On`/`Off`); the
 * other three names are [U] (spec §4.2, §10 item 3).
 *
 * Rules ([C] spec §4.2 and procedure 7.4; [U] ours):
 * - [C] GRES off: only `Graceful switchover: Off`. [U] The other lines are left out.
 * - [U] Configuration database: `Ready` while the master talks to this RE, else `Not Ready`.
 * - [C] Kernel database: `Synchronizing` while catching up, then `Ready`. [U] Catching up takes
 *   KERNEL_SYNC_MS from the latest of: GRES turned on, keepalives from the master resumed, the
 *   last switchover; `Not Ready` while the master is silent.
 * - [C] Switchover Status: `Ready` when both databases are ready and the 240 s spacing has
 *   passed (the same test as `request chassis routing-engine master switch`); [U] else `Not Ready`.
 * - [U] On the master: the placeholder error of spec §4.2.
 */
import { secondsUntilReady } from './mastership-requests.js';
import { KERNEL_SYNC_MS, type MastershipState } from './mastership-state.js';
import { SWITCHOVER_ON_MASTER } from './mastership-texts.js';

export type DatabaseState = 'Ready' | 'Synchronizing' | 'Not Ready';

export interface SwitchoverInformation {
  readonly 'switchover-state': 'On' | 'Off';
  readonly 'configuration-database-state'?: 'Ready' | 'Not Ready';
  readonly 'kernel-database-state'?: DatabaseState;
  readonly 'switchover-status'?: 'Ready' | 'Not Ready';
}

export type SwitchoverAnswer =
  | { readonly kind: 'information'; readonly information: SwitchoverInformation }
  | { readonly kind: 'not-on-master'; readonly message: string };

export function switchoverInformation(state: MastershipState, at: number): SwitchoverAnswer {
  if (state.role === 'master') return { kind: 'not-on-master', message: SWITCHOVER_ON_MASTER };
  if (!state.config.gracefulSwitchover) return { kind: 'information', information: { 'switchover-state': 'Off' } };
  const peer = state.peer;
  const masterTalks = peer.communicating && peer.role === 'master';
  const configuration = masterTalks ? 'Ready' : 'Not Ready';
  let kernel: DatabaseState = 'Not Ready';
  if (masterTalks) {
    const start = Math.max(state.gresSince ?? -Infinity, peer.communicatingSince ?? -Infinity, state.lastSwitchoverAt ?? -Infinity);
    kernel = at < start + KERNEL_SYNC_MS ? 'Synchronizing' : 'Ready';
  }
  const ready = configuration === 'Ready' && kernel === 'Ready' && secondsUntilReady(state, at) === 0;
  return {
    kind: 'information',
    information: {
      'switchover-state': 'On',
      'configuration-database-state': configuration,
      'kernel-database-state': kernel,
      'switchover-status': ready ? 'Ready' : 'Not Ready',
    },
  };
}
