/**
 * The interfaces of one Routing Engine as `show interfaces terse` lists them: the kernel's
 * (management interface, line-card ports on the master, lo0 and its configured units) and the
 * RE-internal ones the kernel does not model.
 *
 * Owns the data of `get-interface-information` (terse) and the internal interfaces. What PyEZ
 * reads to tell which RE it is on (clients.md §2.3) is here: the inet addresses of the
 * `__juniper_private1__` routing instance, mapped through `/etc/hosts.junos`
 * (`hosts-junos.ts`).
 *
 * Internal interfaces, after the PyEZ fixture `current_re_get-interface-information.xml` (a
 * master re0) [C], extended to the other cases as clients.md §2.3 says [R]:
 * - `em0` and `em1` (the RE's links to the control boards), unit 0 in `__juniper_private1__`:
 *   inet `10.0.0.N/8`, `128.0.0.N/2` (N = 4 on re0, 5 on re1), and `128.0.0.1/2` (`master`) on
 *   the master only or `128.0.0.6/2` (`backup`) on the backup only, in address order; inet6
 *   `fe80::200:ff:fe00:N/64` (em1 `fe80::200:1ff:fe00:N/64`) and `fec0::a:0:0:N/64`; tnp `0xN`;
 * - `lo0.16384` (inet `127.0.0.1 --> 0/0`, not in `__juniper_private1__` [U]) and `lo0.16385`
 *   (`__juniper_private1__`, inet without address).
 * Line-card internals (`lc-`, `pfe-`, `pfh-`) are not listed [U]. Junos OS Evolved is given the
 * same internal interfaces [U: its names are not known to us].
 *
 * Other choices [U]: a host address on lo0 prints without its length, inet ones with the remote
 * `0/0` (`127.0.0.1 --> 0/0`), as captures of lo0 show; physical interfaces are listed with the
 * line-card ports first (kernel order), then the others by name (`em0`, `em1`, `fxp0`, `lo0`),
 * a physical interface's units by unit number.
 */
import type { LogicalInterface, PhysicalInterface } from '../../daemons/kernel/index.js';
import { formatAddress } from '../../lib/ip.js';
import type { Role, RoutingEngineSlot } from '../router-view.js';

export const PRIVATE_INSTANCE = '__juniper_private1__';

export interface TerseAddress {
  readonly local: string;
  /** The Remote column (`0/0`). */
  readonly destination?: string;
}

export interface TerseFamily {
  /** `inet`, `inet6`, `tnp`. */
  readonly name: string;
  readonly addresses: readonly TerseAddress[];
}

export interface TerseLogical {
  readonly name: string;
  readonly adminUp: boolean;
  readonly linkUp: boolean;
  readonly families: readonly TerseFamily[];
  /** The routing instance, undefined for the default one. */
  readonly instance?: string;
}

export interface TersePhysical {
  readonly name: string;
  readonly adminUp: boolean;
  readonly linkUp: boolean;
  readonly lineCard: boolean;
  readonly units: readonly TerseLogical[];
}

function fromKernelUnit(unit: LogicalInterface): TerseLogical {
  const families = unit.families.map((family) => ({
    name: family,
    addresses: unit.addresses
      .filter((address) => address.family === family)
      .map((address): TerseAddress => {
        const host = address.prefix.length === (family === 'inet' ? 32 : 128);
        if (unit.kind !== 'loopback' || !host) return { local: address.text };
        const local = formatAddress(address.prefix.address);
        return family === 'inet' ? { local, destination: '0/0' } : { local };
      }),
  }));
  return { name: unit.name, adminUp: unit.adminUp, linkUp: unit.linkUp, families };
}

function fromKernel(ifd: PhysicalInterface): TersePhysical {
  return { name: ifd.name, adminUp: ifd.adminUp, linkUp: ifd.linkUp, lineCard: ifd.kind === 'line-card', units: ifd.units.map(fromKernelUnit) };
}

const up = { adminUp: true, linkUp: true } as const;

function ipv4Order(text: string): number {
  const [a = 0, b = 0, c = 0, d = 0] = (text.split('/')[0] ?? '').split('.').map(Number);
  return ((a * 256 + b) * 256 + c) * 256 + d;
}

function controlUnit(name: string, slot: RoutingEngineSlot, role: Role, linkLocalPrefix: string): TerseLogical {
  const n = slot === 're0' ? 4 : 5;
  const inet = [`10.0.0.${n}/8`, `128.0.0.${n}/2`, role === 'master' ? '128.0.0.1/2' : '128.0.0.6/2'].sort((a, b) => ipv4Order(a) - ipv4Order(b));
  return {
    name,
    ...up,
    instance: PRIVATE_INSTANCE,
    families: [
      { name: 'inet', addresses: inet.map((local) => ({ local })) },
      { name: 'inet6', addresses: [{ local: `${linkLocalPrefix}:fe00:${n}/64` }, { local: `fec0::a:0:0:${n}/64` }] },
      { name: 'tnp', addresses: [{ local: `0x${n}` }] },
    ],
  };
}

/** The RE-internal interfaces of the RE in `slot` while it has `role`. */
export function internalInterfaces(slot: RoutingEngineSlot, role: Role): TersePhysical[] {
  return [
    { name: 'em0', ...up, lineCard: false, units: [controlUnit('em0.0', slot, role, 'fe80::200:ff')] },
    { name: 'em1', ...up, lineCard: false, units: [controlUnit('em1.0', slot, role, 'fe80::200:1ff')] },
  ];
}

/** The internal units of lo0. */
export const INTERNAL_LOOPBACK_UNITS: readonly TerseLogical[] = [
  { name: 'lo0.16384', ...up, families: [{ name: 'inet', addresses: [{ local: '127.0.0.1', destination: '0/0' }] }] },
  { name: 'lo0.16385', ...up, instance: PRIVATE_INSTANCE, families: [{ name: 'inet', addresses: [] }] },
];

const unitNumber = (unit: TerseLogical): number => Number(unit.name.slice(unit.name.lastIndexOf('.') + 1));

/** Every interface of the RE: the kernel's with the internal ones merged in, in display order. */
export function terseInterfaces(kernel: readonly PhysicalInterface[], slot: RoutingEngineSlot, role: Role): TersePhysical[] {
  const all = kernel.map(fromKernel);
  for (const internal of internalInterfaces(slot, role)) if (!all.some((ifd) => ifd.name === internal.name)) all.push(internal);
  const lo0 = all.findIndex((ifd) => ifd.name === 'lo0');
  const loopback = lo0 >= 0 ? (all[lo0] as TersePhysical) : { name: 'lo0', ...up, lineCard: false, units: [] };
  const units = [...loopback.units, ...INTERNAL_LOOPBACK_UNITS.filter((unit) => !loopback.units.some((u) => u.name === unit.name))];
  const merged = { ...loopback, units: units.sort((a, b) => unitNumber(a) - unitNumber(b)) };
  if (lo0 >= 0) all[lo0] = merged;
  else all.push(merged);
  const lineCards = all.filter((ifd) => ifd.lineCard);
  const others = all.filter((ifd) => !ifd.lineCard).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [...lineCards, ...others];
}
