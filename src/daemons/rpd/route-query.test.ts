import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfiguration } from '../../config/load.js';
import type { ConfigNode } from '../../config/node.js';
import { expandGroups } from '../../config/groups.js';
import { junosSchema } from '../../schema/junos.js';
import { kernelInterfaces, logicalInterfaces } from '../kernel/interfaces.js';
import { connectedRoutes } from './connected-routes.js';
import { kernelRoutes } from './kernel-routes.js';
import { renderRoutes } from './render-route.js';
import { buildRib } from './rib.js';
import type { RouteInformation } from './route-information.js';
import { queryRoutes, type ShowRouteQuery } from './route-query.js';
import type { Rib } from './route-types.js';
import { staticRouteConfigs } from './static-config.js';
import { staticRoutes } from './static-routes.js';

const T0 = Date.UTC(2024, 2, 11, 10, 0, 0);

function expanded(setLines: string): ConfigNode {
  const { tree, issues } = loadConfiguration(setLines, junosSchema, 'set');
  assert.deepEqual(issues, []);
  return expandGroups(tree, { re: 're0' }).tree;
}

/** The RIB rpd on a master would build from `setLines` at T0. */
function rib(setLines: string, previous?: Rib, now = T0): Rib {
  const config = expanded(setLines);
  const units = logicalInterfaces(kernelInterfaces(config, { managementInterface: 'fxp0', role: 'master' }));
  return buildRib([...connectedRoutes(units), ...staticRoutes(staticRouteConfigs(config), units)], previous, now);
}

function show(r: Rib, query: ShowRouteQuery = {}, now = T0 + 3_723_000): string {
  const result = queryRoutes(r, query, now);
  assert.ok(result.ok);
  return renderRoutes(result.value, query.style);
}

function data(r: Rib, query: ShowRouteQuery = {}): RouteInformation {
  const result = queryRoutes(r, query, T0 + 60_000);
  assert.ok(result.ok);
  return result.value;
}

const LAB = `set interfaces fxp0 unit 0 family inet address 10.255.0.11/24
set interfaces ge-0/0/0 unit 0 family inet address 192.0.2.1/24
set interfaces lo0 unit 0 family inet address 10.1.1.1/32
set routing-options static route 0.0.0.0/0 next-hop 192.0.2.254
set routing-options static route 0.0.0.0/0 qualified-next-hop 10.255.0.1 preference 10
set routing-options static route 10.0.0.0/8 next-hop 10.255.0.1 retain no-readvertise
set routing-options static route 172.16.0.0/12 next-hop 203.0.113.1
set routing-options static route 192.168.0.0/16 reject
set routing-options static route 198.51.100.0/24 discard
set routing-options static route 203.0.113.0/24 next-hop [ 192.0.2.7 10.255.0.7 ] metric 20
`;

test('show route (brief) lays out active, inactive, special and multi-hop routes as Junos does', () => {
  assert.equal(
    show(rib(LAB), { table: 'inet.0' }),
    '\ninet.0: 11 destinations, 12 routes (10 active, 0 holddown, 1 hidden)\n' +
      '+ = Active Route, - = Last Active, * = Both\n\n' +
      '0.0.0.0/0          *[Static/5] 01:02:03\n' +
      '                    >  to 192.0.2.254 via ge-0/0/0.0\n' +
      '                    [Static/10] 01:02:03\n' +
      '                    >  to 10.255.0.1 via fxp0.0\n' +
      '10.0.0.0/8         *[Static/5] 01:02:03\n' +
      '                    >  to 10.255.0.1 via fxp0.0\n' +
      '10.1.1.1/32        *[Direct/0] 01:02:03\n' +
      '                    >  via lo0.0\n' +
      '10.255.0.0/24      *[Direct/0] 01:02:03\n' +
      '                    >  via fxp0.0\n' +
      '10.255.0.11/32     *[Local/0] 01:02:03\n' +
      '                       Local via fxp0.0\n' +
      '192.0.2.0/24       *[Direct/0] 01:02:03\n' +
      '                    >  via ge-0/0/0.0\n' +
      '192.0.2.1/32       *[Local/0] 01:02:03\n' +
      '                       Local via ge-0/0/0.0\n' +
      '192.168.0.0/16     *[Static/5] 01:02:03\n' +
      '                       Reject\n' +
      '198.51.100.0/24    *[Static/5] 01:02:03\n' +
      '                       Discard\n' +
      '203.0.113.0/24     *[Static/5] 01:02:03, metric 20\n' +
      '                    >  to 192.0.2.7 via ge-0/0/0.0\n' +
      '                       to 10.255.0.7 via fxp0.0\n',
  );
});

