import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ConfigNode } from '../../config/node.js';
import { sha512Crypt } from '../../lib/sha512-crypt.js';
import { bootedLab, commitFrom } from '../../router/test-router.js';
import { checkPassword, type Login } from './authenticate.js';
import { cachedCheckPassword, LoginCache, type PasswordCheck } from './login-cache.js';

/** A check that knows `lab`/`lab123` and `ann`/`ann123` and counts its calls. */
function countingCheck(): { check: PasswordCheck; calls: string[] } {
  const calls: string[] = [];
  const check: PasswordCheck = (_config, user, password) => {
    calls.push(user);
    return password === `${user}123` && (user === 'lab' || user === 'ann') ? ({ user } as Login) : undefined;
  };
  return { check, calls };
}

const configA = {} as ConfigNode;
const configB = {} as ConfigNode;

test('a successful check is remembered per configuration, user and password', () => {
  const { check, calls } = countingCheck();
  const cache = new LoginCache({ check });
  const first = cache.check(configA, 'lab', 'lab123');
  assert.equal(first?.user, 'lab');
  assert.equal(cache.check(configA, 'lab', 'lab123'), first);
  assert.deepEqual(calls, ['lab']);
  assert.equal(cache.check(configA, 'ann', 'ann123')?.user, 'ann', 'another user is checked on its own');
  assert.equal(cache.check(configB, 'lab', 'lab123')?.user, 'lab', 'another configuration (a commit) checks again');
  assert.deepEqual(calls, ['lab', 'ann', 'lab']);
});

test('failures are never remembered, and a known login does not open another password or user', () => {
  const { check, calls } = countingCheck();
  const cache = new LoginCache({ check });
  assert.equal(cache.check(configA, 'lab', 'wrong'), undefined);
  assert.equal(cache.check(configA, 'lab', 'wrong'), undefined);
  assert.ok(cache.check(configA, 'lab', 'lab123'));
  assert.equal(cache.check(configA, 'lab', 'lab1234'), undefined);
  assert.equal(cache.check(configA, 'ann', 'lab123'), undefined);
  // `user:password` boundaries cannot be shifted: ('la', 'b…') is not ('lab', '…').
  assert.equal(cache.check(configA, 'la', 'blab123'), undefined);
  assert.deepEqual(calls, ['lab', 'lab', 'lab', 'lab', 'ann', 'la']);
});

test('bounded: the least recently used login goes first; clear forgets everything', () => {
  const { check, calls } = countingCheck();
  const anyone: PasswordCheck = (config, user, password) => (user === 'cy' ? ({ user } as Login) : check(config, user, password));
  const cache = new LoginCache({ check: anyone, limit: 2 });
  cache.check(configA, 'lab', 'lab123');
  cache.check(configA, 'ann', 'ann123');
  cache.check(configA, 'lab', 'lab123'); // lab is now the most recent
  cache.check(configA, 'lab', 'lab12'); // a failure takes no room
  cache.check(configA, 'cy', 'x'); // evicts ann
  calls.length = 0;
  cache.check(configA, 'lab', 'lab123');
  cache.check(configA, 'ann', 'ann123');
  assert.deepEqual(calls, ['ann']);
  cache.clear();
  cache.check(configA, 'ann', 'ann123');
  assert.deepEqual(calls, ['ann', 'ann']);
});

test('the shared cache answers what checkPassword answers, and a commit that changes the password ends the old one', async () => {
  const { router } = bootedLab();
  const re = router.re('re0');
  const before = re.expanded() as ConfigNode;
  assert.deepEqual(cachedCheckPassword(before, 'lab', 'lab123'), checkPassword(before, 'lab', 'lab123'));
  assert.deepEqual(cachedCheckPassword(before, 'lab', 'lab123'), checkPassword(before, 'lab', 'lab123'));
  assert.equal(cachedCheckPassword(before, 'lab', 'nope'), undefined);
  assert.equal(cachedCheckPassword(before, 'nobody', 'lab123'), undefined);
  const hash = sha512Crypt('new-secret', { salt: 'retwin01' });
  await commitFrom(re, `set system login user lab authentication encrypted-password "${hash}"`);
  const after = re.expanded() as ConfigNode;
  assert.notEqual(after, before);
  assert.equal(cachedCheckPassword(after, 'lab', 'lab123'), undefined);
  assert.equal(cachedCheckPassword(after, 'lab', 'new-secret')?.user, 'lab');
});
