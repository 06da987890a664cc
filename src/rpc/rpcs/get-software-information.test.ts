import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PTX10008 } from '../../router/models/ptx10008.js';
import { JUNOS_17_3R1_MX } from '../../router/models/software.js';
import { rpcRegistry } from '../rpc-table.js';
import { FakeRouter } from '../testing/fake-router.js';
import { childNames, findElement, parseXml, parseXmlDocument, xmlPaths, type XmlNode } from '../testing/parse-xml.js';
import { procedureLab } from '../testing/procedure-lab.js';
import { realReply } from '../testing/real-replies.js';

const PACKAGE_LINES = JUNOS_17_3R1_MX.packages.map((pkg) => `${pkg.comment}\n`).join('');

test('show version prints the host name, model and release, then the packages', () => {
  const text = rpcRegistry.invoke(procedureLab().view('re0'), 'get-software-information').text();
  assert.equal(text, `Hostname: r1-re0\nModel: mx960\nJunos: 17.3R1.10\n${PACKAGE_LINES}`);
  assert.match(text, /^JUNOS OS Kernel 64-bit {2}\[20170822\.8b2f1e3_builder_stable_10\]$/m);
});

test('an RE without a host name prints no Hostname line', () => {
  const lab = procedureLab();
  delete lab.engines.re1.hostName;
  const reply = rpcRegistry.invoke(lab.view('re1'), 'get-software-information');
  assert.ok(reply.text().startsWith('Model: mx960\nJunos: 17.3R1.10\n'));
  assert.equal(findElement(parseXmlDocument(reply.xml()), 'host-name'), undefined);
});

test('show version invoke-on all-routing-engines prints one block per RE', () => {
  const text = rpcRegistry.invoke(procedureLab().view('re0'), 'get-software-information', { 'invoke-on': 'all-routing-engines' }).text();
  const dashes = '-'.repeat(74);
  assert.equal(
    text,
    `re0:\n${dashes}\nHostname: r1-re0\nModel: mx960\nJunos: 17.3R1.10\n${PACKAGE_LINES}\n` +
      `re1:\n${dashes}\nHostname: r1-re1\nModel: mx960\nJunos: 17.3R1.10\n${PACKAGE_LINES}`,
  );
});

test('invoke-on other-routing-engine asks the other RE only', () => {
  const text = rpcRegistry.invoke(procedureLab().view('re1'), 'get-software-information', { 'invoke-on': 'other-routing-engine' }).text();
  assert.ok(text.startsWith(`re0:\n${'-'.repeat(74)}\nHostname: r1-re0\n`));
  assert.doesNotMatch(text, /re1/);
});

test('with the other RE halted, an error precedes the local block', () => {
  const lab = procedureLab();
  lab.engines.re1 = { state: 'present' };
  const reply = rpcRegistry.invoke(lab.view('re0'), 'get-software-information', { 'invoke-on': 'all-routing-engines' });
  assert.deepEqual(reply.errors.map((e) => e.message), ['Could not connect to re1 : No route to host']);
  assert.ok(reply.text().startsWith(`error: Could not connect to re1 : No route to host\nre0:\n${'-'.repeat(74)}\nHostname: r1-re0\n`));
  const [error, results, ...rest] = parseXml(reply.xml());
  assert.equal(rest.length, 0);
  assert.equal(error?.name, 'rpc-error');
  assert.equal(findElement(error, 'error-message')?.text, '\nCould not connect to re1 : No route to host\n');
  assert.deepEqual(childNames(results as XmlNode), ['multi-routing-engine-item']);
});

test('a cut internal link makes the other RE unreachable too', () => {
  const lab = procedureLab({ linkCut: true });
  const reply = rpcRegistry.invoke(lab.view('re1'), 'get-software-information', { 'invoke-on': 'all-routing-engines' });
  assert.deepEqual(reply.errors.map((e) => e.message), ['Could not connect to re0 : No route to host']);
  assert.match(reply.text(), /^re1:$/m);
});