test('show route terse uses the Junos columns', () => {
  assert.equal(
    show(rib(LAB), { table: 'inet.0', style: 'terse', destination: '0.0.0.0/0', exact: true }) + show(rib(LAB), { style: 'terse', destination: '192.0.2.0/24' }).split('\n').slice(5).join('\n'),
    '\ninet.0: 11 destinations, 12 routes (10 active, 0 holddown, 1 hidden)\n' +
      '+ = Active Route, - = Last Active, * = Both\n\n' +
      'A V Destination        P Prf   Metric 1   Metric 2  Next hop        AS path\n' +
      '* ? 0.0.0.0/0          S   5                       >192.0.2.254\n' +
      '  ?                    S  10                       >10.255.0.1\n' +
      '* ? 192.0.2.0/24       D   0                       >ge-0/0/0.0  \n' +
      '* ? 192.0.2.1/32       L   0                        Local\n',
  );
  assert.match(show(rib(LAB), { style: 'terse', destination: '203.0.113.0/24' }), /\* \? 203\.0\.113\.0\/24 {5}S {3}5 {9}20 {12}>192\.0\.2\.7\n {52}10\.255\.0\.7\n/);
  assert.match(show(rib(LAB), { style: 'terse', destination: '192.168.0.0/16' }), /\* \? 192\.168\.0\.0\/16 {5}S {3}5 {24}Reject\n/);
});

test('show route detail gives the entry, next-hop and state lines', () => {
  assert.equal(
    show(rib(LAB), { destination: '10.0.0.0/8', exact: true, style: 'detail' }, T0 + 154_000),
    '\ninet.0: 11 destinations, 12 routes (10 active, 0 holddown, 1 hidden)\n' +
      '10.0.0.0/8 (1 entry, 1 announced)\n' +
      '        *Static Preference: 5\n' +
      '                Next hop type: Router, Next hop index: 0\n' +
      '                Next-hop reference count: 2\n' +
      '                Next hop: 10.255.0.1 via fxp0.0, selected\n' +
      '                State: <Active NoReadvrt Int Ext>\n' +
      '                Age: 2:34\n' +
      '                Task: RT\n' +
      '                Announcement bits (1): 0-KRT\n' +
      '                AS path: I\n',
  );
  const defaults = show(rib(LAB), { destination: '0.0.0.0/0', exact: true, style: 'detail' });
  assert.match(defaults, /^0\.0\.0\.0\/0 \(2 entries, 1 announced\)$/m);
  assert.match(defaults, /^ {9}Static Preference: 10\n(?: {16}.*\n)*? {16}Inactive reason: Route Preference$/m);
});

test('a static route whose next hop is on no connected subnet is hidden: only show route hidden lists it', () => {
  const r = rib(LAB);
  assert.doesNotMatch(show(r), /172\.16\.0\.0/);
  assert.equal(
    show(r, { hidden: true, table: 'inet.0' }),
    '\ninet.0: 11 destinations, 12 routes (10 active, 0 holddown, 1 hidden)\n' +
      '+ = Active Route, - = Last Active, * = Both\n\n' +
      '172.16.0.0/12       [Static/5] 01:02:03\n' +
      '                       Unusable\n',
  );
  assert.equal(kernelRoutes(r).some((route) => route.destination.length === 12), false);
});

test('the active route of a destination is the one with the lowest preference', () => {
  const r = rib(`${LAB}\nset routing-options static route 0.0.0.0/0 preference 20`);
  const entries = data(r, { destination: '0.0.0.0/0', exact: true })['route-table'][0]?.rt[0]?.['rt-entry'] ?? [];
  assert.deepEqual(entries.map((e) => [e['active-tag'], e.preference, e.nh?.[0]?.to]), [['*', 10, '10.255.0.1'], [undefined, 20, '192.0.2.254']]);
  const installed = kernelRoutes(r).find((route) => route.destination.length === 0);
  assert.equal(installed?.nextHop.kind === 'gateway' ? installed.nextHop.interface : undefined, 'fxp0.0');
});

test('a static route beats nothing of preference 0: direct routes win over a static route to the same subnet', () => {
  const r = rib(`${LAB}\nset routing-options static route 192.0.2.0/24 next-hop 10.255.0.1`);
  const entries = data(r, { destination: '192.0.2.0/24', exact: true })['route-table'][0]?.rt[0]?.['rt-entry'] ?? [];
  assert.deepEqual(entries.map((e) => `${e['active-tag'] ?? ' '}${e['protocol-name']}/${e.preference}`), ['*Direct/0', ' Static/5']);
});

test('next hops that are interfaces resolve when the unit is up; no-install keeps a route out of the kernel', () => {
  const r = rib(`${LAB}
set routing-options static route 100.64.0.0/10 next-hop ge-0/0/0.0
set routing-options static route 100.127.0.0/16 next-hop ge-0/0/5.0
set routing-options static route 198.18.0.0/15 next-hop 192.0.2.9 no-install`);
  assert.match(show(r, { destination: '100.64.0.0/10', exact: true }), /100\.64\.0\.0\/10 +\*\[Static\/5\] 01:02:03\n {20}> {2}via ge-0\/0\/0\.0\n/);
  assert.match(show(r, { hidden: true }), /100\.127\.0\.0\/16/);
  assert.ok(data(r, { destination: '198.18.0.0/15' })['route-table'][0]?.rt.length === 1);
  const installed = kernelRoutes(r).map((route) => `${route.destination.length}:${route.nextHop.kind}:${route.retain}`);
  assert.ok(installed.includes('10:interface:false'));
  assert.ok(installed.includes('8:gateway:true'));
  assert.ok(!installed.some((text) => text.startsWith('15:')));
});

