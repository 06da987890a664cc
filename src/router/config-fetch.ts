/**
 * The backup's fetch of the master's configuration when it comes up (procedure.md 5.3, 9.B25):
 * what an RE offers the other over the internal link, and whether the RE coming up takes it.
 *
 * Rules: an RE that comes up (boot, insertion, power-on) while the other RE is master fetches
 * the master's configuration when it has `system commit synchronize`, and only when the two
 * configurations differ (compared as files without their `## Last changed` header). The file is
 * installed byte for byte, header included (9.B3), by mgd's `installFile`, as a commit by `root
 * via other` (9.A3). [U] When: as soon as its mgd is up, before chassisd's election (an RE that
 * finds a master already there becomes backup: there is no preemption), so that the install
 * comes before the master's `Loss of communication` alarm clears, as in procedure.md 5.3
 * (installed 11:11:05, alarm cleared 11:11:06). At a cold start no RE is master yet: nothing is
 * fetched.
 */
import { activeAt } from '../config/checks/active.js';
import type { Role } from '../daemons/chassisd/index.js';
import type { ConfigDatabase } from '../daemons/mgd/index.js';
import type { ConfigSnapshot } from './internal-link.js';

/** The file text without its first line when that is the `## Last changed` header. */
export function withoutHeader(text: string): string {
  if (!text.startsWith('## Last changed')) return text;
  const end = text.indexOf('\n');
  return end < 0 ? '' : text.slice(end + 1);
}

/** What an RE's database offers the other RE; undefined when nothing is committed. */
export function snapshotOf(database: ConfigDatabase, role: Role): ConfigSnapshot | undefined {
  const file = database.rollbackFile(0);
  const text = database.rollbackFileText(0);
  if (file === undefined || text === undefined) return undefined;
  return { file, body: withoutHeader(text), synchronize: activeAt(database.expanded, 'system', 'commit', 'synchronize') !== undefined, master: role === 'master' };
}

/** Whether the RE coming up installs the other RE's file. */
export function shouldFetch(master: ConfigSnapshot | undefined, local: ConfigDatabase): master is ConfigSnapshot {
  if (master === undefined || !master.master || !master.synchronize) return false;
  const text = local.rollbackFileText(0);
  return text === undefined || withoutHeader(text) !== master.body;
}
