/**
 * `invoke-on all-routing-engines | other-routing-engine`: one RPC asked of several REs, the
 * answers gathered (spec §0 "Multi-RE results").
 *
 * Owns the gathering and its forms:
 * - XML/JSON: `<multi-routing-engine-results>` with one `<multi-routing-engine-item>` per RE
 *   that answered, `<re-name>re0</re-name>` then its reply element (PyEZ
 *   `sw_info_dual_command.xml`); an RE that cannot be reached gives an `<rpc-error>`
 *   `Could not connect to re1 : No route to host` before the results
 *   (`sw_info_dual_other_re_off.xml`).
 * - Text: per RE `re0:`, a line of 74 dashes, its output; blocks separated by an empty line;
 *   the `error:` lines first.
 * REs are taken in slot order (re0, re1), whichever answers. Choice [U]: the empty line
 * between blocks (captures filtered through `| match` do not show it).
 */
import type { RoutingEngineSlot } from '../config/groups.js';
import type { RpcArgs } from './rpc-definition.js';
import { element, leaf, type RpcElement } from './rpc-element.js';
import { couldNotConnect, type RpcError } from './rpc-error.js';
import type { RouterView } from './router-view.js';

export const INVOKE_ON = 'invoke-on';
export const INVOKE_ON_VALUES = ['all-routing-engines', 'other-routing-engine'] as const;

const DASHES = '-'.repeat(74);

/** The slots an `invoke-on` value names, seen from `view`'s RE. */
export function invokeOnSlots(view: RouterView, value: string): readonly RoutingEngineSlot[] {
  const other: RoutingEngineSlot = view.slot === 're0' ? 're1' : 're0';
  return value === 'other-routing-engine' ? [other] : ['re0', 're1'];
}

/** What one RE answered. */
export interface ItemAnswer {
  readonly errors: readonly RpcError[];
  readonly element: (() => RpcElement) | undefined;
  readonly text: () => string;
}

export interface MultiAnswer {
  readonly errors: readonly RpcError[];
  readonly element: () => RpcElement;
  readonly text: () => string;
}

/** Asks `answer` of every RE `value` names and gathers the replies. */
export function invokeOn(view: RouterView, value: string, args: RpcArgs, answer: (view: RouterView, args: RpcArgs) => ItemAnswer): MultiAnswer {
  const { [INVOKE_ON]: _ignored, ...rest } = args;
  const errors: RpcError[] = [];
  const items: { slot: RoutingEngineSlot; answer: ItemAnswer }[] = [];
  for (const slot of invokeOnSlots(view, value)) {
    const target = slot === view.slot ? { ok: true as const, view } : view.peer(slot);
    if (!target.ok) {
      errors.push(couldNotConnect(slot, target.reason));
      continue;
    }
    const reply = answer(target.view, rest);
    errors.push(...reply.errors);
    items.push({ slot, answer: reply });
  }
  return {
    errors,
    element: () =>
      element(
        'multi-routing-engine-results',
        items.map(({ slot, answer: reply }) => element('multi-routing-engine-item', [leaf('re-name', slot), reply.element?.()])),
      ),
    text: () => items.map(({ slot, answer: reply }) => `${slot}:\n${DASHES}\n${reply.text()}`).join('\n'),
  };
}
