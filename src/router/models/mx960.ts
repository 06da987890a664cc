/**
 * The MX960 (retwin's default model): 14 slots (12 FPC slots, 3 SCB slots), two RE-S-1800x4,
 * `fxp0` management. Its inventory is the procedure's (section 2): backplane, cable manager,
 * craft panel, PDM, four 4.1 kW PEMs, two REs, three SCB 2, an MPC5E in FPC 0, an MPC2 with a
 * 20x1GE MIC in FPC 1, two fan trays.
 */
import type { ChassisModel } from './chassis-model.js';
import { controlBoard, mpc2WithGigabitMic, mpc5e, RE_S_1800X4, routingEngine } from './mx-parts.js';
import { JUNOS_17_3R1_MX } from './software.js';

function pem(index: number) {
  return {
    name: `PEM ${index}`,
    version: 'Rev 10',
    partNumber: '740-027760',
    serial: 'QCS####N0**',
    description: 'PS 4.1kW; 200-240V AC in',
    modelNumber: 'PWR-MX960-4100-AC-S',
  };
}

function fanTray(index: number) {
  return {
    name: `Fan Tray ${index}`,
    version: 'REV 04',
    partNumber: '740-031521',
    serial: 'ACDB####',
    description: 'Enhanced Fan Tray',
    modelNumber: 'FFANTRAY-MX960-HC-S',
  };
}

export const MX960: ChassisModel = {
  name: 'MX960',
  productModel: 'mx960',
  description: 'MX960',
  os: 'junos',
  chassisSerial: 'JN1%%%%%%AFA',
  routingEngine: RE_S_1800X4,
  fpcSlots: 12,
  gresAlwaysOn: false,
  onDiskFailureConfigurable: true,
  managementInterface: () => 'fxp0',
  frus: [
    {
      name: 'Midplane',
      version: 'REV 42',
      partNumber: '750-047849',
      serial: 'ACR@####',
      description: 'Enhanced MX960 Backplane',
      modelNumber: 'CHAS-BP3-MX960-S',
    },
    { name: 'Fan Extender', version: 'REV 09', partNumber: '710-018051', serial: 'DX####', description: 'Extended Cable Manager' },
    {
      name: 'FPM Board',
      version: 'REV 03',
      partNumber: '710-014974',
      serial: 'CAD@####',
      description: 'Front Panel Display',
      modelNumber: 'CRAFT-MX960-S',
    },
    { name: 'PDM', version: 'Rev 03', partNumber: '740-013110', serial: 'QCS#######@', description: 'Power Distribution Module' },
    pem(0),
    pem(1),
    pem(2),
    pem(3),
    routingEngine('re0'),
    routingEngine('re1'),
    controlBoard(0),
    controlBoard(1),
    controlBoard(2),
    mpc5e(0),
    mpc2WithGigabitMic(1),
    fanTray(0),
    fanTray(1),
  ],
  software: JUNOS_17_3R1_MX,
  sensors: { temperatureC: [41, 37], cpuTemperatureC: [38, 34], memoryUtilization: { master: 14, backup: 7 } },
};
