/**
 * `routerView(router, slot)`: the live router (`src/router`) seen as a `RouterView` from the RE
 * in `slot`, so the operational RPCs answer from the real daemons. `testing/fake-router.ts` is
 * the reference for how each method behaves.
 *
 * Owns the mapping only (the adapter is stateless: every method reads the router at call time,
 * so one view stays correct across role changes, halts and reboots):
 * - `role`: chassisd's role; anything but `master` (backup, disabled, not elected) reads `backup`.
 * - `routingEngines`: chassisd's `routingEngineStatus` of this RE (both slots, re0 first), with
 *   the figures (`RoutingEngine.figures()`) of every RE that runs with a role as `details`; a
 *   halted RE in its slot is `present` (no details), an empty slot `empty`.
 * - `commitHistory`: mgd's entries (at most 50); a REST commit shows as `junoscript`; the
 *   `commit confirmed` minutes become the system comment, the user's comment the `log` line;
 *   entry 0 is `confirmationPending` while mgd's confirm timer runs.
 * - `alarms`: chassisd's active alarms of this RE, newest first; class from the severity;
 *   choice [U]: the short description is the description (Junos abbreviates some; the
 *   abbreviations of these alarms are not on record); type `Chassis`.
 * - `showRoute`, `forwardingTable`, `interfaces`: rpd and the kernel through the RE's view
 *   (rpd not running → `routing-not-running`).
 * - `readFile`: `/var/log/messages` and `/var/log/mastership` from the RE's logs; choice [U]:
 *   their modification time is the stamp of the last line (its year taken from the clock), or
 *   the RE's start time for an empty log. `/etc/hosts.junos` is the RPC layer's own. Other paths
 *   are not there (undefined).
 * - `configuration`: mgd's committed tree, `lastCommit` from the newest history entry. Choice:
 *   mgd does not expose its shared candidate outside a configuration session, so `candidate`
 *   answers the committed tree too (`lastChanged` = the last commit's time), as the fake does
 *   by default. An RE whose mgd is not running answers an empty configuration.
 * - `peer(slot)`: reachable only while the RE in `slot` runs and the internal link reaches it
 *   (`router.link.reaches`); otherwise `No route to host`.
 * - `listDisk`, `readDiskFile`: the RE's disk as it is (a failed disk reads as empty); a file's
 *   `modified` is known only for files retwin wrote itself (`file copy`).
 * - `writeTmpFile`: `RoutingEngine.writeDiskFile` (only under `/var/tmp/`).
 * - `scheduleShutdown`: a timer on the router's clock; when it fires, the RE (if still running)
 *   reboots (`reboot()`), halts (`halt('halt')`) or powers down (`halt('power-down')`), exactly
 *   as the fault API's halt: chassisd on the other RE decides what follows.
 * - `otherEngineInterfaces`: the other RE's kernel interfaces while it runs (power only: the
 *   management LAN does not go through the internal link).
 */
import type { RoutingEngineSlot } from '../config/groups.js';
import { newConfiguration } from '../config/node.js';
import type { ActiveAlarm } from '../daemons/chassisd/index.js';
import type { CommitEntry } from '../daemons/mgd/index.js';
import type { PhysicalInterface } from '../daemons/kernel/index.js';
import type { Router, RoutingEngine } from '../router/index.js';
import { junosSchema } from '../schema/junos.js';
import type {
  ChassisAlarm,
  CommitClient,
  CommitHistoryEntry,
  ConfigurationView,
  DiskEntry,
  MastershipState,
  PeerLookup,
  RouterFile,
  RouterView,
  RoutingEngineStatus,
  ShutdownAction,
} from './router-view.js';

/** The most entries `show system commit` lists. */
const HISTORY_LIMIT = 50;

const NO_ROUTE_TO_HOST = 'No route to host';

const slotName = (slot: 0 | 1): RoutingEngineSlot => (slot === 0 ? 're0' : 're1');

/** The live router as the RE in `slot` sees it. */
export function routerView(router: Router, slot: RoutingEngineSlot): RouterView {
  const re = (): RoutingEngine => router.re(slot);
  const view: RouterView = {
    slot,
    now: () => router.clock.now(),
    role: () => (re().role === 'master' ? 'master' : 'backup'),
    model: () => router.model,
    hostName: () => re().hostName,
    software: () => re().software,
    inventory: () => router.inventory(),
    routingEngines: () => routingEngines(router, re()),
    commitHistory: () => commitHistory(re()),
    alarms: () => [...re().alarms()].reverse().map(chassisAlarm),
    showRoute: (query) => re().showRoute(query),
    forwardingTable: (query) => re().forwardingTable(query),
    interfaces: () => re().interfaces(),
    switchoverInformation: () => re().switchoverInformation(),
    prepareMastershipRequest: (action) => re().chassisd.prepare(action),
    requestMastership: (request) => re().chassisd.request(request),
    readFile: (path) => readFile(router, re(), path),
    configuration: (database) => configuration(re(), database),
    listDisk: (dir) => re().listDiskFolder(dir).map((entry): DiskEntry => ({ name: entry.name, directory: !entry.file })),
    readDiskFile: (path) => {
      const bytes = re().readDiskFile(path);
      if (bytes === undefined) return undefined;
      const modified = re().diskFileTime(path);
      return modified === undefined ? { bytes } : { bytes, modified };
    },
    writeTmpFile: (path, bytes) => {
      const written = re().writeDiskFile(path, bytes);
      return written.ok ? written : { ok: false, reason: written.message };
    },
    scheduleShutdown: (action, delayMs) => {
      router.clock.setTimer(delayMs, () => shutDown(re(), action));
    },
    otherEngineInterfaces: (): readonly PhysicalInterface[] => {
      const other = router.re(slot === 're0' ? 're1' : 're0');
      return other.power === 'running' ? other.interfaces() : [];
    },
    peer: (other): PeerLookup => {
      if (other === slot) return { ok: true, view };
      if (router.re(other).power !== 'running' || !router.link.reaches(other)) return { ok: false, reason: NO_ROUTE_TO_HOST };
      return { ok: true, view: routerView(router, other) };
    },
  };
  return view;
}

