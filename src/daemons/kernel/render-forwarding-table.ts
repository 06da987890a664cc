/**
 * The Junos text of `show route forwarding-table`.
 *
 * Owns the layout (spec §7.3, column offsets taken from real rows): per table the lines
 * `Routing table: default.inet`, `Internet:` and the header, then one line per entry:
 * Destination from column 0 (a destination of 19 characters or more stands alone on its line
 * and the entry goes on below it from column 19, as real inet6 captures show), route Type at 19,
 * RtRef right-aligned ending at column 28, Next hop at 30, next-hop Type at 49, Index
 * right-aligned ending at 61, NhRef ending at 67, Netif at 69 (nothing after NhRef when there is
 * no Netif). Tables are separated by an empty line [U]. Lines end with `\n`; the output ends
 * with the last entry's line.
 */
import type { ForwardingEntry, ForwardingTableInformation } from './forwarding-types.js';

const HEADER = 'Destination        Type RtRef Next hop           Type Index    NhRef Netif';

function entryLine(entry: ForwardingEntry): string {
  const destination = entry['rt-destination'];
  const lead = destination.length >= 19 ? `${destination}\n${' '.repeat(19)}` : destination.padEnd(19);
  const nh = entry.nh;
  const hop = nh.to ?? '';
  const line =
    lead +
    entry['destination-type'].padEnd(4) +
    ' ' +
    String(entry['route-reference-count']).padStart(5) +
    ' ' +
    (hop.length >= 19 ? `${hop} ` : hop.padEnd(19)) +
    nh['nh-type'].padEnd(4) +
    String(nh['nh-index']).padStart(9) +
    String(nh['nh-reference-count']).padStart(6);
  return nh.via === undefined ? line : `${line} ${nh.via}`;
}

export function renderForwardingTable(information: ForwardingTableInformation): string {
  return information['route-table']
    .map((table) => [`Routing table: ${table['table-name']}`, `${table['address-family']}:`, HEADER, ...table['rt-entry'].map(entryLine)].join('\n') + '\n')
    .join('\n');
}
