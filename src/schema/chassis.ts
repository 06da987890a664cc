/**
 * `[edit chassis]`: Routing Engine redundancy (roles, failover triggers, keepalive time, GRES).
 */
import { container, flag, integer, leaf, list } from './define.js';
import type { StatementDef } from './types.js';

const role = (name: string, help: string): StatementDef => flag(name, help, { choice: 'role' });

export const chassis: StatementDef = container('chassis', 'Chassis configuration', [
  container('redundancy', 'Redundancy options', [
    list('routing-engine', 'Redundancy options for Routing Engines', integer(0, 1), [
      role('master', 'Master Routing Engine'),
      role('backup', 'Backup Routing Engine'),
      role('disabled', 'Routing Engine disabled'),
    ], { oneliner: 'always' }),
    container('failover', 'Failover to other Routing Engine', [
      flag('on-loss-of-keepalives', 'Failover on loss of keepalives'),
      flag('on-disk-failure', 'Failover on disk failure'),
    ]),
    leaf('keepalive-time', 'Time before Routing Engine failover', integer(2, 10000), { units: 'seconds', default: '300' }),
    container('graceful-switchover', 'Enable graceful switchover on supported hardware', [], { noGroups: true }),
  ]),
]);