/** What `request system reboot | halt | power-off` does to a running RE when its time comes. */
function shutDown(re: RoutingEngine, action: ShutdownAction): void {
  if (re.power !== 'running') return;
  if (action === 'reboot') re.reboot();
  else re.halt(action === 'halt' ? 'halt' : 'power-down');
}

function routingEngines(router: Router, re: RoutingEngine): RoutingEngineStatus[] {
  return re
    .routingEngineStatus()
    .map((status): RoutingEngineStatus => {
      const slot = slotName(status.slot);
      const state: MastershipState = status.mastershipState;
      const electionPriority = { role: status.mastershipPriority.role, byDefault: status.mastershipPriority.isDefault };
      const engine = router.re(slot);
      const figures = state === 'present' || state === 'empty' || engine.power !== 'running' ? undefined : engine.figures();
      // An RE seen up whose figures are unknown (not running, or still electing) reads as present.
      if (figures === undefined) return { slot, state: state === 'empty' ? 'empty' : 'present', electionPriority };
      return { slot, state, electionPriority, details: { ...figures } };
    })
    .sort((a, b) => a.slot.localeCompare(b.slot));
}

/** The method word of `show system commit` (REST commits read `junoscript`). */
function commitClient(client: CommitEntry['client']): CommitClient {
  return client === 'rest' ? 'junoscript' : client;
}

function commitHistory(re: RoutingEngine): CommitHistoryEntry[] {
  const pending = re.database?.pendingConfirm !== undefined;
  return re
    .commitHistory()
    .slice(0, HISTORY_LIMIT)
    .map((entry, index) => ({
      user: entry.user,
      client: commitClient(entry.client),
      time: entry.time,
      ...(entry.confirmedMinutes === undefined ? {} : { comment: `commit confirmed, rollback in ${entry.confirmedMinutes}mins` }),
      ...(entry.comment === undefined ? {} : { log: entry.comment }),
      ...(index === 0 && pending ? { confirmationPending: true } : {}),
    }));
}

function chassisAlarm(alarm: ActiveAlarm): ChassisAlarm {
  return { time: alarm.since, class: alarm.severity, description: alarm.description, shortDescription: alarm.description, type: 'Chassis' };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The time of a syslog line (`Mar 11 12:00:03 …`), in the year of `now` (or the one before if that is later than `now`). */
export function syslogLineTime(line: string, now: number): number | undefined {
  const match = /^([A-Z][a-z]{2}) ([ \d]\d) (\d\d):(\d\d):(\d\d)/.exec(line);
  if (match === null) return undefined;
  const month = MONTHS.indexOf(match[1] ?? '');
  if (month < 0) return undefined;
  const at = (year: number): number => Date.UTC(year, month, Number(match[2]), Number(match[3]), Number(match[4]), Number(match[5]));
  const year = new Date(now).getUTCFullYear();
  return at(year) > now ? at(year - 1) : at(year);
}

function readFile(router: Router, re: RoutingEngine, path: string): RouterFile | undefined {
  const lines = path === '/var/log/messages' ? re.messages() : path === '/var/log/mastership' ? re.mastershipLog() : undefined;
  if (lines === undefined) return undefined;
  const now = router.clock.now();
  const last = lines.at(-1);
  const modified = (last === undefined ? undefined : syslogLineTime(last, now)) ?? re.startTime ?? now;
  return { text: lines.map((line) => `${line}\n`).join(''), modified };
}

function configuration(re: RoutingEngine, database: 'committed' | 'candidate'): ConfigurationView {
  const db = re.database;
  if (db === undefined) return { tree: newConfiguration(junosSchema) };
  const newest = db.hasCommitted ? db.history[0] : undefined;
  if (database === 'committed') return newest === undefined ? { tree: db.committed } : { tree: db.committed, lastCommit: { time: newest.time, user: newest.user } };
  return newest === undefined ? { tree: db.committed } : { tree: db.committed, lastChanged: newest.time };
}
