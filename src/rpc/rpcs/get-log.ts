/**
 * `get-log` — `show log <filename>` (`<get-log><filename>messages</filename></get-log>`, the
 * name NETCONF-PERL's method map gives): a log file of the answering RE, in the `file-show`
 * form (`file-content.ts`).
 *
 * A bare name is a file of `/var/log` (`messages` → `/var/log/messages`, `mastership` →
 * `/var/log/mastership`), an absolute path is taken as is; the router provides the lines
 * (`RouterView.readFile`), in the layout of procedure 9.B16 (`Mar 11 12:00:02  r1-re1
 * chassisd[1893]: …`). The reply's `filename` is the full path [U].
 * Not implemented: `show log` without a file name (Junos lists `/var/log`) is an error saying
 * so; the `| last`, `| match` pipes are the CLI's.
 */
import { defineRpc } from '../rpc-definition.js';
import { rpcError } from '../rpc-error.js';
import { couldNotResolve, fileContentElement, type FileContent } from './file-content.js';

export const getLog = defineRpc<FileContent>({
  name: 'get-log',
  commands: [{ words: ['show', 'log'], help: 'Show contents of log file' }],
  arguments: [{ kind: 'value', name: 'filename', help: 'Name of log file', positional: true }],
  run: (view, args) => {
    const name = args.filename;
    if (typeof name !== 'string') return { ok: false, errors: [rpcError('listing the log files (show log without a file name) is not implemented')] };
    const path = name.startsWith('/') ? name : `/var/log/${name}`;
    const file = name.includes('/') && !name.startsWith('/') ? undefined : view.readFile(path);
    if (file === undefined) return { ok: false, errors: [couldNotResolve(name)] };
    return { ok: true, data: { path, ...file } };
  },
  element: (file) => fileContentElement(file),
  text: (file) => file.text,
});
