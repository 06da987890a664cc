import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfiguration } from '../../config/load.js';
import type { ConfigNode } from '../../config/node.js';
import { junosSchema } from '../../schema/junos.js';
import { rpcRegistry } from '../rpc-table.js';
import { configuration, MAIN_LINE } from '../testing/daemon-lab.js';
import { findElement, parseXmlDocument, type XmlNode } from '../testing/parse-xml.js';
import { procedureLab } from '../testing/procedure-lab.js';
import { realReply } from '../testing/real-replies.js';

/** re0's committed configuration in procedure section 1, as `show configuration` prints it after the header. */
const SECTION_1 = `version 17.3R1.10;
system {
    host-name r1-re0;
    root-authentication {
        encrypted-password "$6$Rf0.Tz3c$Hq8Wm2Lp5Xn1Vb7Kd4Sj9Ga6Yt3Ue0Oc2Ri8Fz5Nh1Mw7Pb4Ld9Xs6Qk3Jv0Ty2Ea8Gu5Cn1Ho4Zr7Wf."; ## SECRET-DATA
    }
    login {
        user lab {
            uid 2000;
            class super-user;
            authentication {
                encrypted-password "$6$Mv2.Jq8k$Ps4Ld7Xw1Nc9Zb3Hr6Ft0Yk5Ga8Ue2Oi7Sm4Qj1Vn9Cx3Dw6Th0Bp5Lr8Ez2Kf7Ug4Ya1Mh6Ws9Nq3Jc0Rv."; ## SECRET-DATA
            }
        }
    }
    services {
        ssh;
        netconf {
            ssh;
        }
    }
    backup-router 10.255.0.1 destination 10.0.0.0/8;
    syslog {
        user * {
            any emergency;
        }
        file messages {
            any notice;
            authorization info;
        }
        file interactive-commands {
            interactive-commands any;
        }
    }
}
interfaces {
    fxp0 {
        unit 0 {
            family inet {
                address 10.255.0.11/24;
            }
        }
    }
}
`;

const LAST_COMMIT = { time: Date.UTC(2024, 2, 8, 14, 22, 51), user: 'lab' };

function parsed(text: string): ConfigNode {
  const { tree, issues } = loadConfiguration(text, junosSchema, 'text');
  assert.deepEqual(issues, []);
  return tree;
}

function lab() {
  const router = procedureLab();
  router.engines.re0.committed = { tree: parsed(SECTION_1), lastCommit: LAST_COMMIT };
  return router;
}

test('procedure section 1: show configuration starts with the Last commit line, then version', () => {
  assert.equal(rpcRegistry.invoke(lab().view('re0'), 'get-configuration').text(), `## Last commit: 2024-03-08 14:22:51 UTC by lab\n${SECTION_1}`);
});

test('format set has no header; format text over NETCONF is configuration-text', () => {
  const view = lab().view('re0');
  const set = rpcRegistry.invoke(view, 'get-configuration', { format: 'set' }).text();
  assert.match(set, /^set version 17\.3R1\.10\nset system host-name r1-re0\n/);
  assert.match(set, /^set interfaces fxp0 unit 0 family inet address 10\.255\.0\.11\/24$/m);
  const text = rpcRegistry.invoke(view, 'get-configuration', { format: 'text' });
  assert.equal(text.xml(), `    <configuration-text>\n## Last commit: 2024-03-08 14:22:51 UTC by lab\n${SECTION_1}</configuration-text>\n`);
  assert.match(rpcRegistry.invoke(view, 'get-configuration', { format: 'set' }).xml(), /^ {4}<configuration-set>\nset version 17\.3R1\.10\n/);
});

test('XML: the configuration with its commit attributes, NETCONF and | display xml layouts', () => {
  const reply = rpcRegistry.invoke(lab().view('re0'), 'get-configuration');
  const netconf = reply.xml();
  assert.match(netconf, /^<configuration junos:commit-seconds="1709907771" junos:commit-localtime="2024-03-08 14:22:51 UTC" junos:commit-user="lab">\n {4}<version>17\.3R1\.10<\/version>\n/);
  const cli = reply.cliXml('{master}');
  assert.match(cli, /^<rpc-reply xmlns:junos="http:\/\/xml\.juniper\.net\/junos\/17\.3R1\/junos">\n {4}<configuration junos:commit-seconds="1709907771"/);
  assert.match(cli, /\n {12}<version>17\.3R1\.10<\/version>\n/);
  assert.match(cli, /<\/configuration>\n {4}<cli>\n {8}<banner>\{master\}<\/banner>\n {4}<\/cli>\n<\/rpc-reply>\n$/);
  assert.match(reply.xml({ compact: true }), /^<configuration [^>]*><version>17\.3R1\.10<\/version><system>/);
  assert.equal(rpcRegistry.invoke(lab().view('re0'), 'get-configuration', { format: 'xml' }).text(), netconf);
});

test('the XML has the structure of the real get-configuration reply', (t) => {
  const real = realReply('domain_config_get-configuration.xml');
  if (real === undefined) return t.skip('../shared/spec/real-replies is not beside the project');
  const theirs = findElement(parseXmlDocument(real), 'configuration') as XmlNode;
  const router = procedureLab();
  router.engines.re0.committed = { tree: configuration('set system domain-name lab.example.net'), lastCommit: LAST_COMMIT };
  const ours = parseXmlDocument(rpcRegistry.invoke(router.view('re0'), 'get-configuration', { database: 'committed', inherit: 'inherit', 'commit-scripts': 'apply' }).xml());
  assert.equal(ours.name, theirs.name);
  assert.deepEqual(Object.keys(ours.attributes), Object.keys(theirs.attributes));
  assert.equal(findElement(ours, 'domain-name')?.text, 'lab.example.net');
});

