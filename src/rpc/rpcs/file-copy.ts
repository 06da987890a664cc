/**
 * `file-copy` — `file copy <source> <destination>` (`<file-copy><source>…</source>
 * <destination>…</destination></file-copy>`, PyEZ's `FS.cp`): copies a file of either RE to
 * `/var/tmp/` of either RE (procedure §6: `file copy re1:/config/juniper.conf.gz
 * /var/tmp/re1-juniper.conf.gz`).
 *
 * - Both arguments take the `re0:` / `re1:` prefixes and relative paths of `re-path.ts`; the
 *   other RE is reached over the internal link (`error: Could not connect to re1 : No route to
 *   host` when it cannot be).
 * - The source is any file `file show` can read (bytes as they are: a `.gz` stays compressed).
 *   One that is not there (or a folder) is `error: could not resolve file: <source>` [U, as
 *   `file show`].
 * - A destination that is a folder, or ends with `/`, receives the source's name.
 * - retwin writes only under `/var/tmp/` [U: a real RE lets the user write to their home
 *   folder and, as root, elsewhere]: any other destination is refused with
 *   `error: could not write <path>: Permission denied (only /var/tmp/ is writable)`; a disk
 *   that fails gives `error: could not write <path>: <reason>`.
 * - Success prints nothing [U: an internal copy is silent] and answers `<ok/>` in XML, which
 *   PyEZ's `FS.cp` takes as success.
 */
import { defineRpc } from '../rpc-definition.js';
import { flag } from '../rpc-element.js';
import { rpcError, syntaxError, type RpcError } from '../rpc-error.js';
import type { RpcOutcome } from '../rpc-definition.js';
import type { RouterView } from '../router-view.js';
import { couldNotResolve } from './file-content.js';
import { isFolder, readReFile } from './re-files.js';
import { resolveFileArgument } from './re-path.js';

const WRITABLE = '/var/tmp/';

function cannotWrite(path: string, reason: string): RpcError {
  return rpcError(`could not write ${path}: ${reason}`);
}

/** Copies `source` to `destination` as `file copy` does, from `view`'s RE. */
export function copyFile(view: RouterView, source: string, destination: string): RpcOutcome<null> {
  const from = resolveFileArgument(view, source);
  if (!from.ok) return { ok: false, errors: [from.error] };
  const file = from.target.folder ? undefined : readReFile(from.target.view, from.target.path);
  if (file === undefined) return { ok: false, errors: [couldNotResolve(source)] };
  const to = resolveFileArgument(view, destination);
  if (!to.ok) return { ok: false, errors: [to.error] };
  const { view: holder, path: named, folder } = to.target;
  const name = from.target.path.slice(from.target.path.lastIndexOf('/') + 1);
  const path = folder || isFolder(holder, named) ? `${named === '/' ? '' : named}/${name}` : named;
  if (!path.startsWith(WRITABLE)) return { ok: false, errors: [cannotWrite(path, 'Permission denied (only /var/tmp/ is writable)')] };
  const written = holder.writeTmpFile(path, file.bytes);
  if (!written.ok) return { ok: false, errors: [cannotWrite(path, written.reason)] };
  return { ok: true, data: null };
}

export const fileCopy = defineRpc<null>({
  name: 'file-copy',
  commands: [{ words: ['file', 'copy'], help: 'Copy files (local or remote)' }],
  arguments: [
    { kind: 'value', name: 'source', help: 'Source file', positional: true },
    { kind: 'value', name: 'destination', help: 'Destination file or directory', positional: true },
  ],
  run: (view, args) => {
    const { source, destination } = args;
    if (typeof source !== 'string') return { ok: false, errors: [syntaxError('source')] };
    if (typeof destination !== 'string') return { ok: false, errors: [syntaxError('destination')] };
    return copyFile(view, source, destination);
  },
  element: () => flag('ok'),
  text: () => '',
});
