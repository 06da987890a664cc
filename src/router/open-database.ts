/**
 * Opening one Routing Engine's configuration database at power-on: mgd reads the RE's disk
 * (recovering from an interrupted commit), and an empty disk gets its first configuration,
 * installed as a commit by `root via other` (procedure.md 9.A3, 9.B2).
 *
 * Choice [U]: a disk that cannot be read stops the boot, with the log line `/kernel: Routing
 * Engine N: cannot read its disk, boot aborted` (Junos would try its alternate media).
 */
import type { RoutingEngineSlot } from '../config/groups.js';
import type { ConfigNode } from '../config/node.js';
import type { Clock } from '../lib/clock.js';
import { DiskError, type Disk } from '../lib/disk.js';
import { ConfigDatabase, type PeerRe } from '../daemons/mgd/index.js';
import { initialConfigFile } from './initial-config.js';
import type { MessagesLog } from './messages-log.js';

export interface OpenOptions {
  readonly disk: Disk;
  readonly slot: RoutingEngineSlot;
  readonly clock: Clock;
  readonly softwareVersion: string;
  readonly managementInterface: string;
  readonly peer: PeerRe;
  readonly log: MessagesLog;
  readonly firstBootConfig: () => ConfigNode;
}

export type OpenedDatabase =
  | { readonly ok: true; readonly database: ConfigDatabase; /** The disk held no configuration. */ readonly fresh: boolean }
  | { readonly ok: false; readonly message: string };

export function openDatabase(options: OpenOptions): OpenedDatabase {
  const { log, slot } = options;
  const number = slot === 're0' ? 0 : 1;
  let database: ConfigDatabase;
  try {
    database = ConfigDatabase.open({
      disk: options.disk,
      re: slot,
      clock: options.clock,
      softwareVersion: options.softwareVersion,
      managementInterface: options.managementInterface,
      peer: options.peer,
      log: (event) => log.writeMgd(event),
    });
  } catch (error) {
    if (!(error instanceof DiskError)) throw error;
    log.write('/kernel', `Routing Engine ${number}: cannot read its disk, boot aborted`);
    return { ok: false, message: `${slot} cannot read its disk` };
  }
  const fresh = !database.hasCommitted;
  if (fresh) {
    const installed = database.installFile(initialConfigFile(options.firstBootConfig(), options.clock.now()));
    if (!installed.ok) log.write('/kernel', `Routing Engine ${number}: the first configuration could not be written`);
  }
  return { ok: true, database, fresh };
}
