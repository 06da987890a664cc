/**
 * The JSON the control API answers for `GET /api/router` and `GET /api/faults`: the router's
 * state as the web UI and `retwin console` read it.
 *
 * Owns the shape of those answers (plain JSON: times are ISO 8601 strings). Everything comes
 * from the router's read accessors and `router.faults.state()`; nothing here changes the router.
 */
import type { Router } from '../../router/index.js';
import type { RoutingEngineSlot } from '../../config/groups.js';

export interface AlarmSummary {
  readonly severity: 'Minor' | 'Major';
  readonly description: string;
  readonly since: string;
}

export interface EngineSummary {
  readonly slot: RoutingEngineSlot;
  /** `running`, `halted` or `removed`. */
  readonly power: string;
  /** `master`, `backup`, `disabled` or `none` (not running). */
  readonly role: string;
  /** Booted completely. */
  readonly ready: boolean;
  /** `system host-name` as this RE applies it; null when it is not running. */
  readonly hostName: string | null;
  readonly alarms: readonly AlarmSummary[];
  readonly faults: {
    readonly diskFailed: boolean;
    readonly commitDelayMs: number;
    readonly rpd: string;
    readonly rpdFailToStart: boolean;
  };
}

export interface RouterSummary {
  readonly name: string;
  readonly model: string;
  readonly ready: boolean;
  /** The router's clock (it runs `--time-scale` times faster than the wall clock). */
  readonly time: string;
  readonly linkCut: boolean;
  readonly routingEngines: readonly EngineSummary[];
}

export function routerSummary(router: Router): RouterSummary {
  const faults = router.faults.state();
  const engine = (slot: RoutingEngineSlot): EngineSummary => {
    const re = router.re(slot);
    const state = faults[slot];
    return {
      slot,
      power: re.power,
      role: re.role,
      ready: re.power === 'running' && re.ready,
      hostName: re.power === 'running' ? (re.hostName ?? null) : null,
      alarms: re.alarms().map((alarm) => ({ severity: alarm.severity, description: alarm.description, since: new Date(alarm.since).toISOString() })),
      faults: { diskFailed: state.diskFailed, commitDelayMs: state.commitDelayMs, rpd: state.rpd, rpdFailToStart: state.rpdFailToStart },
    };
  };
  return {
    name: router.name,
    model: router.model.name,
    ready: router.ready,
    time: new Date(router.clock.now()).toISOString(),
    linkCut: faults.linkCut,
    routingEngines: [engine('re0'), engine('re1')],
  };
}
