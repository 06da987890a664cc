import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rpcRegistry } from '../rpc-table.js';
import { childNames, findElement, parseXmlDocument, type XmlNode } from '../testing/parse-xml.js';
import { procedureLab } from '../testing/procedure-lab.js';
import { realReply } from '../testing/real-replies.js';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;
const at = (h: number, m: number, s: number): number => Date.UTC(2024, 2, 11, h, m, s);

const cpuBlock = (title: string, user: number, background: number, kernel: number, interrupt: number, idle: number): string[] => [
  `    ${title}`,
  `      User                     ${String(user).padStart(3)} percent`,
  `      Background               ${String(background).padStart(3)} percent`,
  `      Kernel                   ${String(kernel).padStart(3)} percent`,
  `      Interrupt                ${String(interrupt).padStart(3)} percent`,
  `      Idle                     ${String(idle).padStart(3)} percent`,
];

/** Slot 0 as master, procedure section 3 (09:03:05) and 5.3 (uptime given). */
const slot0Master = (uptime: string): string[] => [
  'Routing Engine status:',
  '  Slot 0:',
  '    Current state                  Master',
  '    Election priority              Master (default)',
  '    Temperature                 41 degrees C / 105 degrees F',
  '    CPU temperature             38 degrees C / 100 degrees F',
  '    DRAM                      32717 MB (32768 MB installed)',
  '    Memory utilization          14 percent',
  ...cpuBlock('5 sec CPU utilization:', 2, 0, 6, 1, 91),
  ...cpuBlock('1 min CPU utilization:', 2, 0, 5, 1, 92),
  ...cpuBlock('5 min CPU utilization:', 2, 0, 5, 0, 93),
  ...cpuBlock('15 min CPU utilization:', 2, 0, 5, 0, 93),
  '    Model                          RE-S-1800x4',
  '    Serial ID                      9013071946',
  '    Start time                     2024-03-04 06:12:40 UTC',
  `    Uptime                         ${uptime}`,
  '    Last reboot reason             Router rebooted after a normal shutdown.',
  '    Load averages:                 1 minute   5 minute  15 minute',
  '                                       0.11       0.14       0.12',
];

/** Procedure section 3, re0 (master), 09:03:05 UTC. */
const SECTION_3 = lines(
  ...slot0Master('7 days, 2 hours, 50 minutes, 25 seconds'),
  'Routing Engine status:',
  '  Slot 1:',
  '    Current state                  Backup',
  '    Election priority              Backup (default)',
  '    Temperature                 37 degrees C / 98 degrees F',
  '    CPU temperature             34 degrees C / 93 degrees F',
  '    DRAM                      32717 MB (32768 MB installed)',
  '    Memory utilization           7 percent',
  ...cpuBlock('5 sec CPU utilization:', 0, 0, 1, 0, 99),
  '    Model                          RE-S-1800x4',
  '    Serial ID                      9013114402',
  '    Start time                     2024-03-11 06:55:52 UTC',
  '    Uptime                         2 hours, 7 minutes, 13 seconds',
  '    Last reboot reason             0x1:power cycle/failure',
  '    Load averages:                 1 minute   5 minute  15 minute',
  '                                       0.03       0.06       0.05',
);

test('show chassis routing-engine on the master prints procedure section 3', () => {
  const reply = rpcRegistry.invoke(procedureLab({ now: at(9, 3, 5) }).view('re0'), 'get-route-engine-information');
  assert.equal(reply.text(), SECTION_3);
});

test('the backup RE answers the same, both slots (procedure 9.B18)', () => {
  const reply = rpcRegistry.invoke(procedureLab({ now: at(9, 3, 5) }).view('re1'), 'get-route-engine-information');
  assert.equal(reply.text(), SECTION_3);
});

test('a halted RE is a single Present line, one column left of Master (procedure 5.3)', () => {
  const lab = procedureLab({ now: at(11, 0, 30) });
  lab.engines.re1 = { state: 'present' };
  const reply = rpcRegistry.invoke(lab.view('re0'), 'get-route-engine-information');
  assert.equal(
    reply.text(),
    lines(...slot0Master('7 days, 4 hours, 47 minutes, 50 seconds'), 'Routing Engine status:', '  Slot 1:', '    Current state                 Present'),
  );
  const slot1 = parseXmlDocument(reply.xml()).children[1] as XmlNode;
  assert.deepEqual(
    slot1.children.map((c) => [c.name, c.text]),
    [
      ['slot', '1'],
      ['mastership-state', 'present'],
    ],
  );
});

