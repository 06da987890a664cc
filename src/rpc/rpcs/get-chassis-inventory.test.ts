import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PTX10008 } from '../../router/models/ptx10008.js';
import { rpcRegistry } from '../rpc-table.js';
import { FakeRouter } from '../testing/fake-router.js';
import { childNames, findElement, parseXml, parseXmlDocument, xmlPaths, type XmlNode } from '../testing/parse-xml.js';
import { procedureLab } from '../testing/procedure-lab.js';
import { realReply } from '../testing/real-replies.js';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

/** Procedure section 2, re0 (master), 09:02:55 UTC: the output between the command and the prompt. */
const SECTION_2 = lines(
  'Hardware inventory:',
  'Item             Version  Part number  Serial number     Description',
  'Chassis                                JN11F4A7CAFA      MX960',
  'Midplane         REV 42   750-047849   ACRE3931          Enhanced MX960 Backplane',
  'Fan Extender     REV 09   710-018051   DX8716            Extended Cable Manager',
  'FPM Board        REV 03   710-014974   CADH4127          Front Panel Display',
  'PDM              Rev 03   740-013110   QCS1309509E       Power Distribution Module',
  'PEM 0            Rev 10   740-027760   QCS1602N0E7       PS 4.1kW; 200-240V AC in',
  'PEM 1            Rev 10   740-027760   QCS1602N0FN       PS 4.1kW; 200-240V AC in',
  'PEM 2            Rev 10   740-027760   QCS1602N0C1       PS 4.1kW; 200-240V AC in',
  'PEM 3            Rev 10   740-027760   QCS1602N0AX       PS 4.1kW; 200-240V AC in',
  'Routing Engine 0 REV 09   740-051822   9013071946        RE-S-1800x4',
  'Routing Engine 1 REV 10   740-051822   9013114402        RE-S-1800x4',
  'CB 0             REV 07   750-062572   CAFP5207          Enhanced MX SCB 2',
  'CB 1             REV 07   750-062572   CAFP5291          Enhanced MX SCB 2',
  'CB 2             REV 07   750-062572   CAFP5186          Enhanced MX SCB 2',
  'FPC 0            REV 41   750-045715   CADT2764          MPC5E 3D Q 24XGE+6XLGE',
  '  CPU            REV 11   711-045719   CADS9052          RMPC PMB',
  '  PIC 0                   BUILTIN      BUILTIN           12X10GE SFPP OTN',
  '    Xcvr 0       REV 01   740-031980   AQB1T2M           SFP+-10G-SR',
  '    Xcvr 9       REV 01   740-031980   AQB1T4F           SFP+-10G-SR',
  '  PIC 1                   BUILTIN      BUILTIN           12X10GE SFPP OTN',
  '  PIC 2                   BUILTIN      BUILTIN           3X40GE QSFPP',
  '  PIC 3                   BUILTIN      BUILTIN           3X40GE QSFPP',
  '  WAN MEZZ       REV 15   750-049136   CADR7713          MPC5E 24XGE OTN Mezz',
  'FPC 1            REV 70   750-031089   ZG7442            MPC Type 2 3D',
  '  CPU            REV 06   711-030884   ZG3018            MPC PMB 2G',
  '  MIC 0          REV 26   750-028392   ZF5219            3D 20x 1GE(LAN) SFP',
  '    PIC 0                 BUILTIN      BUILTIN           10x 1GE(LAN) SFP',
  '      Xcvr 0     REV 01   740-011613   PHB3Q7L           SFP-SX',
  '    PIC 1                 BUILTIN      BUILTIN           10x 1GE(LAN) SFP',
  'Fan Tray 0       REV 04   740-031521   ACDB7731          Enhanced Fan Tray',
  'Fan Tray 1       REV 04   740-031521   ACDB7652          Enhanced Fan Tray',
);

test('show chassis hardware on the master prints procedure section 2', () => {
  const reply = rpcRegistry.invoke(procedureLab().view('re0'), 'get-chassis-inventory');
  assert.deepEqual(reply.errors, []);
  assert.equal(reply.text(), SECTION_2);
});

test('show chassis hardware on the backup is refused with one line (procedure 9.A1)', () => {
  const reply = rpcRegistry.invoke(procedureLab().view('re1'), 'get-chassis-inventory');
  assert.equal(reply.text(), 'Aborted! This command can only be used on the master routing engine.\n');
  assert.deepEqual(reply.errors, []);
  const output = parseXmlDocument(reply.xml());
  assert.equal(output.name, 'output');
  assert.match(output.text, /can only be used on the master routing engine/);
});

test('the backup refusal has the shape of the real reply from a backup RE', (t) => {
  const real = realReply('chassis_connect_not_master_get-chassis-inventory.xml');
  if (real === undefined) return t.skip('../shared/spec/real-replies is not beside the project');
  const ours = parseXmlDocument(rpcRegistry.invoke(procedureLab().view('re1'), 'get-chassis-inventory').cliXml('{backup}'));
  const theirs = parseXmlDocument(real);
  assert.deepEqual(childNames(ours).filter((name) => name !== 'cli'), childNames(theirs));
  assert.equal((ours.children[0] as XmlNode).text.trim(), (theirs.children[0] as XmlNode).text.trim());
});

test('a pulled-out RE is not listed', () => {
  const lab = procedureLab();
  lab.engines.re1 = { state: 'empty' };
  const text = rpcRegistry.invoke(lab.view('re0'), 'get-chassis-inventory').text();
  assert.match(text, /^Routing Engine 0 /m);
  assert.doesNotMatch(text, /Routing Engine 1/);
});

