/**
 * `get-alarm-information` — `show chassis alarms` (spec §2.3, procedure 5.3 and 7.3): the
 * active chassis alarms, such as `Minor  Loss of communication with Backup RE` or
 * `Minor  Backup RE Active`.
 *
 * Text: `N alarms currently active` (Junos says `1 alarms`), the header
 * `Alarm time               Class  Description`, one row per alarm (time in 25 columns, class
 * in 7); `No alarms currently active` when there is none.
 * XML: `<alarm-information xmlns=…junos-alarm>` with `<alarm-summary>` holding
 * `<active-alarm-count>` or the flag `<no-active-alarms/>`, then one `<alarm-detail>` per alarm
 * (alarm-time with `junos:seconds`, alarm-class, alarm-description, alarm-short-description,
 * alarm-type), as public captures show.
 */
import { formatDateTime, replyNamespace } from '../junos-format.js';
import { defineRpc } from '../rpc-definition.js';
import { element, flag, leaf } from '../rpc-element.js';
import type { ChassisAlarm } from '../router-view.js';

export const getAlarmInformation = defineRpc<readonly ChassisAlarm[]>({
  name: 'get-alarm-information',
  commands: [{ words: ['show', 'chassis', 'alarms'], help: 'Show alarm status' }],
  arguments: [],
  run: (view) => ({ ok: true, data: view.alarms() }),
  element: (alarms, release) =>
    element(
      'alarm-information',
      [
        element('alarm-summary', [alarms.length === 0 ? flag('no-active-alarms') : leaf('active-alarm-count', alarms.length)]),
        ...alarms.map((alarm) =>
          element('alarm-detail', [
            leaf('alarm-time', formatDateTime(alarm.time), [['junos:seconds', String(Math.floor(alarm.time / 1000))]]),
            leaf('alarm-class', alarm.class),
            leaf('alarm-description', alarm.description),
            leaf('alarm-short-description', alarm.shortDescription),
            leaf('alarm-type', alarm.type),
          ]),
        ),
      ],
      [['xmlns', replyNamespace(release, 'alarm')]],
    ),
  text: (alarms) => {
    if (alarms.length === 0) return 'No alarms currently active\n';
    const rows = alarms.map((alarm) => `${formatDateTime(alarm.time).padEnd(25)}${alarm.class.padEnd(7)}${alarm.description}`);
    return `${[`${alarms.length} alarms currently active`, 'Alarm time               Class  Description', ...rows].join('\n')}\n`;
  },
});
