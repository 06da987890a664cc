/**
 * Log records as lines of `/var/log/messages` and `/var/log/mastership`.
 *
 * Owns the line layout (→ 9.B16): `Mmm dd hh:mm:ss` (day padded with a space), two spaces, the
 * host name, `process[pid]: ` then the text; the kernel writes as `/kernel:` and has no pid.
 * `/var/log/mastership` lines carry only the time stamp and the text. Times print in UTC (no
 * `system time-zone` is modelled).
 */
import type { LogProcess, LogRecord } from './mastership-events.js';

export interface LogIdentity {
  readonly hostName: string;
  /** Process ids of the daemons that write lines (the kernel has none). */
  readonly pids: Readonly<Record<Exclude<LogProcess, 'kernel'>, number>>;
}

/** The process ids of procedure 7.7. */
export const DEFAULT_PIDS: LogIdentity['pids'] = Object.freeze({ chassisd: 1893, alarmd: 1902, craftd: 1899 });

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/** `Mar 11 12:00:02`, `Mar  1 09:05:00`. */
export function syslogStamp(at: number): string {
  const d = new Date(at);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  return `${MONTHS[d.getUTCMonth()] ?? '???'} ${day} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

export function formatLogRecord(record: LogRecord, identity: LogIdentity): string {
  const stamp = syslogStamp(record.at);
  if (record.file === 'mastership') return `${stamp} ${record.text}`;
  const who = record.process === 'kernel' ? '/kernel' : `${record.process}[${identity.pids[record.process]}]`;
  return `${stamp}  ${identity.hostName} ${who}: ${record.text}`;
}
