import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fixture } from '../../test/support/fixtures.js';
import { junosSchema } from '../schema/junos.js';
import { parseText } from './parse-text.js';
import { junosNamespace, renderDisplayXml, renderXml, wrapCliReply, XNM_NAMESPACE } from './render-xml.js';

const parse = (text: string) => {
  const { tree, issues } = parseText(text, junosSchema);
  assert.deepEqual(issues, []);
  return tree;
};

const lines = (...all: string[]): string => all.map((line) => `${line}\n`).join('');

const COMMIT = { seconds: 1710148410, localtime: '2024-03-11 09:13:30 UTC', user: 'lab' };

/** Every statement kind, with marks, annotations and characters that need escaping. */
const KINDS = fixture('every-kind.conf');

test('the reference configuration renders as | display xml prints it', () => {
  const text = fixture('procedure-reference.conf');
  const [rootHash, labHash] = [...text.matchAll(/encrypted-password "([^"]+)"/g)].map((match) => match[1]);
  assert.ok(rootHash !== undefined && labHash !== undefined);
  const group = (name: string, address: string): string[] => [
    '            <groups>',
    `                <name>${name}</name>`,
    '                <system>',
    `                    <host-name>r1-${name}</host-name>`,
    '                    <backup-router>',
    '                        <address>10.255.0.1</address>',
    '                        <destination>10.0.0.0/8</destination>',
    '                    </backup-router>',
    '                </system>',
    '                <interfaces>',
    '                    <interface>',
    '                        <name>fxp0</name>',
    '                        <unit>',
    '                            <name>0</name>',
    '                            <family>',
    '                                <inet>',
    '                                    <address>',
    `                                        <name>${address}</name>`,
    '                                    </address>',
    '                                    <address>',
    '                                        <name>10.255.0.10/24</name>',
    '                                        <master-only/>',
    '                                    </address>',
    '                                </inet>',
    '                            </family>',
    '                        </unit>',
    '                    </interface>',
    '                </interfaces>',
    '            </groups>',
  ];
  const expected = lines(
    '<rpc-reply xmlns:junos="http://xml.juniper.net/junos/17.3R1/junos">',
    '    <configuration junos:commit-seconds="1710148410" junos:commit-localtime="2024-03-11 09:13:30 UTC" junos:commit-user="lab">',
    '            <version>17.3R1.10</version>',
    ...group('re0', '10.255.0.11/24'),
    ...group('re1', '10.255.0.12/24'),
    '            <apply-groups>re0</apply-groups>',
    '            <apply-groups>re1</apply-groups>',
    '            <system>',
    '                <root-authentication>',
    `                    <encrypted-password>${rootHash}</encrypted-password>`,
    '                </root-authentication>',
    '                <commit>',
    '                    <synchronize/>',
    '                </commit>',
    '                <login>',
    '                    <user>',
    '                        <name>lab</name>',
    '                        <uid>2000</uid>',
    '                        <class>super-user</class>',
    '                        <authentication>',
    `                            <encrypted-password>${labHash}</encrypted-password>`,
    '                        </authentication>',
    '                    </user>',
    '                </login>',
    '                <services>',
    '                    <ssh>',
    '                    </ssh>',
    '                    <netconf>',
    '                        <ssh>',
    '                        </ssh>',
    '                    </netconf>',
    '                </services>',
    '                <domain-name>lab.example.net</domain-name>',
    '                <syslog>',
    '                    <user>',
    '                        <name>*</name>',
    '                        <contents>',
    '                            <name>any</name>',
    '                            <emergency/>',
    '                        </contents>',
    '                    </user>',
    '                    <file>',
    '                        <name>messages</name>',
    '                        <contents>',
    '                            <name>any</name>',
    '                            <notice/>',
    '                        </contents>',
    '                        <contents>',
    '                            <name>authorization</name>',
    '                            <info/>',
    '                        </contents>',
    '                    </file>',
    '                    <file>',
    '                        <name>interactive-commands</name>',
    '                        <contents>',
    '                            <name>interactive-commands</name>',
    '                            <any/>',
    '                        </contents>',
    '                    </file>',
    '                </syslog>',
    '            </system>',
    '    </configuration>',
    '    <cli>',
    '        <banner>{master}</banner>',
    '    </cli>',
    '</rpc-reply>',
  );
  assert.equal(renderDisplayXml(parse(text), { release: '17.3R1', banner: '{master}', commit: COMMIT }), expected);
});

