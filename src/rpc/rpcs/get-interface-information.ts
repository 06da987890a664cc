/**
 * `get-interface-information` — `show interfaces [name] terse [routing-instance R]`: the
 * answering RE's interfaces, physical and logical, with admin and link state, protocol
 * families and local addresses (`terse-interfaces.ts` has the data, internal interfaces
 * included).
 *
 * XML [C: PyEZ fixtures `current_re_get-interface-information.xml`, `sw_info_dual_…`]:
 * `<interface-information xmlns=…junos-interface junos:style="terse">`; a `<physical-interface>`
 * (name, admin-status, oper-status) per interface with its `<logical-interface>`s (name,
 * admin-status, oper-status, an empty `<filter-information>`, then per family an
 * `<address-family>`: address-family-name and one `<interface-address>` per address,
 * `<ifa-local junos:emit="emit">`, `<ifa-destination junos:emit="emit">` for a remote).
 * With `routing-instance`, as in the fixture, every physical interface is an unnamed
 * `<physical-interface>` holding only its logical interfaces in that instance (empty for the
 * others). Naming one logical interface (`fxp0.0`) gives that `<logical-interface>` directly
 * under `<interface-information>` [U].
 *
 * Text [R: public captures]: the header
 * `Interface               Admin Link Proto    Local                 Remote`, then per
 * interface its name in 24 columns, Admin in 6, Link in 5, then per family the family in 9 and
 * its first local address, further addresses under the Local column (column 44), further
 * families under Proto (column 35); a remote follows the local address padded to 20 as
 * `--> 0/0`. Trailing blanks are trimmed. With `routing-instance`, only the logical interfaces'
 * lines are printed [U].
 *
 * Choices [U]: only the terse form exists; without `terse`, and with `detail` (which Ansible's
 * `junos_facts` interfaces subset sends, reading name, admin-status and oper-status, clients.md
 * §6.2), the same terse reply is given (its `junos:style` says so). An unknown name is
 * `error: device <name> not found`.
 */
import { replyNamespace } from '../junos-format.js';
import { defineRpc } from '../rpc-definition.js';
import { element, leaf, type RpcElement } from '../rpc-element.js';
import { rpcError } from '../rpc-error.js';
import { terseInterfaces, type TerseLogical, type TersePhysical } from './terse-interfaces.js';

export interface InterfaceInformation {
  readonly interfaces: readonly TersePhysical[];
  /** A single logical interface was named. */
  readonly logicalOnly?: boolean;
  /** The routing instance asked for. */
  readonly routingInstance?: string;
}

const HEADER = 'Interface               Admin Link Proto    Local                 Remote';
const state = (isUp: boolean): string => (isUp ? 'up' : 'down');
const emit = [['junos:emit', 'emit']] as const;

function logicalElement(unit: TerseLogical): RpcElement {
  return element('logical-interface', [
    leaf('name', unit.name),
    leaf('admin-status', state(unit.adminUp)),
    leaf('oper-status', state(unit.linkUp)),
    element('filter-information', []),
    ...unit.families.map((family) =>
      element('address-family', [
        leaf('address-family-name', family.name),
        ...family.addresses.map((address) =>
          element('interface-address', [leaf('ifa-local', address.local, emit), address.destination === undefined ? undefined : leaf('ifa-destination', address.destination, emit)]),
        ),
      ]),
    ),
  ]);
}

function logicalLines(unit: TerseLogical): string[] {
  const head = `${unit.name.padEnd(23)} ${state(unit.adminUp).padEnd(5)} ${state(unit.linkUp).padEnd(4)} `;
  const lines: string[] = [];
  if (unit.families.length === 0) return [head.trimEnd()];
  unit.families.forEach((family, f) => {
    const lead = f === 0 ? head : ' '.repeat(35);
    const addresses = family.addresses.length === 0 ? [undefined] : family.addresses;
    addresses.forEach((address, a) => {
      const start = a === 0 ? `${lead}${family.name.padEnd(8)} ` : ' '.repeat(44);
      const local = address === undefined ? '' : address.destination === undefined ? address.local : `${address.local.padEnd(19)} --> ${address.destination}`;
      lines.push(`${start}${local}`.trimEnd());
    });
  });
  return lines;
}

function physicalLine(ifd: TersePhysical): string {
  return `${ifd.name.padEnd(23)} ${state(ifd.adminUp).padEnd(5)} ${state(ifd.linkUp)}`;
}

export const getInterfaceInformation = defineRpc<InterfaceInformation>({
  name: 'get-interface-information',
  commands: [{ words: ['show', 'interfaces'], help: 'Show interface information' }],
  arguments: [
    { kind: 'value', name: 'interface-name', help: 'Name of physical or logical interface', positional: true },
    { kind: 'flag', name: 'terse', help: 'Display terse output' },
    { kind: 'flag', name: 'detail', help: 'Display detailed output' },
    { kind: 'value', name: 'routing-instance', help: 'Name of routing instance' },
  ],
  run: (view, args) => {
    let interfaces = terseInterfaces(view.interfaces(), view.slot, view.role());
    const name = args['interface-name'];
    let logicalOnly = false;
    if (typeof name === 'string') {
      const physical = interfaces.find((ifd) => ifd.name === name);
      const owner = interfaces.find((ifd) => ifd.units.some((unit) => unit.name === name));
      if (physical !== undefined) interfaces = [physical];
      else if (owner !== undefined) {
        interfaces = [{ ...owner, units: owner.units.filter((unit) => unit.name === name) }];
        logicalOnly = true;
      } else return { ok: false, errors: [rpcError(`device ${name} not found`)] };
    }
    const instance = args['routing-instance'];
    if (typeof instance === 'string') {
      interfaces = interfaces.map((ifd) => ({ ...ifd, units: ifd.units.filter((unit) => (unit.instance ?? 'default') === instance) }));
      return { ok: true, data: { interfaces, routingInstance: instance, ...(logicalOnly ? { logicalOnly } : {}) } };
    }
    return { ok: true, data: { interfaces, ...(logicalOnly ? { logicalOnly } : {}) } };
  },
  element: (data, release) => {
    let children: RpcElement[];
    if (data.logicalOnly === true) children = data.interfaces.flatMap((ifd) => ifd.units.map(logicalElement));
    else if (data.routingInstance !== undefined) children = data.interfaces.map((ifd) => element('physical-interface', ifd.units.map(logicalElement)));
    else {
      children = data.interfaces.map((ifd) =>
        element('physical-interface', [leaf('name', ifd.name), leaf('admin-status', state(ifd.adminUp)), leaf('oper-status', state(ifd.linkUp)), ...ifd.units.map(logicalElement)]),
      );
    }
    return element('interface-information', children, [
      ['xmlns', replyNamespace(release, 'interface')],
      ['junos:style', 'terse'],
    ]);
  },
  text: (data) => {
    const lines = [HEADER];
    for (const ifd of data.interfaces) {
      if (data.logicalOnly !== true && data.routingInstance === undefined) lines.push(physicalLine(ifd));
      for (const unit of ifd.units) lines.push(...logicalLines(unit));
    }
    return `${lines.join('\n')}\n`;
  },
});
