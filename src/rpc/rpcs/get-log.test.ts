import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rpcRegistry } from '../rpc-table.js';
import { parseXmlDocument } from '../testing/parse-xml.js';
import { procedureLab } from '../testing/procedure-lab.js';
import { bootedLab } from '../../router/test-router.js';
import { routerView } from '../router-adapter.js';

/** Procedure 7.7 branch B: the lines the failover added to re1's /var/log/messages. */
const FAILOVER = [
  'Mar 11 12:00:02  r1-re1 /kernel: mastership: routing engine 1 becoming master, no keepalive from routing engine 0 for 2 seconds',
  'Mar 11 12:00:02  r1-re1 /kernel: mastership: routing engine 1 became master',
  'Mar 11 12:00:02  r1-re1 chassisd[1893]: CHASSISD_RE_MASTERSHIP_CHANGE: Routing Engine 1 is master (keepalive timeout, graceful-switchover)',
  'Mar 11 12:00:03  r1-re1 init: routing (PID 4718) started',
].map((line) => `${line}\n`).join('');

function lab() {
  const router = procedureLab();
  router.engines.re1.files = {
    '/var/log/messages': { text: FAILOVER, modified: Date.UTC(2024, 2, 11, 12, 0, 3) },
    '/var/log/mastership': { text: '', modified: Date.UTC(2024, 2, 11, 6, 55, 52) },
  };
  return router;
}

test('show log messages prints the RE\'s log lines as they are (procedure 7.7)', () => {
  assert.equal(rpcRegistry.invoke(lab().view('re1'), 'get-log', { filename: 'messages' }).text(), FAILOVER);
});

test('the XML is the file-show form, under the full path', () => {
  const xml = parseXmlDocument(rpcRegistry.invoke(lab().view('re1'), 'get-log', { filename: 'messages' }).xml());
  assert.equal(xml.name, 'file-content');
  assert.deepEqual(xml.attributes, { filename: '/var/log/messages', 'junos:seconds': '1710158403', filesize: String(FAILOVER.length), encoding: 'text' });
  assert.equal(xml.text.split('\n').filter((line) => line.trim() !== '').length, 4);
});

test('an empty log prints nothing; a log the RE does not have cannot be resolved; each RE has its own', () => {
  const router = lab();
  assert.equal(rpcRegistry.invoke(router.view('re1'), 'get-log', { filename: 'mastership' }).text(), '');
  assert.equal(rpcRegistry.invoke(router.view('re1'), 'get-log', { filename: 'nonesuch' }).text(), 'error: could not resolve file: nonesuch\n');
  assert.equal(rpcRegistry.invoke(router.view('re0'), 'get-log', { filename: 'messages' }).text(), 'error: could not resolve file: messages\n');
  assert.equal(rpcRegistry.invoke(router.view('re1'), 'get-log', { filename: '/var/log/messages' }).text(), FAILOVER);
  assert.equal(rpcRegistry.invoke(router.view('re1'), 'get-log').failed, false, 'without a name it lists /var/log');
});

test('show log without a file name lists /var/log, as file list /var/log/ detail does', () => {
  const { router } = bootedLab();
  const view = routerView(router, 're0');
  const listing = rpcRegistry.invoke(view, 'get-log', {}).text();
  assert.equal(listing, rpcRegistry.invoke(view, 'file-list', { path: '/var/log/', detail: true }).text());
  assert.match(listing, / messages\n/);
  assert.equal(parseXmlDocument(rpcRegistry.invoke(view, 'get-log', {}).xml()).name, 'directory-list');
});
