/**
 * The Junos text of `show route terse`.
 *
 * Layout (from public captures) [R]: after the table's count line and legend, an empty line
 * and the column header `A V Destination        P Prf   Metric 1   Metric 2  Next hop        AS path`;
 * then per route: the active tag (column 0), the validation state `?` (column 2), the
 * destination (column 4, 19 wide; blank on a destination's further routes), the protocol letter
 * (column 23: D, L, S), the preference right-aligned ending at column 27, Metric 1 ending at
 * 38, Metric 2 at 49, then `>` at column 51 on the selected next hop and the next hop itself
 * from column 52: the gateway, or the interface name padded to 12 columns (captures keep those
 * trailing spaces), or `Local`, `Reject`, `Discard`, `Receive`, `Unusable` after a space.
 * Further next hops of a route go on lines of their own from column 51. A destination longer
 * than 18 columns stands alone after `A V ` and the route goes on below it from column 23 [U].
 * No AS path is shown: none of these protocols has one.
 */
import { ROUTE_LEGEND, tableHeader } from './route-table-header.js';
import type { RouteInformation, RouteNh, RtEntry } from './route-information.js';

const COLUMNS = 'A V Destination        P Prf   Metric 1   Metric 2  Next hop        AS path';
const LETTER: Readonly<Record<string, string>> = { Direct: 'D', Local: 'L', Static: 'S' };

function hopText(nh: RouteNh): string {
  const mark = nh['selected-next-hop'] === true ? '>' : ' ';
  if (nh['nh-local-interface'] !== undefined) return ' Local';
  return nh.to !== undefined ? `${mark}${nh.to}` : `${mark}${(nh.via ?? '').padEnd(12)}`;
}

function hopTexts(entry: RtEntry): string[] {
  const hops = (entry.nh ?? []).map(hopText);
  if (hops.length === 0 && entry['nh-type'] !== undefined) hops.push(` ${entry['nh-type']}`);
  return hops.length === 0 ? [''] : hops;
}

function entryLines(destination: string, entry: RtEntry, first: boolean): string[] {
  const tag = entry['active-tag'] ?? ' ';
  const columns =
    `${LETTER[entry['protocol-name']] ?? '?'} ${String(entry.preference).padStart(3)}` +
    `${(entry.metric === undefined ? '' : String(entry.metric)).padStart(11)}${''.padStart(11)} `;
  const [hop = '', ...more] = hopTexts(entry);
  const lines: string[] = [];
  if (first && destination.length > 18) lines.push(`${tag} ? ${destination}`, `${' '.repeat(23)}${columns}${hop}`);
  else lines.push(`${tag} ? ${(first ? destination : '').padEnd(19)}${columns}${hop}`);
  for (const other of more) lines.push(`${' '.repeat(51)}${other}`);
  return lines;
}

export function renderRoutesTerse(information: RouteInformation): string {
  let out = '';
  for (const table of information['route-table']) {
    out += `\n${tableHeader(table)}\n`;
    if (table.rt.length === 0) continue;
    out += `${ROUTE_LEGEND}\n\n${COLUMNS}\n`;
    for (const rt of table.rt) {
      rt['rt-entry'].forEach((entry, i) => {
        for (const line of entryLines(rt['rt-destination'], entry, i === 0)) out += `${line}\n`;
      });
    }
  }
  return out;
}
