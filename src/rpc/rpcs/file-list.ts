/**
 * `file-list` — `file list [<path>] [detail]` (`<file-list><path>~</path><detail/></file-list>`):
 * the files of a folder of an RE, or one file (`re-files.ts` has the tree, `re-path.ts` the
 * argument: `re0:`/`re1:` prefixes, `~`, relative paths from the home folder).
 *
 * XML [C: PyEZ fixtures `file_list_file-list.xml`, `file-list_dir.xml`, `file-list_file.xml`,
 * read by PyEZ's HOME fact and `FS.ls`]: `<directory-list root-path=… junos:seconds=…
 * junos:style="brief|verbose">` with one `<directory name=…>`: `<directory-name>`,
 * `<total-file-blocks>`, a `<file-information>` per entry (`<file-name>`, `<file-directory
 * junos:format="/"/>` for a folder; with `detail` also `<file-permissions junos:format=…>` (the
 * mode in octal), `<file-owner>`, `<file-group>`, `<file-links>`, `<file-size>`, `<file-date
 * junos:format="Mar 11 09:15">` (seconds)), then `<total-files>` (files only, not folders). One
 * file: `<directory name="">` holding its `<file-information>` (the full path as its name) and
 * `<total-files>1`. `root-path` is the path as resolved, with a trailing `/` when one was typed
 * or the home folder was meant (`~` → `/var/home/lab/`). A path that is not there is not an
 * error but `<output>PATH: No such file or directory</output>` [R: a Juniper user's script
 * reads it so]; `junos:seconds` is the time of the listing.
 *
 * Text [R: the layout of `file list` on recent releases]: an empty line, `PATH:`, one name per
 * line (a folder's with `/`); with `detail`, `total blocks: N` first, `ls -l`-style lines
 * (mode, links, owner, group, size, `Mmm dd HH:MM` or `Mmm dd  YYYY` beyond six months, name)
 * and `total files: N` last. One file: its path alone (or its `ls -l` line).
 * Blocks [U]: each entry counts its size in 512-byte blocks, rounded up.
 */
import { defineRpc, type RpcOutcome } from '../rpc-definition.js';
import { element, flag, leaf, type RpcElement } from '../rpc-element.js';
import type { RouterView } from '../router-view.js';
import { fileInfo, folderEntries, isFolder, readReFile, type FileInfo } from './re-files.js';
import { resolveFileArgument } from './re-path.js';

export type FileListData =
  | { readonly kind: 'folder'; readonly root: string; readonly entries: readonly FileInfo[]; readonly detail: boolean; readonly now: number }
  | { readonly kind: 'file'; readonly root: string; readonly entry: FileInfo; readonly detail: boolean; readonly now: number }
  | { readonly kind: 'missing'; readonly root: string };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HALF_YEAR_MS = (365 / 2) * 86_400_000;
const two = (n: number): string => String(n).padStart(2, '0');

/** `ls -l`'s date: `Mar  4 06:12`, or `Mar  4  2023` for a time more than six months away. */
export function lsDate(time: number, now: number): string {
  const d = new Date(time);
  const day = `${MONTHS[d.getUTCMonth()] ?? ''} ${String(d.getUTCDate()).padStart(2)}`;
  return Math.abs(now - time) < HALF_YEAR_MS ? `${day} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}` : `${day}  ${d.getUTCFullYear()}`;
}

/** The mode in octal as `<file-permissions>` carries it (`-rw-r--r--` → 644, `drwxrwxrwt` → 1777). */
export function octalMode(mode: string): string {
  let value = 0;
  for (let i = 1; i <= 9; i += 1) {
    const char = mode[i];
    value = value * 2 + (char === undefined || char === '-' || char === 'T' || char === 'S' ? 0 : 1);
  }
  const sticky = mode[9] === 't' || mode[9] === 'T' ? 0o1000 : 0;
  return (sticky + value).toString(8);
}

const blocks = (entries: readonly FileInfo[]): number => entries.reduce((sum, entry) => sum + Math.ceil(entry.size / 512), 0);
const suffix = (entry: FileInfo): string => (entry.directory ? '/' : '');

