/**
 * `get-forwarding-table-information` — `show route forwarding-table [family inet|inet6]
 * [destination P] [table T]`: the answering RE's kernel forwarding table (spec §7.3,
 * procedure section 8).
 *
 * The data and the text are the kernel's (`ForwardingTableInformation`, whose field names are
 * the XML element names, and `renderForwardingTable`); the kernel chooses the entries for
 * `family` and `destination` (longest-prefix match, procedure 9.B11). This module adds:
 * - `table`: a routing-instance name keeps that instance's tables (`default` →
 *   `default.inet`, `default.inet6`), a full table name keeps that table; retwin has only the
 *   `default` instance's tables, so any other name shows nothing [U];
 * - XML [C: GENIE schema; namespace R]: `<forwarding-table-information xmlns=…junos-routing>`,
 *   `<route-table>` (table-name, address-family, rt-entry*), `<rt-entry>` (rt-destination,
 *   destination-type, route-reference-count, nh: to?, nh-type, nh-index, nh-reference-count,
 *   via?).
 * A destination that is not an address or prefix is the kernel's error value, answered as an
 * error.
 */
import type { ForwardingEntry, ForwardingTableInformation } from '../../daemons/kernel/index.js';
import { renderForwardingTable } from '../../daemons/kernel/index.js';
import { replyNamespace } from '../junos-format.js';
import { defineRpc } from '../rpc-definition.js';
import { element, leaf, optionalLeaf, type RpcElement } from '../rpc-element.js';
import { rpcError } from '../rpc-error.js';

function entryElement(entry: ForwardingEntry): RpcElement {
  const nh = entry.nh;
  return element('rt-entry', [
    leaf('rt-destination', entry['rt-destination']),
    leaf('destination-type', entry['destination-type']),
    leaf('route-reference-count', entry['route-reference-count']),
    element('nh', [
      optionalLeaf('to', nh.to),
      leaf('nh-type', nh['nh-type']),
      leaf('nh-index', nh['nh-index']),
      leaf('nh-reference-count', nh['nh-reference-count']),
      optionalLeaf('via', nh.via),
    ]),
  ]);
}

/** Whether table `name` (`default.inet`) is named by a `table` argument. */
function tableMatches(name: string, wanted: string): boolean {
  return name === wanted || name.startsWith(`${wanted}.`);
}

export const getForwardingTableInformation = defineRpc<ForwardingTableInformation>({
  name: 'get-forwarding-table-information',
  commands: [{ words: ['show', 'route', 'forwarding-table'], help: 'Show forwarding table information' }],
  arguments: [
    { kind: 'value', name: 'family', help: 'Protocol family', values: ['inet', 'inet6'] },
    { kind: 'value', name: 'destination', help: 'Destination address and optional prefix length' },
    { kind: 'value', name: 'table', help: 'Name of forwarding table (routing instance or table name)' },
  ],
  run: (view, args) => {
    const family = args.family === 'inet' || args.family === 'inet6' ? args.family : undefined;
    const destination = typeof args.destination === 'string' ? args.destination : undefined;
    const result = view.forwardingTable({ ...(family === undefined ? {} : { family }), ...(destination === undefined ? {} : { destination }) });
    if (!result.ok) return { ok: false, errors: [rpcError(result.error.message)] };
    const table = args.table;
    if (typeof table !== 'string') return { ok: true, data: result.value };
    return { ok: true, data: { 'route-table': result.value['route-table'].filter((t) => tableMatches(t['table-name'], table)) } };
  },
  element: (data, release) =>
    element(
      'forwarding-table-information',
      data['route-table'].map((table) =>
        element('route-table', [leaf('table-name', table['table-name']), leaf('address-family', table['address-family']), ...table['rt-entry'].map(entryElement)]),
      ),
      [['xmlns', replyNamespace(release, 'routing')]],
    ),
  text: (data) => renderForwardingTable(data),
});
