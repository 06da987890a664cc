/**
 * The kernel of one Routing Engine as a pure state machine: `kernelStep(state, event)` gives the
 * next state. The kernel has no timers and causes nothing elsewhere, so there are no effects;
 * `kernel.ts` is the thin runner around it.
 *
 * Owns the interfaces (from the configuration and the role), the routes rpd installed, the
 * backup-router routes and the next-hop numbering. The backup-router lifecycle (spec §7.2,
 * procedure.md section 8, 9.B10, 9.B15):
 * - at boot (before rpd has run) the backup routes go in;
 * - when rpd installs its routes (it has started, as master) they go out;
 * - they do not come back when rpd stops or crashes;
 * - a commit that changes them (or changes whether the gateway is reachable) takes effect at
 *   once on an RE where rpd is not running, and waits on an RE where it runs;
 * - on the backup RE, where rpd does not run or runs in standby with NSR and installs nothing,
 *   they are always what the configuration asks. Becoming backup therefore puts them back
 *   (procedure.md 8.1: re1, master for a while during section 7, has its route again as
 *   backup) [U: our reading of "stays on the backup RE"].
 * rpd's routes: a normal stop removes those without `retain`; a crash leaves them all; the next
 * install replaces the whole set (so stale routes of a crashed rpd go then).
 */
import type { ConfigNode } from '../../config/node.js';
import { networkOf, formatAddress, subnetOf, familyBits } from '../../lib/ip.js';
import { sameBackupRoutes, wantedBackupRoutes } from './backup-routes.js';
import type { BackupRoute, KernelRoute } from './forwarding-types.js';
import { kernelInterfaces, logicalInterfaces, type PhysicalInterface, type RoutingEngineRole } from './interfaces.js';
import { allocate, emptyIndexes, nextHopKey, type NextHopIndexes } from './next-hop-indexes.js';

export interface KernelState {
  readonly status: 'down' | 'up';
  readonly managementInterface: string;
  readonly config: ConfigNode | undefined;
  readonly role: RoutingEngineRole | undefined;
  readonly interfaces: readonly PhysicalInterface[];
  /** The backup routes the configuration asks for (reachable ones only). */
  readonly wantedBackup: readonly BackupRoute[];
  /** The backup routes in the forwarding table now. */
  readonly installedBackup: readonly BackupRoute[];
  /** rpd runs and owns its routes in this kernel (not a standby rpd). */
  readonly rpdActive: boolean;
  readonly rpdRoutes: readonly KernelRoute[];
  readonly indexes: NextHopIndexes;
  readonly firstIndex: number;
}

export type KernelEvent =
  /** Power on: the kernel comes up with the committed configuration; the role is not known yet. */
  | { readonly type: 'boot'; readonly config: ConfigNode | undefined }
  /** A commit: the new expanded configuration of this RE. */
  | { readonly type: 'reconfigure'; readonly config: ConfigNode | undefined }
  /** chassisd's election or a switchover. */
  | { readonly type: 'set-role'; readonly role: RoutingEngineRole | undefined }
  /** rpd (active) installs its complete set of routes, replacing what it installed before. */
  | { readonly type: 'rpd-install'; readonly routes: readonly KernelRoute[] }
  /** rpd stopped normally, or gave up the kernel (went standby). */
  | { readonly type: 'rpd-stopped' }
  /** rpd died: its routes stay. */
  | { readonly type: 'rpd-crashed' }
  /** The RE halts: everything is gone. */
  | { readonly type: 'halt' };

export interface KernelSettings {
  readonly managementInterface: string;
  /** The first next-hop index handed out after boot. */
  readonly firstIndex: number;
}

export function initialKernelState(settings: KernelSettings): KernelState {
  return {
    status: 'down',
    managementInterface: settings.managementInterface,
    config: undefined,
    role: undefined,
    interfaces: [],
    wantedBackup: [],
    installedBackup: [],
    rpdActive: false,
    rpdRoutes: [],
    indexes: emptyIndexes(settings.firstIndex),
    firstIndex: settings.firstIndex,
  };
}

