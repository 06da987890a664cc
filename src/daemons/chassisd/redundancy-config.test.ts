import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandGroups } from '../../config/groups.js';
import { loadConfiguration } from '../../config/load.js';
import { junosSchema } from '../../schema/junos.js';
import { DEFAULT_REDUNDANCY, electionPriority, failoverDelayMs, preferredRole, readRedundancyConfig, type PlatformRedundancy } from './redundancy-config.js';

function read(text: string, re: 're0' | 're1' = 're0', platform: PlatformRedundancy = {}) {
  const { tree, issues } = loadConfiguration(text, junosSchema);
  assert.deepEqual(issues, []);
  return readRedundancyConfig(expandGroups(tree, { re }).tree, platform);
}

test('nothing configured: default roles, keepalive-time 300, no failover', () => {
  const config = read('system { host-name r1; }');
  assert.deepEqual(config, DEFAULT_REDUNDANCY);
  assert.equal(preferredRole(config, 0), 'master');
  assert.equal(preferredRole(config, 1), 'backup');
  assert.equal(failoverDelayMs(config), undefined);
});

test('every redundancy statement is read', () => {
  const config = read(
    'chassis { redundancy { routing-engine 0 backup; routing-engine 1 master; failover { on-loss-of-keepalives; on-disk-failure; } keepalive-time 25; } }',
  );
  assert.deepEqual(config, {
    roles: { 0: 'backup', 1: 'master' },
    failoverOnLossOfKeepalives: true,
    failoverOnDiskFailure: true,
    keepaliveTime: 25,
    gracefulSwitchover: false,
  });
  assert.equal(failoverDelayMs(config), 25_000);
});

test('graceful-switchover fixes the failover at 2 s', () => {
  assert.equal(failoverDelayMs(read('chassis { redundancy { graceful-switchover; } }')), 2000);
  assert.equal(failoverDelayMs(read('chassis { redundancy { failover on-loss-of-keepalives; graceful-switchover; } }')), 2000);
});

test('a slot without a statement takes the role opposite to the other slot', () => {
  const config = read('chassis { redundancy { routing-engine 1 master; } }');
  assert.equal(preferredRole(config, 0), 'backup');
  assert.deepEqual(electionPriority(config, 0), { role: 'backup', isDefault: true });
  assert.deepEqual(electionPriority(config, 1), { role: 'master', isDefault: false });
  assert.equal(preferredRole(read('chassis { redundancy { routing-engine 0 disabled; } }'), 1), 'master');
});

test('inactive statements do not count; groups apply per RE', () => {
  assert.equal(read('chassis { redundancy { inactive: graceful-switchover; } }').gracefulSwitchover, false);
  const text = 'groups { re1 { chassis { redundancy { keepalive-time 40; } } } } apply-groups re1;';
  assert.equal(read(text, 're0').keepaliveTime, 300);
  assert.equal(read(text, 're1').keepaliveTime, 40);
});

test('a platform may force GRES and disk failover', () => {
  const config = read('system { host-name r1; }', 're0', { gresAlwaysOn: true, diskFailoverAlwaysOn: true });
  assert.equal(config.gracefulSwitchover, true);
  assert.equal(config.failoverOnDiskFailure, true);
});
