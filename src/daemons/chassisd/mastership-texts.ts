/**
 * Every sentence chassisd prints or logs about mastership, in one place.
 *
 * Sources: [C] captured or documented wording (spec §4.1, procedure 7.1 to 7.6); [R] the
 * layout of the log prefixes (procedure 7.7); [U] retwin's own wording where Junos's is not
 * known (procedure 9.B9, 9.B16 say the text after `mastership:`, the chassisd messages and the
 * `/var/log/mastership` lines are retwin's). Refusals with [U] wording start with `error:` as
 * Junos's CLI errors do.
 */
import type { MastershipAction, MastershipReason, Slot } from './mastership-events.js';

// --- request chassis routing-engine master: questions and results [C] ---

export const PFE_WARNING = 'warning: Traffic will be interrupted while the PFE is re-initialized';

export const QUESTIONS: Readonly<Record<MastershipAction, string>> = {
  switch: 'Toggle mastership between routing engines ? [yes,no] (no) ',
  acquire: 'Attempt to become the master routing engine ? [yes,no] (no) ',
  release: 'Request the other routing engine become master ? [yes,no] (no) ',
};

export const RESOLVING = 'Resolving mastership...';
export const COMPLETE_OTHER = 'Complete. The other routing engine becomes the master.';
export const COMPLETE_LOCAL = 'Complete. The local routing engine becomes the master.';
export const SWITCHOVER_READY = 'Switchover Ready';

/** [C] The GRES 240-second refusal; `seconds` counts down (procedure 7.4). */
export const notReadyAborted = (seconds: number): string => `Command aborted. Not ready for mastership switch, try after ${seconds} secs.`;

// --- [U] refusals and not-ready answers (spec §10 item 4) ---

/** [U] `switch check` inside the 240 s: the refusal's sentence without `Command aborted.`. */
export const notReadyCheck = (seconds: number): string => `Not ready for mastership switch, try after ${seconds} secs.`;
export const ALREADY_MASTER = 'error: The local routing engine is already the master';
export const NOT_MASTER = 'error: The local routing engine is not the master';
export const LOCAL_DISABLED = 'error: The local routing engine is disabled and cannot become the master';
export const PEER_DISABLED = 'error: The other routing engine is disabled and cannot become the master';
/** [C] wording of `request system halt` (spec §4.6), used here for an empty slot. */
export const PEER_NOT_PRESENT = 'error: Other routing-engine not present';
export const PEER_NOT_RESPONDING = 'error: Other routing-engine not responding';
export const ELECTION_PENDING = 'error: Routing engine mastership is not resolved yet';

/** [U] What `show system switchover` answers on the master (spec §4.2 placeholder). */
export const SWITCHOVER_ON_MASTER = 'error: command is not valid on the master routing engine';

// --- log lines [U] (kernel `mastership:` texts, chassisd messages) ---

const re = (slot: Slot): string => `routing engine ${slot}`;

/** The part after `becoming master` / `becoming backup` in the kernel line. */
function reasonClause(reason: MastershipReason, slot: Slot, peer: Slot): string {
  switch (reason.kind) {
    case 'election':
      return '';
    case 'lone':
      return `, ${re(peer)} not present`;
    case 'peer-removed':
      return `, ${re(peer)} removed`;
    case 'keepalive-timeout':
      return `, no keepalive from ${re(peer)} for ${reason.seconds} seconds`;
    case 'request':
      return `, ${reason.action} requested on ${re(reason.by === 'local' ? slot : peer)}`;
    case 'disk-failure':
      return `, disk failure on ${re(reason.slot)}`;
    case 'conflict':
      return `, ${re(peer)} is master`;
    case 'configuration':
      return ', configuration changed';
    case 'halt':
      return ', halting';
  }
}