test('JSON: the configuration library\'s form, commit attributes in "@"', () => {
  const json = rpcRegistry.invoke(lab().view('re0'), 'get-configuration', { format: 'json' }).json() as string;
  const data = JSON.parse(json) as { configuration: { '@': Record<string, string>; version: string; system: { 'host-name': string } } };
  assert.deepEqual(data.configuration['@'], { 'junos:commit-seconds': '1709907771', 'junos:commit-localtime': '2024-03-08 14:22:51 UTC', 'junos:commit-user': 'lab' });
  assert.equal(data.configuration.system['host-name'], 'r1-re0');
  assert.equal(rpcRegistry.invoke(lab().view('re0'), 'get-configuration', {}).json({ compact: true })?.startsWith('{"configuration":{"@":{'), true);
});

test('inherit applies the answering RE\'s group: display inheritance text, expanded XML', () => {
  const router = procedureLab();
  router.engines.re0.committed = { tree: configuration(MAIN_LINE), lastCommit: LAST_COMMIT };
  router.engines.re1.committed = { tree: configuration(MAIN_LINE), lastCommit: LAST_COMMIT };
  const text = (slot: 're0' | 're1'): string => rpcRegistry.invoke(router.view(slot), 'get-configuration', { inherit: 'inherit' }).text();
  assert.match(text('re0'), /^ {4}##\n {4}## 'r1-re0' was inherited from group 're0'\n {4}##\n {4}host-name r1-re0;$/m);
  assert.deepEqual(text('re1').split('\n').filter((line) => line.includes('r1-re1')), ["    ## 'r1-re1' was inherited from group 're1'", '    host-name r1-re1;']);
  assert.doesNotMatch(text('re1'), /apply-groups|groups \{/);
  const xml = parseXmlDocument(rpcRegistry.invoke(router.view('re1'), 'get-configuration', { inherit: 'inherit', format: 'xml' }).xml());
  assert.equal(findElement(xml, 'host-name')?.text, 'r1-re1');
  assert.equal(findElement(xml, 'groups'), undefined);
  assert.match(rpcRegistry.invoke(router.view('re1'), 'get-configuration').text(), /^groups \{\n {4}re0 \{/m);
});

test('the candidate database: Last changed header, no commit attributes', () => {
  const router = lab();
  router.engines.re0.candidate = { tree: configuration('set system host-name changed'), lastChanged: Date.UTC(2024, 2, 11, 9, 5, 10) };
  const reply = rpcRegistry.invoke(router.view('re0'), 'get-configuration', { database: 'candidate' });
  assert.equal(reply.text(), '## Last changed: 2024-03-11 09:05:10 UTC\nsystem {\n    host-name changed;\n}\n');
  assert.match(reply.xml(), /^<configuration>\n/);
});

test('a never-committed RE shows an empty configuration; unknown options are refused', () => {
  const view = procedureLab().view('re1');
  assert.equal(rpcRegistry.invoke(view, 'get-configuration').text(), '');
  assert.equal(rpcRegistry.invoke(view, 'get-configuration', { format: 'html' }).errors[0]?.badElement, 'html');
  assert.equal(rpcRegistry.invoke(view, 'get-configuration', { compare: 'rollback' }).errors[0]?.badElement, 'compare');
});

test('a path answers that part: its statements in text, inside their ancestors in XML (the PyEZ domain filter)', () => {
  const router = procedureLab();
  router.engines.re0.committed = { tree: configuration(`${MAIN_LINE}\nset system domain-name lab.example.net`), lastCommit: LAST_COMMIT };
  const view = router.view('re0');
  assert.equal(rpcRegistry.invoke(view, 'get-configuration', { path: 'system domain-name' }).text(), 'domain-name lab.example.net;\n');
  assert.equal(rpcRegistry.invoke(view, 'get-configuration', { path: 'system' }).text(), 'commit {\n    synchronize;\n}\ndomain-name lab.example.net;\n');
  assert.equal(
    rpcRegistry.invoke(view, 'get-configuration', { path: 'system domain-name' }).xml(),
    [
      '<configuration junos:commit-seconds="1709907771" junos:commit-localtime="2024-03-08 14:22:51 UTC" junos:commit-user="lab">',
      '    <system>',
      '        <domain-name>lab.example.net</domain-name>',
      '    </system>',
      '</configuration>',
      '',
    ].join('\n'),
  );
  assert.equal(
    rpcRegistry.invoke(view, 'get-configuration', { path: 'interfaces fxp0', inherit: 'inherit' }).text(),
    [
      '##',
      "## '0' was inherited from group 're0'",
      '##',
      'unit 0 {',
      '    ##',
      "    ## 'inet' was inherited from group 're0'",
      '    ##',
      '    family inet {',
      '        ##',
      "        ## '10.255.0.11/24' was inherited from group 're0'",
      '        ##',
      '        address 10.255.0.11/24;',
      '        ##',
      "        ## '10.255.0.10/24' was inherited from group 're0'",
      '        ##',
      '        address 10.255.0.10/24 {',
      '            ##',
      "            ## 'master-only' was inherited from group 're0'",
      '            ##',
      '            master-only;',
      '        }',
      '    }',
      '}',
      '',
    ].join('\n'),
  );
  assert.equal(rpcRegistry.invoke(view, 'get-configuration', { path: 'snmp' }).text(), '');
  assert.equal(rpcRegistry.invoke(view, 'get-configuration', { path: 'system bogus' }).text(), 'error: syntax error\n');
  assert.match(rpcRegistry.invoke(view, 'get-configuration', { path: 'groups re1 system' }).xml(), /^<configuration [^>]*>\n {4}<groups>\n {8}<name>re1<\/name>\n {8}<system>\n {12}<host-name>r1-re1<\/host-name>\n/);
});
