/**
 * The MX480: 8 slots (6 FPC slots, 2 SCB slots), two RE-S-1800x4, `fxp0` management. Its
 * inventory follows real MX480 captures (spec §1.3): enhanced midplane, craft panel, four AC
 * PEMs, two REs, two SCB 2, an MPC5E in FPC 0 and an MPC2 in FPC 1, and the single
 * `Fan Tray` line that shows only a description.
 */
import type { ChassisModel } from './chassis-model.js';
import { controlBoard, mpc2WithGigabitMic, mpc5e, mx480Pem, RE_S_1800X4, routingEngine } from './mx-parts.js';
import { JUNOS_17_3R1_MX } from './software.js';

export const MX480: ChassisModel = {
  name: 'MX480',
  productModel: 'mx480',
  description: 'MX480',
  os: 'junos',
  chassisSerial: 'JN1%%%%%%AFB',
  routingEngine: RE_S_1800X4,
  fpcSlots: 6,
  gresAlwaysOn: false,
  onDiskFailureConfigurable: true,
  managementInterface: () => 'fxp0',
  frus: [
    {
      name: 'Midplane',
      version: 'REV 07',
      partNumber: '750-047862',
      serial: 'ACR@####',
      description: 'Enhanced MX480 Midplane',
      modelNumber: 'CHAS-BP3-MX480-S',
    },
    {
      name: 'FPM Board',
      version: 'REV 02',
      partNumber: '710-017254',
      serial: 'CAD@####',
      description: 'Front Panel Display',
      modelNumber: 'CRAFT-MX480-S',
    },
    mx480Pem(0),
    mx480Pem(1),
    mx480Pem(2),
    mx480Pem(3),
    routingEngine('re0'),
    routingEngine('re1'),
    controlBoard(0),
    controlBoard(1),
    mpc5e(0),
    mpc2WithGigabitMic(1),
    { name: 'Fan Tray', description: 'Enhanced Left Fan Tray', modelNumber: 'FFANTRAY-MX480-HC-S' },
  ],
  software: JUNOS_17_3R1_MX,
  sensors: { temperatureC: [39, 36], cpuTemperatureC: [36, 33], memoryUtilization: { master: 14, backup: 7 } },
};
