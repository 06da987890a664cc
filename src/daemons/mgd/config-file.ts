/**
 * The content of a committed configuration file (`/config/juniper.conf.gz` and its rollbacks).
 *
 * Owns the file format (procedure.md 1 and 9.B3): gzip of `## Last changed: 2024-03-11 09:13:30
 * UTC`, then the configuration as `show configuration` prints it, whose first line is the `version`
 * statement when the tree has one; and the reverse, reading such a file back into a tree (the
 * parser drops `##` comments). Also the Junos time stamp used in the header and in `show system
 * commit`. Where the files live and how they rotate is `rollback-files.ts`'s business.
 *
 * Choices: times print in UTC (retwin has no `system time-zone` yet) and to the second; gzip
 * output carries no time or name, so the same configuration committed at the same second gives
 * the same bytes on both REs.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ConfigIssue } from '../../config/errors.js';
import type { ConfigNode } from '../../config/node.js';
import { parseText } from '../../config/parse-text.js';
import { renderText } from '../../config/render-text.js';
import type { SchemaNode } from '../../schema/compile.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2024-03-11 09:13:30 UTC` for a time in ms since the epoch. */
export function formatJunosTime(ms: number): string {
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
}

/** The header line of a committed file. */
export function lastChangedLine(time: number): string {
  return `## Last changed: ${formatJunosTime(time)}`;
}

/** The text of a committed file (before compression). */
export function configFileText(tree: ConfigNode, time: number): string {
  return `${lastChangedLine(time)}\n${renderText(tree)}`;
}

/** The bytes of a committed file. */
export function encodeConfigFile(tree: ConfigNode, time: number): Uint8Array {
  return new Uint8Array(gzipSync(configFileText(tree, time)));
}

/** The text of a committed file; undefined when it is not gzip data. */
export function decodeConfigFile(data: Uint8Array): string | undefined {
  try {
    return gunzipSync(data).toString('utf8');
  } catch {
    return undefined;
  }
}

/** The time of the `## Last changed:` header, in ms; undefined when there is none. */
export function lastChangedTime(text: string): number | undefined {
  const match = /^## Last changed: (\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) UTC/.exec(text);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

export interface ReadConfigFile {
  readonly tree: ConfigNode;
  readonly issues: readonly ConfigIssue[];
  readonly text: string;
}

/** Reads a committed file back into a tree; a file that is not gzip reads as an empty one with an issue. */
export function readConfigFile(data: Uint8Array, schema: SchemaNode): ReadConfigFile {
  const text = decodeConfigFile(data);
  if (text === undefined) {
    const { tree } = parseText('', schema);
    const issue: ConfigIssue = { severity: 'error', code: 'syntax', message: 'configuration file is not in gzip format', path: [] };
    return { tree, issues: [issue], text: '' };
  }
  const { tree, issues } = parseText(text, schema);
  return { tree, issues, text };
}