/** The next hops this state needs, in the order new ones are numbered. */
function neededKeys(state: KernelState): (string | null)[] {
  const keys: (string | null)[] = [];
  const known = new Set(state.indexes.byKey.keys());
  const need = (...group: (string | null)[]): void => {
    for (const key of group) if (key !== null) known.add(key);
    keys.push(...group);
  };
  for (const unit of logicalInterfaces(state.interfaces)) {
    for (const address of unit.addresses) {
      const ifl = unit.name;
      const own = nextHopKey.local(ifl, formatAddress(address.prefix.address));
      const subnet = subnetOf(address.prefix);
      const resolve = nextHopKey.resolve(ifl, subnet);
      const host = address.prefix.length === familyBits(address.family);
      if (host || known.has(resolve)) {
        if (!known.has(own)) need(own);
      } else if (address.family === 'inet' && address.prefix.length < 31) {
        need(nextHopKey.broadcast(ifl, subnet), nextHopKey.network(ifl, subnet), own, resolve, null);
      } else if (address.family === 'inet6') {
        need(nextHopKey.network(ifl, subnet), own, resolve, null);
      } else {
        need(own, resolve, null);
      }
    }
  }
  for (const backup of state.wantedBackup) need(nextHopKey.neighbour(backup.interface, formatAddress(backup.gateway)));
  for (const route of state.rpdRoutes) {
    const hop = route.nextHop;
    if (hop.kind === 'gateway') need(nextHopKey.neighbour(hop.interface, formatAddress(hop.address)));
    else if (hop.kind === 'interface') need(nextHopKey.interface(hop.interface));
    else if (hop.kind === 'receive') need(nextHopKey.receive(route.destination.address.family));
  }
  return keys;
}

/** Recomputes what follows from the configuration and role, then applies the backup rules. */
function settle(state: KernelState, backupChanged: (before: KernelState, after: KernelState) => boolean, before: KernelState): KernelState {
  const interfaces = kernelInterfaces(state.config, { managementInterface: state.managementInterface, role: state.role });
  const wantedBackup = wantedBackupRoutes(state.config, state.managementInterface, logicalInterfaces(interfaces));
  let next: KernelState = { ...state, interfaces, wantedBackup };
  if (!next.rpdActive && backupChanged(before, next)) next = { ...next, installedBackup: wantedBackup };
  if (next.role === 'backup' && !next.rpdActive) next = { ...next, installedBackup: wantedBackup };
  return { ...next, indexes: allocate(next.indexes, neededKeys(next)) };
}

const CHANGED = (before: KernelState, after: KernelState): boolean => !sameBackupRoutes(before.wantedBackup, after.wantedBackup);
const NEVER = (): boolean => false;

export function kernelStep(state: KernelState, event: KernelEvent): KernelState {
  if (event.type === 'boot') {
    const fresh = { ...initialKernelState({ managementInterface: state.managementInterface, firstIndex: state.firstIndex }), status: 'up' as const, config: event.config };
    return settle(fresh, () => true, fresh);
  }
  if (state.status === 'down') return state;
  switch (event.type) {
    case 'reconfigure':
      return settle({ ...state, config: event.config }, CHANGED, state);
    case 'set-role':
      return settle({ ...state, role: event.role }, CHANGED, state);
    case 'rpd-install': {
      const routes = event.routes.map((route) => ({ ...route, destination: networkOf(route.destination) }));
      const installedBackup = state.role === 'backup' ? state.installedBackup : [];
      return settle({ ...state, rpdActive: true, rpdRoutes: routes, installedBackup }, NEVER, state);
    }
    case 'rpd-stopped':
      return settle({ ...state, rpdActive: false, rpdRoutes: state.rpdRoutes.filter((route) => route.retain) }, NEVER, state);
    case 'rpd-crashed':
      return settle({ ...state, rpdActive: false }, NEVER, state);
    case 'halt':
      return initialKernelState({ managementInterface: state.managementInterface, firstIndex: state.firstIndex });
  }
}