test('the multi-RE XML has the shape of the real invoke-on reply', (t) => {
  const real = realReply('sw_info_dual_command.xml');
  if (real === undefined) return t.skip('../shared/spec/real-replies is not beside the project');
  const theirs = findElement(parseXmlDocument(real), 'multi-routing-engine-results') as XmlNode;
  const reply = rpcRegistry.invoke(procedureLab().view('re0'), 'get-software-information', { 'invoke-on': 'all-routing-engines' });
  const ours = findElement(parseXmlDocument(reply.cliXml('{master}')), 'multi-routing-engine-results') as XmlNode;
  assert.deepEqual(xmlPaths(ours), xmlPaths(theirs));
  assert.deepEqual(
    ours.children.map((item) => item.children[0]?.text),
    ['re0', 're1'],
  );
  const info = (root: XmlNode) => findElement(root, 'software-information') as XmlNode;
  assert.deepEqual(childNames(info(ours)).slice(0, 5), childNames(info(theirs)).slice(0, 5));
});

test('the reply with an unreachable RE has the shape of the real one', (t) => {
  const real = realReply('sw_info_dual_other_re_off.xml');
  if (real === undefined) return t.skip('../shared/spec/real-replies is not beside the project');
  const theirs = parseXmlDocument(real);
  const lab = procedureLab();
  lab.engines.re0 = { state: 'present' };
  lab.engines.re1.state = 'master';
  const reply = rpcRegistry.invoke(lab.view('re1'), 'get-software-information', { 'invoke-on': 'all-routing-engines' });
  const ours = parseXmlDocument(reply.cliXml('{master}'));
  assert.deepEqual(childNames(ours).filter((n) => n !== 'cli'), childNames(theirs));
  assert.deepEqual(childNames(ours.children[0] as XmlNode), childNames(theirs.children[0] as XmlNode));
  const message = (root: XmlNode) => findElement(root, 'error-message')?.text;
  assert.equal(message(ours), message(theirs));
  assert.deepEqual(xmlPaths(ours.children[1] as XmlNode), xmlPaths(theirs.children[1] as XmlNode));
});

test('the JSON gives the release as REST clients read it', () => {
  const json = rpcRegistry.invoke(procedureLab().view('re0'), 'get-software-information').json() as string;
  const data = JSON.parse(json) as { 'software-information': [{ 'junos-version': [{ data: string }]; 'package-information': unknown[] }] };
  assert.equal(data['software-information'][0]['junos-version'][0].data, '17.3R1.10');
  assert.equal(data['software-information'][0]['package-information'].length, JUNOS_17_3R1_MX.packages.length);
  const multi = JSON.parse(
    rpcRegistry.invoke(procedureLab().view('re0'), 'get-software-information', { 'invoke-on': 'all-routing-engines' }).json() as string,
  ) as Record<string, [{ 'multi-routing-engine-item': { 're-name': [{ data: string }] }[] }]>;
  assert.deepEqual(
    multi['multi-routing-engine-results']?.[0]['multi-routing-engine-item'].map((item) => item['re-name'][0].data),
    ['re0', 're1'],
  );
});

test('a Junos OS Evolved PTX10008 prints its Yocto and kernel lines', () => {
  const router = new FakeRouter({ model: PTX10008, name: 'p1', re0: { state: 'master', hostName: 'p1-re0' } });
  const reply = rpcRegistry.invoke(router.view('re0'), 'get-software-information');
  assert.equal(
    reply.text(),
    'Hostname: p1-re0\nModel: ptx10008\nJunos: 22.4R3.25-EVO\nYocto: 3.0.2\nLinux Kernel: 5.2.60-yocto-standard-g8a8e6f3b1\n' +
      'JUNOS-EVO OS 64-bit [junos-evo-install-ptx-x86-64-22.4R3.25-EVO]\n',
  );
  assert.equal(reply.release, '22.4R3');
});
