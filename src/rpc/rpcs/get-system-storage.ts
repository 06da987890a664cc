/**
 * `get-system-storage` — `show system storage`: the answering RE's file systems. Ansible's
 * `junos_facts` (gather_subset `hardware`) lists each `filesystem/filesystem-name` of the
 * `system-storage-information` (clients.md §6.2).
 *
 * The file systems are a fixed plausible set for a Junos (FreeBSD-based) RE with an SSD and a
 * hard disk [U: sizes and the list are retwin's]; both REs show the same.
 *
 * XML [R: public captures]: `<system-storage-information junos:style="brief">` (no namespace),
 * one `<filesystem>` per line: filesystem-name, total-blocks / used-blocks / available-blocks
 * (512-byte blocks) each with `junos:format` the size as the text shows it, used-percent
 * (`%3d`), mounted-on.
 * Text [R: public captures]: the header
 * `Filesystem              Size       Used      Avail  Capacity  Mounted on`, then per file
 * system its name in 20 columns, the sizes right-aligned in 8, 11 and 11, the capacity `N%` in
 * 10, two blanks and the mount point. Sizes are FreeBSD's `df -h`: 1024-based, one decimal
 * below 10 (`3.4G`, `885M`, `1.0K`, `0B`).
 */
import { defineRpc } from '../rpc-definition.js';
import { element, leaf } from '../rpc-element.js';

export interface FileSystem {
  readonly name: string;
  /** 512-byte blocks. */
  readonly total: number;
  readonly used: number;
  readonly mountedOn: string;
}

export const FILE_SYSTEMS: readonly FileSystem[] = [
  { name: '/dev/da0s1a', total: 7_098_060, used: 2_751_424, mountedOn: '/' },
  { name: 'devfs', total: 2, used: 2, mountedOn: '/dev' },
  { name: '/dev/md0', total: 116_736, used: 116_736, mountedOn: '/packages/mnt/jbase' },
  { name: '/dev/md1', total: 1_032_192, used: 1_032_192, mountedOn: '/packages/mnt/jkernel64' },
  { name: '/dev/da0s1e', total: 770_048, used: 120, mountedOn: '/config' },
  { name: 'procfs', total: 8, used: 8, mountedOn: '/proc' },
  { name: '/dev/ad1s1f', total: 115_343_360, used: 5_033_164, mountedOn: '/var' },
  { name: '/dev/md3', total: 2_097_152, used: 12, mountedOn: '/mfs' },
];

/** FreeBSD's `df -h` size of `bytes`. */
export function humanSize(bytes: number): string {
  if (bytes === 0) return '0B';
  const units = ['B', 'K', 'M', 'G', 'T'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit > 0 && value < 9.95 ? `${value.toFixed(1)}${units[unit]}` : `${Math.round(value)}${units[unit]}`;
}

const available = (fs: FileSystem): number => fs.total - fs.used;
const capacity = (fs: FileSystem): number => (fs.total === 0 ? 0 : Math.round((fs.used * 100) / fs.total));
const blocks = (name: string, count: number) => leaf(name, count, [['junos:format', humanSize(count * 512)]]);

export const getSystemStorage = defineRpc<readonly FileSystem[]>({
  name: 'get-system-storage',
  commands: [{ words: ['show', 'system', 'storage'], help: 'Show local storage data' }],
  arguments: [],
  run: () => ({ ok: true, data: FILE_SYSTEMS }),
  element: (systems) =>
    element(
      'system-storage-information',
      systems.map((fs) =>
        element('filesystem', [
          leaf('filesystem-name', fs.name),
          blocks('total-blocks', fs.total),
          blocks('used-blocks', fs.used),
          blocks('available-blocks', available(fs)),
          leaf('used-percent', String(capacity(fs)).padStart(3)),
          leaf('mounted-on', fs.mountedOn),
        ]),
      ),
      [['junos:style', 'brief']],
    ),
  text: (systems) => {
    const rows = systems.map(
      (fs) =>
        `${fs.name.padEnd(20)}${humanSize(fs.total * 512).padStart(8)}${humanSize(fs.used * 512).padStart(11)}${humanSize(available(fs) * 512).padStart(11)}${`${capacity(fs)}%`.padStart(10)}  ${fs.mountedOn}`,
    );
    return `${['Filesystem              Size       Used      Avail  Capacity  Mounted on', ...rows].join('\n')}\n`;
  },
});
