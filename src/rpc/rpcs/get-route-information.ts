/**
 * `get-route-information` — `show route [destination] [exact] [protocol P] [table T] [hidden]
 * [brief | terse | detail]`: rpd's routing tables, from the answering RE's rpd.
 *
 * The data is rpd's own (`RouteInformation`, built in Junos's element order by
 * `daemons/rpd/route-query.ts`); this module maps it onto elements and uses rpd's text renderers
 * (`renderRoutes`). While rpd is not running, on a backup RE without nonstop-routing or on a
 * master whose rpd has not started or has crashed, the answer is the error
 * `the routing subsystem is not running` (procedure 8.1, 8.3, 8.4; 9.A9).
 *
 * XML (public captures, [R]): `<route-information xmlns=…junos-routing>`, one `<route-table>`
 * per table (table-name and the five counts), one `<rt junos:style="brief|terse|detail">` per
 * destination, `<rt-entry>` with its fields; `true` fields are flags (`<current-active/>`), the
 * age is `<age junos:seconds="S">text</age>`, the detail entry count
 * `<rt-entry-count junos:format="1 entry">1</rt-entry-count>`.
 *
 * Choices: one style flag at a time (two are a syntax error naming the second) [U];
 * `protocol` takes the protocol names Junos's CLI offers for `show route protocol`, and one
 * retwin does not run shows nothing (not an error).
 */
import type { RouteInformation, RouteStyle, RtEntry } from '../../daemons/rpd/index.js';
import { renderRoutes } from '../../daemons/rpd/index.js';
import { replyNamespace } from '../junos-format.js';
import { defineRpc } from '../rpc-definition.js';
import { element, flag, leaf, optionalLeaf, type RpcElement } from '../rpc-element.js';
import { rpcError, syntaxError } from '../rpc-error.js';

export interface RouteReply {
  readonly style: RouteStyle;
  readonly information: RouteInformation;
}

const PROTOCOLS = [
  'access',
  'access-internal',
  'aggregate',
  'bgp',
  'direct',
  'isis',
  'l2circuit',
  'ldp',
  'local',
  'mpls',
  'ospf',
  'ospf2',
  'ospf3',
  'pim',
  'rip',
  'ripng',
  'rsvp',
  'static',
];

const STYLES: readonly RouteStyle[] = ['brief', 'terse', 'detail'];

function entryElement(entry: RtEntry): RpcElement {
  const children: (RpcElement | undefined)[] = [];
  for (const [name, value] of Object.entries(entry) as [string, unknown][]) {
    if (value === undefined) continue;
    if (value === true) children.push(flag(name));
    else if (name === 'age') children.push(leaf('age', entry.age.text, [['junos:seconds', String(entry.age.seconds)]]));
    else if (name === 'nh') {
      for (const nh of entry.nh ?? []) {
        children.push(
          element('nh', [
            nh['selected-next-hop'] === true ? flag('selected-next-hop') : undefined,
            optionalLeaf('nh-string', nh['nh-string']),
            optionalLeaf('to', nh.to),
            optionalLeaf('via', nh.via),
            optionalLeaf('nh-local-interface', nh['nh-local-interface']),
          ]),
        );
      }
    } else if (typeof value === 'string' || typeof value === 'number') children.push(leaf(name, value));
  }
  return element('rt-entry', children);
}

export function routeInformationElement(information: RouteInformation, release: string): RpcElement {
  return element(
    'route-information',
    information['route-table'].map((table) =>
      element('route-table', [
        leaf('table-name', table['table-name']),
        leaf('destination-count', table['destination-count']),
        leaf('total-route-count', table['total-route-count']),
        leaf('active-route-count', table['active-route-count']),
        leaf('holddown-route-count', table['holddown-route-count']),
        leaf('hidden-route-count', table['hidden-route-count']),
        ...table.rt.map((rt) =>
          element(
            'rt',
            [
              leaf('rt-destination', rt['rt-destination']),
              rt['rt-entry-count'] === undefined ? undefined : leaf('rt-entry-count', rt['rt-entry-count'].count, [['junos:format', rt['rt-entry-count'].format]]),
              optionalLeaf('rt-announced-count', rt['rt-announced-count']),
              ...rt['rt-entry'].map(entryElement),
            ],
            [['junos:style', rt.style]],
          ),
        ),
      ]),
    ),
    [['xmlns', replyNamespace(release, 'routing')]],
  );
}

export const getRouteInformation = defineRpc<RouteReply>({
  name: 'get-route-information',
  commands: [{ words: ['show', 'route'], help: 'Show routing table information' }],
  arguments: [
    { kind: 'value', name: 'destination', help: 'IP address and optional prefix length of destination', positional: true },
    { kind: 'flag', name: 'exact', help: 'Exactly matching route' },
    { kind: 'value', name: 'protocol', help: 'Protocol name', values: PROTOCOLS },
    { kind: 'value', name: 'table', help: 'Name of routing table' },
    { kind: 'flag', name: 'hidden', help: 'Hidden routes' },
    { kind: 'flag', name: 'brief', help: 'Display brief output' },
    { kind: 'flag', name: 'terse', help: 'Display terse output' },
    { kind: 'flag', name: 'detail', help: 'Display detailed output' },
  ],
  run: (view, args) => {
    const styles = STYLES.filter((style) => args[style] === true);
    if (styles.length > 1) return { ok: false, errors: [syntaxError(styles[1] as string)] };
    const style = styles[0] ?? 'brief';
    const text = (name: string): string | undefined => {
      const value = args[name];
      return typeof value === 'string' ? value : undefined;
    };
    const destination = text('destination');
    const protocol = text('protocol');
    const table = text('table');
    const result = view.showRoute({
      style,
      ...(destination === undefined ? {} : { destination }),
      ...(protocol === undefined ? {} : { protocol }),
      ...(table === undefined ? {} : { table }),
      ...(args.exact === true ? { exact: true } : {}),
      ...(args.hidden === true ? { hidden: true } : {}),
    });
    if (!result.ok) return { ok: false, errors: [rpcError(result.error.message)] };
    return { ok: true, data: { style, information: result.value } };
  },
  element: (data, release) => routeInformationElement(data.information, release),
  text: (data) => renderRoutes(data.information, data.style),
});
