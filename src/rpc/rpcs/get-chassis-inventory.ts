/**
 * `get-chassis-inventory` — `show chassis hardware` (spec §1): every FRU of the chassis.
 * Master only: the backup answers `Aborted! …` (procedure 9.A1, via the registry).
 *
 * Text: `Hardware inventory:`, the header, one line per FRU in fixed columns (Item 0, Version
 * 17, Part number 26, Serial number 39, Description 57); sub-modules are shown only by
 * indenting the Item two spaces per level; blank cells are spaces; trailing spaces are cut.
 * XML: `<chassis-inventory xmlns=…junos-chassis>` / `<chassis junos:style="inventory">` with
 * `chassis-module`, `chassis-sub-module`, `chassis-sub-sub-module` and (for an optic under a
 * PIC under a MIC) `chassis-sub-sub-sub-module` [U, spec §1.4]; fields in the order name,
 * version, part-number, serial-number, description, clei-code, model-number, the last two XML
 * only. `detail` and `extensive` are accepted and answer the same (retwin has no disk or
 * memory-module lines to add).
 */
import type { ChassisInventory, InventoryItem } from '../../router/models/inventory.js';
import { replyNamespace } from '../junos-format.js';
import { defineRpc } from '../rpc-definition.js';
import { element, leaf, optionalLeaf, type RpcElement } from '../rpc-element.js';

const LEVELS = ['chassis-module', 'chassis-sub-module', 'chassis-sub-sub-module', 'chassis-sub-sub-sub-module'];
const HEADER = 'Item             Version  Part number  Serial number     Description';

function moduleElement(item: InventoryItem, depth: number): RpcElement {
  const name = LEVELS[Math.min(depth, LEVELS.length - 1)] as string;
  return element(name, [
    leaf('name', item.name),
    optionalLeaf('version', item.version),
    optionalLeaf('part-number', item.partNumber),
    optionalLeaf('serial-number', item.serialNumber),
    optionalLeaf('description', item.description),
    optionalLeaf('clei-code', item.cleiCode),
    optionalLeaf('model-number', item.modelNumber),
    ...item.children.map((child) => moduleElement(child, depth + 1)),
  ]);
}

/** `text` in a column of `width`, at least one space before the next column. */
function cell(text: string | undefined, width: number): string {
  const value = text ?? '';
  return value.length >= width ? `${value} ` : value.padEnd(width);
}

function line(item: string, version?: string, part?: string, serial?: string, description?: string): string {
  return `${cell(item, 17)}${cell(version, 9)}${cell(part, 13)}${cell(serial, 18)}${description ?? ''}`.trimEnd();
}

function itemLines(item: InventoryItem, depth: number, out: string[]): void {
  out.push(line(`${'  '.repeat(depth)}${item.name}`, item.version, item.partNumber, item.serialNumber, item.description));
  for (const child of item.children) itemLines(child, depth + 1, out);
}

export const getChassisInventory = defineRpc<ChassisInventory>({
  name: 'get-chassis-inventory',
  commands: [{ words: ['show', 'chassis', 'hardware'], help: 'Show installed hardware components' }],
  arguments: [
    { kind: 'flag', name: 'detail', help: 'Display detailed output' },
    { kind: 'flag', name: 'extensive', help: 'Display extensive output' },
  ],
  masterOnly: true,
  run: (view) => ({ ok: true, data: view.inventory() }),
  element: (inventory, release) =>
    element('chassis-inventory', [
      element(
        'chassis',
        [leaf('name', 'Chassis'), leaf('serial-number', inventory.serialNumber), leaf('description', inventory.description), ...inventory.modules.map((m) => moduleElement(m, 0))],
        [['junos:style', 'inventory']],
      ),
    ], [['xmlns', replyNamespace(release, 'chassis')]]),
  text: (inventory) => {
    const out = ['Hardware inventory:', HEADER, line('Chassis', undefined, undefined, inventory.serialNumber, inventory.description)];
    for (const module of inventory.modules) itemLines(module, 0, out);
    return `${out.join('\n')}\n`;
  },
});
