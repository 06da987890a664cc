/**
 * The operational RPCs that automation clients' fact gathering asks for, beyond the procedure's
 * (clients.md §2.2, §6.2): `show bridge mac-table count` (PyEZ `switch_style`), `show system
 * memory` and `show system storage` (Ansible `junos_facts` hardware).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chassisModel } from '../../router/models/models.js';
import { rpcRegistry } from '../rpc-table.js';
import { childNames, findElement, parseXmlDocument } from '../testing/parse-xml.js';
import { procedureLab } from '../testing/procedure-lab.js';
import { L2_LEARNING_NOT_RUNNING } from './get-bridge-mac-table.js';
import { FILE_SYSTEMS, humanSize } from './get-system-storage.js';

test('show bridge mac-table count: the master answers the empty l2ald count (PyEZ: BRIDGE_DOMAIN)', () => {
  const reply = rpcRegistry.invoke(procedureLab().view('re0'), 'get-bridge-mac-table', { count: true });
  assert.deepEqual(reply.errors, []);
  assert.equal(reply.xml(), '    <l2ald-rtb-mac-count xmlns="http://xml.juniper.net/junos/17.3R1/junos-l2al">\n    </l2ald-rtb-mac-count>\n');
  assert.equal(reply.text(), '');
  assert.equal(rpcRegistry.invoke(procedureLab().view('re0'), 'get-bridge-mac-table').element()?.name, 'l2ald-rtb-macdb');
});

test('show bridge mac-table count: the backup has no l2-learning daemon; Junos OS Evolved has no bridge', () => {
  const backup = rpcRegistry.invoke(procedureLab().view('re1'), 'get-bridge-mac-table', { count: true });
  assert.deepEqual(backup.errors.map((error) => error.message), [L2_LEARNING_NOT_RUNNING]);
  const ptx = rpcRegistry.invoke(procedureLab({ model: chassisModel('PTX10008') }).view('re0'), 'get-bridge-mac-table', { count: true });
  assert.deepEqual(ptx.errors.map((error) => [error.message, error.badElement]), [['syntax error', 'bridge']]);
});

test('show system memory: Kbytes from the RE status, plain integers in XML with -percent siblings', () => {
  const view = procedureLab().view('re0');
  const details = view.routingEngines()[0]?.details;
  assert.ok(details);
  const reply = rpcRegistry.invoke(view, 'get-system-memory-information');
  const root = parseXmlDocument(reply.xml());
  const summary = findElement(root, 'system-memory-summary-information');
  assert.ok(summary);
  assert.deepEqual(childNames(summary).filter((name) => !name.endsWith('-percent')), [
    'system-memory-total',
    'system-memory-reserved',
    'system-memory-wired',
    'system-memory-active',
    'system-memory-inactive',
    'system-memory-cache',
    'system-memory-free',
  ]);
  const value = (name: string): string => findElement(summary, name)?.text ?? '';
  const total = details.installedMb * 1024;
  assert.equal(value('system-memory-total'), String(total));
  assert.equal(value('system-memory-total-percent'), '100%');
  for (const name of childNames(summary).filter((n) => !n.endsWith('-percent'))) assert.match(value(name), /^\d+$/, name);
  const parts = ['reserved', 'wired', 'active', 'inactive', 'cache', 'free'].map((stem) => Number(value(`system-memory-${stem}`)));
  assert.equal(parts.reduce((a, b) => a + b, 0), total, 'the parts add up to the total');
  const text = reply.text().split('\n');
  assert.equal(text[0], 'System memory usage distribution:');
  assert.equal(text[1], `        Total memory: ${String(total).padStart(8)} Kbytes (100%)`);
  assert.match(text[7] ?? '', /^ {9}Free memory: +\d+ Kbytes \( *\d+%\)$/);
});

test('show system storage: one filesystem per line, sizes as df -h prints them', () => {
  assert.deepEqual([0, 1024, 58_720_256, 3_634_206_720, 59_055_800_320].map(humanSize), ['0B', '1.0K', '56M', '3.4G', '55G']);
  const reply = rpcRegistry.invoke(procedureLab().view('re1'), 'get-system-storage');
  const lines = reply.text().split('\n');
  assert.equal(lines[0], 'Filesystem              Size       Used      Avail  Capacity  Mounted on');
  assert.equal(lines[1], '/dev/da0s1a             3.4G       1.3G       2.1G       39%  /');
  assert.equal(lines[2], 'devfs                   1.0K       1.0K         0B      100%  /dev');
  const root = parseXmlDocument(reply.xml());
  assert.equal(root.attributes['junos:style'], 'brief');
  const first = findElement(root, 'filesystem');
  assert.ok(first);
  assert.deepEqual(childNames(first), ['filesystem-name', 'total-blocks', 'used-blocks', 'available-blocks', 'used-percent', 'mounted-on']);
  assert.equal(findElement(first, 'total-blocks')?.attributes['junos:format'], '3.4G');
  assert.equal(findElement(first, 'used-percent')?.text, ' 39');
  assert.equal(childNames(root).length, FILE_SYSTEMS.length);
});
