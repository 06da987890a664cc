/**
 * `file-compare` — `file compare files <from-file> <to-file>` (`<file-compare><from-file>…
 * </from-file><to-file>…</to-file></file-compare>`, NETCONF-PERL's names): the differences
 * between two files, procedure 9.A4.
 *
 * - Either argument may name a file of either RE (`re0:` / `re1:`, `re-path.ts`), so
 *   `file compare files re0:/config/juniper.conf.gz re1:/config/juniper.conf.gz` compares the
 *   two committed configurations directly; the copy-then-compare sequence works too.
 * - A `.gz` file is compared decompressed (gzip data that does not decompress is compared as
 *   it is).
 * - Identical files print nothing; differences are in `diff`'s default format (`line-diff.ts`:
 *   `NcN`, `<`, `---`, `>`). The context and unified styles are not implemented (their flags are
 *   refused).
 * - A file that is not there (or a folder) is `error: could not resolve file: <name>` [U: the
 *   wording of `file show`; Junos's own for `file compare` is not on record]; an RE that cannot
 *   be reached, `error: Could not connect to re1 : No route to host`.
 * XML [U: NETCONF-PERL says the RPC returns no element of its own]: `<output>` carrying the
 * differences (empty when there are none).
 */
import { defineRpc, type RpcOutcome } from '../rpc-definition.js';
import { leaf } from '../rpc-element.js';
import { syntaxError, type RpcError } from '../rpc-error.js';
import type { RouterView } from '../router-view.js';
import { couldNotResolve } from './file-content.js';
import { gunzipText, readReFile } from './re-files.js';
import { resolveFileArgument } from './re-path.js';
import { normalDiff } from './line-diff.js';

/** The text of a file argument, or the error that replaces it. */
export function fileText(view: RouterView, typed: string): { ok: true; text: string } | { ok: false; error: RpcError } {
  const resolved = resolveFileArgument(view, typed);
  if (!resolved.ok) return resolved;
  const { view: holder, path, folder } = resolved.target;
  const file = folder ? undefined : readReFile(holder, path);
  if (file === undefined) return { ok: false, error: couldNotResolve(typed) };
  const text = (path.endsWith('.gz') ? gunzipText(file.bytes) : undefined) ?? new TextDecoder().decode(file.bytes);
  return { ok: true, text };
}

/** The differences (normal diff format) between two files, as `file compare files` finds them. */
export function compareFiles(view: RouterView, from: string, to: string): RpcOutcome<string> {
  const a = fileText(view, from);
  const b = fileText(view, to);
  const errors = [a, b].flatMap((side) => (side.ok ? [] : [side.error]));
  if (!a.ok || !b.ok) return { ok: false, errors };
  return { ok: true, data: normalDiff(a.text, b.text) };
}

export const fileCompare = defineRpc<string>({
  name: 'file-compare',
  commands: [{ words: ['file', 'compare', 'files'], help: 'Compare two local files' }],
  arguments: [
    { kind: 'value', name: 'from-file', help: 'Path to older file', positional: true },
    { kind: 'value', name: 'to-file', help: 'Path to newer file', positional: true },
  ],
  run: (view, args) => {
    const from = args['from-file'];
    const to = args['to-file'];
    if (typeof from !== 'string') return { ok: false, errors: [syntaxError('from-file')] };
    if (typeof to !== 'string') return { ok: false, errors: [syntaxError('to-file')] };
    return compareFiles(view, from, to);
  },
  element: (diff) => leaf('output', diff),
  text: (diff) => diff,
});