test('every statement kind gets its Junos element, marks and comments', () => {
  const expected = lines(
    '<configuration>',
    '    <system>',
    '        <junos:comment>/* management "name" &amp; &lt;more&gt; */</junos:comment>',
    '        <host-name>r1</host-name>',
    '        <login>',
    '            <user protect="protect">',
    '                <name>lab</name>',
    '                <uid>2000</uid>',
    '                <class>super-user</class>',
    '            </user>',
    '        </login>',
    '        <domain-name inactive="inactive">lab.example.net</domain-name>',
    '        <backup-router>',
    '            <address>10.255.0.1</address>',
    '            <destination>10.0.0.0/8</destination>',
    '            <destination>172.16.0.0/12</destination>',
    '        </backup-router>',
    '        <inet6-backup-router>',
    '            <address>2001:db8::1</address>',
    '            <destination>::/0</destination>',
    '        </inet6-backup-router>',
    '        <name-server>',
    '            <name>10.0.0.53</name>',
    '        </name-server>',
    '        <name-server inactive="inactive">',
    '            <name>10.0.0.54</name>',
    '        </name-server>',
    '    </system>',
    '    <chassis>',
    '        <redundancy>',
    '            <routing-engine>',
    '                <name>0</name>',
    '                <master/>',
    '            </routing-engine>',
    '            <routing-engine>',
    '                <name>1</name>',
    '                <backup/>',
    '            </routing-engine>',
    '            <failover>',
    '                <on-loss-of-keepalives/>',
    '            </failover>',
    '            <keepalive-time>300</keepalive-time>',
    '            <graceful-switchover>',
    '            </graceful-switchover>',
    '        </redundancy>',
    '    </chassis>',
    '    <interfaces>',
    '        <interface inactive="inactive">',
    '            <name>ge-0/0/1</name>',
    '            <description>uplink &lt;to&gt; "core" &amp; more</description>',
    '            <unit>',
    '                <name>0</name>',
    '                <family>',
    '                    <inet6>',
    '                    </inet6>',
    '                </family>',
    '            </unit>',
    '        </interface>',
    '    </interfaces>',
    '    <snmp>',
    '        <location>42</location>',
    '        <community>',
    '            <name>public</name>',
    '            <authorization>read-only</authorization>',
    '        </community>',
    '    </snmp>',
    '    <routing-options>',
    '        <autonomous-system>',
    '            <as-number>65000</as-number>',
    '        </autonomous-system>',
    '        <static>',
    '            <route protect="protect">',
    '                <name>192.0.2.0/24</name>',
    '                <next-hop>10.0.0.1</next-hop>',
    '                <next-hop>10.0.0.2</next-hop>',
    '                <retain/>',
    '                <preference>',
    '                    <metric-value>5</metric-value>',
    '                </preference>',
    '            </route>',
    '        </static>',
    '    </routing-options>',
    '</configuration>',
  );
  assert.equal(renderXml(parse(KINDS)), expected);
});

test('compact layout writes no whitespace between elements', () => {
  const tree = parse('system { host-name r1; commit { synchronize; } services { ssh; } }\napply-groups [ a b ];\n');
  assert.equal(
    renderXml(tree, { layout: 'compact' }),
    '<configuration><apply-groups>a</apply-groups><apply-groups>b</apply-groups><system><host-name>r1</host-name>' +
      '<commit><synchronize/></commit><services><ssh></ssh></services></system></configuration>',
  );
});

