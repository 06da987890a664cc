/**
 * `get-system-memory-information` — `show system memory`: how the answering RE's memory is used.
 * Ansible's `junos_facts` (gather_subset `hardware`) asks for it and passes
 * `system-memory-summary-information/system-memory-total` and `system-memory-free` to `int()`
 * (clients.md §6.2): they must be plain integers.
 *
 * Figures: from the RE's status (`show chassis routing-engine`): total = the installed memory,
 * reserved = installed − DRAM, the `Memory utilization` share of the total used (wired 60 %,
 * active 30 %, inactive 10 % of it [U]), no cache, the rest free. Kbytes.
 *
 * XML [R: public client code reading the summary: total, reserved, wired, active, inactive,
 * cache, free, each with a `-percent` sibling carrying `%`]: `<system-memory-information>` >
 * `<system-memory-summary-information>`. [U] no namespace; the per-process part
 * (`pmap-terse-information`, `System process memory usage`) is not rendered.
 * Text [U: layout from memory of FreeBSD-based Junos]:
 * `System memory usage distribution:`, then `%20s: %8d Kbytes (%3d%%)` per line.
 */
import { defineRpc } from '../rpc-definition.js';
import { element, leaf } from '../rpc-element.js';
import { rpcError } from '../rpc-error.js';

/** The summary lines, in display order: [label, element stem, Kbytes]. */
export interface SystemMemory {
  readonly lines: readonly (readonly [label: string, stem: string, kbytes: number])[];
}

const percentOf = (kbytes: number, total: number): number => (total === 0 ? 0 : Math.round((kbytes * 100) / total));

export const getSystemMemoryInformation = defineRpc<SystemMemory>({
  name: 'get-system-memory-information',
  commands: [{ words: ['show', 'system', 'memory'], help: 'Show system memory usage' }],
  arguments: [],
  run: (view) => {
    const details = view.routingEngines().find((engine) => engine.slot === view.slot)?.details;
    if (details === undefined) return { ok: false, errors: [rpcError('could not read system memory')] };
    const total = details.installedMb * 1024;
    const reserved = Math.max(0, details.installedMb - details.dramMb) * 1024;
    const used = Math.round((total * details.memoryUtilization) / 100);
    const wired = Math.round(used * 0.6);
    const active = Math.round(used * 0.3);
    const inactive = used - wired - active;
    const free = Math.max(0, total - reserved - used);
    return {
      ok: true,
      data: {
        lines: [
          ['Total memory', 'total', total],
          ['Reserved memory', 'reserved', reserved],
          ['Wired memory', 'wired', wired],
          ['Active memory', 'active', active],
          ['Inactive memory', 'inactive', inactive],
          ['Cache memory', 'cache', 0],
          ['Free memory', 'free', free],
        ],
      },
    };
  },
  element: (data) => {
    const total = data.lines[0]?.[2] ?? 0;
    return element('system-memory-information', [
      element(
        'system-memory-summary-information',
        data.lines.flatMap(([, stem, kbytes]) => [leaf(`system-memory-${stem}`, kbytes), leaf(`system-memory-${stem}-percent`, `${percentOf(kbytes, total)}%`)]),
      ),
    ]);
  },
  text: (data) => {
    const total = data.lines[0]?.[2] ?? 0;
    const rows = data.lines.map(([label, , kbytes]) => `${label.padStart(20)}: ${String(kbytes).padStart(8)} Kbytes (${String(percentOf(kbytes, total)).padStart(3)}%)`);
    return `${['System memory usage distribution:', ...rows].join('\n')}\n`;
  },
});
