/**
 * The software releases retwin's models run: what `show version` lists and what the login
 * banner says.
 *
 * Owns the release data only. Choices:
 * - MX models run Junos OS 17.3R1.10, the release of the procedure (`procedure.md` 9.B1),
 *   with the login banner `JUNOS 17.3R1.10 Kernel 64-bit  JNPR-10.3-20170822.8b2f1e3_buil`.
 *   The package list follows the shape of real 15.1F–18.3 FreeBSD-10-based releases
 *   (os-kernel, os-libs, …, jservices-*, jpfe-*); build stamps are invented, the kernel's
 *   matching the banner.
 * - PTX10008 runs Junos OS Evolved 22.4R3.25-EVO. Its `show version` prints `Yocto:` and
 *   `Linux Kernel:` lines after `Junos:` and a single package line; this layout is
 *   reconstructed [U], as is its login banner.
 */
import type { InstalledSoftware, SoftwarePackage } from './chassis-model.js';

const OS_BUILD = '20170822.8b2f1e3_builder_stable_10';
const JUNOS_BUILD = '20170901.135618_builder_junos_173_r1';

function packages(platform: string): readonly SoftwarePackage[] {
  const os = (name: string, text: string): SoftwarePackage => ({ name, comment: `${text} [${OS_BUILD}]` });
  const junos = (name: string, text: string): SoftwarePackage => ({ name, comment: `${text} [${JUNOS_BUILD}]` });
  return [
    os('os-kernel', 'JUNOS OS Kernel 64-bit '),
    os('os-libs', 'JUNOS OS libs'),
    os('os-runtime', 'JUNOS OS runtime'),
    os('zoneinfo', 'JUNOS OS time zone information'),
    junos('netstack', 'JUNOS network stack and utilities'),
    junos('junos-libs', 'JUNOS libs'),
    os('os-libs-compat32', 'JUNOS OS libs compat32'),
    os('os-compat32', 'JUNOS OS 32-bit compatibility'),
    junos('junos-libs-compat32', 'JUNOS libs compat32'),
    junos('junos-runtime', 'JUNOS runtime'),
    junos('sflow-platform', `JUNOS sflow ${platform}`),
    junos('py-extensions', 'JUNOS py extensions'),
    junos('py-base', 'JUNOS py base'),
    os('os-crypto', 'JUNOS OS crypto'),
    { name: 'na-telemetry', comment: 'JUNOS na telemetry [17.3R1.10]' },
    junos('junos-libs-compat32-platform', `JUNOS ${platform} libs compat32`),
    junos('junos-runtime-platform', `JUNOS ${platform} runtime`),
    junos('junos-platform', 'JUNOS common platform support'),
    { name: 'junos-openconfig', comment: 'JUNOS Openconfig [17.3R1.10]' },
    junos('junos-net-platform', `JUNOS ${platform} network platform`),
    junos('junos-modules-platform', `JUNOS ${platform} modules`),
    junos('junos-modules', 'JUNOS modules'),
    junos('junos-libs-platform', `JUNOS ${platform} libs`),
    junos('junos-dp-crypto-support-platform', 'JUNOS mtx Data Plane Crypto Support'),
    junos('junos-daemons', 'JUNOS daemons'),
    junos('junos-daemons-platform', `JUNOS ${platform} daemons`),
    junos('jservices-ssl', 'JUNOS Services SSL'),
    junos('jservices-sfw', 'JUNOS Services Stateful Firewall'),
    junos('jservices-rpm', 'JUNOS Services RPM'),
    junos('jservices-nat', 'JUNOS Services NAT'),
    junos('jservices-jflow', 'JUNOS Services Jflow Container package'),
    junos('jservices-ipsec', 'JUNOS Services IPSec'),
    junos('jservices-crypto-base', 'JUNOS Services Crypto'),
    junos('jservices-alg', 'JUNOS Services Application Level Gateways'),
    junos('jpfe-platform', 'JUNOS Packet Forwarding Engine Support (MX/EX92XX Common)'),
    junos('jpfe-common', 'JUNOS Packet Forwarding Engine Support (M/T Common)'),
    junos('jpfe-X', 'JUNOS Packet Forwarding Engine Support (MX Common)'),
    junos('jfirmware', 'JUNOS jfirmware'),
    junos('jdocs', 'JUNOS Online Documentation'),
    os('jail-runtime', 'JUNOS jail runtime'),
  ];
}

/** Junos OS 17.3R1.10 as the MX models run it. */
export const JUNOS_17_3R1_MX: InstalledSoftware = {
  junosVersion: '17.3R1.10',
  packages: packages('mx'),
  loginBanner: 'JUNOS 17.3R1.10 Kernel 64-bit  JNPR-10.3-20170822.8b2f1e3_buil',
};

/** Junos OS Evolved 22.4R3.25-EVO as the PTX10008 runs it. */
export const EVO_22_4R3_PTX: InstalledSoftware = {
  junosVersion: '22.4R3.25-EVO',
  yoctoVersion: '3.0.2',
  kernelVersion: '5.2.60-yocto-standard-g8a8e6f3b1',
  packages: [{ name: 'junos-evo', comment: 'JUNOS-EVO OS 64-bit [junos-evo-install-ptx-x86-64-22.4R3.25-EVO]' }],
  loginBanner: 'JUNOS 22.4R3.25-EVO Linux (none) 5.2.60-yocto-standard-g8a8e6f3b1',
};
