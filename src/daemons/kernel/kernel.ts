/**
 * The kernel daemon of one Routing Engine: the thin runner around `kernel-state.ts`.
 *
 * Owns holding the kernel's state, feeding it events one at a time, telling listeners (rpd)
 * when the interfaces change, and answering queries (interfaces, forwarding table). It is the
 * in-memory dataplane of the design (FRR's kernel_null): nothing leaves the process.
 *
 * Lifecycle: `start(expanded)` is the RE's boot (interfaces and backup-router routes come up at
 * once), `reconfigure(expanded)` a commit, `stop()` a halt; `status()` is `up` or `down` (the
 * kernel has no `starting`/`stopping` time of its own). The router layer calls `setRole` on
 * election and switchover, and rpd calls the `RpdKernelPort` methods.
 */
import type { ConfigNode } from '../../config/node.js';
import type { BackupRoute, KernelRoute } from './forwarding-types.js';
import { queryForwardingTable, type ForwardingQueryResult, type ForwardingTableQuery } from './forwarding-query.js';
import { logicalInterfaces, type LogicalInterface, type PhysicalInterface, type RoutingEngineRole } from './interfaces.js';
import { initialKernelState, kernelStep, type KernelEvent, type KernelState } from './kernel-state.js';
import { inventedMac, type NeighbourMac } from './neighbour-mac.js';

export interface KernelOptions {
  /** This RE's management interface: `fxp0`, or `re0:mgmt-0` / `re1:mgmt-0` on Junos OS Evolved. */
  readonly managementInterface: string;
  /** The first next-hop index after boot (default 560). */
  readonly firstIndex?: number;
  /** MAC addresses shown for neighbours (default: invented from the address). */
  readonly neighbourMac?: NeighbourMac;
}

/** What rpd needs of its kernel. The router wires rpd to this RE's kernel through it. */
export interface RpdKernelPort {
  /** The logical interfaces, with their installed addresses. */
  logicalInterfaces(): readonly LogicalInterface[];
  /** rpd (active) installs its complete set of routes; the backup-router routes leave. */
  installRoutes(routes: readonly KernelRoute[]): void;
  /** rpd stopped normally (or went standby): its routes without `retain` leave. */
  rpdStopped(): void;
  /** rpd crashed: its routes stay. */
  rpdCrashed(): void;
  /** Calls `listener` after every change of the interfaces; returns the unsubscribe function. */
  onInterfacesChanged(listener: () => void): () => void;
}

export const DEFAULT_FIRST_INDEX = 560;

function interfacesKey(units: readonly LogicalInterface[]): string {
  return units.map((unit) => `${unit.name}:${unit.up ? 1 : 0}:${unit.families.join(',')}:${unit.addresses.map((a) => a.text).join(',')}`).join(' ');
}

export class Kernel implements RpdKernelPort {
  #state: KernelState;
  readonly #mac: NeighbourMac;
  readonly #listeners = new Set<() => void>();

  constructor(options: KernelOptions) {
    this.#state = initialKernelState({ managementInterface: options.managementInterface, firstIndex: options.firstIndex ?? DEFAULT_FIRST_INDEX });
    this.#mac = options.neighbourMac ?? inventedMac;
  }

  #dispatch(event: KernelEvent): void {
    const before = interfacesKey(logicalInterfaces(this.#state.interfaces));
    this.#state = kernelStep(this.#state, event);
    if (interfacesKey(logicalInterfaces(this.#state.interfaces)) !== before) for (const listener of [...this.#listeners]) listener();
  }

  /** Boot with this RE's expanded committed configuration. */
  start(expanded: ConfigNode | undefined): void {
    this.#dispatch({ type: 'boot', config: expanded });
  }

  /** A commit: this RE's new expanded configuration. */
  reconfigure(expanded: ConfigNode | undefined): void {
    this.#dispatch({ type: 'reconfigure', config: expanded });
  }

  /** Halt: interfaces and routes are gone. */
  stop(): void {
    this.#dispatch({ type: 'halt' });
  }

  /** `up` or `down`: a subset of the daemons' common status ('down' | 'starting' | 'up' | 'stopping' | 'crashed'). */
  status(): 'up' | 'down' {
    return this.#state.status;
  }

  setRole(role: RoutingEngineRole | undefined): void {
    this.#dispatch({ type: 'set-role', role });
  }

  role(): RoutingEngineRole | undefined {
    return this.#state.role;
  }

  interfaces(): readonly PhysicalInterface[] {
    return this.#state.interfaces;
  }

  logicalInterfaces(): readonly LogicalInterface[] {
    return logicalInterfaces(this.#state.interfaces);
  }

  installRoutes(routes: readonly KernelRoute[]): void {
    this.#dispatch({ type: 'rpd-install', routes });
  }

  rpdStopped(): void {
    this.#dispatch({ type: 'rpd-stopped' });
  }

  rpdCrashed(): void {
    this.#dispatch({ type: 'rpd-crashed' });
  }

  onInterfacesChanged(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** `show route forwarding-table` as data. */
  forwardingTable(query: ForwardingTableQuery = {}): ForwardingQueryResult {
    return queryForwardingTable(this.#state, query, this.#mac);
  }

  /** The backup-router routes in the forwarding table now. */
  installedBackupRoutes(): readonly BackupRoute[] {
    return this.#state.installedBackup;
  }

  /** The routes rpd installed that are in the kernel now. */
  rpdRoutes(): readonly KernelRoute[] {
    return this.#state.rpdRoutes;
  }

  /** The whole state, for tests and for the router's introspection. */
  snapshot(): KernelState {
    return this.#state;
  }
}