/** The parenthesised cause in CHASSISD_RE_MASTERSHIP_CHANGE. */
function reasonTag(reason: MastershipReason): string {
  switch (reason.kind) {
    case 'election':
      return 'election';
    case 'lone':
      return 'other Routing Engine not present';
    case 'peer-removed':
      return 'other Routing Engine removed';
    case 'keepalive-timeout':
      return 'keepalive timeout';
    case 'request':
      return `${reason.action} request`;
    case 'disk-failure':
      return 'disk failure';
    case 'conflict':
      return 'mastership conflict';
    case 'configuration':
      return 'configuration';
    case 'halt':
      return 'halt';
  }
}

/** `mastership: routing engine 1 becoming master, no keepalive from routing engine 0 for 2 seconds` (procedure 7.7). */
export const kernelBecoming = (slot: Slot, peer: Slot, role: string, reason: MastershipReason): string =>
  `mastership: ${re(slot)} becoming ${role}${reasonClause(reason, slot, peer)}`;

/** `mastership: routing engine 1 became master`. */
export const kernelBecame = (slot: Slot, role: string): string => `mastership: ${re(slot)} became ${role}`;

/** `CHASSISD_RE_MASTERSHIP_CHANGE: Routing Engine 1 is master (keepalive timeout, graceful-switchover)`. */
export function chassisdMastershipChange(slot: Slot, role: string, reason: MastershipReason, graceful: boolean): string {
  const cause = reasonTag(reason) + (graceful && reason.kind !== 'election' && reason.kind !== 'lone' ? ', graceful-switchover' : '');
  return `CHASSISD_RE_MASTERSHIP_CHANGE: Routing Engine ${slot} is ${role} (${cause})`;
}

export const fpcOffline = (fpc: number): string => `CHASSISD_FRU_OFFLINE_NOTICE: Taking FPC ${fpc} offline: mastership change`;
export const fpcOnline = (fpc: number): string => `CHASSISD_FRU_ONLINE_NOTICE: Taking FPC ${fpc} online`;

/** [U] `CHASSISD_RE_DISK_FAILURE` is retwin's tag. */
export const diskFailureDetected = (slot: Slot): string => `CHASSISD_RE_DISK_FAILURE: Hard disk failure on Routing Engine ${slot}`;

// --- /var/log/mastership (procedure 7.7 branch C) ---

/** `mastership: no keepalive from routing engine 0 for 20 seconds, taking mastership in 280 seconds`. */
export function silenceReport(peer: Slot, seconds: number, takeoverIn: number | undefined): string {
  const tail = takeoverIn === undefined ? ', failover not configured' : `, taking mastership in ${takeoverIn} seconds`;
  return `mastership: no keepalive from ${re(peer)} for ${seconds} seconds${tail}`;
}

/** `mastership: no keepalive from routing engine 0 for 300 seconds, taking mastership`. */
export const silenceTakeover = (peer: Slot, seconds: number): string => `mastership: no keepalive from ${re(peer)} for ${seconds} seconds, taking mastership`;

// --- alarms (spec §2.3) and their log lines (procedure 7.7) ---

export const BACKUP_RE_ACTIVE = 'Backup RE Active';
export const LOSS_OF_COMMUNICATION = 'Loss of communication with Backup RE';
/** [U] wording; Juniper's alarm table lists "Error in reading or writing hard disk" (yellow). */
export const diskErrorAlarm = (slot: Slot): string => `Routing Engine ${slot} Hard Disk Error`;

const color = (severity: 'Minor' | 'Major'): string => (severity === 'Minor' ? 'YELLOW' : 'RED');

export const alarmdSet = (severity: 'Minor' | 'Major', description: string): string =>
  `Alarm set: RE color=${color(severity)}, class=CHASSIS, reason=${description}`;
export const alarmdCleared = (severity: 'Minor' | 'Major', description: string): string =>
  `Alarm cleared: RE color=${color(severity)}, class=CHASSIS, reason=${description}`;
/** craftd's lines start with a space after the colon (procedure 7.7: `craftd[1899]:  Minor alarm set, ...`). */
export const craftdSet = (severity: 'Minor' | 'Major', description: string): string => ` ${severity} alarm set, ${description}`;
export const craftdCleared = (severity: 'Minor' | 'Major', description: string): string => ` ${severity} alarm cleared, ${description}`;
