import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planCommit, planRoleChange } from './role-plan.js';

test('becoming master sets the kernel role and starts rpd, or turns a standby rpd active', () => {
  assert.deepEqual(planRoleChange({ to: 'master', nsr: false, rpd: 'down' }), [
    { type: 'kernel-role', role: 'master' },
    { type: 'rpd-start', mode: 'active' },
  ]);
  assert.deepEqual(planRoleChange({ to: 'master', nsr: true, rpd: 'up' }), [
    { type: 'kernel-role', role: 'master' },
    { type: 'rpd-mode', mode: 'active' },
  ]);
});

test('leaving mastership stops rpd, or puts it in standby with NSR; a backup with NSR starts it in standby', () => {
  assert.deepEqual(planRoleChange({ to: 'backup', nsr: false, rpd: 'up' }), [
    { type: 'kernel-role', role: 'backup' },
    { type: 'rpd-cancel-start' },
    { type: 'rpd-stop' },
  ]);
  assert.deepEqual(planRoleChange({ to: 'backup', nsr: true, rpd: 'up' }).at(-1), { type: 'rpd-mode', mode: 'standby' });
  assert.deepEqual(planRoleChange({ to: 'backup', nsr: true, rpd: 'down' }).slice(2), [{ type: 'rpd-start', mode: 'standby' }]);
  assert.deepEqual(planRoleChange({ to: 'disabled', nsr: true, rpd: 'crashed' }), [
    { type: 'kernel-role', role: 'backup' },
    { type: 'rpd-cancel-start' },
  ]);
  assert.deepEqual(planRoleChange({ to: 'none', nsr: false, rpd: 'up' }), []);
});

test('a commit turning NSR on or off starts or stops the backup\'s standby rpd', () => {
  assert.deepEqual(planCommit('backup', true, 'down', false), [{ type: 'rpd-start', mode: 'standby' }]);
  assert.deepEqual(planCommit('backup', true, 'down', true), []);
  assert.deepEqual(planCommit('backup', false, 'up', false), [{ type: 'rpd-cancel-start' }, { type: 'rpd-stop' }]);
  assert.deepEqual(planCommit('master', false, 'up', false), []);
});
