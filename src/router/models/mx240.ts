/**
 * The MX240: 4 slots (SCB 0, a slot for SCB 1 or FPC 0, FPC 1 and FPC 2), two RE-S-1800x4,
 * `fxp0` management. Inventory: backplane, craft panel, two AC PEMs, two REs, two SCB 2 (so no
 * FPC 0), an MPC5E in FPC 1 and an MPC2 in FPC 2, one fan tray. Part numbers of the MX240's
 * own boards (backplane, craft panel, fan tray) are plausible picks [U].
 */
import type { ChassisModel } from './chassis-model.js';
import { controlBoard, mpc2WithGigabitMic, mpc5e, mx480Pem, RE_S_1800X4, routingEngine } from './mx-parts.js';
import { JUNOS_17_3R1_MX } from './software.js';

export const MX240: ChassisModel = {
  name: 'MX240',
  productModel: 'mx240',
  description: 'MX240',
  os: 'junos',
  chassisSerial: 'JN1%%%%%%AFC',
  routingEngine: RE_S_1800X4,
  fpcSlots: 3,
  gresAlwaysOn: false,
  onDiskFailureConfigurable: true,
  managementInterface: () => 'fxp0',
  frus: [
    {
      name: 'Midplane',
      version: 'REV 07',
      partNumber: '750-047863',
      serial: 'ACR@####',
      description: 'Enhanced MX240 Backplane',
      modelNumber: 'CHAS-BP3-MX240-S',
    },
    {
      name: 'FPM Board',
      version: 'REV 03',
      partNumber: '710-021050',
      serial: 'CAD@####',
      description: 'Front Panel Display',
      modelNumber: 'CRAFT-MX240-S',
    },
    mx480Pem(0),
    mx480Pem(1),
    routingEngine('re0'),
    routingEngine('re1'),
    controlBoard(0),
    controlBoard(1),
    mpc5e(1),
    mpc2WithGigabitMic(2),
    {
      name: 'Fan Tray 0',
      version: 'REV 06',
      partNumber: '740-031522',
      serial: 'ACD@####',
      description: 'Enhanced Fan Tray',
      modelNumber: 'FFANTRAY-MX240-HC-S',
    },
  ],
  software: JUNOS_17_3R1_MX,
  sensors: { temperatureC: [38, 35], cpuTemperatureC: [35, 32], memoryUtilization: { master: 14, backup: 7 } },
};
