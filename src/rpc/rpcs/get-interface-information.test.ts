import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rpcRegistry } from '../rpc-table.js';
import type { RouterView } from '../router-view.js';
import { bootKernel, MAIN_LINE } from '../testing/daemon-lab.js';
import { childNames, findElement, parseXmlDocument, type XmlNode } from '../testing/parse-xml.js';
import { procedureLab } from '../testing/procedure-lab.js';
import { realReply } from '../testing/real-replies.js';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

function lab() {
  const router = procedureLab();
  router.engines.re0.kernel = bootKernel(`${MAIN_LINE}\nset interfaces ge-0/0/0 unit 0 family inet address 192.0.2.1/24\nset interfaces ge-0/0/1 disable`, 're0', 'master');
  router.engines.re1.kernel = bootKernel(MAIN_LINE, 're1', 'backup');
  return router;
}

const controlUnit = (name: string, n: number, special: string, linkLocal: string): string[] => {
  const inet = [`10.0.0.${n}/8`, ...[`128.0.0.${n}/2`, special].sort()];
  return [
    `${name.padEnd(24)}up    up   inet     ${inet[0]}`,
    `${' '.repeat(44)}${inet[1]}`,
    `${' '.repeat(44)}${inet[2]}`,
    `${' '.repeat(35)}inet6    ${linkLocal}:fe00:${n}/64`,
    `${' '.repeat(44)}fec0::a:0:0:${n}/64`,
    `${' '.repeat(35)}tnp      0x${n}`,
  ];
};

test('show interfaces terse on the master: line cards first, internal interfaces, the master-only address', () => {
  assert.equal(
    rpcRegistry.invoke(lab().view('re0'), 'get-interface-information', { terse: true }).text(),
    lines(
      'Interface               Admin Link Proto    Local                 Remote',
      'ge-0/0/0                up    up',
      'ge-0/0/0.0              up    up   inet     192.0.2.1/24',
      'ge-0/0/1                down  down',
      'em0                     up    up',
      ...controlUnit('em0.0', 4, '128.0.0.1/2', 'fe80::200:ff'),
      'em1                     up    up',
      ...controlUnit('em1.0', 4, '128.0.0.1/2', 'fe80::200:1ff'),
      'fxp0                    up    up',
      'fxp0.0                  up    up   inet     10.255.0.11/24',
      '                                            10.255.0.10/24',
      'lo0                     up    up',
      'lo0.16384               up    up   inet     127.0.0.1           --> 0/0',
      'lo0.16385               up    up   inet',
    ),
  );
});