test('a destination shows the routes inside it and the longest route holding it; exact shows itself only', () => {
  const r = rib(LAB);
  const destinations = (query: ShowRouteQuery): string[] => data(r, query)['route-table'].flatMap((table) => table.rt.map((rt) => rt['rt-destination']));
  assert.deepEqual(destinations({ destination: '10.255.0.11' }), ['10.255.0.11/32']);
  assert.deepEqual(destinations({ destination: '10.255.0.0/24' }), ['10.255.0.0/24', '10.255.0.11/32']);
  assert.deepEqual(destinations({ destination: '10.0.0.0/8' }), ['10.0.0.0/8', '10.1.1.1/32', '10.255.0.0/24', '10.255.0.11/32']);
  assert.deepEqual(destinations({ destination: '10.0.0.0/8', exact: true }), ['10.0.0.0/8']);
  assert.deepEqual(destinations({ destination: '8.8.8.8' }), ['0.0.0.0/0']);
  assert.deepEqual(destinations({ protocol: 'Local' }), ['10.255.0.11/32', '192.0.2.1/32']);
  assert.equal(queryRoutes(r, { destination: 'nonsense' }, T0).ok, false);
});

test('a table with nothing to show under a filter prints its count line only', () => {
  assert.equal(
    show(rib(LAB), { protocol: 'direct', destination: '192.168.0.0/16' }),
    '\ninet.0: 11 destinations, 12 routes (10 active, 0 holddown, 1 hidden)\n',
  );
});

test('the data carries the Junos XML names, with the age in seconds', () => {
  const info = data(rib(LAB), { destination: '10.255.0.11' });
  assert.deepEqual(info, {
    'route-table': [
      {
        'table-name': 'inet.0',
        'destination-count': 11,
        'total-route-count': 12,
        'active-route-count': 10,
        'holddown-route-count': 0,
        'hidden-route-count': 1,
        rt: [
          {
            style: 'brief',
            'rt-destination': '10.255.0.11/32',
            'rt-entry': [
              {
                'active-tag': '*',
                'current-active': true,
                'last-active': true,
                'protocol-name': 'Local',
                preference: 0,
                age: { seconds: 60, text: '00:01:00' },
                'nh-type': 'Local',
                nh: [{ 'nh-local-interface': 'fxp0.0' }],
              },
            ],
          },
        ],
      },
    ],
  });
});

test('ages survive recomputation while a route is unchanged, and restart when its next hop changes', () => {
  const first = rib(LAB);
  const later = rib(`${LAB}\nset routing-options static route 10.0.0.0/8 next-hop 192.0.2.9`, first, T0 + 3_600_000);
  const age = (destination: string): string | undefined =>
    queryRoutes(later, { destination, exact: true }, T0 + 3_600_000).ok
      ? (queryRoutes(later, { destination, exact: true }, T0 + 3_600_000) as { ok: true; value: RouteInformation }).value['route-table'][0]?.rt[0]?.['rt-entry'][0]?.age.text
      : undefined;
  assert.equal(age('192.168.0.0/16'), '01:00:00');
  assert.equal(age('10.0.0.0/8'), '00:00:00');
});

test('IPv6: rib inet6.0 static routes resolve over inet6 subnets; long destinations go on their own line', () => {
  const r = rib(`set interfaces ge-0/0/0 unit 0 family inet6 address 2001:db8:1::1/64
set routing-options rib inet6.0 static route 2001:db8::/32 next-hop 2001:db8:1::fe
set routing-options rib inet6.0 static route 2001:db8:ffff:ffff:ffff::/80 discard
set routing-options rib inet6.0 static route 2001:db8:dead::/48 next-hop 2001:db8:2::1`);
  assert.equal(
    show(r, { table: 'inet6.0' }),
    '\ninet6.0: 5 destinations, 5 routes (4 active, 0 holddown, 1 hidden)\n' +
      '+ = Active Route, - = Last Active, * = Both\n\n' +
      '2001:db8::/32      *[Static/5] 01:02:03\n' +
      '                    >  to 2001:db8:1::fe via ge-0/0/0.0\n' +
      '2001:db8:1::/64    *[Direct/0] 01:02:03\n' +
      '                    >  via ge-0/0/0.0\n' +
      '2001:db8:1::1/128  *[Local/0] 01:02:03\n' +
      '                       Local via ge-0/0/0.0\n' +
      '2001:db8:ffff:ffff:ffff::/80\n' +
      '                   *[Static/5] 01:02:03\n' +
      '                       Discard\n',
  );
  assert.match(show(r, { style: 'terse', table: 'inet6.0' }), /\* \? 2001:db8:ffff:ffff:ffff::\/80\n {23}S {3}5 {24}Discard\n/);
  assert.deepEqual(
    kernelRoutes(r).map((route) => route.nextHop.kind),
    ['gateway', 'discard'],
  );
});