test('after a switch the priorities stay and the new master shows the long CPU blocks (procedure 7.2)', () => {
  const lab = procedureLab({ now: at(9, 40, 50) });
  lab.engines.re0.state = 'backup';
  lab.engines.re1.state = 'master';
  lab.engines.re0.details = { memoryUtilization: 10, loadAverages: [0.05, 0.1, 0.09] };
  lab.engines.re1.details = {
    memoryUtilization: 12,
    cpu: [
      { user: 3, background: 0, system: 9, interrupt: 1, idle: 87 },
      { user: 2, background: 0, system: 7, interrupt: 1, idle: 90 },
      { user: 1, background: 0, system: 3, interrupt: 0, idle: 96 },
      { user: 1, background: 0, system: 2, interrupt: 0, idle: 97 },
    ],
    loadAverages: [0.41, 0.19, 0.09],
  };
  const text = rpcRegistry.invoke(lab.view('re0'), 'get-route-engine-information').text();
  assert.equal(
    text,
    lines(
      'Routing Engine status:',
      '  Slot 0:',
      '    Current state                  Backup',
      '    Election priority              Master (default)',
      '    Temperature                 41 degrees C / 105 degrees F',
      '    CPU temperature             38 degrees C / 100 degrees F',
      '    DRAM                      32717 MB (32768 MB installed)',
      '    Memory utilization          10 percent',
      ...cpuBlock('5 sec CPU utilization:', 0, 0, 1, 0, 99),
      '    Model                          RE-S-1800x4',
      '    Serial ID                      9013071946',
      '    Start time                     2024-03-04 06:12:40 UTC',
      '    Uptime                         7 days, 3 hours, 28 minutes, 10 seconds',
      '    Last reboot reason             Router rebooted after a normal shutdown.',
      '    Load averages:                 1 minute   5 minute  15 minute',
      '                                       0.05       0.10       0.09',
      'Routing Engine status:',
      '  Slot 1:',
      '    Current state                  Master',
      '    Election priority              Backup (default)',
      '    Temperature                 37 degrees C / 98 degrees F',
      '    CPU temperature             34 degrees C / 93 degrees F',
      '    DRAM                      32717 MB (32768 MB installed)',
      '    Memory utilization          12 percent',
      ...cpuBlock('5 sec CPU utilization:', 3, 0, 9, 1, 87),
      ...cpuBlock('1 min CPU utilization:', 2, 0, 7, 1, 90),
      ...cpuBlock('5 min CPU utilization:', 1, 0, 3, 0, 96),
      ...cpuBlock('15 min CPU utilization:', 1, 0, 2, 0, 97),
      '    Model                          RE-S-1800x4',
      '    Serial ID                      9013114402',
      '    Start time                     2024-03-11 06:55:52 UTC',
      '    Uptime                         2 hours, 44 minutes, 58 seconds',
      '    Last reboot reason             0x1:power cycle/failure',
      '    Load averages:                 1 minute   5 minute  15 minute',
      '                                       0.41       0.19       0.09',
    ),
  );
});

test('configured roles print without (default), a disabled RE says so', () => {
  const lab = procedureLab();
  lab.engines.re0.electionPriority = { role: 'master', byDefault: false };
  lab.engines.re1 = { ...lab.engines.re1, state: 'disabled', electionPriority: { role: 'disabled', byDefault: false } };
  const text = rpcRegistry.invoke(lab.view('re0'), 'get-route-engine-information').text();
  assert.match(text, /^ {4}Election priority {14}Master$/m);
  assert.match(text, /^ {4}Current state {17}Disabled$/m);
  assert.match(text, /^ {4}Election priority {14}Disabled$/m);
});

test('a slot argument shows that slot only', () => {
  const text = rpcRegistry.invoke(procedureLab().view('re0'), 'get-route-engine-information', { slot: '1' }).text();
  assert.match(text, /^ {2}Slot 1:$/m);
  assert.doesNotMatch(text, /Slot 0/);
  assert.equal(rpcRegistry.invoke(procedureLab().view('re0'), 'get-route-engine-information', { slot: '2' }).errors[0]?.message, 'syntax error');
});

