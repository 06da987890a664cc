import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bootedLab } from '../../router/test-router.js';
import { routerView } from '../router-adapter.js';
import { rpcRegistry } from '../rpc-table.js';
import { procedureLab } from '../testing/procedure-lab.js';

const NOW = Date.UTC(2024, 2, 11, 9, 3, 5);

function lab() {
  const router = procedureLab({ user: 'lab' });
  router.engines.re1.disk = { '/config/juniper.conf.gz': { bytes: new Uint8Array([31, 139, 8, 0, 1, 2, 3]) } };
  return router;
}

const copy = (router: ReturnType<typeof lab>, source: string, destination: string, slot: 're0' | 're1' = 're0') => rpcRegistry.invoke(router.view(slot), 'file-copy', { source, destination });

test('procedure 6: the other RE\'s configuration file copied to /var/tmp, byte for byte, silently', () => {
  const router = lab();
  const reply = copy(router, 're1:/config/juniper.conf.gz', '/var/tmp/re1-juniper.conf.gz');
  assert.equal(reply.failed, false);
  assert.equal(reply.text(), '');
  assert.equal(reply.xml(), '    <ok/>\n');
  assert.deepEqual(router.engines.re0.disk?.['/var/tmp/re1-juniper.conf.gz'], { bytes: new Uint8Array([31, 139, 8, 0, 1, 2, 3]), modified: NOW });
  assert.equal(rpcRegistry.invoke(router.view('re0'), 'file-list', { path: '/var/tmp' }).text(), '\n/var/tmp:\nre1-juniper.conf.gz\n');
});

test('a folder destination keeps the source\'s name; either side may be the other RE', () => {
  const router = lab();
  router.engines.re0.files = { '/var/log/messages': { text: 'line\n', modified: NOW } };
  assert.equal(copy(router, '/var/log/messages', 're1:/var/tmp/').text(), '');
  assert.equal(new TextDecoder().decode(router.engines.re1.disk?.['/var/tmp/messages']?.bytes), 'line\n');
  assert.equal(copy(router, '/etc/hosts.junos', '/var/tmp').text(), '');
  assert.ok(router.engines.re0.disk?.['/var/tmp/hosts.junos'] !== undefined);
});

test('only /var/tmp is written; a missing source and an unreachable RE are errors', () => {
  const router = lab();
  assert.equal(copy(router, 're1:/config/juniper.conf.gz', '/config/juniper.conf.gz').text(), 'error: could not write /config/juniper.conf.gz: Permission denied (only /var/tmp/ is writable)\n');
  assert.equal(copy(router, 're1:/config/juniper.conf.gz', 'backup.gz').text(), 'error: could not write /var/home/lab/backup.gz: Permission denied (only /var/tmp/ is writable)\n');
  assert.equal(copy(router, '/var/tmp/nope', '/var/tmp/x').text(), 'error: could not resolve file: /var/tmp/nope\n');
  router.linkCut = true;
  assert.equal(copy(router, 're1:/config/juniper.conf.gz', '/var/tmp/x').text(), 'error: Could not connect to re1 : No route to host\n');
  assert.equal(router.engines.re0.disk, undefined, 'nothing written');
});

test('on a booted router: copy, then compare the local copies, then show it; a failed disk refuses the write', () => {
  const { router } = bootedLab({}, 10_000);
  const view = routerView(router, 're0');
  const run = (rpc: string, args: Record<string, string | true>) => rpcRegistry.invoke(view, rpc, args).text();
  assert.equal(run('file-copy', { source: 're1:/config/juniper.conf.gz', destination: '/var/tmp/re1-juniper.conf.gz' }), '');
  assert.equal(run('file-compare', { 'from-file': '/config/juniper.conf.gz', 'to-file': '/var/tmp/re1-juniper.conf.gz' }), '');
  assert.match(run('file-show', { filename: '/var/tmp/re1-juniper.conf.gz' }), /^## Last changed: 2024-03-11 09:00:00 UTC\nversion 17\.3R1\.10;\n/);
  assert.deepEqual(router.re('re0').diskFileTime('/var/tmp/re1-juniper.conf.gz'), router.clock.now());
  router.faults.failDisk('re0');
  assert.equal(run('file-copy', { source: 're1:/config/juniper.conf.gz', destination: '/var/tmp/again.gz' }), 'error: could not write /var/tmp/again.gz: disk failure: /var/tmp/again.gz\n');
  router.shutdown();
});
