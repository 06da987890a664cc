/**
 * FRU templates shared by the MX models (MX960, MX480, MX240): Routing Engines, control boards,
 * line cards with their PICs and optics.
 *
 * Owns the part data of these boards (part numbers, descriptions, model numbers, CLEI codes,
 * serial patterns). Part numbers and descriptions are those of real boards as they appear in
 * public captures of `show chassis hardware` (spec §1.3, §1.5, procedure section 2); the
 * revisions are picked; serials are derived from the router's name (`serial-number.ts`).
 */
import type { RoutingEngineSlot } from '../../config/groups.js';
import type { FruTemplate, RoutingEngineHardware } from './chassis-model.js';

/** The RE-S-1800x4 with 32 GB, as the procedure's lab has. */
export const RE_S_1800X4: RoutingEngineHardware = {
  model: 'RE-S-1800x4',
  dramMb: 32717,
  installedMb: 32768,
  serialFrom: (slot) => (slot === 're0' ? 'Routing Engine 0' : 'Routing Engine 1'),
};

/** `Routing Engine N`; the revision differs per slot as on a box whose RE1 was added later. */
export function routingEngine(slot: RoutingEngineSlot): FruTemplate {
  return {
    name: slot === 're0' ? 'Routing Engine 0' : 'Routing Engine 1',
    version: slot === 're0' ? 'REV 09' : 'REV 10',
    partNumber: '740-051822',
    serial: '9013######',
    description: RE_S_1800X4.model,
    cleiCode: 'COUCATEBAA',
    modelNumber: 'RE-S-1800X4-32G-S',
    routingEngine: slot,
  };
}

/** `CB N`: an Enhanced MX SCB 2. */
export function controlBoard(index: number): FruTemplate {
  return {
    name: `CB ${index}`,
    version: 'REV 07',
    partNumber: '750-062572',
    serial: 'CAF@####',
    description: 'Enhanced MX SCB 2',
    cleiCode: 'COUCATYBAA',
    modelNumber: 'SCBE2-MX-S',
  };
}

function sfpPlus(port: number): FruTemplate {
  return { name: `Xcvr ${port}`, version: 'REV 01', partNumber: '740-031980', serial: '@@@#@#@', description: 'SFP+-10G-SR' };
}

function builtinPic(index: number, description: string, children?: readonly FruTemplate[]): FruTemplate {
  return { name: `PIC ${index}`, partNumber: 'BUILTIN', serial: 'BUILTIN', description, ...(children ? { children } : {}) };
}

/** `FPC N`: an MPC5E 3D Q 24XGE+6XLGE with two SFP+ optics in PIC 0. */
export function mpc5e(slot: number): FruTemplate {
  return {
    name: `FPC ${slot}`,
    version: 'REV 41',
    partNumber: '750-045715',
    serial: 'CAD@####',
    description: 'MPC5E 3D Q 24XGE+6XLGE',
    cleiCode: 'COUIBD3BAA',
    modelNumber: 'MPC5EQ-40G10G',
    children: [
      { name: 'CPU', version: 'REV 11', partNumber: '711-045719', serial: 'CAD@####', description: 'RMPC PMB' },
      builtinPic(0, '12X10GE SFPP OTN', [sfpPlus(0), sfpPlus(9)]),
      builtinPic(1, '12X10GE SFPP OTN'),
      builtinPic(2, '3X40GE QSFPP'),
      builtinPic(3, '3X40GE QSFPP'),
      { name: 'WAN MEZZ', version: 'REV 15', partNumber: '750-049136', serial: 'CAD@####', description: 'MPC5E 24XGE OTN Mezz' },
    ],
  };
}

/** `FPC N`: an MPC Type 2 3D with a 20x 1GE MIC, one SFP-SX optic. */
export function mpc2WithGigabitMic(slot: number): FruTemplate {
  return {
    name: `FPC ${slot}`,
    version: 'REV 70',
    partNumber: '750-031089',
    serial: 'ZG####',
    description: 'MPC Type 2 3D',
    cleiCode: 'COUIBCWBAA',
    modelNumber: 'MX-MPC2-3D',
    children: [
      { name: 'CPU', version: 'REV 06', partNumber: '711-030884', serial: 'ZG####', description: 'MPC PMB 2G' },
      {
        name: 'MIC 0',
        version: 'REV 26',
        partNumber: '750-028392',
        serial: 'ZF####',
        description: '3D 20x 1GE(LAN) SFP',
        cleiCode: 'COUIBCXBAA',
        modelNumber: 'MIC-3D-20GE-SFP',
        children: [
          builtinPic(0, '10x 1GE(LAN) SFP', [
            { name: 'Xcvr 0', version: 'REV 01', partNumber: '740-011613', serial: 'PHB#@#@', description: 'SFP-SX' },
          ]),
          builtinPic(1, '10x 1GE(LAN) SFP'),
        ],
      },
    ],
  };
}

/** `PEM N` of the MX240/MX480: 1.4–2.52 kW AC. */
export function mx480Pem(index: number): FruTemplate {
  return {
    name: `PEM ${index}`,
    version: 'Rev 10',
    partNumber: '740-029970',
    serial: 'QCS####U***',
    description: 'PS 1.4-2.52kW; 90-264V AC in',
    modelNumber: 'PWR-MX480-2520-AC-S',
  };
}
