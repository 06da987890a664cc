import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FakeRouter } from '../testing/fake-router.js';
import { absolutePath, homeFolder, normalisePath, resolveFileArgument } from './re-path.js';

test('paths fold . and .., never climb above /, and lose their trailing slash', () => {
  assert.equal(normalisePath('/var//tmp/./x'), '/var/tmp/x');
  assert.equal(normalisePath('/var/tmp/../../../etc'), '/etc');
  assert.equal(normalisePath('/var/tmp/'), '/var/tmp');
  assert.equal(normalisePath('/'), '/');
});

test('empty, ~, ~/… and relative paths start from the home folder; a trailing slash means a folder', () => {
  const home = '/var/home/lab';
  assert.deepEqual(absolutePath('', home), { path: home, folder: true });
  assert.deepEqual(absolutePath('~', home), { path: home, folder: true });
  assert.deepEqual(absolutePath('~/notes.txt', home), { path: '/var/home/lab/notes.txt', folder: false });
  assert.deepEqual(absolutePath('notes.txt', home), { path: '/var/home/lab/notes.txt', folder: false });
  assert.deepEqual(absolutePath('/var/tmp/', home), { path: '/var/tmp', folder: true });
  const router = new FakeRouter();
  assert.equal(homeFolder(router.view('re0')), '/root', 'no session user: root');
  assert.equal(homeFolder({ ...router.view('re0'), user: 'lab' }), '/var/home/lab');
});

test('re0: and re1: name the RE; the other one is reached over the internal link', () => {
  const router = new FakeRouter({ user: 'lab' });
  const view = router.view('re0');
  const own = resolveFileArgument(view, 're0:/config/juniper.conf.gz');
  assert.ok(own.ok);
  assert.equal(own.target.view, view);
  assert.equal(own.target.path, '/config/juniper.conf.gz');
  const other = resolveFileArgument(view, 're1:/var/tmp/');
  assert.ok(other.ok);
  assert.deepEqual([other.target.slot, other.target.view.slot, other.target.path, other.target.folder, other.target.view.user], ['re1', 're1', '/var/tmp', true, 'lab']);
  const plain = resolveFileArgument(view, 'x.txt');
  assert.ok(plain.ok);
  assert.deepEqual([plain.target.slot, plain.target.path], ['re0', '/var/home/lab/x.txt']);
  router.linkCut = true;
  const cut = resolveFileArgument(view, 're1:/config/juniper.conf.gz');
  assert.ok(!cut.ok);
  assert.equal(cut.error.message, 'Could not connect to re1 : No route to host');
});
