/**
 * `get-log` — `show log <filename>` (`<get-log><filename>messages</filename></get-log>`, the
 * name NETCONF-PERL's method map gives): a log file of the answering RE, in the `file-show`
 * form (`file-content.ts`).
 *
 * A bare name is a file of `/var/log` (`messages` → `/var/log/messages`, `mastership` →
 * `/var/log/mastership`), an absolute path is taken as is; the router provides the lines
 * (`RouterView.readFile`), in the layout of procedure 9.B16 (`Mar 11 12:00:02  r1-re1
 * chassisd[1893]: …`). The reply's `filename` is the full path [U].
 * Without a file name, `show log` lists `/var/log` as `file list /var/log/ detail` does (its
 * `<directory-list>`), as Junos lists the log files [U: the listing's exact columns]. The
 * `| last`, `| match` pipes are the CLI's.
 */
import { defineRpc } from '../rpc-definition.js';
import { couldNotResolve, fileContentElement, type FileContent } from './file-content.js';
import { listElement, listFiles, listText, type FileListData } from './file-list.js';

type LogAnswer = { readonly kind: 'file'; readonly file: FileContent } | { readonly kind: 'listing'; readonly listing: FileListData };

export const getLog = defineRpc<LogAnswer>({
  name: 'get-log',
  commands: [{ words: ['show', 'log'], help: 'Show contents of log file' }],
  arguments: [{ kind: 'value', name: 'filename', help: 'Name of log file', positional: true }],
  run: (view, args) => {
    const name = args.filename;
    if (typeof name !== 'string') {
      const listed = listFiles(view, '/var/log/', true);
      return listed.ok ? { ok: true, data: { kind: 'listing', listing: listed.data } } : listed;
    }
    const path = name.startsWith('/') ? name : `/var/log/${name}`;
    const file = name.includes('/') && !name.startsWith('/') ? undefined : view.readFile(path);
    if (file === undefined) return { ok: false, errors: [couldNotResolve(name)] };
    return { ok: true, data: { kind: 'file', file: { path, ...file } } };
  },
  element: (answer) => (answer.kind === 'file' ? fileContentElement(answer.file) : listElement(answer.listing)),
  text: (answer) => (answer.kind === 'file' ? answer.file.text : listText(answer.listing)),
});
