import assert from 'node:assert/strict';
import { test } from 'node:test';
import { junosSchema } from '../../schema/junos.js';
import { loadConfiguration } from '../load.js';
import type { ConfigNode } from '../node.js';
import { editPathOf, statementOf, walkActive } from './active.js';

function load(text: string): ConfigNode {
  const { tree, issues } = loadConfiguration(text, junosSchema);
  assert.deepEqual(issues, []);
  return tree;
}

test('the walk skips inactive subtrees and the groups, and names each level as Junos does', () => {
  const tree = load([
    'set groups re0 system host-name r1-re0',
    'set system login user lab class super-user',
    'set system backup-router 10.255.0.1 destination 10.0.0.0/8',
    'set interfaces fxp0 unit 0 family inet address 10.255.0.11/24',
    'set interfaces ge-0/0/0 unit 0 description spare',
    'deactivate interfaces ge-0/0/0',
  ].join('\n'));
  const seen: string[] = [];
  walkActive(tree, (node, chain) => seen.push(`[${editPathOf(chain).join(' ')}] ${statementOf(node)}`));
  assert.deepEqual(seen, [
    '[] system',
    '[system] login',
    '[system login] user lab',
    '[system login user lab] class super-user',
    '[system] backup-router 10.255.0.1',
    '[system backup-router] 10.255.0.1',
    '[system backup-router] destination',
    '[] interfaces',
    '[interfaces] fxp0',
    '[interfaces fxp0] unit 0',
    '[interfaces fxp0 unit 0] family',
    '[interfaces fxp0 unit 0 family] inet',
    '[interfaces fxp0 unit 0 family inet] address 10.255.0.11/24',
  ]);
});
