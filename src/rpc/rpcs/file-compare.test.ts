import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { bootedLab, commitFrom } from '../../router/test-router.js';
import { routerView } from '../router-adapter.js';
import { rpcRegistry } from '../rpc-table.js';
import { procedureLab } from '../testing/procedure-lab.js';

const gz = (text: string): Uint8Array => new Uint8Array(gzipSync(text));
const CONFIG = '## Last changed: 2024-03-11 09:13:30 UTC\nversion 17.3R1.10;\nsystem {\n    host-name r1;\n}\n';

function lab() {
  const router = procedureLab();
  router.engines.re0.disk = { '/config/juniper.conf.gz': { bytes: gz(CONFIG) }, '/var/tmp/a.txt': { text: 'one\ntwo\nthree\n' }, '/var/tmp/b.txt': { text: 'one\n2\nthree\nfour\n' } };
  router.engines.re1.disk = { '/config/juniper.conf.gz': { bytes: gz(CONFIG) } };
  return router;
}

const compare = (router: ReturnType<typeof lab>, from: string, to: string) => rpcRegistry.invoke(router.view('re0'), 'file-compare', { 'from-file': from, 'to-file': to });

test('procedure 6: the two committed files are identical, so nothing is printed', () => {
  const reply = compare(lab(), 're0:/config/juniper.conf.gz', 're1:/config/juniper.conf.gz');
  assert.equal(reply.failed, false);
  assert.equal(reply.text(), '');
  assert.equal(reply.xml(), '    <output></output>\n');
});

test('differences in the default diff format; .gz compared decompressed', () => {
  const router = lab();
  assert.equal(compare(router, '/var/tmp/a.txt', '/var/tmp/b.txt').text(), '2c2\n< two\n---\n> 2\n3a4\n> four\n');
  router.engines.re1.disk = { '/config/juniper.conf.gz': { bytes: gz(CONFIG.replace('r1;', 'r1-re1;')) } };
  assert.equal(compare(router, '/config/juniper.conf.gz', 're1:/config/juniper.conf.gz').text(), '4c4\n<     host-name r1;\n---\n>     host-name r1-re1;\n');
  assert.equal(compare(router, '/var/tmp/a.txt', '/var/tmp/b.txt').xml(), '    <output>2c2\n&lt; two\n---\n&gt; 2\n3a4\n&gt; four\n</output>\n');
});

test('a missing file, a folder or an unreachable RE is an error', () => {
  const router = lab();
  assert.equal(compare(router, '/var/tmp/a.txt', '/var/tmp/nope').text(), 'error: could not resolve file: /var/tmp/nope\n');
  assert.equal(compare(router, '/var/tmp', '/var/tmp/a.txt').text(), 'error: could not resolve file: /var/tmp\n');
  router.engines.re1.state = 'present';
  assert.equal(compare(router, '/config/juniper.conf.gz', 're1:/config/juniper.conf.gz').text(), 'error: Could not connect to re1 : No route to host\n');
  assert.equal(rpcRegistry.invoke(router.view('re0'), 'file-compare', { 'from-file': 'a', context: true }).errors[0]?.badElement, 'context');
});

test('on a booted router: synchronized commits leave identical files; a local commit on re1 does not', async () => {
  const { clock, router } = bootedLab({}, 10_000);
  while (!router.ready) clock.advance(1000);
  const view = routerView(router, 're0');
  const text = (from: string, to: string) => rpcRegistry.invoke(view, 'file-compare', { 'from-file': from, 'to-file': to }).text();
  await commitFrom(router.re('re0'), 'set system location building lab-a');
  assert.equal(text('re0:/config/juniper.conf.gz', 're1:/config/juniper.conf.gz'), '');
  clock.advance(5000);
  await commitFrom(router.re('re1'), 'delete system commit synchronize\nset system location building lab-b');
  const diff = text('re0:/config/juniper.conf.gz', 're1:/config/juniper.conf.gz');
  assert.match(diff, /^1c1\n< ## Last changed: 2024-03-11 09:00:\d\d UTC\n---\n> ## Last changed: 2024-03-11 09:00:\d\d UTC\n/);
  assert.match(diff, /<\s+building lab-a;\n---\n>\s+building lab-b;\n/);
  assert.match(diff, /\n<\s+synchronize;\n/);
  router.shutdown();
});
