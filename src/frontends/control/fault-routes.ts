/**
 * The faults of the control API: `POST /api/faults/<name>` with a JSON body, each mapped onto
 * one method of `router.faults` (src/router/faults.ts).
 *
 * Owns the fault names, the body each takes and checking it. Bodies:
 * - `halt`, `reboot`, `power-off`, `power-on`, `remove`, `fail-disk`, `repair-disk`: `{ "re": "re0" }`;
 * - `insert`: `{ "re": "re1", "fresh": false }` (`fresh`: a new RE with an empty disk);
 * - `crash-rpd`: `{ "re": "re0", "restartAfterMs": 5000, "failToStart": false }` (both optional);
 * - `rpd-fail-to-start`: `{ "re": "re0", "on": true }` (`on` defaults to true);
 * - `cut-link`, `restore-link`: `{}` (the internal link is the chassis's, not an RE's);
 * - `commit-delay`: `{ "re": "re0", "ms": 3000 }` or `{ "re": "re0", "clear": true }`.
 * Choice: `re` is required wherever a fault concerns one RE (no default: a fault names its target).
 */
import type { RoutingEngineSlot } from '../../config/groups.js';
import type { ReResult, Router } from '../../router/index.js';

/** A body the fault cannot take: the message says what to send instead. */
export interface BodyError {
  readonly bodyError: string;
}

type Body = Readonly<Record<string, unknown>>;
type FaultRoute = (router: Router, body: Body) => ReResult | BodyError;

const SLOT_NAMES: readonly string[] = ['re0', 're1'];

function slotOf(body: Body, fault: string): RoutingEngineSlot | BodyError {
  const re = body.re;
  if (typeof re === 'string' && SLOT_NAMES.includes(re)) return re as RoutingEngineSlot;
  const got = re === undefined ? 'no "re"' : `"re": ${JSON.stringify(re)}`;
  return { bodyError: `${fault} needs the Routing Engine it applies to: send {"re": "re0"} or {"re": "re1"} (got ${got})` };
}

function optionalBoolean(body: Body, key: string, fault: string): boolean | undefined | BodyError {
  const value = body[key];
  if (value === undefined || typeof value === 'boolean') return value;
  return { bodyError: `${fault}: "${key}" is true or false (got ${JSON.stringify(value)})` };
}

function optionalMs(body: Body, key: string, fault: string): number | undefined | BodyError {
  const value = body[key];
  if (value === undefined || (typeof value === 'number' && Number.isFinite(value) && value >= 0)) return value;
  return { bodyError: `${fault}: "${key}" is a number of milliseconds, 0 or more (got ${JSON.stringify(value)})` };
}

const isError = (value: unknown): value is BodyError => typeof value === 'object' && value !== null && 'bodyError' in value;

/** A fault on one RE that takes nothing else. */
function onSlot(fault: string, act: (router: Router, slot: RoutingEngineSlot) => ReResult): FaultRoute {
  return (router, body) => {
    const slot = slotOf(body, fault);
    return isError(slot) ? slot : act(router, slot);
  };
}

export const FAULT_ROUTES: Readonly<Record<string, FaultRoute>> = {
  halt: onSlot('halt', (router, slot) => router.faults.halt(slot)),
  reboot: onSlot('reboot', (router, slot) => router.faults.reboot(slot)),
  'power-off': onSlot('power-off', (router, slot) => router.faults.powerOff(slot)),
  'power-on': onSlot('power-on', (router, slot) => router.faults.powerOn(slot)),
  remove: onSlot('remove', (router, slot) => router.faults.remove(slot)),
  'fail-disk': onSlot('fail-disk', (router, slot) => router.faults.failDisk(slot)),
  'repair-disk': onSlot('repair-disk', (router, slot) => router.faults.repairDisk(slot)),
  insert: (router, body) => {
    const slot = slotOf(body, 'insert');
    const fresh = optionalBoolean(body, 'fresh', 'insert');
    if (isError(slot)) return slot;
    if (isError(fresh)) return fresh;
    return router.faults.insert(slot, { fresh: fresh === true });
  },
  'crash-rpd': (router, body) => {
    const slot = slotOf(body, 'crash-rpd');
    const restartAfterMs = optionalMs(body, 'restartAfterMs', 'crash-rpd');
    const failToStart = optionalBoolean(body, 'failToStart', 'crash-rpd');
    if (isError(slot)) return slot;
    if (isError(restartAfterMs)) return restartAfterMs;
    if (isError(failToStart)) return failToStart;
    return router.faults.crashRpd(slot, {
      ...(restartAfterMs === undefined ? {} : { restartAfterMs }),
      ...(failToStart === undefined ? {} : { failToStart }),
    });
  },
  'rpd-fail-to-start': (router, body) => {
    const slot = slotOf(body, 'rpd-fail-to-start');
    const on = optionalBoolean(body, 'on', 'rpd-fail-to-start');
    if (isError(slot)) return slot;
    if (isError(on)) return on;
    return router.faults.setRpdFailToStart(slot, on ?? true);
  },
  'cut-link': (router) => router.faults.cutLink(),
  'restore-link': (router) => router.faults.restoreLink(),
  'commit-delay': (router, body) => {
    const slot = slotOf(body, 'commit-delay');
    const clear = optionalBoolean(body, 'clear', 'commit-delay');
    const ms = optionalMs(body, 'ms', 'commit-delay');
    if (isError(slot)) return slot;
    if (isError(clear)) return clear;
    if (isError(ms)) return ms;
    if (clear === true) return router.faults.clearCommitDelay(slot);
    if (ms === undefined) return { bodyError: 'commit-delay needs {"re": "re0", "ms": 3000} to set a delay or {"re": "re0", "clear": true} to remove it' };
    return router.faults.setCommitDelay(slot, ms);
  },
};

export const FAULT_NAMES: readonly string[] = Object.keys(FAULT_ROUTES);

export { isError as isBodyError };
