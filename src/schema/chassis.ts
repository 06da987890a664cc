/**
 * `[edit chassis]`: Routing Engine redundancy only (roles, failover triggers, keepalive time,
 * graceful switchover). Written `routing-engine 0 master;` on one line.
 *
 * Names, order and ranges follow Junos (YANG module junos-conf-chassis); help texts are ours.
 */
import { choiceOfFlags, container, flag, integer, leaf, list, presence } from './define.js';
import type { StatementDef } from './types.js';

const redundancy = container('redundancy', 'Redundancy of Routing Engines', [
  list(
    'routing-engine',
    'Role of a Routing Engine slot',
    integer(0, 1),
    choiceOfFlags('priority', [
      ['master', 'Preferred master'],
      ['backup', 'Preferred backup'],
      ['disabled', 'Never becomes master'],
    ]),
    { oneliner: 'always' },
  ),
  presence('failover', 'Events that make the backup take over', [
    flag('on-loss-of-keepalives', 'When keepalives from the master stop'),
    flag('on-re-to-fpc-stale', 'When the master loses touch with the line cards'),
    flag('on-disk-failure', 'When the master reports a disk failure'),
    flag('not-on-disk-underperform', 'Not when the disk is merely slow'),
    leaf('disk-read-threshold', 'Read speed below which the disk counts as slow', integer(1000, 10000)),
    leaf('disk-write-threshold', 'Write speed below which the disk counts as slow', integer(1000, 10000)),
    flag('on-loss-of-vm-host-connection', 'When the master loses its VM host (VM-host platforms)'),
  ]),
  leaf('keepalive-time', 'Seconds without keepalives before the backup takes over', integer(2, 10000), { units: 'seconds', default: '300' }),
  presence('graceful-switchover', 'Keep forwarding state across a switchover (GRES)'),
]);

export const chassis: StatementDef = container('chassis', 'Chassis settings', [redundancy]);
