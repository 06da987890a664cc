import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SimulatedClock } from '../lib/clock.js';
import { createRouter } from './router.js';
import { commitFrom, committedText, historyOf, MORNING } from './test-router.js';

test('a router created again on the same state directory boots on its committed configurations and rollbacks', async () => {
  const stateDir = mkdtempSync(join(tmpdir(), 'retwin-router-'));
  try {
    const clock = new SimulatedClock(MORNING);
    const first = createRouter({ name: 'r1', clock, stateDir });
    first.boot();
    clock.advance(10_000);
    assert.match(await commitFrom(first.re('re0'), 'set system domain-name example.net'), /^re0:/);
    clock.advance(60_000);
    await commitFrom(first.re('re0'), 'set system name-server 10.20.0.53');
    const before = { re0: committedText(first.re('re0')), re1: committedText(first.re('re1')) };
    first.shutdown();
    assert.equal(first.re('re0').power, 'halted');

    clock.advance(3600_000);
    const again = createRouter({ name: 'r1', clock, stateDir, initialConfig: 'set system host-name ignored' });
    again.boot();
    clock.advance(10_000);
    for (const slot of ['re0', 're1'] as const) {
      const re = again.re(slot);
      assert.equal(committedText(re), before[slot]);
      assert.deepEqual(historyOf(re), ['lab via cli', 'lab via cli', 'root via other']);
      assert.equal(re.lastRebootReason, 'Router rebooted after a normal shutdown.');
      assert.match(re.database?.rollbackFileText(1) ?? '', /domain-name example\.net;/);
      assert.doesNotMatch(re.database?.rollbackFileText(1) ?? '', /name-server/);
    }
    assert.equal(again.master()?.slot, 're0');
    again.shutdown();
  } finally {
    rmSync(stateDir, { recursive: true, force: true });
  }
});
