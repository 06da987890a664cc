import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfiguration } from '../config/load.js';
import { renderText } from '../config/render-text.js';
import { junosSchema } from '../schema/junos.js';
import { kernelView, reached } from './boot-stages.js';

test('before dcd the kernel sees only the management interface; afterwards the whole configuration', () => {
  const { tree } = loadConfiguration(
    'set system backup-router 10.255.0.1\nset interfaces fxp0 unit 0 family inet address 10.255.0.11/24\nset interfaces ge-0/0/0 unit 0 family inet address 192.0.2.1/24\nset interfaces lo0 unit 0 family inet address 192.0.2.9/32',
    junosSchema,
  );
  const early = renderText(kernelView(tree, 'fxp0', 'kernel'));
  assert.match(early, /fxp0/);
  assert.match(early, /backup-router 10\.255\.0\.1;/);
  assert.doesNotMatch(early, /ge-0\/0\/0|lo0/);
  assert.equal(kernelView(tree, 'fxp0', 'up'), tree);
  assert.match(renderText(tree), /ge-0\/0\/0/, 'the committed tree is untouched');
  assert.equal(reached('chassisd', 'mgd'), true);
  assert.equal(reached('mgd', 'up'), false);
});
