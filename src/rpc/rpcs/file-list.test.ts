import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { bootedLab } from '../../router/test-router.js';
import { routerView } from '../router-adapter.js';
import { rpcRegistry } from '../rpc-table.js';
import { childNames, findElement, parseXmlDocument, type XmlNode } from '../testing/parse-xml.js';
import { procedureLab, RE0_BOOT } from '../testing/procedure-lab.js';
import { lsDate, octalMode } from './file-list.js';

const gz = (text: string): Uint8Array => new Uint8Array(gzipSync(text));
const AT_0913 = Date.UTC(2024, 2, 11, 9, 13, 30);

/** The lab with a committed configuration, a copied file, logs and the router's bookkeeping on re0's disk. */
function lab() {
  const router = procedureLab({ user: 'lab' });
  router.engines.re0.files = { '/var/log/messages': { text: 'Mar 11 09:00:00  r1-re0 mgd[1897]: x\n', modified: Date.UTC(2024, 2, 11, 9, 0, 0) } };
  router.engines.re0.disk = {
    '/config/juniper.conf.gz': { bytes: gz('## Last changed: 2024-03-11 09:13:30 UTC\nversion 17.3R1.10;\n') },
    '/config/juniper.conf.1.gz': { bytes: gz('## Last changed: 2023-08-01 10:00:00 UTC\n') },
    '/config/.juniper.conf.gz.tmp': { text: 'half written' },
    '/config/juniper.conf.next.gz': { text: 'staged' },
    '/var/db/commit-history.json': { text: '{}' },
    '/var/tmp/re1-juniper.conf.gz': { text: 'x'.repeat(1300), modified: Date.UTC(2024, 2, 11, 9, 15, 30) },
  };
  return router;
}

const list = (args: Record<string, string | true>, slot: 're0' | 're1' = 're0', router = lab()) => rpcRegistry.invoke(router.view(slot), 'file-list', args);

test('a folder lists its folders (with /) and files, the router\'s bookkeeping hidden', () => {
  assert.equal(list({ path: '/config' }).text(), '\n/config:\njuniper.conf.1.gz\njuniper.conf.gz\n');
  assert.equal(list({ path: '/' }).text(), '\n/:\nconfig/\netc/\nroot/\nvar/\n');
  assert.equal(list({ path: '/var' }).text(), '\n/var:\ndb/\nhome/\nlog/\ntmp/\n');
  assert.equal(list({ path: '/var/db' }).text(), '\n/var/db:\nconfig/\n');
  assert.equal(list({ path: '/etc/' }).text(), '\n/etc/:\nhosts.junos\n');
  assert.equal(list({ path: '/var/log' }).text(), '\n/var/log:\nmessages\n', 'mastership is not there: the fake answers only messages');
});

test('detail: total blocks, ls -l lines with times from the file headers, the copy time, the boot time, and total files', () => {
  const sizes = [gz('## Last changed: 2023-08-01 10:00:00 UTC\n').length, gz('## Last changed: 2024-03-11 09:13:30 UTC\nversion 17.3R1.10;\n').length].map(String);
  const width = Math.max(...sizes.map((size) => size.length));
  assert.equal(
    list({ path: '/config', detail: true }).text(),
    [
      '',
      '/config:',
      'total blocks: 2',
      `-rw-r-----  1 root  wheel  ${sizes[0]?.padStart(width)} Aug  1  2023 juniper.conf.1.gz`,
      `-rw-r-----  1 root  wheel  ${sizes[1]?.padStart(width)} Mar 11 09:13 juniper.conf.gz`,
      'total files: 2',
      '',
    ].join('\n'),
  );
  assert.equal(list({ path: '/var/tmp', detail: true }).text(), '\n/var/tmp:\ntotal blocks: 3\n-rw-r--r--  1 root  wheel  1300 Mar 11 09:15 re1-juniper.conf.gz\ntotal files: 1\n');
  const root = list({ path: '/var', detail: true }).text().split('\n');
  assert.equal(root[3], `drwxr-xr-x  3 root  wheel  512 ${lsDate(RE0_BOOT, AT_0913)} db/`);
  assert.equal(root[6], 'drwxrwxrwt  2 root  wheel  512 Mar 11 09:15 tmp/', 'a folder takes its newest file\'s time');
});

test('the home folder: no path, ~ or a relative path; the session user owns it', () => {
  assert.equal(list({}).text(), '\n/var/home/lab/:\n');
  assert.equal(list({ path: '~' }).text(), '\n/var/home/lab/:\n');
  const router = lab();
  router.engines.re0.disk = { '/var/home/lab/notes.txt': { text: 'hello\n', modified: AT_0913 } };
  assert.equal(list({ path: 'notes.txt', detail: true }, 're0', router).text(), '-rw-r--r--  1 lab  staff  6 Mar 11 09:13 /var/home/lab/notes.txt\n');
  assert.equal(list({ path: '/var/home', detail: true }, 're0', router).text().split('\n')[3], 'drwxr-xr-x  2 lab  staff  512 Mar 11 09:13 lab/');
});

