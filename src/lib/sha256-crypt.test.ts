import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSha256Settings, sha256Crypt, verifySha256Crypt } from './sha256-crypt.js';

// The test vectors of Drepper's specification ("Unix crypt using SHA-256 and SHA-512").
const VECTORS: readonly (readonly [string, string, string])[] = [
  ['$5$saltstring', 'Hello world!', '$5$saltstring$5B8vYYiY.CVt1RlTTf8KbXBH3hsxY/GNooZaBBGWEc5'],
  ['$5$rounds=10000$saltstringsaltstring', 'Hello world!', '$5$rounds=10000$saltstringsaltst$3xv.VbSHBb41AL9AvLeujZkZRBAwqFMz2.opqey6IcA'],
  ['$5$rounds=5000$toolongsaltstring', 'This is just a test', '$5$rounds=5000$toolongsaltstrin$Un/5jzAHMgOGZ5.mWJpuVolil07guHPvOW8mGRcvxa5'],
  [
    '$5$rounds=1400$anotherlongsaltstring',
    'a very much longer text to encrypt.  This one even stretches over morethan one line.',
    '$5$rounds=1400$anotherlongsalts$Rx.j8H.h8HjEDGomFU8bDkXm3XIUnzyxf12oP84Bnq1',
  ],
  [
    '$5$rounds=77777$short',
    'we have a short salt string but not a short password',
    '$5$rounds=77777$short$JiO1O3ZpDAxGJeaDIuqCoEFysAe1mZNJRs3pw0KQRd/',
  ],
  ['$5$rounds=123456$asaltof16chars..', 'a short string', '$5$rounds=123456$asaltof16chars..$gP3VQ/6X7UUEW3HkBn2w1/Ptq2jxPyzV/cZKmF/wJvD'],
  ['$5$rounds=10$roundstoolow', 'the minimum number is still observed', '$5$rounds=1000$roundstoolow$yfvwcWrQ8l/K0DAWyuPMDNHpIVlTQebY9l/gL972bIC'],
];

test('sha256Crypt gives the specification test vectors', () => {
  for (const [setting, password, expected] of VECTORS) {
    const settings = parseSha256Settings(setting);
    assert.ok(settings !== undefined);
    assert.equal(sha256Crypt(password, settings), expected);
  }
});

test('sha256Crypt matches glibc for a password of the starter kind', () => {
  assert.equal(sha256Crypt('lab123', { salt: 'Rt1wIn.x' }), '$5$Rt1wIn.x$Xv8BPWl8rpuUPkvy/U5yCxtEl6.Br.FfA4gOCg3Nku7');
});

test('verifySha256Crypt accepts the right password and refuses a wrong one or another scheme', () => {
  const [, password, stored] = VECTORS[0] as readonly [string, string, string];
  assert.equal(verifySha256Crypt(password, stored), true);
  assert.equal(verifySha256Crypt('hello world!', stored), false);
  assert.equal(verifySha256Crypt(password, '$6$saltstring$abc'), false);
  assert.equal(parseSha256Settings('$6$saltstring'), undefined);
});
