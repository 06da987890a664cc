import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderRoutes } from '../../daemons/rpd/index.js';
import { SimulatedClock } from '../../lib/clock.js';
import { rpcRegistry } from '../rpc-table.js';
import { bootKernel, MAIN_LINE, startRpd } from '../testing/daemon-lab.js';
import { childNames, findElement, parseXmlDocument, type XmlNode } from '../testing/parse-xml.js';
import { procedureLab } from '../testing/procedure-lab.js';

const STATIC = `${MAIN_LINE}
set routing-options static route 172.16.0.0/12 next-hop 10.255.0.1
`;

/** re0 master with rpd up since 10:00:00, asked at 10:06:10; re1 backup without rpd. */
function lab() {
  const clock = new SimulatedClock(Date.UTC(2024, 2, 11, 10, 0, 0));
  const router = procedureLab({ now: Date.UTC(2024, 2, 11, 10, 6, 10) });
  const kernel = bootKernel(STATIC, 're0', 'master');
  router.engines.re0.kernel = kernel;
  router.engines.re0.rpd = startRpd(kernel, clock, STATIC, 're0');
  router.engines.re1.kernel = bootKernel(STATIC, 're1', 'backup');
  clock.advance(370_000);
  return { router, clock };
}

test('8.1: show route on the backup RE, where rpd does not run, is the routing-subsystem error', () => {
  const reply = rpcRegistry.invoke(lab().router.view('re1'), 'get-route-information');
  assert.equal(reply.text(), 'error: the routing subsystem is not running\n');
  assert.equal(reply.failed, true);
  assert.equal(reply.element(), undefined);
  assert.match(reply.xml(), /<error-message>\nthe routing subsystem is not running\n<\/error-message>/);
});

test('the master prints rpd\'s routes: direct (one per address of the subnet), local (master-only included) and static', () => {
  const text = rpcRegistry.invoke(lab().router.view('re0'), 'get-route-information', { table: 'inet.0' }).text();
  assert.equal(
    text,
    [
      '',
      'inet.0: 4 destinations, 5 routes (4 active, 0 holddown, 0 hidden)',
      '+ = Active Route, - = Last Active, * = Both',
      '',
      '10.255.0.0/24      *[Direct/0] 00:06:10',
      '                    >  via fxp0.0',
      '                    [Direct/0] 00:06:10',
      '                    >  via fxp0.0',
      '10.255.0.10/32     *[Local/0] 00:06:10',
      '                       Local via fxp0.0',
      '10.255.0.11/32     *[Local/0] 00:06:10',
      '                       Local via fxp0.0',
      '172.16.0.0/12      *[Static/5] 00:06:10',
      '                    >  to 10.255.0.1 via fxp0.0',
      '',
    ].join('\n'),
  );
});

test('the text is rpd\'s renderer for every style, and the filters reach rpd', () => {
  const { router } = lab();
  const view = router.view('re0');
  for (const style of ['brief', 'terse', 'detail'] as const) {
    const rpd = router.engines.re0.rpd;
    const direct = rpd?.showRoute({ style, protocol: 'static' });
    assert.ok(direct?.ok);
    assert.equal(rpcRegistry.invoke(view, 'get-route-information', { [style]: true, protocol: 'static' }).text(), renderRoutes(direct.value, style));
  }
  const one = rpcRegistry.invoke(view, 'get-route-information', { destination: '172.16.1.1', terse: true }).text();
  assert.match(one, /^\* \? 172\.16\.0\.0\/12 +S +5 +>10\.255\.0\.1$/m);
  assert.doesNotMatch(one, /10\.255\.0\.0\/24/);
});

test('two styles at once are a syntax error; a bad destination is rpd\'s error', () => {
  const view = lab().router.view('re0');
  assert.equal(rpcRegistry.invoke(view, 'get-route-information', { terse: true, detail: true }).errors[0]?.badElement, 'detail');
  assert.equal(rpcRegistry.invoke(view, 'get-route-information', { destination: 'nowhere' }).text(), 'error: invalid value: nowhere\n');
  assert.equal(rpcRegistry.invoke(view, 'get-route-information', { protocol: 'bogus' }).errors[0]?.badElement, 'bogus');
});

test('the XML follows Junos: routing namespace, rt with junos:style, flags, age in seconds', () => {
  const view = lab().router.view('re0');
  const root = parseXmlDocument(rpcRegistry.invoke(view, 'get-route-information', { destination: '172.16.0.0/12', exact: true }).xml());
  assert.equal(root.name, 'route-information');
  assert.equal(root.attributes.xmlns, 'http://xml.juniper.net/junos/17.3R1/junos-routing');
  const table = root.children[0] as XmlNode;
  assert.deepEqual(childNames(table), ['table-name', 'destination-count', 'total-route-count', 'active-route-count', 'holddown-route-count', 'hidden-route-count', 'rt']);
  const rt = findElement(table, 'rt') as XmlNode;
  assert.equal(rt.attributes['junos:style'], 'brief');
  const entry = findElement(rt, 'rt-entry') as XmlNode;
  assert.deepEqual(childNames(entry), ['active-tag', 'current-active', 'last-active', 'protocol-name', 'preference', 'age', 'nh']);
  assert.equal(findElement(entry, 'age')?.attributes['junos:seconds'], '370');
  assert.deepEqual(childNames(findElement(entry, 'nh') as XmlNode), ['selected-next-hop', 'to', 'via']);
  const detail = parseXmlDocument(rpcRegistry.invoke(view, 'get-route-information', { destination: '172.16.0.0/12', detail: true }).xml());
  assert.equal(findElement(detail, 'rt-entry-count')?.attributes['junos:format'], '1 entry');
});