/** The `ls -l` lines of `entries`, columns aligned. */
function longLines(entries: readonly FileInfo[], now: number): string[] {
  const width = (pick: (entry: FileInfo) => string): number => Math.max(0, ...entries.map((entry) => pick(entry).length));
  const links = width((entry) => String(entry.links));
  const owner = width((entry) => entry.owner);
  const group = width((entry) => entry.group);
  const size = width((entry) => String(entry.size));
  return entries.map(
    (entry) =>
      `${entry.mode}  ${String(entry.links).padStart(links)} ${entry.owner.padEnd(owner)}  ${entry.group.padEnd(group)}  ${String(entry.size).padStart(size)} ${lsDate(entry.modified, now)} ${entry.name}${suffix(entry)}`,
  );
}

export function listText(data: FileListData): string {
  if (data.kind === 'missing') return `${data.root}: No such file or directory\n`;
  if (data.kind === 'file') return `${data.detail ? (longLines([data.entry], data.now)[0] ?? '') : data.entry.name}\n`;
  const lines = data.detail ? [`total blocks: ${blocks(data.entries)}`, ...longLines(data.entries, data.now), `total files: ${data.entries.filter((entry) => !entry.directory).length}`] : data.entries.map((entry) => `${entry.name}${suffix(entry)}`);
  return `\n${data.root}:\n${lines.map((line) => `${line}\n`).join('')}`;
}

function entryElement(entry: FileInfo, detail: boolean, now: number): RpcElement {
  const seconds = String(Math.floor(entry.modified / 1000));
  return element('file-information', [
    leaf('file-name', entry.name),
    entry.directory ? { ...flag('file-directory'), attributes: [['junos:format', '/']] } : undefined,
    ...(detail
      ? [
          leaf('file-permissions', octalMode(entry.mode), [['junos:format', entry.mode]]),
          leaf('file-owner', entry.owner),
          leaf('file-group', entry.group),
          leaf('file-links', entry.links),
          leaf('file-size', entry.size),
          leaf('file-date', seconds, [['junos:format', lsDate(entry.modified, now)]]),
        ]
      : []),
  ]);
}

export function listElement(data: FileListData): RpcElement {
  if (data.kind === 'missing') return leaf('output', `${data.root}: No such file or directory`);
  const attributes = [
    ['root-path', data.root],
    ['junos:seconds', String(Math.floor(data.now / 1000))],
    ['junos:style', data.detail ? 'verbose' : 'brief'],
  ] as const;
  if (data.kind === 'file') {
    return element('directory-list', [element('directory', [entryElement(data.entry, data.detail, data.now), leaf('total-files', 1)], [['name', '']])], attributes);
  }
  const folder = element(
    'directory',
    [
      leaf('directory-name', data.root),
      leaf('total-file-blocks', blocks(data.entries)),
      ...data.entries.map((entry) => entryElement(entry, data.detail, data.now)),
      leaf('total-files', data.entries.filter((entry) => !entry.directory).length),
    ],
    [['name', data.root]],
  );
  return element('directory-list', [folder], attributes);
}

/** What `file list` shows for `typed` on `view` (undefined path: the home folder). */
export function listFiles(view: RouterView, typed: string | undefined, detail: boolean): RpcOutcome<FileListData> {
  const resolved = resolveFileArgument(view, typed ?? '');
  if (!resolved.ok) return { ok: false, errors: [resolved.error] };
  const { view: holder, path, folder } = resolved.target;
  const prefix = typed !== undefined && /^re[01]:/.test(typed) ? `${resolved.target.slot}:` : '';
  const now = view.now();
  if (isFolder(holder, path)) {
    const root = `${prefix}${path}${folder && path !== '/' ? '/' : ''}`;
    return { ok: true, data: { kind: 'folder', root, entries: folderEntries(holder, path), detail, now } };
  }
  const file = folder ? undefined : readReFile(holder, path);
  const root = `${prefix}${path}${folder ? '/' : ''}`;
  if (file === undefined) return { ok: true, data: { kind: 'missing', root } };
  return { ok: true, data: { kind: 'file', root, entry: fileInfo(holder, path, root, file), detail, now } };
}

export const fileList = defineRpc<FileListData>({
  name: 'file-list',
  commands: [{ words: ['file', 'list'], help: 'List file information' }],
  arguments: [
    { kind: 'value', name: 'path', help: 'Path name of directory or file', positional: true },
    { kind: 'flag', name: 'detail', help: 'Display detailed output' },
  ],
  run: (view, args) => listFiles(view, typeof args.path === 'string' ? args.path : undefined, args.detail === true),
  element: listElement,
  text: listText,
});
