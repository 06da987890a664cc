import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bootedLab } from './test-router.js';

test('an RE\'s disk as the RPC layer reads it: files, folders, and writes under /var/tmp only', () => {
  const { clock, router } = bootedLab();
  const re0 = router.re('re0');
  assert.deepEqual(re0.listDiskFolder('/'), [
    { name: 'config', file: false },
    { name: 'var', file: false },
  ]);
  assert.deepEqual(re0.listDiskFolder('/config'), [{ name: 'juniper.conf.gz', file: true }]);
  assert.ok((re0.readDiskFile('/config/juniper.conf.gz')?.length ?? 0) > 0);
  assert.equal(re0.readDiskFile('/config/nothing'), undefined);
  assert.deepEqual(re0.listDiskFolder('/no/such/folder'), []);

  clock.advance(1500);
  assert.deepEqual(re0.writeDiskFile('/var/tmp/copy.txt', new TextEncoder().encode('x\n')), { ok: true });
  assert.equal(re0.diskFileTime('/var/tmp/copy.txt'), clock.now());
  assert.equal(new TextDecoder().decode(re0.readDiskFile('/var/tmp/copy.txt')), 'x\n');
  assert.equal(re0.diskFileTime('/config/juniper.conf.gz'), undefined, 'only what writeDiskFile wrote');
  assert.deepEqual(re0.writeDiskFile('/config/juniper.conf.gz', new Uint8Array()), { ok: false, message: '/config/juniper.conf.gz: only files under /var/tmp/ can be written' });
  assert.deepEqual(re0.writeDiskFile('/var/tmp/../../config/x', new Uint8Array()).ok, false);

  router.faults.failDisk('re0');
  assert.equal(re0.readDiskFile('/var/tmp/copy.txt'), undefined, 'a failed disk reads as empty');
  assert.deepEqual(re0.listDiskFolder('/var/tmp'), []);
  assert.deepEqual(re0.writeDiskFile('/var/tmp/again', new Uint8Array()), { ok: false, message: 'disk failure: /var/tmp/again' });
  router.shutdown();
});

test('power-down: a normal shutdown, logged, and the power stays off', () => {
  const { router } = bootedLab();
  const re1 = router.re('re1');
  assert.deepEqual(re1.halt('power-down'), { ok: true });
  assert.equal(re1.power, 'halted');
  assert.match(re1.messages().at(-1) ?? '', /shutdown: power-down by root:$/);
  re1.powerOn();
  assert.equal(re1.lastRebootReason, 'Router rebooted after a normal shutdown.');
  router.shutdown();
});
