import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PeerMessage } from './mastership-events.js';
import { step } from './mastership-machine.js';
import { initialState, type MastershipState } from './mastership-state.js';
import { DEFAULT_REDUNDANCY } from './redundancy-config.js';

const T0 = Date.UTC(2024, 2, 11, 9, 0, 0);

function booted(peerPresent = true): MastershipState {
  return step(initialState(0), { type: 'boot', at: T0, config: DEFAULT_REDUNDANCY, peerPresent }).state;
}

const keepalive = (role: 'master' | 'backup' | 'none', extra: Partial<Extract<PeerMessage, { type: 'keepalive' }>> = {}): PeerMessage => ({
  type: 'keepalive',
  from: 1,
  role,
  preference: role === 'master' ? 'master' : 'backup',
  bootedAt: T0,
  masterSince: role === 'master' ? T0 : undefined,
  ...extra,
});

test('a step never changes the state it is given', () => {
  const before = booted();
  const snapshot = structuredClone(before);
  const result = step(before, { type: 'message', at: T0 + 10, message: keepalive('backup') });
  assert.deepEqual(before, snapshot);
  assert.notEqual(result.state, before);
  assert.equal(result.state.role, 'master');
});

test('booting with the other slot occupied: wait for it, send a keepalive, tick every second', () => {
  const { state, effects } = step(initialState(0), { type: 'boot', at: T0, config: DEFAULT_REDUNDANCY, peerPresent: true });
  assert.equal(state.role, 'none');
  assert.deepEqual(effects, [
    { type: 'set-timer', timer: 'keepalive', at: T0 + 1000 },
    { type: 'set-timer', timer: 'election', at: T0 + 2000 },
    { type: 'send', message: { type: 'keepalive', from: 0, role: 'none', preference: 'master', bootedAt: T0, masterSince: undefined } },
  ]);
});

test('the keepalive timer sends a keepalive carrying the role and sets the next one', () => {
  const master = step(booted(false), { type: 'timer', at: T0 + 1000, timer: 'keepalive' });
  assert.deepEqual(master.effects, [
    { type: 'send', message: { type: 'keepalive', from: 0, role: 'master', preference: 'master', bootedAt: T0, masterSince: T0 } },
    { type: 'set-timer', timer: 'keepalive', at: T0 + 2000 },
  ]);
});

test('a timer that fires after it was moved or cancelled is ignored', () => {
  const state = booted();
  const early = step(state, { type: 'timer', at: T0 + 500, timer: 'election' });
  assert.equal(early.state.role, 'none');
  assert.deepEqual(early.effects, []);
  const cancelled = step(state, { type: 'timer', at: T0 + 5000, timer: 'failover' });
  assert.deepEqual(cancelled.effects, []);
});

test('an electing RE yields to a peer that is already master, and gets its failover armed', () => {
  const { state, effects } = step(booted(), { type: 'message', at: T0 + 300, message: keepalive('master') });
  assert.equal(state.role, 'backup');
  assert.equal(state.lastMasterKeepaliveAt, T0 + 300);
  const roleChange = effects.find((effect) => effect.type === 'role-changed');
  assert.deepEqual(roleChange, { type: 'role-changed', from: 'none', to: 'backup', reason: { kind: 'election' }, graceful: false });
  // No failover configured: only the 20-second silence report is scheduled.
  assert.equal(state.timers.failover, undefined);
  assert.equal(state.timers['silence-report'], T0 + 20_300);
});

test('two masters: the one that became master later keeps it', () => {
  const master = booted(false); // master since T0
  const older = step(master, { type: 'message', at: T0 + 5000, message: keepalive('master', { masterSince: T0 - 1 }) });
  assert.equal(older.state.role, 'master');
  assert.ok(older.effects.some((effect) => effect.type === 'send' && effect.message.type === 'mastership-taken'));
  const newer = step(master, { type: 'message', at: T0 + 5000, message: keepalive('master', { masterSince: T0 + 1 }) });
  assert.equal(newer.state.role, 'backup');
});

test('a halted RE stops every timer, drops its alarms and hears nothing', () => {
  const lone = booted();
  const elected = step(lone, { type: 'timer', at: T0 + 2000, timer: 'election' }).state;
  assert.equal(elected.alarms.length, 1);
  const halted = step(elected, { type: 'halt', at: T0 + 3000 });
  assert.equal(halted.state.role, 'none');
  assert.ok(Object.values(halted.state.timers).every((due) => due === undefined));
  assert.deepEqual(halted.state.alarms, []);
  const after = step(halted.state, { type: 'message', at: T0 + 3500, message: keepalive('master') });
  assert.deepEqual(after.effects, []);
  assert.equal(after.state.role, 'none');
});
