import assert from 'node:assert/strict';
import { test } from 'node:test';
import { verifySha512Crypt } from '../lib/sha512-crypt.js';
import { prepareInitialConfig } from './initial-config.js';
import { CHASSIS_MODELS } from './models/models.js';
import { DEFAULT_PASSWORD, factoryDefaultConfig, LAB_PASSWORD_HASH, ROOT_PASSWORD_HASH, starterConfig } from './starter-config.js';

test('the starter configuration of every model passes the commit checks on both REs, without warnings', () => {
  for (const model of CHASSIS_MODELS) {
    const prepared = prepareInitialConfig(starterConfig('r1', model), model);
    assert.equal(prepared.ok, true, model.name);
    assert.deepEqual(prepared.ok && prepared.warnings, [], model.name);
  }
});

test('the default password hashes are real SHA-512 crypt hashes of the documented password', () => {
  assert.equal(verifySha512Crypt(DEFAULT_PASSWORD, LAB_PASSWORD_HASH), true);
  assert.equal(verifySha512Crypt(DEFAULT_PASSWORD, ROOT_PASSWORD_HASH), true);
});

test('the factory default holds only the syslog settings and parses', () => {
  const model = CHASSIS_MODELS[0];
  assert.ok(model !== undefined);
  const prepared = prepareInitialConfig(factoryDefaultConfig(model), model, false);
  assert.equal(prepared.ok, true);
  assert.deepEqual(prepared.ok && prepared.tree.children.map((child) => child.name), ['version', 'system']);
});
