/**
 * What a Routing Engine does with its kernel and rpd when chassisd changes its role, or when a
 * commit turns nonstop routing on or off: a pure decision (the routing engine performs it).
 *
 * Rules ([C] spec §5, §7 and procedure.md 7, 8; [U] ours):
 * - [C] The kernel learns the role at once: `master-only` addresses move with mastership
 *   (procedure.md 7.1, 9.B17), and a backup's kernel keeps its backup-router routes (8.1).
 * - [C] rpd runs on the master; on the backup only with `routing-options nonstop-routing`,
 *   in standby (procedure.md 8.3, 9.A8). Becoming master starts rpd (after a delay the routing
 *   engine chooses, 8.3 and 7.7), or with NSR turns the standby rpd active at once.
 * - [U] Leaving mastership stops rpd normally (its routes without `retain` leave the kernel),
 *   or with NSR puts it in standby. A `disabled` RE runs no rpd.
 * - [U] A commit that turns NSR on starts a standby rpd on the backup; turning it off stops it.
 */
import type { Role } from '../daemons/chassisd/index.js';
import type { DaemonStatus, RpdMode } from '../daemons/rpd/index.js';

export type RoleAction =
  | { readonly type: 'kernel-role'; readonly role: 'master' | 'backup' }
  /** Start rpd in this mode (the routing engine picks the moment). */
  | { readonly type: 'rpd-start'; readonly mode: RpdMode }
  /** Forget an rpd start that has not happened yet. */
  | { readonly type: 'rpd-cancel-start' }
  | { readonly type: 'rpd-mode'; readonly mode: RpdMode }
  | { readonly type: 'rpd-stop' };

export interface RoleSituation {
  /** The new role. */
  readonly to: Role;
  /** `routing-options nonstop-routing` in this RE's configuration. */
  readonly nsr: boolean;
  readonly rpd: DaemonStatus;
}

const isRunning = (status: DaemonStatus): boolean => status === 'up' || status === 'starting' || status === 'stopping';

/** What to do after a role change (nothing for `none`: a halt stops everything anyway). */
export function planRoleChange(situation: RoleSituation): RoleAction[] {
  const { to, nsr, rpd } = situation;
  if (to === 'none') return [];
  if (to === 'master') {
    const actions: RoleAction[] = [{ type: 'kernel-role', role: 'master' }];
    actions.push(isRunning(rpd) ? { type: 'rpd-mode', mode: 'active' } : { type: 'rpd-start', mode: 'active' });
    return actions;
  }
  const actions: RoleAction[] = [{ type: 'kernel-role', role: 'backup' }, { type: 'rpd-cancel-start' }];
  const standby = nsr && to === 'backup';
  if (isRunning(rpd)) actions.push(standby ? { type: 'rpd-mode', mode: 'standby' } : { type: 'rpd-stop' });
  else if (standby) actions.push({ type: 'rpd-start', mode: 'standby' });
  return actions;
}

/** What to do after a commit, given this RE's role and whether NSR is now configured. */
export function planCommit(role: Role, nsr: boolean, rpd: DaemonStatus, startPending: boolean): RoleAction[] {
  if (role !== 'backup') return [];
  const running = isRunning(rpd) || startPending;
  if (nsr && !running) return [{ type: 'rpd-start', mode: 'standby' }];
  if (!nsr && running) return [{ type: 'rpd-cancel-start' }, ...(isRunning(rpd) ? [{ type: 'rpd-stop' } as const] : [])];
  return [];
}