test('both marks, a multi-line annotation and marked leaf-lists come out as Junos writes them', () => {
  const tree = parse('/* first\n   second */\ninactive: apply-groups [ a b ];\nsystem {\n    /* why */\n    inactive: protect: host-name r1;\n}\n');
  assert.equal(
    renderXml(tree),
    lines(
      '<configuration>',
      '    <junos:comment>/* first',
      '   second */</junos:comment>',
      '    <apply-groups inactive="inactive">a</apply-groups>',
      '    <apply-groups inactive="inactive">b</apply-groups>',
      '    <system>',
      '        <junos:comment>/* why */</junos:comment>',
      '        <host-name inactive="inactive" protect="protect">r1</host-name>',
      '    </system>',
      '</configuration>',
    ),
  );
});

test('attribute values and text are escaped, including quotes in attributes', () => {
  const tree = parse('interfaces { fxp0 { description "a<b & \\"c\\" > d \'e\'"; } }\n');
  const xml = renderXml(tree, { layout: 'compact', commit: { seconds: '1', localtime: 'x', user: 'a"b&<c>' } });
  assert.equal(
    xml,
    '<configuration junos:commit-seconds="1" junos:commit-localtime="x" junos:commit-user="a&quot;b&amp;&lt;c&gt;">' +
      '<interfaces><interface><name>fxp0</name><description>a&lt;b &amp; "c" &gt; d \'e\'</description></interface></interfaces>' +
      '</configuration>',
  );
});

test('the netconf layout can carry the xnm namespace and declare the junos prefix', () => {
  const tree = parse('system { host-name r1; }\n');
  assert.equal(
    renderXml(tree, { xmlns: XNM_NAMESPACE, junosNamespace: junosNamespace('17.3R1'), commit: COMMIT }),
    lines(
      '<configuration xmlns="http://xml.juniper.net/xnm/1.1/xnm" xmlns:junos="http://xml.juniper.net/junos/17.3R1/junos"' +
        ' junos:commit-seconds="1710148410" junos:commit-localtime="2024-03-11 09:13:30 UTC" junos:commit-user="lab">',
      '    <system>',
      '        <host-name>r1</host-name>',
      '    </system>',
      '</configuration>',
    ),
  );
});

test('an empty configuration is an open and a close tag', () => {
  const tree = parse('');
  assert.equal(renderXml(tree), '<configuration>\n</configuration>\n');
  assert.equal(renderXml(tree, { layout: 'compact' }), '<configuration></configuration>');
});

test('the CLI wrapper takes any payload, the release and the banner', () => {
  assert.equal(
    wrapCliReply('    <foo>\n    </foo>\n', '17.3R1', ''),
    lines(
      '<rpc-reply xmlns:junos="http://xml.juniper.net/junos/17.3R1/junos">',
      '    <foo>',
      '    </foo>',
      '    <cli>',
      '        <banner></banner>',
      '    </cli>',
      '</rpc-reply>',
    ),
  );
  assert.match(wrapCliReply('', '17.3R1', '{backup}'), /<banner>\{backup\}<\/banner>/);
});

/** The real get-configuration reply kept beside the project (../shared), when it is there. */
function realReply(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = here.includes(join('dist', 'src')) ? join(here, '..', '..', '..') : join(here, '..', '..');
  const path = join(root, '..', 'shared', 'spec', 'real-replies', 'domain_config_get-configuration.xml');
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

test('a real get-configuration reply has the same elements and attributes', (t) => {
  const reply = realReply();
  if (reply === undefined) {
    t.skip('../shared/spec/real-replies is not beside the project');
    return;
  }
  const real = /<configuration[\s\S]*<\/configuration>/.exec(reply)?.[0].replace(/>\s+</g, '><');
  const attribute = (name: string): string => new RegExp(`junos:${name}="([^"]*)"`).exec(real ?? '')?.[1] ?? '';
  const domain = /<domain-name>([^<]*)<\/domain-name>/.exec(real ?? '')?.[1] ?? '';
  const commit = { seconds: attribute('commit-seconds'), localtime: attribute('commit-localtime'), user: attribute('commit-user') };
  const tree = parse(`system { domain-name ${domain}; }\n`);
  assert.equal(renderXml(tree, { layout: 'compact', commit }), real);
});
