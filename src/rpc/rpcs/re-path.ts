/**
 * File arguments of the `file` commands (`file show | list | compare | copy`): an optional RE
 * prefix and a path, resolved to the RE that holds the file and an absolute path on it.
 *
 * Owns the argument syntax:
 * - `re0:` / `re1:` before the path name the RE (junos-behaviour.md §4.3, procedure 9.A4); the
 *   answering RE's own prefix is itself, the other one is reached over the internal link
 *   (`RouterView.peer`): when it cannot be, `error: Could not connect to re1 : No route to host`
 *   (the `invoke-on` wording) [U: Junos's wording for a file of an unreachable RE is not on
 *   record];
 * - the path is taken from the session's home folder `/var/home/<user>/` (`RouterView.user`;
 *   without one, root's `/root/`) when it is empty, `~`, `~/…` or relative, as the CLI's working
 *   folder is the home folder;
 * - `.` and `..` are folded (never above `/`), repeated slashes collapse; a trailing slash is
 *   remembered (a folder was meant: `file copy` then keeps the source's name).
 */
import { posix } from 'node:path';
import type { RoutingEngineSlot } from '../../config/groups.js';
import { couldNotConnect, type RpcError } from '../rpc-error.js';
import type { RouterView } from '../router-view.js';

/** A file argument, resolved. */
export interface FileTarget {
  /** The RE holding the file (the answering one, or its peer). */
  readonly view: RouterView;
  readonly slot: RoutingEngineSlot;
  /** Absolute and normalised, without a trailing slash (`/` stays `/`). */
  readonly path: string;
  /** The argument ended with `/` (or named the home folder): a folder was meant. */
  readonly folder: boolean;
  /** The argument as given, for messages. */
  readonly typed: string;
}

export type TargetResult = { readonly ok: true; readonly target: FileTarget } | { readonly ok: false; readonly error: RpcError };

const PREFIX = /^(re[01]):(.*)$/s;

/** The home folder of the session of `view`: `/var/home/<user>`, or `/root` without a user (or for root). */
export function homeFolder(view: RouterView): string {
  const user = view.user;
  return user === undefined || user === 'root' ? '/root' : `/var/home/${user}`;
}

/** Folds `.`, `..` and repeated slashes of an absolute path (never above `/`); no trailing slash. */
export function normalisePath(path: string): string {
  const normal = posix.normalize(`/${path}`);
  return normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
}

/** The absolute path `typed` names on an RE whose session's home is `home`. */
export function absolutePath(typed: string, home: string): { readonly path: string; readonly folder: boolean } {
  if (typed === '' || typed === '~' || typed === '.') return { path: home, folder: true };
  const rooted = typed.startsWith('~/') ? `${home}/${typed.slice(2)}` : typed.startsWith('/') ? typed : `${home}/${typed}`;
  return { path: normalisePath(rooted), folder: typed.endsWith('/') };
}

/** Resolves a file argument (`re1:/config/juniper.conf.gz`, `/var/tmp/x`, `notes.txt`) from `view`. */
export function resolveFileArgument(view: RouterView, typed: string): TargetResult {
  const match = PREFIX.exec(typed);
  const slot = (match?.[1] as RoutingEngineSlot | undefined) ?? view.slot;
  const rest = match?.[2] ?? typed;
  let holder = view;
  if (slot !== view.slot) {
    const peer = view.peer(slot);
    if (!peer.ok) return { ok: false, error: couldNotConnect(slot, peer.reason) };
    holder = view.user === undefined ? peer.view : { ...peer.view, user: view.user };
  }
  const { path, folder } = absolutePath(rest, homeFolder(holder));
  return { ok: true, target: { view: holder, slot, path, folder, typed } };
}