test('the inventory XML nests modules as the real MX480 reply does', (t) => {
  const real = realReply('chassis_serialnumber_get-chassis-inventory.xml');
  if (real === undefined) return t.skip('../shared/spec/real-replies is not beside the project');
  const theirs = findElement(parseXmlDocument(real), 'chassis-inventory') as XmlNode;
  const reply = rpcRegistry.invoke(procedureLab().view('re0'), 'get-chassis-inventory');
  const ours = findElement(parseXmlDocument(reply.cliXml('{master}')), 'chassis-inventory') as XmlNode;
  const ourPaths = xmlPaths(ours);
  const theirPaths = xmlPaths(theirs);
  // Everything the real reply has, we have; beyond it only what the MX480's cards lack: a MIC
  // (a sub-module with CLEI code and model number) and an optic under a PIC under a MIC
  // (spec §1.4 [U]).
  const micOnly = new Set(['chassis-sub-module/clei-code', 'chassis-sub-module/model-number']);
  assert.deepEqual([...theirPaths].filter((p) => !ourPaths.has(p)), []);
  assert.deepEqual(
    [...ourPaths]
      .filter((p) => !theirPaths.has(p))
      .filter((p) => !p.includes('chassis-sub-sub-sub-module') && ![...micOnly].some((end) => p.endsWith(end))),
    [],
  );
  assert.equal(ours.attributes.xmlns, 'http://xml.juniper.net/junos/17.3R1/junos-chassis');
  assert.deepEqual(childNames(ours.children[0] as XmlNode).slice(0, 4), childNames(theirs.children[0] as XmlNode).slice(0, 4));
  const re = (root: XmlNode) => (root.children[0] as XmlNode).children.find((m) => m.children[0]?.text === 'Routing Engine 0') as XmlNode;
  assert.deepEqual(childNames(re(ours)), childNames(re(theirs)));
});

test('the inventory XML begins as spec section 1.5 shows', () => {
  const xml = rpcRegistry.invoke(procedureLab().view('re0'), 'get-chassis-inventory').cliXml('{master}');
  assert.ok(
    xml.startsWith(
      lines(
        '<rpc-reply xmlns:junos="http://xml.juniper.net/junos/17.3R1/junos">',
        '    <chassis-inventory xmlns="http://xml.juniper.net/junos/17.3R1/junos-chassis">',
        '        <chassis junos:style="inventory">',
        '            <name>Chassis</name>',
        '            <serial-number>JN11F4A7CAFA</serial-number>',
        '            <description>MX960</description>',
        '            <chassis-module>',
        '                <name>Midplane</name>',
        '                <version>REV 42</version>',
        '                <part-number>750-047849</part-number>',
        '                <serial-number>ACRE3931</serial-number>',
        '                <description>Enhanced MX960 Backplane</description>',
        '                <model-number>CHAS-BP3-MX960-S</model-number>',
        '            </chassis-module>',
      ),
    ),
    xml,
  );
  assert.ok(xml.endsWith(lines('    </chassis-inventory>', '    <cli>', '        <banner>{master}</banner>', '    </cli>', '</rpc-reply>')));
  assert.equal(parseXml(xml).length, 1);
});

test('the inventory JSON has the shape of Junos JSON', () => {
  type Obj = Record<string, unknown>;
  const list = (o: Obj, name: string): Obj[] => o[name] as Obj[];
  const first = (o: Obj, name: string): Obj => list(o, name)[0] as Obj;
  const data = (o: Obj, name: string): unknown => first(o, name).data;
  const json = rpcRegistry.invoke(procedureLab().view('re0'), 'get-chassis-inventory').json() as string;
  const inventory = first(JSON.parse(json) as Obj, 'chassis-inventory');
  assert.deepEqual(inventory.attributes, { xmlns: 'http://xml.juniper.net/junos/17.3R1/junos-chassis' });
  const chassis = first(inventory, 'chassis');
  assert.deepEqual(chassis.attributes, { 'junos:style': 'inventory' });
  assert.equal(data(chassis, 'serial-number'), 'JN11F4A7CAFA');
  const module = (name: string): Obj => list(chassis, 'chassis-module').find((m) => data(m, 'name') === name) as Obj;
  assert.equal(data(module('Routing Engine 1'), 'serial-number'), '9013114402');
  const mic = list(module('FPC 1'), 'chassis-sub-module')[1] as Obj;
  assert.equal(data(first(first(mic, 'chassis-sub-sub-module'), 'chassis-sub-sub-sub-module'), 'description'), 'SFP-SX');
  assert.ok(json.startsWith('{\n    "chassis-inventory" : [\n    {\n        "attributes" : {"xmlns" : "http://xml.juniper.net/junos/17.3R1/junos-chassis"},\n'));
});

test('a PTX10008 lists its REs as BUILTIN Routing and Control Boards', () => {
  const router = new FakeRouter({ model: PTX10008, name: 'ptx1' });
  const text = rpcRegistry.invoke(router.view('re0'), 'get-chassis-inventory').text();
  assert.match(text, /^Chassis {32}[A-Z]{2}\d{3} {13}JNP10008 \[PTX10008\]$/m);
  assert.match(text, /^Routing Engine 0 {10}BUILTIN {6}BUILTIN {11}JNP10K-RE1-E128$/m);
  assert.match(text, /^SIB 5 +REV 13 +750-136652 +BCF\d{5} +SIB-JNP10008-SF5$/m);
});
