import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_PASSWORD, LAB_PASSWORD_HASH } from '../../router/starter-config.js';
import { checkPassword } from './authenticate.js';
import { expandedConfig, starterExpanded } from './testing/configs.js';

const SHA256_LAB = '$5$Rt1wIn.x$Xv8BPWl8rpuUPkvy/U5yCxtEl6.Br.FfA4gOCg3Nku7';
const MD5_LAB = '$1$Rt1wIn.x$JTi0FOJiKiGwukYDrZP9a/';

test('the starter configuration lets lab and root in with the documented password', () => {
  const config = starterExpanded();
  const lab = checkPassword(config, 'lab', DEFAULT_PASSWORD);
  assert.ok(lab !== undefined);
  assert.equal(lab.user, 'lab');
  assert.equal(lab.uid, 2000);
  assert.equal(lab.className, 'super-user');
  assert.equal(lab.reportedClass, 'j-super-user');
  assert.equal(lab.fullName, undefined);
  assert.deepEqual([...lab.permissions.flags], ['all']);
  const root = checkPassword(config, 'root', DEFAULT_PASSWORD);
  assert.ok(root !== undefined);
  assert.equal(root.uid, 0);
  assert.equal(root.className, 'super-user');
  assert.equal(root.reportedClass, 'super-user');
});

test('wrong passwords, unknown users and near misses are refused', () => {
  const config = starterExpanded();
  assert.equal(checkPassword(config, 'lab', 'lab124'), undefined);
  assert.equal(checkPassword(config, 'lab', ''), undefined);
  assert.equal(checkPassword(config, 'lab', `${DEFAULT_PASSWORD} `), undefined);
  assert.equal(checkPassword(config, 'LAB', DEFAULT_PASSWORD), undefined);
  assert.equal(checkPassword(config, 'nobody', DEFAULT_PASSWORD), undefined);
  assert.equal(checkPassword(config, '', DEFAULT_PASSWORD), undefined);
});

test('SHA-256 and MD5 hashes are checked as well as SHA-512', () => {
  const config = expandedConfig(
    'set system login user five class operator',
    `set system login user five authentication encrypted-password "${SHA256_LAB}"`,
    'set system login user one class read-only',
    `set system login user one authentication encrypted-password "${MD5_LAB}"`,
  );
  assert.equal(checkPassword(config, 'five', 'lab123')?.className, 'operator');
  assert.equal(checkPassword(config, 'five', 'lab12'), undefined);
  assert.equal(checkPassword(config, 'one', 'lab123')?.className, 'read-only');
  assert.equal(checkPassword(config, 'one', 'LAB123'), undefined);
});

test('an account without a password cannot log in by password', () => {
  const config = expandedConfig(
    'set system login user nopass class super-user',
    'set system login user flagonly class super-user',
    'set system login user flagonly authentication plain-text-password',
    'set system login user nohash class super-user',
    'set system login user nohash authentication no-public-keys',
  );
  for (const user of ['nopass', 'flagonly', 'nohash']) {
    assert.equal(checkPassword(config, user, ''), undefined, user);
    assert.equal(checkPassword(config, user, 'lab123'), undefined, user);
  }
  assert.equal(checkPassword(expandedConfig(), 'root', ''), undefined);
});

test('a hash of a scheme that is not implemented matches nothing', () => {
  const config = expandedConfig(
    'set system login user old class super-user',
    'set system login user old authentication encrypted-password "$sha1$19500$abcdefgh$qwertyuiopasdfghjklzxcvbnm12"',
  );
  assert.equal(checkPassword(config, 'old', 'lab123'), undefined);
});

test('inactive accounts and passwords are not in effect', () => {
  const config = expandedConfig(
    'set system login user gone class super-user',
    `set system login user gone authentication encrypted-password "${LAB_PASSWORD_HASH}"`,
    'deactivate system login user gone',
    'set system login user hidden class super-user',
    `set system login user hidden authentication encrypted-password "${LAB_PASSWORD_HASH}"`,
    'deactivate system login user hidden authentication encrypted-password',
  );
  assert.equal(checkPassword(config, 'gone', 'lab123'), undefined);
  assert.equal(checkPassword(config, 'hidden', 'lab123'), undefined);
});

test('a class that does not exist or whose expressions do not compile keeps the user out', () => {
  const config = expandedConfig(
    'set system login class broken permissions view',
    'set system login class broken deny-commands "(show"',
    'set system login user a class broken',
    `set system login user a authentication encrypted-password "${LAB_PASSWORD_HASH}"`,
    'set system login user b class missing',
    `set system login user b authentication encrypted-password "${LAB_PASSWORD_HASH}"`,
  );
  assert.equal(checkPassword(config, 'a', 'lab123'), undefined);
  assert.equal(checkPassword(config, 'b', 'lab123'), undefined);
});

test('custom classes, full names and uids come from the configuration', () => {
  const config = expandedConfig(
    'set system login class noc permissions [ view network ]',
    'set system login class noc idle-timeout 15',
    'set system login user ann full-name "Ann Example"',
    'set system login user ann uid 2001',
    'set system login user ann class noc',
    `set system login user ann authentication encrypted-password "${LAB_PASSWORD_HASH}"`,
    'set system login user bob class noc',
    `set system login user bob authentication encrypted-password "${LAB_PASSWORD_HASH}"`,
    'set system login user cy class noc',
    `set system login user cy authentication encrypted-password "${LAB_PASSWORD_HASH}"`,
  );
  const ann = checkPassword(config, 'ann', 'lab123');
  assert.ok(ann !== undefined);
  assert.equal(ann.fullName, 'Ann Example');
  assert.equal(ann.uid, 2001);
  assert.equal(ann.reportedClass, 'j-noc');
  assert.equal(ann.permissions.predefined, false);
  assert.deepEqual([...ann.permissions.flags], ['view', 'network']);
  assert.equal(ann.permissions.idleTimeoutMinutes, 15);
  // Users without a uid get the free ones from 2000 up, in configuration order.
  assert.equal(checkPassword(config, 'bob', 'lab123')?.uid, 2000);
  assert.equal(checkPassword(config, 'cy', 'lab123')?.uid, 2002);
});

test('groups are applied before the look-up (the RE passes its expanded view)', () => {
  const config = expandedConfig(
    'set groups users system login user gus class read-only',
    `set groups users system login user gus authentication encrypted-password "${LAB_PASSWORD_HASH}"`,
    'set apply-groups users',
  );
  assert.equal(checkPassword(config, 'gus', 'lab123')?.className, 'read-only');
});
