/**
 * `file-show` — `file show <filename>`: a file of an RE as text (`file-content.ts`).
 *
 * The file is found as every `file` command finds it (`re-path.ts`: `re0:`/`re1:` prefixes,
 * paths relative to the home folder; `re-files.ts`: the logs, `/etc/hosts.junos` — its
 * modification time the RE's boot time [U: the file comes with the software] — and the RE's
 * disk). A `.gz` file shows decompressed [U: what Junos shows for a compressed file is not on
 * record; the procedure reads configuration files this way]. The reply's `filename` is the
 * resolved absolute path, prefixed with `reN:` when the argument was. A folder, a hidden file,
 * or a file that is not there is `error: could not resolve file: <filename>` [R]; an RE that
 * cannot be reached, `error: Could not connect to re1 : No route to host`.
 */
import { defineRpc } from '../rpc-definition.js';
import { syntaxError } from '../rpc-error.js';
import { couldNotResolve, fileContentElement, type FileContent } from './file-content.js';
import { gunzipText, readReFile } from './re-files.js';
import { resolveFileArgument } from './re-path.js';

export const fileShow = defineRpc<FileContent>({
  name: 'file-show',
  commands: [{ words: ['file', 'show'], help: 'Show contents of a file' }],
  arguments: [{ kind: 'value', name: 'filename', help: 'Name of file', positional: true }],
  run: (view, args) => {
    const typed = args.filename;
    if (typeof typed !== 'string') return { ok: false, errors: [syntaxError('filename')] };
    const resolved = resolveFileArgument(view, typed);
    if (!resolved.ok) return { ok: false, errors: [resolved.error] };
    const { view: holder, path, folder, slot } = resolved.target;
    const file = folder ? undefined : readReFile(holder, path);
    if (file === undefined) return { ok: false, errors: [couldNotResolve(typed)] };
    const text = (path.endsWith('.gz') ? gunzipText(file.bytes) : undefined) ?? new TextDecoder().decode(file.bytes);
    const shown = /^re[01]:/.test(typed) ? `${slot}:${path}` : path;
    return { ok: true, data: { path: shown, text, modified: file.modified } };
  },
  element: (file) => fileContentElement(file),
  text: (file) => file.text,
});
