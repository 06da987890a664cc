import assert from 'node:assert/strict';
import { test } from 'node:test';
import { md5Crypt, parseMd5Salt, verifyMd5Crypt } from './md5-crypt.js';

// Hashes made by glibc crypt(3) and `openssl passwd -1`.
const VECTORS: readonly (readonly [string, string, string])[] = [
  ['saltsalt', 'password', '$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/'],
  ['', '', '$1$$qRPK7m23GJusamGpoGLby/'],
  ['abcdefgh', 'lab123', '$1$abcdefgh$iK4ZH/z.dF89KhcEKhmfp0'],
  ['deadbeef', 'Hello world!', '$1$deadbeef$RAPdHBl6WylRnLu9F0jaM1'],
  ['a', 'a very much longer text to encrypt.  This one even stretches over morethan one line.', '$1$a$Gh.V64qkrC7EzJ6gY8jJf0'],
  ['utf8salt', 'pässwörd', '$1$utf8salt$TONNqutvlabooa6YB37Tk1'],
];

test('md5Crypt gives the hashes glibc and OpenSSL give', () => {
  for (const [salt, password, expected] of VECTORS) assert.equal(md5Crypt(password, salt), expected);
});

test('md5Crypt uses at most 8 characters of salt', () => {
  assert.equal(md5Crypt('x', 'toolongsaltstr'), '$1$toolongs$uq/hljtnqq8U5Xice38qI.');
});

test('parseMd5Salt reads the salt up to the next dollar', () => {
  assert.equal(parseMd5Salt('$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/'), 'saltsalt');
  assert.equal(parseMd5Salt('$1$deadbeef'), 'deadbeef');
  assert.equal(parseMd5Salt('$5$saltsalt$x'), undefined);
});

test('verifyMd5Crypt accepts the right password and refuses a wrong one or another scheme', () => {
  assert.equal(verifyMd5Crypt('password', '$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/'), true);
  assert.equal(verifyMd5Crypt('Password', '$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/'), false);
  assert.equal(verifyMd5Crypt('password', '$1$saltsalt$qjXMvbEw8oaL.CzflDtaK'), false);
  assert.equal(verifyMd5Crypt('password', '$6$saltsalt$qjXMvbEw8oaL.CzflDtaK/'), false);
});
