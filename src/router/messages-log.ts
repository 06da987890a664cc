/**
 * One Routing Engine's `/var/log/messages`: the lines every daemon of the RE writes, in the
 * order they were written, with the layout of procedure.md 9.B16:
 *
 *     Mar 11 12:00:03  r1-re1 init: routing (PID 4718) started
 *     Mar 11 12:00:02  r1-re1 chassisd[1893]: CHASSISD_RE_MASTERSHIP_CHANGE: ...
 *
 * (`Mmm dd hh:mm:ss`, day padded with a space, two spaces, host name, `process[pid]: `, text; the
 * kernel writes as `/kernel:`, init and shutdown without a pid).
 *
 * Owns formatting and keeping the lines (bounded: the oldest go first, as log rotation would
 * drop them). The host name is asked for when a line is written, so a commit that changes it
 * shows from the next line on. The log lives as long as the RE object: it survives halts and
 * reboots (it is on the RE's disk on a real router) but not a restart of retwin.
 *
 * Process ids [U]: chassisd 1893, alarmd 1902, craftd 1899 (procedure.md 7.7), mgd 1897.
 */
import type { Clock } from '../lib/clock.js';
import { DEFAULT_PIDS, formatLogRecord, syslogStamp, type LogRecord } from '../daemons/chassisd/index.js';
import type { MgdLogEvent } from '../daemons/mgd/index.js';

/** mgd's process id in the log lines. */
export const MGD_PID = 1897;

/** Lines kept by default. */
export const DEFAULT_LOG_LIMIT = 2000;

export class MessagesLog {
  readonly #clock: Clock;
  readonly #hostName: () => string;
  readonly #limit: number;
  readonly #lines: string[] = [];
  readonly #listeners = new Set<(line: string) => void>();

  constructor(clock: Clock, hostName: () => string, limit = DEFAULT_LOG_LIMIT) {
    this.#clock = clock;
    this.#hostName = hostName;
    this.#limit = limit;
  }

  /** Every line kept, oldest first. */
  get lines(): readonly string[] {
    return this.#lines;
  }

  /** Calls `listener` with every new line; returns the unsubscribe function. */
  onLine(listener: (line: string) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** A line from `process` (with `[pid]` when given): `init`, `/kernel`, `shutdown`, `chassisd` ... */
  write(process: string, text: string, pid?: number): void {
    const who = pid === undefined ? process : `${process}[${pid}]`;
    this.#push(`${syslogStamp(this.#clock.now())}  ${this.#hostName()} ${who}: ${text}`);
  }

  /** A line of chassisd (or of the kernel, alarmd, craftd on its behalf). */
  writeRecord(record: LogRecord): void {
    this.#push(formatLogRecord(record, { hostName: this.#hostName(), pids: DEFAULT_PIDS }));
  }

  /** A line of mgd: `mgd[1897]: UI_COMMIT: ...`. */
  writeMgd(event: MgdLogEvent): void {
    this.write('mgd', `${event.tag}: ${event.message}`, MGD_PID);
  }

  #push(line: string): void {
    this.#lines.push(line);
    if (this.#lines.length > this.#limit) this.#lines.splice(0, this.#lines.length - this.#limit);
    for (const listener of [...this.#listeners]) listener(line);
  }
}
