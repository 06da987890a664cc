/**
 * The files of one Routing Engine as the `file` commands see them: a small, fixed folder tree
 * over the RE's disk, the logs and `/etc/hosts.junos`.
 *
 * Owns the tree retwin shows [U: a real RE has far more; these are the folders the procedure and
 * the clients use] and each entry's metadata:
 *
 * ```
 * /                    config/  etc/  root/  var/
 * /config/             juniper.conf.gz, juniper.conf.1.gz … .3.gz        (mgd, on the disk)
 * /etc/                hosts.junos                                      (hosts-junos.ts)
 * /root/               root's home
 * /var/                db/  home/  log/  tmp/
 * /var/db/config/      juniper.conf.4.gz … .49.gz                       (mgd, on the disk)
 * /var/home/<user>/    the session user's home (RouterView.user)
 * /var/log/            messages, mastership                             (RouterView.readFile)
 * /var/tmp/            what `file copy` wrote                           (on the disk)
 * ```
 * Anything else on the disk shows where it is, except the router's own bookkeeping, which is
 * never listed nor read: atomic-write leftovers (`.name.tmp`), mgd's staged commit
 * (`/config/juniper.conf.next.gz`) and commit history (`/var/db/commit-history.json`).
 *
 * Metadata [U: plausible values in the style of a Junos RE]: owner `root`, group `wheel` (the
 * user's home and what is in it: the user, `staff`); permissions `-rw-r-----` for the
 * configuration files and logs, `-r--r--r--` for hosts.junos, `-rw-r--r--` elsewhere, folders
 * `drwxr-xr-x` (`drwxrwxrwt` for `/var/tmp`); a folder's size is 512, its link count 2 plus its
 * subfolders. Modification times: the log's own (`RouterView.readFile`), the `## Last changed`
 * header of a configuration file, the time retwin wrote a file (`file copy`), else the RE's
 * boot time; a folder takes its newest entry's time.
 */
import { gunzipSync } from 'node:zlib';
import { isTemporaryName } from '../../lib/disk.js';
import type { RouterView } from '../router-view.js';
import { HOSTS_JUNOS, HOSTS_JUNOS_PATH } from './hosts-junos.js';
import { homeFolder } from './re-path.js';

/** One entry of a listing. */
export interface FileInfo {
  /** The entry's name in its folder (the full path when a single file is listed). */
  readonly name: string;
  readonly directory: boolean;
  /** `-rw-r--r--`, `drwxr-xr-x`. */
  readonly mode: string;
  readonly owner: string;
  readonly group: string;
  readonly links: number;
  /** Bytes (512 for a folder). */
  readonly size: number;
  /** ms since the epoch. */
  readonly modified: number;
}

/** A file's content. */
export interface FileData {
  readonly bytes: Uint8Array;
  readonly modified: number;
}

const HIDDEN_PATHS = new Set(['/config/juniper.conf.next.gz', '/var/db/commit-history.json']);
const LOGS = ['/var/log/messages', '/var/log/mastership'];
const FOLDER_SIZE = 512;

const parentOf = (path: string): string => path.slice(0, path.lastIndexOf('/')) || '/';
const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
const join = (dir: string, name: string): string => (dir === '/' ? `/${name}` : `${dir}/${name}`);

/** The RE's boot time (the time of files that have no other). */
export function bootTime(view: RouterView): number {
  return view.routingEngines().find((engine) => engine.slot === view.slot)?.details?.startTime ?? view.now();
}

/** The folders that always exist on `view`'s RE. */
function fixedFolders(view: RouterView): Set<string> {
  const folders = new Set(['/', '/config', '/etc', '/root', '/var', '/var/db', '/var/db/config', '/var/home', '/var/log', '/var/tmp']);
  folders.add(homeFolder(view));
  return folders;
}

/** Whether `path` is the router's own bookkeeping, never shown. */
export function isHidden(path: string): boolean {
  return HIDDEN_PATHS.has(path) || isTemporaryName(baseName(path));
}

