/**
 * `/etc/hosts.junos`: the names of the internal addresses Junos uses between its Routing
 * Engines and other components over the private routing instances. PyEZ reads it
 * (`file-show`) to map the `__juniper_private1__` addresses of `get-interface-information` to
 * `re0`, `re1`, `master`, `backup` (clients.md §2.3).
 *
 * Owns the file's content. The address-to-name map of a single chassis and its layout (the
 * address padded to 17 columns, then the name; the PIC rows) follow the real file as the PyEZ
 * fixture `iri_mapping_file-show.xml` shows it [C]; the comments are retwin's own, and the
 * multichassis (SCC/LCC/SFC) sections of the real file are left out, since retwin is one
 * chassis [U]. The same on every RE and model (the file comes with the software).
 */

const row = (address: string, name: string): string => `${address.padEnd(17)}${name}`;
const range = (count: number): number[] => Array.from({ length: count }, (_, i) => i);

function singleChassis(): string[] {
  const fixed: [string, string][] = [
    ['128.0.0.1', 'master'],
    ['128.0.0.1', 'node'],
    ['128.0.0.1', 'fwdd'],
    ['128.0.0.1', 'member'],
    ['128.0.0.1', 'pfem'],
    ['128.0.0.2', 'scb'],
    ['128.0.0.2', 'sbr'],
    ['128.0.0.2', 'ssb'],
    ['128.0.0.2', 'feb'],
    ['128.0.0.2', 'cfeb0'],
    ['128.0.0.2', 'cfeb'],
    ['128.0.0.2', 'cpp0'],
    ['128.0.0.3', 'cfeb1'],
    ['128.0.0.3', 'cpp1'],
    ['128.0.0.4', 're0'],
    ['128.0.0.5', 're1'],
    ['128.0.0.6', 'backup'],
    ['128.0.0.8', 'sfm0'],
    ['128.0.0.9', 'sfm1'],
    ['128.0.0.10', 'sfm2'],
  ];
  const fpcs: [string, string][] = range(32).flatMap((fpc): [string, string][] => {
    const address = `128.0.0.${16 + fpc}`;
    if (fpc >= 16 && fpc <= 19) return [[address, `feb${fpc - 16}`], [address, `fpc${fpc}`]];
    if (fpc === 20) return [[address, 'fpc20'], [address, 'feb4']];
    if (fpc === 21) return [[address, 'feb5'], [address, 'fpc21']];
    return [[address, `fpc${fpc}`]];
  });
  const tail: [string, string][] = [
    ['128.0.0.48', 'spmb0'],
    ['128.0.0.49', 'spmb1'],
    ['128.0.0.50', 'tfeb0'],
    ['128.0.0.50', 'afeb0'],
    ['128.0.0.53', 'esc0'],
    ['128.0.0.54', 'esc1'],
    ['128.0.0.55', 'esc0-ipmi'],
    ['128.0.0.56', 'esc1-ipmi'],
    ['128.0.0.63', 'localre'],
  ];
  return [...fixed, ...fpcs, ...tail].map(([address, name]) => row(address, name));
}

/** The PIC rows: `128.0.<pic+1>.<16+fpc>  fpc<fpc>.pic<pic>` (32 FPCs for PICs 0 and 1, 16 for 2 and 3). */
function picBlocks(): string[] {
  return [0, 1, 2, 3].flatMap((pic) => ['', ...range(pic < 2 ? 32 : 16).map((fpc) => row(`128.0.${pic + 1}.${16 + fpc}`, `fpc${fpc}.pic${pic}`))]);
}

/** The content of `/etc/hosts.junos`, every line ending with `\n`. */
export const HOSTS_JUNOS = `${[
  '#',
  '# hosts.junos: reserved names of the internal addresses of this system.',
  '#',
  '# The Routing Engines and the other components of a chassis reach each other',
  '# at these addresses over the internal routing instances. Name lookups read',
  '# this file before /etc/hosts; do not use these names for anything else.',
  '#',
  '',
  '#',
  '# Single Chassis Hostnames',
  '#',
  '',
  ...singleChassis(),
  ...picBlocks(),
  '',
  '# End of internal names',
].join('\n')}\n`;

export const HOSTS_JUNOS_PATH = '/etc/hosts.junos';
