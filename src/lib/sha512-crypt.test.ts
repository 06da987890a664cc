import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSha512Settings, sha512Crypt, verifySha512Crypt } from './sha512-crypt.js';

// The test vectors of Drepper's specification ("Unix crypt using SHA-256 and SHA-512").
const VECTORS: readonly (readonly [string, string, string])[] = [
  ['$6$saltstring', 'Hello world!', '$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1'],
  [
    '$6$rounds=10000$saltstringsaltstring',
    'Hello world!',
    '$6$rounds=10000$saltstringsaltst$OW1/O6BYHV6BcXZu8QVeXbDWra3Oeqh0sbHbbMCVNSnCM/UrjmM0Dp8vOuZeHBy/YTBmSK6H9qs/y3RnOaw5v.',
  ],
  [
    '$6$rounds=5000$toolongsaltstring',
    'This is just a test',
    '$6$rounds=5000$toolongsaltstrin$lQ8jolhgVRVhY4b5pZKaysCLi0QBxGoNeKQzQ3glMhwllF7oGDZxUhx1yxdYcz/e1JSbq3y6JMxxl8audkUEm0',
  ],
  [
    '$6$rounds=10$roundstoolow',
    'the minimum number is still observed',
    '$6$rounds=1000$roundstoolow$kUMsbe306n21p9R.FRkW3IGn.S9NPN0x50YhH1xhLsPuWGsUSklZt58jaTfF4ZEQpyUNGc0dqbpBYYBaHHrsX.',
  ],
];

test('sha512Crypt gives the specification test vectors', () => {
  for (const [setting, password, expected] of VECTORS) {
    const settings = parseSha512Settings(setting);
    assert.ok(settings !== undefined);
    assert.equal(sha512Crypt(password, settings), expected);
  }
});

test('verifySha512Crypt accepts the right password and refuses a wrong one or another scheme', () => {
  const [, password, stored] = VECTORS[0] as readonly [string, string, string];
  assert.equal(verifySha512Crypt(password, stored), true);
  assert.equal(verifySha512Crypt('hello world!', stored), false);
  assert.equal(verifySha512Crypt(password, '$1$abc$def'), false);
});