test('one file is its path alone; a missing path is an <output>, not an error', () => {
  assert.equal(list({ path: '/var/tmp/re1-juniper.conf.gz' }).text(), '/var/tmp/re1-juniper.conf.gz\n');
  const missing = list({ path: '/var/tmp/nope' });
  assert.equal(missing.failed, false);
  assert.equal(missing.text(), '/var/tmp/nope: No such file or directory\n');
  assert.equal(missing.xml(), '    <output>/var/tmp/nope: No such file or directory</output>\n');
  assert.equal(list({ path: '/config/juniper.conf.next.gz' }).text(), '/config/juniper.conf.next.gz: No such file or directory\n', 'hidden');
});

test('re1: lists the other RE, and fails when it cannot be reached', () => {
  const router = lab();
  router.engines.re1.disk = { '/var/tmp/only-on-re1': { text: 'x\n' } };
  assert.equal(list({ path: 're1:/var/tmp' }, 're0', router).text(), '\nre1:/var/tmp:\nonly-on-re1\n');
  router.linkCut = true;
  assert.equal(list({ path: 're1:/var/tmp' }, 're0', router).text(), 'error: Could not connect to re1 : No route to host\n');
});

test('PyEZ HOME: <file-list><path>~</path> has root-path /var/home/<user>/ and the fixture\'s layout', () => {
  const xml = list({ path: '~' }).xml();
  const reply = parseXmlDocument(xml);
  assert.equal(reply.name, 'directory-list');
  assert.deepEqual(Object.keys(reply.attributes), ['root-path', 'junos:seconds', 'junos:style']);
  assert.deepEqual(reply.attributes, { 'root-path': '/var/home/lab/', 'junos:seconds': String(Date.UTC(2024, 2, 11, 9, 3, 5) / 1000), 'junos:style': 'brief' });
  const directory = findElement(reply, 'directory') as XmlNode;
  assert.equal(directory.attributes.name, '/var/home/lab/');
  assert.deepEqual(childNames(directory), ['directory-name', 'total-file-blocks', 'total-files']);
  assert.equal(reply.attributes['root-path']?.replace(/\/$/, ''), '/var/home/lab', 'what PyEZ makes of it');
});

test('XML: brief entries carry names and file-directory; detail adds the FS.ls fields', () => {
  const brief = list({ path: '/var' }).xml();
  assert.match(brief, /<file-information>\n {16}<file-name>db<\/file-name>\n {16}<file-directory junos:format="\/"\/>\n {12}<\/file-information>/);
  const detail = parseXmlDocument(list({ path: '/var/tmp', detail: true }).xml());
  assert.equal(detail.attributes['junos:style'], 'verbose');
  const info = findElement(detail, 'file-information') as XmlNode;
  assert.deepEqual(childNames(info), ['file-name', 'file-permissions', 'file-owner', 'file-group', 'file-links', 'file-size', 'file-date']);
  assert.deepEqual(findElement(info, 'file-permissions')?.attributes, { 'junos:format': '-rw-r--r--' });
  assert.equal(findElement(info, 'file-permissions')?.text, '644');
  assert.deepEqual(findElement(info, 'file-date')?.attributes, { 'junos:format': 'Mar 11 09:15' });
  assert.equal(findElement(info, 'file-date')?.text, String(Date.UTC(2024, 2, 11, 9, 15, 30) / 1000));
  const file = parseXmlDocument(list({ path: '/var/tmp/re1-juniper.conf.gz', detail: true }).xml());
  const dir = findElement(file, 'directory') as XmlNode;
  assert.equal(dir.attributes.name, '', 'a file: PyEZ reads the empty name');
  assert.deepEqual(childNames(dir), ['file-information', 'total-files']);
  assert.equal(findElement(dir, 'file-name')?.text, '/var/tmp/re1-juniper.conf.gz');
});

test('modes in octal and ls dates', () => {
  assert.deepEqual(['-rw-r--r--', '-rw-r-----', 'drwxr-xr-x', 'drwxrwxrwt', '-r--r--r--'].map(octalMode), ['644', '640', '755', '1777', '444']);
  assert.equal(lsDate(Date.UTC(2024, 2, 4, 6, 12, 40), AT_0913), 'Mar  4 06:12');
  assert.equal(lsDate(Date.UTC(2023, 7, 1, 10, 0, 0), AT_0913), 'Aug  1  2023');
});

test('on a booted router: the committed configuration and rollback, the logs, hosts.junos', () => {
  const { router } = bootedLab({}, 10_000);
  const view = { ...routerView(router, 're1'), user: 'lab' };
  const text = (args: Record<string, string | true>) => rpcRegistry.invoke(view, 'file-list', args).text();
  assert.equal(text({ path: '/config' }), '\n/config:\njuniper.conf.gz\n');
  assert.equal(text({ path: '/var/log' }), '\n/var/log:\nmastership\nmessages\n');
  assert.equal(text({ path: '/var/db' }), '\n/var/db:\nconfig/\n', 'mgd\'s history file is hidden');
  assert.match(text({ path: '/config/juniper.conf.gz', detail: true }), /^-rw-r----- {2}1 root {2}wheel {2}\d+ Mar 11 09:00 \/config\/juniper\.conf\.gz\n$/);
  assert.match(rpcRegistry.invoke(view, 'file-list', { path: '~' }).xml(), /root-path="\/var\/home\/lab\/"/);
  router.shutdown();
});
