/**
 * `[edit chassis redundancy]` as chassisd uses it: read from one RE's expanded configuration
 * (groups applied for that RE, spec §5), plus the rules derived from it (preferred role of a
 * slot, the failover delay, the `Election priority` of `show chassis routing-engine`).
 *
 * Owns reading the statements; it does not check them (the commit-time checks are
 * `config/checks/redundancy.ts`: both REs `master`, `keepalive-time` with GRES).
 *
 * Rules and choices ([C] documented, [U] ours):
 * - [C] Default roles: slot 0 master, slot 1 backup (spec §3.2).
 * - [U] Only one slot configured: the other slot takes the opposite role (`routing-engine 1
 *   master` makes slot 0 backup; `routing-engine 0 backup` or `disabled` makes slot 1 master).
 * - [C] keepalive-time: default 300 s, 2..10000 (spec §3.3).
 * - [C] With graceful-switchover the backup takes over 2 s after the last keepalive whatever
 *   else is configured; otherwise after keepalive-time when `failover on-loss-of-keepalives`
 *   is configured; otherwise never (spec §3.3, procedure 7.7).
 * - [C] Platforms that always run GRES (Junos OS Evolved PTX) or always switch on disk failure
 *   pass `platform`; the result then says so as if it were configured (spec §2.6).
 */
import { activeAt, activeChild, activeEntries } from '../../config/checks/active.js';
import type { ConfigNode } from '../../config/node.js';
import type { ConfiguredRole, Slot } from './mastership-events.js';

export interface RedundancyConfig {
  /** Roles written in the configuration; a slot without a statement is absent. */
  readonly roles: Readonly<Partial<Record<Slot, ConfiguredRole>>>;
  readonly failoverOnLossOfKeepalives: boolean;
  readonly failoverOnDiskFailure: boolean;
  /** Seconds; 300 unless configured. */
  readonly keepaliveTime: number;
  readonly gracefulSwitchover: boolean;
}

export interface PlatformRedundancy {
  /** GRES is on and cannot be turned off (Junos OS Evolved PTX10004/8/16). */
  readonly gresAlwaysOn?: boolean;
  /** The backup takes over on a disk failure without `failover on-disk-failure`. */
  readonly diskFailoverAlwaysOn?: boolean;
}

export const DEFAULT_KEEPALIVE_TIME = 300;
/** With graceful-switchover the backup takes over after this many ms without keepalives. */
export const GRES_FAILOVER_MS = 2000;

export const DEFAULT_REDUNDANCY: RedundancyConfig = Object.freeze({
  roles: Object.freeze({}),
  failoverOnLossOfKeepalives: false,
  failoverOnDiskFailure: false,
  keepaliveTime: DEFAULT_KEEPALIVE_TIME,
  gracefulSwitchover: false,
});

const ROLES: readonly ConfiguredRole[] = ['master', 'backup', 'disabled'];

/** Reads `chassis redundancy` from an expanded configuration (inactive statements ignored). */
export function readRedundancyConfig(expanded: ConfigNode, platform: PlatformRedundancy = {}): RedundancyConfig {
  const redundancy = activeAt(expanded, 'chassis', 'redundancy');
  const roles: Partial<Record<Slot, ConfiguredRole>> = {};
  for (const entry of activeEntries(redundancy, 'routing-engine')) {
    const slot = entry.key === '0' ? 0 : entry.key === '1' ? 1 : undefined;
    const role = ROLES.find((name) => activeChild(entry, name) !== undefined);
    if (slot !== undefined && role !== undefined) roles[slot] = role;
  }
  const failover = activeChild(redundancy, 'failover');
  const keepalive = Number(activeChild(redundancy, 'keepalive-time')?.value);
  return {
    roles,
    failoverOnLossOfKeepalives: activeChild(failover, 'on-loss-of-keepalives') !== undefined,
    failoverOnDiskFailure: platform.diskFailoverAlwaysOn === true || activeChild(failover, 'on-disk-failure') !== undefined,
    keepaliveTime: Number.isInteger(keepalive) && keepalive > 0 ? keepalive : DEFAULT_KEEPALIVE_TIME,
    gracefulSwitchover: platform.gresAlwaysOn === true || activeChild(redundancy, 'graceful-switchover') !== undefined,
  };
}

/** The role `slot` aims for at boot under `config` (see the rules above). */
export function preferredRole(config: RedundancyConfig, slot: Slot): ConfiguredRole {
  const own = config.roles[slot];
  if (own !== undefined) return own;
  const other = config.roles[slot === 0 ? 1 : 0];
  if (other === 'master') return 'backup';
  if (other === 'backup' || other === 'disabled') return 'master';
  return slot === 0 ? 'master' : 'backup';
}

/** `Election priority` of a slot: its preferred role, and whether no statement names it. */
export function electionPriority(config: RedundancyConfig, slot: Slot): { readonly role: ConfiguredRole; readonly isDefault: boolean } {
  return { role: preferredRole(config, slot), isDefault: config.roles[slot] === undefined };
}

/** How long the backup waits after the last keepalive from the master; undefined: forever. */
export function failoverDelayMs(config: RedundancyConfig): number | undefined {
  if (config.gracefulSwitchover) return GRES_FAILOVER_MS;
  if (config.failoverOnLossOfKeepalives) return config.keepaliveTime * 1000;
  return undefined;
}
