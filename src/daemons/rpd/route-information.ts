/**
 * `show route` as data: the reply of `<get-route-information>`.
 *
 * Owns the shapes. Field names are the Junos XML element names (`<route-information>` >
 * `<route-table>` > `<rt>` > `<rt-entry>` > `<nh>`), and objects are built in Junos's element
 * order (brief and terse: protocol, preference, age, metric, nh-type, nh; detail: protocol,
 * preference, nh-type, nh-index, nh-reference-count, nh, state, age ...), so the RPC layer
 * renders XML and JSON without a mapping. Conventions for the renderer:
 * `true` is an empty element (`<current-active/>`); `style` of `rt` is the attribute
 * `junos:style`; `age` is `<age junos:seconds="S">text</age>`; `rt-entry-count` is
 * `<rt-entry-count junos:format="1 entry">1</rt-entry-count>`; arrays are repeated elements.
 * Text renderers are `render-route.ts` (brief), `render-route-terse.ts` and
 * `render-route-detail.ts`.
 */

export type RouteStyle = 'brief' | 'terse' | 'detail';

export interface RouteAge {
  readonly seconds: number;
  /** `00:04:56` (brief/terse) or `4:56` (detail). */
  readonly text: string;
}

export interface RouteNh {
  readonly 'selected-next-hop'?: true;
  /** Detail only: `Next hop`. */
  readonly 'nh-string'?: string;
  readonly to?: string;
  readonly via?: string;
  readonly 'nh-local-interface'?: string;
}

export interface RtEntry {
  /** `*` on the active route; absent on the others. */
  readonly 'active-tag'?: string;
  readonly 'current-active'?: true;
  readonly 'last-active'?: true;
  /** `Direct`, `Local`, `Static`. */
  readonly 'protocol-name': string;
  readonly preference: number;
  readonly age: RouteAge;
  readonly metric?: number;
  /**
   * Brief/terse: `Local`, `Reject`, `Discard`, `Receive`, `Unusable` (absent for a route through
   * next hops). Detail: also `Router` and `Interface`.
   */
  readonly 'nh-type'?: string;
  /** Detail only. */
  readonly 'nh-index'?: number;
  readonly 'nh-reference-count'?: number;
  readonly nh?: readonly RouteNh[];
  /** Detail only. */
  readonly 'rt-entry-state'?: string;
  readonly 'inactive-reason'?: string;
  readonly 'task-name'?: string;
  readonly 'announce-bits'?: number;
  readonly 'announce-tasks'?: string;
  readonly 'as-path'?: string;
}

export interface Rt {
  readonly style: RouteStyle;
  readonly 'rt-destination': string;
  /** Detail only. */
  readonly 'rt-entry-count'?: { readonly count: number; readonly format: string };
  readonly 'rt-announced-count'?: number;
  readonly 'rt-entry': readonly RtEntry[];
}

export interface RouteTableInformation {
  readonly 'table-name': string;
  readonly 'destination-count': number;
  readonly 'total-route-count': number;
  readonly 'active-route-count': number;
  readonly 'holddown-route-count': number;
  readonly 'hidden-route-count': number;
  readonly rt: readonly Rt[];
}

export interface RouteInformation {
  readonly 'route-table': readonly RouteTableInformation[];
}
