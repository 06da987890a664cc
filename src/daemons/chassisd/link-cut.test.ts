import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pair, redundancy } from './test-pair.js';

function running(config: string) {
  const fixture = pair();
  fixture.bootBoth(redundancy(config));
  fixture.clock.advance(600_000);
  return fixture;
}

test('a cut link with GRES: the backup takes over after 2 s, both are master until the link returns', () => {
  const { re0, re1, link, clock } = running('set chassis redundancy graceful-switchover');
  link.cut();
  re0.linkDown();
  re1.linkDown();
  clock.advance(1999);
  assert.equal(re1.role, 'backup');
  clock.advance(1);
  assert.deepEqual([re0.role, re1.role], ['master', 'master'], 'neither can tell the other');
  clock.advance(2000);
  assert.deepEqual(
    re0.alarms.map((alarm) => alarm.description),
    ['Loss of communication with Backup RE'],
  );
  assert.deepEqual(
    re1.alarms.map((alarm) => alarm.description),
    ['Backup RE Active', 'Loss of communication with Backup RE'],
  );
  clock.advance(60_000);
  link.restore();
  re0.linkUp();
  re1.linkUp();
  clock.advance(1000);
  // The later master (re1, which took over) keeps mastership; re0 steps down.
  assert.deepEqual([re0.role, re1.role], ['backup', 'master']);
  assert.equal(re0.alarms.length, 0);
  assert.deepEqual(
    re1.alarms.map((alarm) => alarm.description),
    ['Backup RE Active'],
  );
  assert.ok(re0.log.some((line) => line.endsWith('CHASSISD_RE_MASTERSHIP_CHANGE: Routing Engine 0 is backup (mastership conflict, graceful-switchover)')));
  assert.ok(re0.log.some((line) => line.endsWith('/kernel: mastership: routing engine 0 becoming backup, routing engine 1 is master')));
  clock.advance(600_000);
  assert.deepEqual([re0.role, re1.role], ['backup', 'master'], 'and it stays so');
});

test('a cut link without failover: the master raises the alarm, the backup waits, the alarm clears on restore', () => {
  const { re0, re1, link, clock } = running('');
  link.cut();
  clock.advance(3999);
  assert.equal(re0.alarms.length, 0);
  clock.advance(1);
  assert.deepEqual(
    re0.alarms.map((alarm) => alarm.description),
    ['Loss of communication with Backup RE'],
  );
  clock.advance(3600_000);
  assert.deepEqual([re0.role, re1.role], ['master', 'backup']);
  link.restore();
  clock.advance(1000);
  assert.deepEqual(re0.alarms, []);
  assert.deepEqual([re0.role, re1.role], ['master', 'backup']);
});

test('a cut link with keepalive failover: takeover after keepalive-time, the old master steps down on restore', () => {
  const { re0, re1, link, clock } = running('set chassis redundancy failover on-loss-of-keepalives\nset chassis redundancy keepalive-time 60');
  link.cut();
  clock.advance(60_000);
  assert.deepEqual([re0.role, re1.role], ['master', 'master']);
  link.restore();
  clock.advance(1000);
  assert.deepEqual([re0.role, re1.role], ['backup', 'master']);
});

test('a switch while the link is down is refused on the master', () => {
  const { re0, link, clock } = running('');
  link.cut();
  re0.linkDown();
  clock.advance(500);
  assert.deepEqual(re0.prepare('switch'), { kind: 'refused', lines: ['error: Other routing-engine not responding'] });
});
