/**
 * The procedure's lab (`procedure.md` §0.1) as a fake router: MX960 r1 with the lab's serial
 * numbers, boot times, reboot reasons and host names, for golden tests of the transcripts.
 *
 * retwin derives serials from the router's name and does not reproduce the lab's (see
 * `serial-number.ts`); this table puts them back, FRU by FRU, for tests only.
 */
import { FakeRouter, type FakeRouterOptions } from './fake-router.js';

/** The serial numbers of procedure section 2, by FRU path. */
export const PROCEDURE_SERIALS: Readonly<Record<string, string>> = {
  Chassis: 'JN11F4A7CAFA',
  Midplane: 'ACRE3931',
  'Fan Extender': 'DX8716',
  'FPM Board': 'CADH4127',
  PDM: 'QCS1309509E',
  'PEM 0': 'QCS1602N0E7',
  'PEM 1': 'QCS1602N0FN',
  'PEM 2': 'QCS1602N0C1',
  'PEM 3': 'QCS1602N0AX',
  'Routing Engine 0': '9013071946',
  'Routing Engine 1': '9013114402',
  'CB 0': 'CAFP5207',
  'CB 1': 'CAFP5291',
  'CB 2': 'CAFP5186',
  'FPC 0': 'CADT2764',
  'FPC 0/CPU': 'CADS9052',
  'FPC 0/PIC 0/Xcvr 0': 'AQB1T2M',
  'FPC 0/PIC 0/Xcvr 9': 'AQB1T4F',
  'FPC 0/WAN MEZZ': 'CADR7713',
  'FPC 1': 'ZG7442',
  'FPC 1/CPU': 'ZG3018',
  'FPC 1/MIC 0': 'ZF5219',
  'FPC 1/MIC 0/PIC 0/Xcvr 0': 'PHB3Q7L',
  'Fan Tray 0': 'ACDB7731',
  'Fan Tray 1': 'ACDB7652',
};

/** re0 last booted 2024-03-04 06:12:40 UTC; re1 was inserted and booted 2024-03-11 06:55:52 UTC. */
export const RE0_BOOT = Date.UTC(2024, 2, 4, 6, 12, 40);
export const RE1_BOOT = Date.UTC(2024, 2, 11, 6, 55, 52);

/** The lab at `now` (default 09:03:05 on the procedure's day), re0 master. */
export function procedureLab(options: FakeRouterOptions = {}): FakeRouter {
  return new FakeRouter({
    name: 'r1',
    serialFor: (path, derived) => PROCEDURE_SERIALS[path] ?? derived,
    re0: { state: 'master', hostName: 'r1-re0', startTime: RE0_BOOT, lastRebootReason: 'Router rebooted after a normal shutdown.' },
    re1: { state: 'backup', hostName: 'r1-re1', startTime: RE1_BOOT, lastRebootReason: '0x1:power cycle/failure' },
    ...options,
  });
}
