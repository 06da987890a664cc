/**
 * `get-bridge-mac-table` — `show bridge mac-table [count]`: the MAC addresses the bridge
 * domains learned. retwin configures no bridge domains, so the table is always empty; what
 * matters is who answers, because PyEZ's `switch_style` fact asks
 * `<command>show bridge mac-table count</command>` (clients.md §2.2 #11, §2.3) and reads the
 * answer's shape:
 * - an MX's master RE answers the empty `<l2ald-rtb-mac-count>` (PyEZ fixture `bd_command.xml`)
 *   in the l2ald namespace `…/junos-l2al` (public captures of other l2ald replies) → PyEZ says
 *   `BRIDGE_DOMAIN`, as published MX facts do;
 * - the backup RE has no l2-learning daemon running: `error: the l2-learning subsystem is not
 *   running` (the message PyEZ matches to say `BRIDGE_DOMAIN` there too, clients.md §2.3);
 * - Junos OS Evolved (the PTX10008) has no bridge domains: `syntax error` at `bridge`, what
 *   PyEZ reads as `NONE` [U: PyEZ's source says a PTX refuses the CLI command this way].
 * Text: nothing (no bridge domain, no line) [U]. Without `count` the empty table is
 * `<l2ald-rtb-macdb>` [U].
 */
import { replyNamespace } from '../junos-format.js';
import { defineRpc } from '../rpc-definition.js';
import { element } from '../rpc-element.js';
import { rpcError, syntaxError } from '../rpc-error.js';

export const L2_LEARNING_NOT_RUNNING = 'the l2-learning subsystem is not running';

export interface BridgeMacTable {
  readonly count: boolean;
}

export const getBridgeMacTable = defineRpc<BridgeMacTable>({
  name: 'get-bridge-mac-table',
  commands: [{ words: ['show', 'bridge', 'mac-table'], help: 'Show media access control table' }],
  arguments: [{ kind: 'flag', name: 'count', help: 'Display count of MAC addresses' }],
  run: (view, args) => {
    if (view.model().os === 'junos-evolved') return { ok: false, errors: [syntaxError('bridge')] };
    if (view.role() !== 'master') return { ok: false, errors: [rpcError(L2_LEARNING_NOT_RUNNING)] };
    return { ok: true, data: { count: args.count === true } };
  },
  element: (data, release) => element(data.count ? 'l2ald-rtb-mac-count' : 'l2ald-rtb-macdb', [], [['xmlns', replyNamespace(release, 'l2al')]]),
  text: () => '',
});
