/**
 * `get-route-engine-information` — `show chassis routing-engine [slot]` (spec §2): the status of
 * both RE slots, from either RE (procedure 9.B18).
 *
 * Text (spec §2.2, procedure sections 3, 5.3, 7.2): per slot `Routing Engine status:`,
 * `  Slot N:`, then 4-space-indented fields at fixed columns: `Current state` right-aligned in 7
 * characters from column 34 (so `Present` sits one column left of `Master`), other values at
 * column 35, temperatures and percentages as `%3d` from column 31, DRAM `%4d MB` from column 30,
 * load averages right-aligned under `1 minute   5 minute  15 minute`. A slot without details
 * (`Present`, `Empty`) prints its state line only. The 1/5/15-minute CPU blocks appear when the
 * RE reports them (the master).
 * XML (PyEZ `re_info_dual_get-route-engine-information.xml`): `<route-engine-information
 * xmlns=…junos-chassis>`, one `<route-engine>` per slot; states and priorities lower case
 * (`master (default)`); `junos:celsius` and `junos:seconds` attributes; a slot without details
 * has only `<slot>` and `<mastership-state>` (`present`, `empty`: procedure 9.A10).
 */
import type { RoutingEngineSlot } from '../../config/groups.js';
import { fahrenheit, formatDateTime, formatDuration, formatTemperature, replyNamespace } from '../junos-format.js';
import { defineRpc } from '../rpc-definition.js';
import { element, leaf, type RpcElement } from '../rpc-element.js';
import type { CpuUtilization, ElectionPriority, MastershipState, RoutingEngineStatus } from '../router-view.js';

export interface RouteEngineInformation {
  /** The time of the answer (for `Uptime`), ms since the epoch. */
  readonly now: number;
  readonly engines: readonly RoutingEngineStatus[];
}

const slotNumber = (slot: RoutingEngineSlot): number => (slot === 're0' ? 0 : 1);
const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function priorityText(priority: ElectionPriority): string {
  return priority.byDefault && priority.role !== 'disabled' ? `${priority.role} (default)` : priority.role;
}

const CPU_FIELDS = [
  ['User', 'cpu-user', 'user'],
  ['Background', 'cpu-background', 'background'],
  ['Kernel', 'cpu-system', 'system'],
  ['Interrupt', 'cpu-interrupt', 'interrupt'],
  ['Idle', 'cpu-idle', 'idle'],
] as const satisfies readonly (readonly [string, string, keyof CpuUtilization])[];

const CPU_BLOCKS = ['5 sec CPU utilization:', '1 min CPU utilization:', '5 min CPU utilization:', '15 min CPU utilization:'];

function engineElement(engine: RoutingEngineStatus, now: number): RpcElement {
  const head = [leaf('slot', slotNumber(engine.slot)), leaf('mastership-state', engine.state)];
  const d = engine.details;
  if (d === undefined) return element('route-engine', head);
  const upSeconds = Math.floor((now - d.startTime) / 1000);
  return element('route-engine', [
    ...head,
    leaf('mastership-priority', priorityText(engine.electionPriority)),
    leaf('status', 'OK'),
    leaf('temperature', formatTemperature(d.temperatureC), [['junos:celsius', String(d.temperatureC)]]),
    leaf('cpu-temperature', formatTemperature(d.cpuTemperatureC), [['junos:celsius', String(d.cpuTemperatureC)]]),
    leaf('memory-dram-size', `${d.dramMb} MB`),
    leaf('memory-installed-size', `(${d.installedMb} MB installed)`),
    leaf('memory-buffer-utilization', d.memoryUtilization),
    ...d.cpu.flatMap((sample, index) => CPU_FIELDS.map(([, name, key]) => leaf(`${name}${index === 0 ? '' : index}`, sample[key]))),
    leaf('model', d.model),
    leaf('serial-number', d.serialNumber),
    leaf('start-time', formatDateTime(d.startTime), [['junos:seconds', String(Math.floor(d.startTime / 1000))]]),
    leaf('up-time', formatDuration(upSeconds), [['junos:seconds', String(upSeconds)]]),
    leaf('last-reboot-reason', d.lastRebootReason),
    leaf('load-average-one', d.loadAverages[0].toFixed(2)),
    leaf('load-average-five', d.loadAverages[1].toFixed(2)),
    leaf('load-average-fifteen', d.loadAverages[2].toFixed(2)),
  ]);
}

const field = (label: string, value: string): string => `${`    ${label}`.padEnd(35)}${value}`;
const number3 = (label: string, value: number, unit: string, indent = 4): string =>
  `${`${' '.repeat(indent)}${label}`.padEnd(31)}${String(value).padStart(3)}${unit}`;

function stateText(state: MastershipState): string {
  return `${'    Current state'.padEnd(34)}${capitalized(state).padStart(7)}`;
}

function engineText(engine: RoutingEngineStatus, now: number): string[] {
  const lines = ['Routing Engine status:', `  Slot ${slotNumber(engine.slot)}:`, stateText(engine.state)];
  const d = engine.details;
  if (d === undefined) return lines;
  const [one, five, fifteen] = d.loadAverages.map((load) => load.toFixed(2)) as [string, string, string];
  lines.push(
    field('Election priority', capitalized(priorityText(engine.electionPriority))),
    number3('Temperature', d.temperatureC, ` degrees C / ${fahrenheit(d.temperatureC)} degrees F`),
    number3('CPU temperature', d.cpuTemperatureC, ` degrees C / ${fahrenheit(d.cpuTemperatureC)} degrees F`),
    `${'    DRAM'.padEnd(30)}${String(d.dramMb).padStart(4)} MB (${d.installedMb} MB installed)`,
    number3('Memory utilization', d.memoryUtilization, ' percent'),
  );
  d.cpu.forEach((sample, index) => {
    lines.push(`    ${CPU_BLOCKS[index] ?? `CPU utilization ${index}:`}`);
    for (const [label, , key] of CPU_FIELDS) lines.push(number3(label, sample[key], ' percent', 6));
  });
  lines.push(
    field('Model', d.model),
    field('Serial ID', d.serialNumber),
    field('Start time', formatDateTime(d.startTime)),
    field('Uptime', formatDuration(Math.floor((now - d.startTime) / 1000))),
    field('Last reboot reason', d.lastRebootReason),
    field('Load averages:', '1 minute   5 minute  15 minute'),
    `${' '.repeat(35)}${one.padStart(8)}${five.padStart(11)}${fifteen.padStart(11)}`,
  );
  return lines;
}

export const getRouteEngineInformation = defineRpc<RouteEngineInformation>({
  name: 'get-route-engine-information',
  commands: [{ words: ['show', 'chassis', 'routing-engine'], help: 'Show Routing Engine status' }],
  arguments: [{ kind: 'value', name: 'slot', help: 'Routing Engine slot number', values: ['0', '1'], positional: true }],
  run: (view, args) => {
    const engines = view.routingEngines().filter((engine) => args.slot === undefined || String(slotNumber(engine.slot)) === args.slot);
    return { ok: true, data: { now: view.now(), engines } };
  },
  element: (data, release) =>
    element(
      'route-engine-information',
      data.engines.map((engine) => engineElement(engine, data.now)),
      [['xmlns', replyNamespace(release, 'chassis')]],
    ),
  text: (data) => `${data.engines.flatMap((engine) => engineText(engine, data.now)).join('\n')}\n`,
});