test('on the backup: no line cards, no master-only address, the backup\'s internal addresses', () => {
  const text = rpcRegistry.invoke(lab().view('re1'), 'get-interface-information', { terse: true }).text();
  assert.doesNotMatch(text, /ge-0\/0\/0|10\.255\.0\.10|128\.0\.0\.1\//);
  assert.match(text, /^fxp0\.0 +up +up +inet +10\.255\.0\.12\/24$/m);
  assert.ok(text.includes(lines(...controlUnit('em0.0', 5, '128.0.0.6/2', 'fe80::200:ff'))));
});

test('a name shows that interface; a logical name that line only; an unknown one is an error', () => {
  const view = lab().view('re0');
  assert.equal(
    rpcRegistry.invoke(view, 'get-interface-information', { terse: true, 'interface-name': 'fxp0' }).text(),
    lines('Interface               Admin Link Proto    Local                 Remote', 'fxp0                    up    up', 'fxp0.0                  up    up   inet     10.255.0.11/24', '                                            10.255.0.10/24'),
  );
  const logical = rpcRegistry.invoke(view, 'get-interface-information', { terse: true, 'interface-name': 'lo0.16384' });
  assert.equal(logical.text(), lines('Interface               Admin Link Proto    Local                 Remote', 'lo0.16384               up    up   inet     127.0.0.1           --> 0/0'));
  assert.deepEqual(childNames(parseXmlDocument(logical.xml())), ['logical-interface']);
  assert.equal(rpcRegistry.invoke(view, 'get-interface-information', { terse: true, 'interface-name': 'ge-9/9/9' }).text(), 'error: device ge-9/9/9 not found\n');
});

test('the __juniper_private1__ reply has the structure of the real PyEZ fixture', (t) => {
  const real = realReply('current_re_get-interface-information.xml');
  if (real === undefined) return t.skip('../shared/spec/real-replies is not beside the project');
  const theirs = findElement(parseXmlDocument(real), 'interface-information') as XmlNode;
  const ours = parseXmlDocument(rpcRegistry.invoke(lab().view('re0'), 'get-interface-information', { terse: true, 'routing-instance': '__juniper_private1__' }).xml());
  assert.equal(ours.name, theirs.name);
  assert.deepEqual(Object.keys(ours.attributes), Object.keys(theirs.attributes));
  assert.equal(ours.attributes['junos:style'], 'terse');
  const units = (root: XmlNode): XmlNode[] => root.children.flatMap((ifd) => ifd.children);
  assert.ok(ours.children.every((ifd) => ifd.name === 'physical-interface' && ifd.children.every((c) => c.name === 'logical-interface')));
  const byName = (root: XmlNode, name: string): XmlNode => units(root).find((unit) => findElement(unit, 'name')?.text === name) as XmlNode;
  for (const name of ['em0.0', 'em1.0', 'lo0.16385']) {
    const mine = byName(ours, name);
    const real0 = byName(theirs, name);
    assert.deepEqual([...xmlShape(mine)], [...xmlShape(real0)], name);
  }
  assert.deepEqual(
    units(ours).map((unit) => findElement(unit, 'name')?.text),
    ['em0.0', 'em1.0', 'lo0.16385'],
  );
});

/** Element paths with their texts, in document order. */
function* xmlShape(node: XmlNode, path = ''): Generator<string> {
  const here = `${path}/${node.name}${Object.keys(node.attributes).map((a) => `@${a}=${node.attributes[a] ?? ''}`).join('')}`;
  yield node.children.length === 0 ? `${here}=${node.text.trim()}` : here;
  for (const child of node.children) yield* xmlShape(child, here);
}

/** PyEZ's current_re fact (clients.md §2.3): private inet addresses mapped through /etc/hosts.junos. */
function currentRe(view: RouterView): string[] {
  const interfaces = parseXmlDocument(rpcRegistry.invoke(view, 'get-interface-information', { terse: true, 'routing-instance': '__juniper_private1__' }).xml());
  const hosts = findElement(parseXmlDocument(rpcRegistry.invoke(view, 'file-show', { filename: '/etc/hosts.junos' }).xml()), 'file-content') as XmlNode;
  const names = new Map<string, string[]>();
  for (const line of hosts.text.split('\n')) {
    const words = line.trim().split(/\s+/);
    if (words[0] === undefined || words[0] === '' || words[0].startsWith('#')) continue;
    names.set(words[0], [...(names.get(words[0]) ?? []), ...words.slice(1)]);
  }
  const found: string[] = [];
  const visit = (node: XmlNode): void => {
    if (node.name === 'address-family' && findElement(node, 'address-family-name')?.text === 'inet') {
      for (const address of node.children.filter((c) => c.name === 'interface-address')) {
        const ip = (findElement(address, 'ifa-local')?.text ?? '').split('/')[0] ?? '';
        for (const name of names.get(ip) ?? []) if (!found.includes(name)) found.push(name);
      }
    }
    node.children.forEach(visit);
  };
  visit(interfaces);
  return found;
}

test('PyEZ finds which RE it is on: re0 master, re1 backup, and after a switchover', () => {
  const router = lab();
  assert.deepEqual(currentRe(router.view('re0')).sort(), ['fwdd', 'master', 'member', 'node', 'pfem', 're0']);
  assert.deepEqual(currentRe(router.view('re1')).sort(), ['backup', 're1']);
  router.engines.re0.state = 'backup';
  router.engines.re1.state = 'master';
  assert.deepEqual(currentRe(router.view('re1')).sort(), ['fwdd', 'master', 'member', 'node', 'pfem', 're1']);
  assert.deepEqual(currentRe(router.view('re0')).sort(), ['backup', 're0']);
});

test('the JSON carries the same data; without a kernel an RE still lists fxp0 and lo0', () => {
  const json = JSON.parse(rpcRegistry.invoke(lab().view('re0'), 'get-interface-information', { terse: true, 'interface-name': 'fxp0.0' }).json() as string) as {
    'interface-information': [{ 'logical-interface': [{ 'address-family': [{ 'interface-address': { 'ifa-local': [{ data: string; attributes: Record<string, string> }] }[] }] }] }];
  };
  const addresses = json['interface-information'][0]['logical-interface'][0]['address-family'][0]['interface-address'];
  assert.deepEqual(addresses.map((a) => a['ifa-local'][0]), [
    { data: '10.255.0.11/24', attributes: { 'junos:emit': 'emit' } },
    { data: '10.255.0.10/24', attributes: { 'junos:emit': 'emit' } },
  ]);
  const bare = rpcRegistry.invoke(procedureLab().view('re1'), 'get-interface-information', { terse: true }).text();
  assert.match(bare, /^fxp0 +up +up$/m);
  assert.match(bare, /^lo0 +up +up$/m);
});