/** The time in a configuration file's `## Last changed: 2024-03-11 09:13:30 UTC` header, if any. */
function configFileTime(bytes: Uint8Array): number | undefined {
  const text = gunzipText(bytes);
  const match = text === undefined ? null : /^## Last changed: (\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) UTC/.exec(text);
  if (match === null) return undefined;
  const [y, mo, d, h, mi, s] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

/** The text of gzip data, or undefined when it is not gzip. */
export function gunzipText(bytes: Uint8Array): string | undefined {
  try {
    return gunzipSync(bytes).toString('utf8');
  } catch {
    return undefined;
  }
}

/** A file's content on `view`'s RE, or undefined when there is no such file (folders are not files). */
export function readReFile(view: RouterView, path: string): FileData | undefined {
  if (path === HOSTS_JUNOS_PATH) return { bytes: new TextEncoder().encode(HOSTS_JUNOS), modified: bootTime(view) };
  if (isHidden(path)) return undefined;
  const text = view.readFile(path);
  if (text !== undefined) return { bytes: new TextEncoder().encode(text.text), modified: text.modified };
  const disk = view.readDiskFile(path);
  if (disk === undefined) return undefined;
  const modified = disk.modified ?? (path.endsWith('.gz') ? configFileTime(disk.bytes) : undefined) ?? bootTime(view);
  return { bytes: disk.bytes, modified };
}

/** Whether `path` is a folder on `view`'s RE. */
export function isFolder(view: RouterView, path: string): boolean {
  if (fixedFolders(view).has(path)) return true;
  return view.listDisk(parentOf(path)).some((entry) => entry.directory && entry.name === baseName(path));
}

function fileMode(view: RouterView, path: string): { mode: string; owner: string; group: string } {
  const home = homeFolder(view);
  if (path.startsWith(`${home}/`) && view.user !== undefined && view.user !== 'root') return { mode: '-rw-r--r--', owner: view.user, group: 'staff' };
  if (path === HOSTS_JUNOS_PATH) return { mode: '-r--r--r--', owner: 'root', group: 'wheel' };
  if (path.startsWith('/config/') || path.startsWith('/var/db/config/') || LOGS.includes(path)) return { mode: '-rw-r-----', owner: 'root', group: 'wheel' };
  return { mode: '-rw-r--r--', owner: 'root', group: 'wheel' };
}

/** The metadata of file `path` (which exists); `name` is how the listing names it. */
export function fileInfo(view: RouterView, path: string, name: string, data: FileData): FileInfo {
  return { name, directory: false, ...fileMode(view, path), links: 1, size: data.bytes.length, modified: data.modified };
}

/** The names of the folders and files directly in folder `dir` (which exists), sorted. */
function entryNames(view: RouterView, dir: string): { folders: string[]; files: string[] } {
  const folders = new Set<string>();
  const files = new Set<string>();
  for (const folder of fixedFolders(view)) if (folder !== '/' && parentOf(folder) === dir) folders.add(baseName(folder));
  if (dir === '/etc') files.add(baseName(HOSTS_JUNOS_PATH));
  if (dir === '/var/log') for (const log of LOGS) if (view.readFile(log) !== undefined) files.add(baseName(log));
  for (const entry of view.listDisk(dir)) {
    if (isHidden(join(dir, entry.name))) continue;
    if (entry.directory) folders.add(entry.name);
    else files.add(entry.name);
  }
  const sorted = (names: Set<string>): string[] => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { folders: sorted(folders), files: sorted(files) };
}

/** The metadata of folder `path` (which exists); `name` is how the listing names it. */
function folderInfo(view: RouterView, path: string, name: string): FileInfo {
  const { folders, files } = entryNames(view, path);
  const times = files.map((file) => readReFile(view, join(path, file))?.modified ?? 0);
  const modified = Math.max(bootTime(view), ...times);
  const home = homeFolder(view);
  const owned = path === home && view.user !== undefined && view.user !== 'root';
  const mode = path === '/var/tmp' ? 'drwxrwxrwt' : 'drwxr-xr-x';
  return { name, directory: true, mode, owner: owned ? view.user : 'root', group: owned ? 'staff' : 'wheel', links: 2 + folders.length, size: FOLDER_SIZE, modified };
}

/** The entries of folder `dir` (which exists): folders and files together, sorted by name. */
export function folderEntries(view: RouterView, dir: string): FileInfo[] {
  const { folders, files } = entryNames(view, dir);
  const entries: FileInfo[] = folders.map((name) => folderInfo(view, join(dir, name), name));
  for (const name of files) {
    const data = readReFile(view, join(dir, name));
    if (data !== undefined) entries.push(fileInfo(view, join(dir, name), name, data));
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
