/**
 * The commit history of one Routing Engine: what `show system commit` lists.
 *
 * Owns the entry (time, user, client, comment, whether it came with `commit synchronize`, the
 * `commit confirmed` minutes) and its two renderings, text and XML (junos-behaviour.md §6.4):
 *
 *     0   2024-03-11 09:13:30 UTC by lab via cli commit confirmed, rollback in 10mins
 *         CHG0012345 add static routes
 *         rollback pending
 *
 * Entry N describes rollback file N (`rollback-files.ts` keeps both in step). Persistence is
 * `config-store.ts`'s business.
 *
 * Choices ([U] where Junos is not known):
 * - Commits through REST are stored with client `rest` but shown `via junoscript`, as Junos
 *   shows them (clients.md §5).
 * - [U] While a confirmed commit waits for confirmation, entry 0 gets a last line
 *   `    rollback pending` (seen on a device, after the comment line whose order is not known);
 *   the XML form carries no marker for it.
 * - [U] The entry of a synchronized commit looks the same on both REs (procedure.md 9.A3); the
 *   `synchronized` flag is kept as data but not printed.
 */
import { escapeXmlText } from '../../config/xml-escape.js';
import { formatJunosTime } from './config-file.js';

export type CommitClient = 'cli' | 'netconf' | 'junoscript' | 'rest' | 'other' | 'button' | 'autoinstall' | 'snmp';

export const COMMIT_CLIENTS: readonly CommitClient[] = ['cli', 'netconf', 'junoscript', 'rest', 'other', 'button', 'autoinstall', 'snmp'];

export interface CommitEntry {
  /** When the commit happened, in ms since the epoch (printed to the second). */
  readonly time: number;
  readonly user: string;
  readonly client: CommitClient;
  /** The `commit comment` text (`<log>` in XML). */
  readonly comment?: string;
  /** Part of a `commit synchronize` (on the requesting or the responding RE). */
  readonly synchronized: boolean;
  /** `commit confirmed N`: the minutes given. */
  readonly confirmedMinutes?: number;
  /** A digest of the rollback file this entry describes (keeps files and history in step). */
  readonly digest: string;
}

/** The method word after `via`. */
export function clientLabel(client: CommitClient): string {
  return client === 'rest' ? 'junoscript' : client;
}

/** The system text after the method (`commit confirmed, rollback in 10mins`), if any. */
export function systemComment(entry: CommitEntry): string | undefined {
  return entry.confirmedMinutes === undefined ? undefined : `commit confirmed, rollback in ${entry.confirmedMinutes}mins`;
}

/** The lines of one entry of `show system commit`. */
export function commitHistoryLines(entry: CommitEntry, index: number, rollbackPending = false): string[] {
  const system = systemComment(entry);
  const head = `${String(index).padEnd(4)}${formatJunosTime(entry.time)} by ${entry.user} via ${clientLabel(entry.client)}`;
  const lines = [system === undefined ? head : `${head} ${system}`];
  if (entry.comment !== undefined) lines.push(`    ${entry.comment}`);
  if (rollbackPending) lines.push('    rollback pending');
  return lines;
}

/** `show system commit` as text (without the trailing empty line the CLI adds). */
export function renderCommitHistoryText(entries: readonly CommitEntry[], rollbackPending = false): string {
  return entries.flatMap((entry, index) => commitHistoryLines(entry, index, rollbackPending && index === 0)).join('\n');
}

/** `<commit-information>` (the junos: prefix must be declared by the enclosing reply). */
export function renderCommitHistoryXml(entries: readonly CommitEntry[]): string {
  const out = ['<commit-information>'];
  entries.forEach((entry, index) => {
    out.push('<commit-history>');
    out.push(`<sequence-number>${index}</sequence-number>`);
    out.push(`<user>${escapeXmlText(entry.user)}</user>`);
    out.push(`<client>${clientLabel(entry.client)}</client>`);
    out.push(`<date-time junos:seconds="${Math.floor(entry.time / 1000)}">${formatJunosTime(entry.time)}</date-time>`);
    const system = systemComment(entry);
    if (system !== undefined) out.push(`<comment>${system}</comment>`);
    if (entry.comment !== undefined) out.push(`<log>${escapeXmlText(entry.comment)}</log>`);
    out.push('</commit-history>');
  });
  out.push('</commit-information>');
  return out.join('\n');
}

/** Reads an entry from stored JSON; undefined when it is not one. */
export function entryFromJson(value: unknown): CommitEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.time !== 'number' || typeof v.user !== 'string' || typeof v.digest !== 'string') return undefined;
  if (typeof v.client !== 'string' || !(COMMIT_CLIENTS as readonly string[]).includes(v.client)) return undefined;
  return {
    time: v.time,
    user: v.user,
    client: v.client as CommitClient,
    synchronized: v.synchronized === true,
    digest: v.digest,
    ...(typeof v.comment === 'string' ? { comment: v.comment } : {}),
    ...(typeof v.confirmedMinutes === 'number' ? { confirmedMinutes: v.confirmedMinutes } : {}),
  };
}
