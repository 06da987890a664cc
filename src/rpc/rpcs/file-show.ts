/**
 * `file-show` — `file show <filename>`: a text file of the answering RE (`file-content.ts`).
 *
 * `/etc/hosts.junos` is served from `hosts-junos.ts`, with the RE's boot time as its
 * modification time [U: the file comes with the software; retwin has no install time]. Every
 * other absolute path is asked of the router (`RouterView.readFile`); a relative path, or a file
 * the router does not have, is `error: could not resolve file: <filename>` [R].
 */
import { defineRpc } from '../rpc-definition.js';
import { syntaxError } from '../rpc-error.js';
import type { RouterView } from '../router-view.js';
import { couldNotResolve, fileContentElement, type FileContent } from './file-content.js';
import { HOSTS_JUNOS, HOSTS_JUNOS_PATH } from './hosts-junos.js';

function bootTime(view: RouterView): number {
  return view.routingEngines().find((engine) => engine.slot === view.slot)?.details?.startTime ?? view.now();
}

export const fileShow = defineRpc<FileContent>({
  name: 'file-show',
  commands: [{ words: ['file', 'show'], help: 'Show contents of a file' }],
  arguments: [{ kind: 'value', name: 'filename', help: 'Name of file', positional: true }],
  run: (view, args) => {
    const path = args.filename;
    if (typeof path !== 'string') return { ok: false, errors: [syntaxError('filename')] };
    if (path === HOSTS_JUNOS_PATH) return { ok: true, data: { path, text: HOSTS_JUNOS, modified: bootTime(view) } };
    const file = path.startsWith('/') ? view.readFile(path) : undefined;
    if (file === undefined) return { ok: false, errors: [couldNotResolve(path)] };
    return { ok: true, data: { path, ...file } };
  },
  element: (file) => fileContentElement(file),
  text: (file) => file.text,
});
