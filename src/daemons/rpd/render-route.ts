/**
 * The Junos text of `show route` (brief, the default format), and the choice of renderer.
 *
 * Layout (from public captures of Junos 17.x-20.x; the release where `>  to` took two spaces
 * after `>` is not known to us, the two-space form is used) [R]:
 *
 *     (empty line)
 *     inet.0: 3 destinations, 3 routes (3 active, 0 holddown, 0 hidden)
 *     + = Active Route, - = Last Active, * = Both
 *     (empty line)
 *     10.255.0.0/24      *[Direct/0] 00:10:00
 *                         >  via fxp0.0
 *     10.255.0.11/32     *[Local/0] 00:10:00
 *                            Local via fxp0.0
 *
 * The destination takes 19 columns (a longer one stands alone on its line and the entry goes
 * on below from column 19); the active tag (`*`, or a space) is at column 19, `[` at 20; next
 * hops start at column 20 with `>` on the selected one; `Local via`, `Reject`, `Discard`,
 * `Receive` and `Unusable` at column 23. Every table starts with an empty line; a table with
 * nothing to show prints its count line only. The text ends with the last line's `\n`.
 */
import { renderRoutesDetail } from './render-route-detail.js';
import { renderRoutesTerse } from './render-route-terse.js';
import type { RouteInformation, RouteStyle, Rt, RtEntry } from './route-information.js';
import { ROUTE_LEGEND, tableHeader } from './route-table-header.js';

function nextHopLines(entry: RtEntry): string[] {
  const lines: string[] = [];
  for (const nh of entry.nh ?? []) {
    if (nh['nh-local-interface'] !== undefined) {
      lines.push(`${' '.repeat(23)}Local via ${nh['nh-local-interface']}`);
      continue;
    }
    const target = nh.to === undefined ? `via ${nh.via ?? ''}` : `to ${nh.to} via ${nh.via ?? ''}`;
    lines.push(`${' '.repeat(20)}${nh['selected-next-hop'] === true ? '>' : ' '}  ${target}`);
  }
  if (lines.length === 0 && entry['nh-type'] !== undefined) lines.push(`${' '.repeat(23)}${entry['nh-type']}`);
  return lines;
}

function rtLines(rt: Rt): string[] {
  const lines: string[] = [];
  rt['rt-entry'].forEach((entry, i) => {
    const metric = entry.metric === undefined ? '' : `, metric ${entry.metric}`;
    const body = `${entry['active-tag'] ?? ' '}[${entry['protocol-name']}/${entry.preference}] ${entry.age.text}${metric}`;
    const destination = rt['rt-destination'];
    if (i > 0) lines.push(`${' '.repeat(19)}${body}`);
    else if (destination.length >= 19) lines.push(destination, `${' '.repeat(19)}${body}`);
    else lines.push(`${destination.padEnd(19)}${body}`);
    lines.push(...nextHopLines(entry));
  });
  return lines;
}

export function renderRoutesBrief(information: RouteInformation): string {
  let out = '';
  for (const table of information['route-table']) {
    out += `\n${tableHeader(table)}\n`;
    if (table.rt.length === 0) continue;
    out += `${ROUTE_LEGEND}\n\n`;
    for (const rt of table.rt) out += rtLines(rt).map((line) => `${line}\n`).join('');
  }
  return out;
}

/** The text of `show route` in the given format. */
export function renderRoutes(information: RouteInformation, style: RouteStyle = 'brief'): string {
  if (style === 'terse') return renderRoutesTerse(information);
  if (style === 'detail') return renderRoutesDetail(information);
  return renderRoutesBrief(information);
}

/** What `show route` prints while rpd is not running (procedure.md 9.A9). */
export const ROUTING_NOT_RUNNING = 'the routing subsystem is not running';
