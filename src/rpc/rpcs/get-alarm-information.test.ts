import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rpcRegistry } from '../rpc-table.js';
import { procedureLab } from '../testing/procedure-lab.js';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

const LOSS = {
  time: Date.UTC(2024, 2, 11, 11, 0, 4),
  class: 'Minor' as const,
  description: 'Loss of communication with Backup RE',
  shortDescription: 'Loss of communication with Backup RE',
  type: 'Chassis',
};

test('show chassis alarms with the other RE halted prints procedure 5.3', () => {
  const lab = procedureLab({ alarms: [LOSS] });
  assert.equal(
    rpcRegistry.invoke(lab.view('re0'), 'get-alarm-information').text(),
    lines('1 alarms currently active', 'Alarm time               Class  Description', '2024-03-11 11:00:04 UTC  Minor  Loss of communication with Backup RE'),
  );
});

test('without alarms the answer is one line', () => {
  assert.equal(rpcRegistry.invoke(procedureLab().view('re0'), 'get-alarm-information').text(), 'No alarms currently active\n');
});

test('alarms in XML: a summary count, then one detail per alarm', () => {
  const lab = procedureLab({
    alarms: [{ time: Date.UTC(2024, 2, 11, 9, 40, 22), class: 'Minor', description: 'Backup RE Active', shortDescription: 'Backup RE Active', type: 'Chassis' }],
  });
  assert.equal(
    rpcRegistry.invoke(lab.view('re1'), 'get-alarm-information').xml(),
    lines(
      '    <alarm-information xmlns="http://xml.juniper.net/junos/17.3R1/junos-alarm">',
      '        <alarm-summary>',
      '            <active-alarm-count>1</active-alarm-count>',
      '        </alarm-summary>',
      '        <alarm-detail>',
      '            <alarm-time junos:seconds="1710150022">2024-03-11 09:40:22 UTC</alarm-time>',
      '            <alarm-class>Minor</alarm-class>',
      '            <alarm-description>Backup RE Active</alarm-description>',
      '            <alarm-short-description>Backup RE Active</alarm-short-description>',
      '            <alarm-type>Chassis</alarm-type>',
      '        </alarm-detail>',
      '    </alarm-information>',
    ),
  );
});

test('no alarms in XML and JSON is the no-active-alarms flag', () => {
  const reply = rpcRegistry.invoke(procedureLab().view('re0'), 'get-alarm-information');
  assert.match(reply.xml(), /<alarm-summary>\n {12}<no-active-alarms\/>\n {8}<\/alarm-summary>/);
  const data = JSON.parse(reply.json() as string) as { 'alarm-information': [{ 'alarm-summary': [{ 'no-active-alarms': [{ data: [null] }] }] }] };
  assert.deepEqual(data['alarm-information'][0]['alarm-summary'][0]['no-active-alarms'], [{ data: [null] }]);
});
