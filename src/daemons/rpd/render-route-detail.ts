/**
 * The Junos text of `show route detail`.
 *
 * Layout (from public captures) [R]: an empty line, the table's count line, then per
 * destination `10.0.0.2/32 (1 entry, 1 announced)` (destinations separated by an empty line),
 * and per route a line `        *Static Preference: 5` (8 spaces, the active tag, the protocol
 * padded to 6) followed by its fields indented 16 columns:
 *
 *                 Next hop type: Router, Next hop index: 0
 *                 Next-hop reference count: 2
 *                 Next hop: 10.255.0.1 via fxp0.0, selected
 *                 State: <Active Int Ext>
 *                 Age: 2:34
 *                 Task: RT
 *                 Announcement bits (1): 0-KRT
 *                 AS path: I
 *
 * A Local route shows `Interface: fxp0.0` in place of next hops; an inactive route adds
 * `Inactive reason: Route Preference` after its state. Fields a real rpd prints from its memory
 * (`Address: 0x...`, `Session Id`) and `Validation State`, `Local AS` are left out [U].
 */
import { tableHeader } from './route-table-header.js';
import type { RouteInformation, Rt, RtEntry } from './route-information.js';

const INDENT = ' '.repeat(16);

function entryLines(entry: RtEntry): string[] {
  const lines = [`        ${entry['active-tag'] ?? ' '}${entry['protocol-name'].padEnd(6)} Preference: ${entry.preference}`];
  const field = (text: string): void => {
    lines.push(`${INDENT}${text}`);
  };
  field(`Next hop type: ${entry['nh-type'] ?? 'Router'}, Next hop index: ${entry['nh-index'] ?? 0}`);
  field(`Next-hop reference count: ${entry['nh-reference-count'] ?? 1}`);
  for (const nh of entry.nh ?? []) {
    if (nh['nh-local-interface'] !== undefined) {
      field(`Interface: ${nh['nh-local-interface']}`);
      continue;
    }
    const target = nh.to === undefined ? `via ${nh.via ?? ''}` : `${nh.to} via ${nh.via ?? ''}`;
    field(`Next hop: ${target}${nh['selected-next-hop'] === true ? ', selected' : ''}`);
  }
  field(`State: <${entry['rt-entry-state'] ?? ''}>`);
  if (entry['inactive-reason'] !== undefined) field(`Inactive reason: ${entry['inactive-reason']}`);
  field(`Age: ${entry.age.text}${entry.metric === undefined ? '' : ` \tMetric: ${entry.metric}`}`);
  if (entry['task-name'] !== undefined) field(`Task: ${entry['task-name']}`);
  if (entry['announce-bits'] !== undefined) field(`Announcement bits (${entry['announce-bits']}): ${entry['announce-tasks'] ?? ''}`);
  if (entry['as-path'] !== undefined) field(entry['as-path']);
  return lines;
}

function rtLines(rt: Rt): string[] {
  const count = rt['rt-entry-count']?.format ?? `${rt['rt-entry'].length} entries`;
  return [`${rt['rt-destination']} (${count}, ${rt['rt-announced-count'] ?? 0} announced)`, ...rt['rt-entry'].flatMap(entryLines)];
}

export function renderRoutesDetail(information: RouteInformation): string {
  let out = '';
  for (const table of information['route-table']) {
    out += `\n${tableHeader(table)}\n`;
    out += table.rt.map((rt) => rtLines(rt).join('\n') + '\n').join('\n');
  }
  return out;
}