test('| display xml prints the procedure section 3 XML (09:03:20)', () => {
  const reply = rpcRegistry.invoke(procedureLab({ now: at(9, 3, 20) }).view('re0'), 'get-route-engine-information');
  const cpu = (suffix: string, user: number, background: number, system: number, interrupt: number, idle: number): string[] => [
    `            <cpu-user${suffix}>${user}</cpu-user${suffix}>`,
    `            <cpu-background${suffix}>${background}</cpu-background${suffix}>`,
    `            <cpu-system${suffix}>${system}</cpu-system${suffix}>`,
    `            <cpu-interrupt${suffix}>${interrupt}</cpu-interrupt${suffix}>`,
    `            <cpu-idle${suffix}>${idle}</cpu-idle${suffix}>`,
  ];
  assert.equal(
    reply.cliXml('{master}'),
    lines(
      '<rpc-reply xmlns:junos="http://xml.juniper.net/junos/17.3R1/junos">',
      '    <route-engine-information xmlns="http://xml.juniper.net/junos/17.3R1/junos-chassis">',
      '        <route-engine>',
      '            <slot>0</slot>',
      '            <mastership-state>master</mastership-state>',
      '            <mastership-priority>master (default)</mastership-priority>',
      '            <status>OK</status>',
      '            <temperature junos:celsius="41">41 degrees C / 105 degrees F</temperature>',
      '            <cpu-temperature junos:celsius="38">38 degrees C / 100 degrees F</cpu-temperature>',
      '            <memory-dram-size>32717 MB</memory-dram-size>',
      '            <memory-installed-size>(32768 MB installed)</memory-installed-size>',
      '            <memory-buffer-utilization>14</memory-buffer-utilization>',
      ...cpu('', 2, 0, 6, 1, 91),
      ...cpu('1', 2, 0, 5, 1, 92),
      ...cpu('2', 2, 0, 5, 0, 93),
      ...cpu('3', 2, 0, 5, 0, 93),
      '            <model>RE-S-1800x4</model>',
      '            <serial-number>9013071946</serial-number>',
      '            <start-time junos:seconds="1709532760">2024-03-04 06:12:40 UTC</start-time>',
      '            <up-time junos:seconds="615040">7 days, 2 hours, 50 minutes, 40 seconds</up-time>',
      '            <last-reboot-reason>Router rebooted after a normal shutdown.</last-reboot-reason>',
      '            <load-average-one>0.11</load-average-one>',
      '            <load-average-five>0.14</load-average-five>',
      '            <load-average-fifteen>0.12</load-average-fifteen>',
      '        </route-engine>',
      '        <route-engine>',
      '            <slot>1</slot>',
      '            <mastership-state>backup</mastership-state>',
      '            <mastership-priority>backup (default)</mastership-priority>',
      '            <status>OK</status>',
      '            <temperature junos:celsius="37">37 degrees C / 98 degrees F</temperature>',
      '            <cpu-temperature junos:celsius="34">34 degrees C / 93 degrees F</cpu-temperature>',
      '            <memory-dram-size>32717 MB</memory-dram-size>',
      '            <memory-installed-size>(32768 MB installed)</memory-installed-size>',
      '            <memory-buffer-utilization>7</memory-buffer-utilization>',
      ...cpu('', 0, 0, 1, 0, 99),
      '            <model>RE-S-1800x4</model>',
      '            <serial-number>9013114402</serial-number>',
      '            <start-time junos:seconds="1710140152">2024-03-11 06:55:52 UTC</start-time>',
      '            <up-time junos:seconds="7648">2 hours, 7 minutes, 28 seconds</up-time>',
      '            <last-reboot-reason>0x1:power cycle/failure</last-reboot-reason>',
      '            <load-average-one>0.03</load-average-one>',
      '            <load-average-five>0.06</load-average-five>',
      '            <load-average-fifteen>0.05</load-average-fifteen>',
      '        </route-engine>',
      '    </route-engine-information>',
      '    <cli>',
      '        <banner>{master}</banner>',
      '    </cli>',
      '</rpc-reply>',
    ),
  );
});

test('the XML has the elements, order and attributes of the real dual-RE reply', (t) => {
  const real = realReply('re_info_dual_get-route-engine-information.xml');
  if (real === undefined) return t.skip('../shared/spec/real-replies is not beside the project');
  const theirs = findElement(parseXmlDocument(real), 'route-engine-information') as XmlNode;
  const ours = parseXmlDocument(rpcRegistry.invoke(procedureLab().view('re0'), 'get-route-engine-information').xml());
  assert.deepEqual(childNames(ours), childNames(theirs));
  ours.children.forEach((engine, index) => {
    const real = theirs.children[index] as XmlNode;
    assert.deepEqual(childNames(engine), childNames(real), `route-engine ${index}`);
    engine.children.forEach((child, i) => assert.deepEqual(Object.keys(child.attributes), Object.keys((real.children[i] as XmlNode).attributes)));
  });
  assert.deepEqual(Object.keys(ours.attributes), Object.keys(theirs.attributes));
});

test('the JSON gives the mastership states as Ansible reads them', () => {
  const json = rpcRegistry.invoke(procedureLab().view('re0'), 'get-route-engine-information').json() as string;
  const data = JSON.parse(json) as { 'route-engine-information': [{ 'route-engine': { 'mastership-state': [{ data: string }]; temperature: [{ data: string; attributes: Record<string, string> }] }[] }] };
  const engines = data['route-engine-information'][0]['route-engine'];
  assert.deepEqual(engines.map((e) => e['mastership-state'][0].data), ['master', 'backup']);
  assert.deepEqual(engines[0]?.temperature[0], { data: '41 degrees C / 105 degrees F', attributes: { 'junos:celsius': '41' } });
  assert.match(json, /\n {12}"temperature" : \[\n {12}\{\n {16}"data" : "41 degrees C \/ 105 degrees F",\n {16}"attributes" : \{"junos:celsius" : "41"\}\n {12}\}\n {12}\],\n/);
});
