/**
 * The `<file-content>` reply shared by `file-show` and `get-log`: a text file of the answering
 * RE, as the PyEZ fixture `iri_mapping_file-show.xml` shows it [C] —
 * `<file-content filename="/etc/hosts.junos" junos:seconds="…" filesize="…" encoding="text">`,
 * the file's lines one level deeper, the closing tag on its own line (a block leaf,
 * `rpc-element.ts`). `junos:seconds` is the file's modification time, `filesize` its length in
 * bytes. The text form is the file as it is.
 *
 * Also the error for a file that is not there: `could not resolve file: <name>` [R].
 */
import { blockLeaf, type RpcElement } from '../rpc-element.js';
import { rpcError, type RpcError } from '../rpc-error.js';

export interface FileContent {
  /** The absolute path (`/var/log/messages`). */
  readonly path: string;
  readonly text: string;
  /** ms since the epoch. */
  readonly modified: number;
}

export function fileContentElement(file: FileContent): RpcElement {
  return blockLeaf('file-content', file.text, [
    ['filename', file.path],
    ['junos:seconds', String(Math.floor(file.modified / 1000))],
    ['filesize', String(new TextEncoder().encode(file.text).length)],
    ['encoding', 'text'],
  ]);
}

export function couldNotResolve(name: string): RpcError {
  return rpcError(`could not resolve file: ${name}`);
}
