import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rpcRegistry } from '../rpc-table.js';
import { bootKernel, expanded, MAIN_LINE } from '../testing/daemon-lab.js';
import { childNames, findElement, parseXmlDocument, type XmlNode } from '../testing/parse-xml.js';
import { procedureLab } from '../testing/procedure-lab.js';

const HEAD = 'Routing table: default.inet\nInternet:\nDestination        Type RtRef Next hop           Type Index    NhRef Netif\n';
const DEFAULT_REJECT = 'default            perm     0                    rjct       36     1\n';

/** The lab of section 8: re0 master with rpd running, re1 backup without rpd. */
function section8() {
  const lab = procedureLab();
  lab.engines.re1.kernel = bootKernel(MAIN_LINE, 're1', 'backup', 556);
  // re0's numbers in 8.2 come from its history: fxp0 .11 at boot, the rest added by commits while rpd ran.
  const re0 = bootKernel('set interfaces fxp0 unit 0 family inet address 10.255.0.11/24', 're0', 'master', 609);
  re0.installRoutes([]);
  re0.reconfigure(expanded(MAIN_LINE, 're0'));
  lab.engines.re0.kernel = re0;
  return lab;
}

test('8.1: on the backup RE the backup-router route is there, by destination and in the whole table', () => {
  const view = section8().view('re1');
  assert.equal(
    rpcRegistry.invoke(view, 'get-forwarding-table-information', { destination: '10.0.0.0/8' }).text(),
    HEAD + '10.0.0.0/8         user     0 10.255.0.1         ucst      561     2 fxp0.0\n',
  );
  assert.equal(
    rpcRegistry.invoke(view, 'get-forwarding-table-information', { family: 'inet' }).text(),
    HEAD +
      DEFAULT_REJECT +
      '0.0.0.0/32         perm     0                    dscd       34     1\n' +
      '10.0.0.0/8         user     0 10.255.0.1         ucst      561     2 fxp0.0\n' +
      '10.255.0.0/24      intf     0                    rslv      559     1 fxp0.0\n' +
      '10.255.0.0/32      dest     0 10.255.0.0         recv      557     1 fxp0.0\n' +
      '10.255.0.1/32      dest     0 2c:6b:f5:8e:4:c1   ucst      561     2 fxp0.0\n' +
      '10.255.0.12/32     intf     0 10.255.0.12        locl      558     2\n' +
      '10.255.0.255/32    dest     0 10.255.0.255       bcst      556     1 fxp0.0\n' +
      '224.0.0.0/4        perm     0                    mdsc       35     1\n' +
      '255.255.255.255/32 perm     0                    bcst       32     1\n',
  );
});

test('8.2: on the master with rpd running the route is gone and 10/8 falls to the default reject', () => {
  const view = section8().view('re0');
  assert.equal(rpcRegistry.invoke(view, 'get-forwarding-table-information', { destination: '10.0.0.0/8' }).text(), HEAD + DEFAULT_REJECT);
  assert.equal(
    rpcRegistry.invoke(view, 'get-forwarding-table-information', { family: 'inet' }).text(),
    HEAD +
      DEFAULT_REJECT +
      '0.0.0.0/32         perm     0                    dscd       34     1\n' +
      '10.255.0.0/24      intf     0                    rslv      612     1 fxp0.0\n' +
      '10.255.0.0/32      dest     0 10.255.0.0         recv      610     1 fxp0.0\n' +
      '10.255.0.1/32      dest     0 2c:6b:f5:8e:4:c1   ucst      615     1 fxp0.0\n' +
      '10.255.0.10/32     intf     0 10.255.0.10        locl      614     2\n' +
      '10.255.0.11/32     intf     0 10.255.0.11        locl      611     2\n' +
      '10.255.0.255/32    dest     0 10.255.0.255       bcst      609     1 fxp0.0\n' +
      '224.0.0.0/4        perm     0                    mdsc       35     1\n' +
      '255.255.255.255/32 perm     0                    bcst       32     1\n',
  );
});

