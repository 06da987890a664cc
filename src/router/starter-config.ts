/**
 * The configurations a Routing Engine commits on its first boot, when its disk has none:
 * retwin's starter configuration (a new state directory without `--config`, issue #3 item 8) and
 * Junos's factory default (a spare RE inserted new, procedure.md 1 and 9.B2).
 *
 * Owns the text of both, as set commands. The starter shows the mission of procedure.md in its
 * end state: groups `re0`/`re1` with the host names `<name>-re0`/`<name>-re1`, each RE's own
 * management address and the master-only address, a `backup-router` per RE, `system commit
 * synchronize`, `chassis redundancy graceful-switchover`, the login user, root's password, SSH,
 * NETCONF over SSH, REST over HTTP and the factory syslog settings.
 *
 * Choices:
 * - Addresses are the procedure's lab for every router (10.255.0.11/24 on re0, .12 on re1,
 *   .10 master-only, gateway 10.255.0.1 for 10.0.0.0/8); a lab of many routers passes its own
 *   `initialConfig`.
 * - The management interface is the model's (`fxp0`; `re0:mgmt-0` / `re1:mgmt-0` on the
 *   PTX10008). `graceful-switchover` is written on every model (on Junos OS Evolved it is on
 *   anyway).
 * - Default passwords (documented, change them): user `lab` (uid 2000, class `super-user`) has
 *   password `lab123`; `root` has `lab123` too. They are stored as real SHA-512 crypt hashes
 *   (`$6$`, src/lib/sha512-crypt.ts) with fixed salts, so that the starter is the same every time.
 * - The `version` statement carries the model's release, as mgd stamps every commit.
 */
import type { ChassisModel } from './models/chassis-model.js';

/** The documented default password of the starter's `lab` and `root` accounts. */
export const DEFAULT_PASSWORD = 'lab123';
/** `lab123` with salt `Rt1wIn.l` (user lab). */
export const LAB_PASSWORD_HASH = '$6$Rt1wIn.l$eDh9cxNnm3R0aNqxmI1qfH4A8lsbV2dJkWQTXaPD6tppWLQcafF0/uC1Wx47VQdqHG2h.Z27pSm0yKDsY5ohP/';
/** `lab123` with salt `Rt1wIn.r` (root). */
export const ROOT_PASSWORD_HASH = '$6$Rt1wIn.r$nRTakbuua5LPPAHNmeoy5qRVniiYfa6vtPyz0R/.pAzTyuSuTYSmloFVDk5zkYmcnA.CPg2hautRuI1JBwwLG1';

/** The management LAN of the starter (procedure.md 0.1). */
export const STARTER_ADDRESSES = Object.freeze({
  re0: '10.255.0.11/24',
  re1: '10.255.0.12/24',
  masterOnly: '10.255.0.10/24',
  gateway: '10.255.0.1',
  backupDestination: '10.0.0.0/8',
});

/** The factory syslog settings (procedure.md 1). */
const FACTORY_SYSLOG = [
  'set system syslog user * any emergency',
  'set system syslog file messages any notice',
  'set system syslog file messages authorization info',
  'set system syslog file interactive-commands interactive-commands any',
];

function groupLines(name: string, model: ChassisModel, slot: 're0' | 're1'): string[] {
  const ifd = model.managementInterface(slot);
  const a = STARTER_ADDRESSES;
  return [
    `set groups ${slot} system host-name ${name}-${slot}`,
    `set groups ${slot} system backup-router ${a.gateway} destination ${a.backupDestination}`,
    `set groups ${slot} interfaces ${ifd} unit 0 family inet address ${a[slot]}`,
    `set groups ${slot} interfaces ${ifd} unit 0 family inet address ${a.masterOnly} master-only`,
  ];
}

/** The starter configuration of a router named `name` on `model`, as set commands. */
export function starterConfig(name: string, model: ChassisModel): string {
  return [
    `set version ${model.software.junosVersion}`,
    ...groupLines(name, model, 're0'),
    ...groupLines(name, model, 're1'),
    'set apply-groups [ re0 re1 ]',
    `set system root-authentication encrypted-password "${ROOT_PASSWORD_HASH}"`,
    'set system login user lab uid 2000',
    'set system login user lab class super-user',
    `set system login user lab authentication encrypted-password "${LAB_PASSWORD_HASH}"`,
    'set system commit synchronize',
    'set system services ssh',
    'set system services netconf ssh',
    'set system services rest http',
    ...FACTORY_SYSLOG,
    'set chassis redundancy graceful-switchover',
    '',
  ].join('\n');
}

/** Junos's factory-default configuration as retwin has it: the three syslog destinations (9.B2). */
export function factoryDefaultConfig(model: ChassisModel): string {
  return [`set version ${model.software.junosVersion}`, ...FACTORY_SYSLOG, ''].join('\n');
}
