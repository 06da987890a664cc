/**
 * rpd's life as a pure state machine: `rpdStep(state, event, environment)` returns the next
 * state and the effects (kernel calls, log lines, follow-up events) for `rpd.ts` to perform.
 *
 * Owns the run state (down, starting, up, stopping, crashed), the routing tables while rpd
 * runs, and what each transition does to the kernel:
 * - start: init spawns rpd (`routing (PID n) started` in the log); once up, rpd computes its
 *   tables from the configuration and the kernel's interfaces and, when active (the master's
 *   rpd), installs its routes, which makes the kernel drop the backup-router routes. A
 *   `fail-to-start` fault makes it exit at once (`exited with status=1`) before it installs
 *   anything, so the backup-router routes stay (9.B10).
 * - stop (normal): `exited with status=0 Normal Exit`; the kernel drops the routes without
 *   `retain`.
 * - crash: `terminated by signal number 11. Core dumped!` (procedure.md 8.4); the routes stay
 *   in the kernel until the next rpd installs its own.
 * - kill (`restart routing immediately`): `terminated by signal number 9`; like a crash for
 *   the kernel [U].
 * - reconfigure / interfaces changed: recompute; an active rpd reinstalls.
 * - mode: `standby` is rpd on the backup RE with nonstop routing: it keeps its tables (so
 *   `show route` answers there) but leaves the kernel alone; becoming active installs, becoming
 *   standby gives the kernel up as a normal stop does [U].
 * A fresh rpd starts its routes' ages from zero.
 */
import type { ConfigNode } from '../../config/node.js';
import type { KernelRoute } from '../kernel/forwarding-types.js';
import type { LogicalInterface } from '../kernel/interfaces.js';
import { connectedRoutes } from './connected-routes.js';
import type { DaemonStatus } from './daemon-status.js';
import { kernelRoutes } from './kernel-routes.js';
import { buildRib } from './rib.js';
import type { Rib } from './route-types.js';
import { staticRouteConfigs } from './static-config.js';
import { staticRoutes } from './static-routes.js';

export type RpdMode = 'active' | 'standby';

export interface RpdState {
  readonly status: DaemonStatus;
  readonly pid: number | undefined;
  readonly mode: RpdMode;
  readonly failToStart: boolean;
  readonly config: ConfigNode | undefined;
  /** The routing tables, while rpd runs. */
  readonly rib: Rib | undefined;
}

export interface RpdEnvironment {
  readonly now: number;
  readonly interfaces: readonly LogicalInterface[];
}

export type RpdEvent =
  | { readonly type: 'start'; readonly pid: number }
  | { readonly type: 'started' }
  | { readonly type: 'stop' }
  | { readonly type: 'stopped' }
  | { readonly type: 'crash' }
  | { readonly type: 'kill' }
  | { readonly type: 'reconfigure'; readonly config: ConfigNode | undefined }
  | { readonly type: 'interfaces-changed' }
  | { readonly type: 'set-mode'; readonly mode: RpdMode }
  | { readonly type: 'set-fault'; readonly failToStart: boolean };

export type RpdEffect =
  | { readonly type: 'kernel-install'; readonly routes: readonly KernelRoute[] }
  | { readonly type: 'kernel-stopped' }
  | { readonly type: 'kernel-crashed' }
  /** A line of init's log (`routing (PID 1764) started`). */
  | { readonly type: 'log'; readonly text: string }
  /** Feed this event back after the runner's start or stop delay. */
  | { readonly type: 'schedule'; readonly event: 'started' | 'stopped' };

export interface RpdStep {
  readonly state: RpdState;
  readonly effects: readonly RpdEffect[];
}

export function initialRpdState(mode: RpdMode = 'active'): RpdState {
  return { status: 'down', pid: undefined, mode, failToStart: false, config: undefined, rib: undefined };
}

function compute(state: RpdState, environment: RpdEnvironment, previous: Rib | undefined): Rib {
  const candidates = [...connectedRoutes(environment.interfaces), ...staticRoutes(staticRouteConfigs(state.config), environment.interfaces)];
  return buildRib(candidates, previous, environment.now);
}

function install(state: RpdState): RpdEffect[] {
  return state.mode === 'active' && state.rib !== undefined ? [{ type: 'kernel-install', routes: kernelRoutes(state.rib) }] : [];
}

const log = (state: RpdState, text: string): RpdEffect => ({ type: 'log', text: `routing (PID ${state.pid ?? 0}) ${text}` });

function died(state: RpdState, text: string, status: DaemonStatus, kernel: RpdEffect): RpdStep {
  const effects: RpdEffect[] = [log(state, text)];
  if (state.mode === 'active' && state.status !== 'starting') effects.push(kernel);
  return { state: { ...state, status, pid: undefined, rib: undefined }, effects };
}

function recompute(state: RpdState, environment: RpdEnvironment): RpdStep {
  if (state.status !== 'up' && state.status !== 'stopping') return { state, effects: [] };
  const next = { ...state, rib: compute(state, environment, state.rib) };
  return { state: next, effects: state.status === 'up' ? install(next) : [] };
}

export function rpdStep(state: RpdState, event: RpdEvent, environment: RpdEnvironment): RpdStep {
  const none: RpdStep = { state, effects: [] };
  switch (event.type) {
    case 'start': {
      if (state.status !== 'down' && state.status !== 'crashed') return none;
      const next = { ...state, status: 'starting' as const, pid: event.pid };
      return { state: next, effects: [log(next, 'started'), { type: 'schedule', event: 'started' }] };
    }
    case 'started': {
      if (state.status !== 'starting') return none;
      if (state.failToStart) return { state: { ...state, status: 'down', pid: undefined }, effects: [log(state, 'exited with status=1')] };
      const next = { ...state, status: 'up' as const, rib: compute(state, environment, undefined) };
      return { state: next, effects: install(next) };
    }
    case 'stop':
      if (state.status !== 'up') return none;
      return { state: { ...state, status: 'stopping' }, effects: [{ type: 'schedule', event: 'stopped' }] };
    case 'stopped':
      if (state.status !== 'stopping') return none;
      return died(state, 'exited with status=0 Normal Exit', 'down', { type: 'kernel-stopped' });
    case 'crash':
      if (state.status !== 'up' && state.status !== 'stopping' && state.status !== 'starting') return none;
      return died(state, 'terminated by signal number 11. Core dumped!', 'crashed', { type: 'kernel-crashed' });
    case 'kill':
      if (state.status !== 'up' && state.status !== 'stopping' && state.status !== 'starting') return none;
      return died(state, 'terminated by signal number 9', 'down', { type: 'kernel-crashed' });
    case 'reconfigure':
      return recompute({ ...state, config: event.config }, environment);
    case 'interfaces-changed':
      return recompute(state, environment);
    case 'set-mode': {
      if (state.mode === event.mode) return none;
      const next = { ...state, mode: event.mode };
      if (state.status !== 'up') return { state: next, effects: [] };
      return { state: next, effects: event.mode === 'active' ? install(next) : [{ type: 'kernel-stopped' }] };
    }
    case 'set-fault':
      return { state: { ...state, failToStart: event.failToStart }, effects: [] };
  }
}