test('8.5: with the backup router off fxp0\'s subnet re1 installs nothing for 10/8', () => {
  const lab = procedureLab();
  lab.engines.re1.kernel = bootKernel(MAIN_LINE.replace('set groups re1 system backup-router 10.255.0.1', 'set groups re1 system backup-router 10.255.1.1'), 're1', 'backup');
  assert.equal(rpcRegistry.invoke(lab.view('re1'), 'get-forwarding-table-information', { destination: '10.0.0.0/8' }).text(), HEAD + DEFAULT_REJECT);
});

test('the XML has the GENIE schema\'s elements, in order, in the routing namespace', () => {
  const reply = rpcRegistry.invoke(section8().view('re1'), 'get-forwarding-table-information', { destination: '10.0.0.0/8' });
  assert.equal(
    reply.xml(),
    [
      '    <forwarding-table-information xmlns="http://xml.juniper.net/junos/17.3R1/junos-routing">',
      '        <route-table>',
      '            <table-name>default.inet</table-name>',
      '            <address-family>Internet</address-family>',
      '            <rt-entry>',
      '                <rt-destination>10.0.0.0/8</rt-destination>',
      '                <destination-type>user</destination-type>',
      '                <route-reference-count>0</route-reference-count>',
      '                <nh>',
      '                    <to>10.255.0.1</to>',
      '                    <nh-type>ucst</nh-type>',
      '                    <nh-index>561</nh-index>',
      '                    <nh-reference-count>2</nh-reference-count>',
      '                    <via>fxp0.0</via>',
      '                </nh>',
      '            </rt-entry>',
      '        </route-table>',
      '    </forwarding-table-information>',
      '',
    ].join('\n'),
  );
  const whole = parseXmlDocument(rpcRegistry.invoke(section8().view('re1'), 'get-forwarding-table-information', {}).xml());
  assert.deepEqual(
    whole.children.map((table) => findElement(table, 'table-name')?.text),
    ['default.inet', 'default.inet6'],
  );
  const reject = (findElement(whole, 'route-table') as XmlNode).children[2] as XmlNode;
  assert.deepEqual(childNames(reject.children[3] as XmlNode), ['nh-type', 'nh-index', 'nh-reference-count']);
});

test('table keeps an instance\'s tables; family inet6 and JSON', () => {
  const view = section8().view('re1');
  const names = (args: Record<string, string>): string[] =>
    parseXmlDocument(rpcRegistry.invoke(view, 'get-forwarding-table-information', args).xml()).children.map((t) => findElement(t, 'table-name')?.text ?? '');
  assert.deepEqual(names({ table: 'default' }), ['default.inet', 'default.inet6']);
  assert.deepEqual(names({ table: 'default.inet6' }), ['default.inet6']);
  assert.deepEqual(names({ table: 'mgmt_junos' }), []);
  assert.deepEqual(names({ family: 'inet6' }), ['default.inet6']);
  const json = JSON.parse(rpcRegistry.invoke(view, 'get-forwarding-table-information', { destination: '10.1.2.3' }).json() as string) as {
    'forwarding-table-information': [{ 'route-table': [{ 'rt-entry': [{ 'rt-destination': [{ data: string }] }] }] }];
  };
  assert.equal(json['forwarding-table-information'][0]['route-table'][0]['rt-entry'][0]['rt-destination'][0].data, '10.0.0.0/8');
});

test('a destination that is not an address is an error; family takes inet and inet6 only', () => {
  const view = section8().view('re1');
  const bad = rpcRegistry.invoke(view, 'get-forwarding-table-information', { destination: 'fxp0' });
  assert.equal(bad.failed, true);
  assert.equal(bad.text(), 'error: invalid value: fxp0\n');
  assert.equal(rpcRegistry.invoke(view, 'get-forwarding-table-information', { family: 'mpls' }).errors[0]?.badElement, 'mpls');
});

test('an RE without a kernel answers empty tables', () => {
  assert.equal(rpcRegistry.invoke(procedureLab().view('re0'), 'get-forwarding-table-information').text(), '');
});
