/**
 * The PTX10008 running Junos OS Evolved: 8 line-card slots, two Routing and Control Boards
 * (RCB: an RE and a CB on one board), six switch fabric boards, management interfaces
 * `re0:mgmt-0` and `re1:mgmt-0` (spec §9), GRES always on (spec §2.6).
 *
 * The inventory follows a public capture of a PTX10008 on Junos OS Evolved: `Midplane 0`,
 * `FPM 0`, `PSM n`, the REs listed with `BUILTIN` part and serial numbers and the description
 * `JNP10K-RE1-E128`, `CB n` (`Control Board`), `FPC n` with `CPU`, `PIC 0` and `MEZZ 0`,
 * `SIB n`, `FTC n` and `Fan Tray n`. Choices [U]:
 * - `show chassis routing-engine` reports `JNP10K-RE1-E128` as the RE's Model (the inventory's
 *   description; no EVO capture of that command was found) and, as Serial ID, the serial of
 *   the RCB (the RE has none of its own in the inventory), i.e. the same pattern as `CB n`.
 * - 128 GB of DRAM (the E128 variant): 130813 MB usable of 131072 MB installed.
 */
import type { RoutingEngineSlot } from '../../config/groups.js';
import type { ChassisModel, FruTemplate } from './chassis-model.js';
import { EVO_22_4R3_PTX } from './software.js';

const RE_DESCRIPTION = 'JNP10K-RE1-E128';

function routingEngine(slot: RoutingEngineSlot): FruTemplate {
  return {
    name: slot === 're0' ? 'Routing Engine 0' : 'Routing Engine 1',
    partNumber: 'BUILTIN',
    serial: 'BUILTIN',
    description: RE_DESCRIPTION,
    modelNumber: 'JNP10K-RE1-E128',
    routingEngine: slot,
  };
}

function numbered(count: number, make: (index: number) => FruTemplate): FruTemplate[] {
  return Array.from({ length: count }, (_, index) => make(index));
}

function lineCard(slot: number): FruTemplate {
  return {
    name: `FPC ${slot}`,
    version: 'REV 51',
    partNumber: '750-093524',
    serial: 'BCET####',
    description: 'JNP10K-LC1201',
    modelNumber: 'PTX10K-LC1201-36CD',
    children: [
      { name: 'CPU', version: 'REV 11', partNumber: '750-087304', serial: 'BCEP####', description: 'JNP10K-LC1201 PMB Board' },
      {
        name: 'PIC 0',
        partNumber: 'BUILTIN',
        serial: 'BUILTIN',
        description: 'JNP10K-36QDD-LC-PIC',
        children: [
          { name: 'Xcvr 0', version: 'REV 01', partNumber: '740-085351', serial: '1@1@@@@#####', description: 'QSFP56-DD-400GBASE-DR4' },
          { name: 'Xcvr 1', version: 'REV 01', partNumber: '740-085351', serial: '1@1@@@@#####', description: 'QSFP56-DD-400GBASE-DR4' },
        ],
      },
      { name: 'MEZZ 0', version: 'REV 13', partNumber: '711-084968', serial: 'BCEN####', description: 'JNP10K-LC1201 MEZZ Board' },
    ],
  };
}

export const PTX10008: ChassisModel = {
  name: 'PTX10008',
  productModel: 'ptx10008',
  description: 'JNP10008 [PTX10008]',
  os: 'junos-evolved',
  chassisSerial: '@@###',
  routingEngine: { model: RE_DESCRIPTION, dramMb: 130813, installedMb: 131072, serialFrom: (slot) => (slot === 're0' ? 'CB 0' : 'CB 1') },
  fpcSlots: 8,
  gresAlwaysOn: true,
  onDiskFailureConfigurable: false,
  managementInterface: (slot) => `${slot}:mgmt-0`,
  frus: [
    { name: 'Midplane 0', version: 'REV 20', partNumber: '750-086802', serial: 'BCEE####', description: 'Midplane 8' },
    { name: 'FPM 0', version: 'REV 02', partNumber: '711-086964', serial: 'BCEE####', description: 'Front Panel Display' },
    ...numbered(4, (index) => ({
      name: `PSM ${index}`,
      version: 'Rev 04',
      partNumber: '740-069994',
      serial: '1F21@#*****',
      description: 'JNP10K 5500W AC/HVDC Power Supply Unit',
      modelNumber: 'JNP10K-PWR-AC2',
    })),
    routingEngine('re0'),
    routingEngine('re1'),
    ...numbered(2, (index) => ({
      name: `CB ${index}`,
      version: 'REV 12',
      partNumber: '750-101823',
      serial: 'BCE@####',
      description: 'Control Board',
      modelNumber: 'JNP10K-RE1-E128',
    })),
    lineCard(0),
    lineCard(1),
    ...numbered(6, (index) => ({
      name: `SIB ${index}`,
      version: 'REV 13',
      partNumber: '750-136652',
      serial: 'BCF#####',
      description: 'SIB-JNP10008-SF5',
      modelNumber: 'JNP10008-SF5',
    })),
    ...numbered(2, (index) => ({
      name: `FTC ${index}`,
      version: 'REV 19',
      partNumber: '750-083435',
      serial: 'BCE#####',
      description: 'Fan Controller 8',
      modelNumber: 'JNP10008-FAN-CTRL',
    })),
    ...numbered(2, (index) => ({
      name: `Fan Tray ${index}`,
      version: 'REV 15',
      partNumber: '750-103312',
      serial: 'BCE#####',
      description: 'Fan tray 8',
      modelNumber: 'JNP10008-FAN',
    })),
  ],
  software: EVO_22_4R3_PTX,
  sensors: { temperatureC: [52, 50], cpuTemperatureC: [61, 58], memoryUtilization: { master: 11, backup: 9 } },
};
