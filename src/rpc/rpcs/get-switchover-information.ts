/**
 * `get-switchover-information` — `show system switchover` (spec §4.2, procedure 7.4; RPC name
 * from NETCONF-PERL's map [C]): on the backup RE, whether graceful switchover is on and whether
 * the backup is ready to take over; chassisd decides the values (`switchoverInformation`).
 *
 * Text [C]: `Graceful switchover: On`, `Configuration database: Ready`,
 * `Kernel database: Ready`, `Switchover Status: Ready`; with GRES off the first line only
 * (`Graceful switchover: Off`).
 * XML: `<switchover-information>` holding `<switchover-state>` [R: PyEZ reads it] then
 * `<configuration-database-state>`, `<kernel-database-state>`, `<switchover-status>` [U names,
 * chassisd's], no namespace of its own [U].
 * On the master (procedure 9.A12, not exercised there) chassisd's placeholder refusal, as an
 * error: `error: command is not valid on the master routing engine` [U].
 */
import type { SwitchoverInformation } from '../../daemons/chassisd/index.js';
import { defineRpc } from '../rpc-definition.js';
import { element, leaf, optionalLeaf } from '../rpc-element.js';
import { rpcError } from '../rpc-error.js';

const withoutErrorPrefix = (message: string): string => message.replace(/^error: /, '');

export const getSwitchoverInformation = defineRpc<SwitchoverInformation>({
  name: 'get-switchover-information',
  commands: [{ words: ['show', 'system', 'switchover'], help: 'Display graceful switchover information' }],
  arguments: [],
  run: (view) => {
    const answer = view.switchoverInformation();
    if (answer.kind === 'not-on-master') return { ok: false, errors: [rpcError(withoutErrorPrefix(answer.message))] };
    return { ok: true, data: answer.information };
  },
  element: (info) =>
    element('switchover-information', [
      leaf('switchover-state', info['switchover-state']),
      optionalLeaf('configuration-database-state', info['configuration-database-state']),
      optionalLeaf('kernel-database-state', info['kernel-database-state']),
      optionalLeaf('switchover-status', info['switchover-status']),
    ]),
  text: (info) => {
    const lines = [`Graceful switchover: ${info['switchover-state']}`];
    if (info['configuration-database-state'] !== undefined) lines.push(`Configuration database: ${info['configuration-database-state']}`);
    if (info['kernel-database-state'] !== undefined) lines.push(`Kernel database: ${info['kernel-database-state']}`);
    if (info['switchover-status'] !== undefined) lines.push(`Switchover Status: ${info['switchover-status']}`);
    return `${lines.join('\n')}\n`;
  },
});
