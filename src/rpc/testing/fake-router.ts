/**
 * An in-memory router for RPC tests: two RE slots whose state a test sets directly, seen
 * through `RouterView` from either RE. It is also the reference for the router layer's own
 * adapter: RE figures come from the chassis model (`simulatedStats`, `routingEngineSerial`),
 * the inventory lists the REs that are in their slots, and the other RE is reachable only
 * while it is up and the internal link is not cut.
 *
 * Routing, forwarding, interfaces and mastership come from real daemons when a test gives an
 * engine one (a `Kernel`, an `Rpd`, a `Chassisd` fit the `Fake*` shapes below); without them
 * an RE has no rpd running, a forwarding table with no entries, only its management interface
 * and lo0, and a chassisd that refuses every request.
 *
 * Disks are maps of path → bytes (`disk`); folders are implied by the paths. `writeTmpFile`
 * writes there (only under `/var/tmp/`, stamped with `now`), `scheduleShutdown` records the
 * request in `shutdowns` (a test applies it by changing `state`).
 *
 * Owns nothing of the real router; it is test support (not used by production code).
 */
import type { RoutingEngineSlot } from '../../config/groups.js';
import { newConfiguration } from '../../config/node.js';
import type { MastershipAction, MastershipReply, MastershipRequest, RequestPrompt, SwitchoverAnswer } from '../../daemons/chassisd/index.js';
import type { ForwardingQueryResult, ForwardingTableQuery, PhysicalInterface } from '../../daemons/kernel/index.js';
import { ROUTING_NOT_RUNNING, type ShowRouteQuery, type ShowRouteResult } from '../../daemons/rpd/index.js';
import { junosSchema } from '../../schema/junos.js';
import type { ChassisModel } from '../../router/models/chassis-model.js';
import { buildInventory, routingEngineSerial } from '../../router/models/inventory.js';
import { DEFAULT_MODEL } from '../../router/models/models.js';
import { simulatedStats } from '../../router/models/simulated-stats.js';
import type {
  ChassisAlarm,
  CommitHistoryEntry,
  ConfigurationView,
  DiskEntry,
  ElectionPriority,
  MastershipState,
  PeerLookup,
  Role,
  RouterView,
  RoutingEngineDetails,
  RoutingEngineStatus,
  RouterFile,
  ShutdownAction,
} from '../router-view.js';

/** What the fake needs of a kernel (`Kernel` fits). */
export interface FakeKernel {
  forwardingTable(query: ForwardingTableQuery): ForwardingQueryResult;
  interfaces(): readonly PhysicalInterface[];
}

/** What the fake needs of rpd (`Rpd` fits). */
export interface FakeRpd {
  showRoute(query: ShowRouteQuery): ShowRouteResult;
}

/** What the fake needs of chassisd (`Chassisd` fits). */
export interface FakeChassisd {
  switchoverInformation(): SwitchoverAnswer;
  prepare(action: MastershipAction): RequestPrompt;
  request(request: MastershipRequest): MastershipReply;
}

export interface FakeEngine {
  state: MastershipState;
  electionPriority?: ElectionPriority;
  hostName?: string;
  /** Boot time, ms since the epoch (default: one day before `now`). */
  startTime?: number;
  lastRebootReason?: string;
  commitHistory?: CommitHistoryEntry[];
  /** Overrides of the simulated figures. */
  details?: Partial<RoutingEngineDetails>;
  kernel?: FakeKernel;
  rpd?: FakeRpd;
  chassisd?: FakeChassisd;
  /** Text files `readFile` answers (logs), by absolute path. */
  files?: Record<string, RouterFile>;
  /** The RE's disk: files by absolute path (text is stored as UTF-8). */
  disk?: Record<string, FakeDiskFile>;
  /** The committed configuration (default: an empty one, never committed). */
  committed?: ConfigurationView;
  /** The shared candidate (default: the committed configuration). */
  candidate?: ConfigurationView;
}

/** A file of a fake disk: its bytes (or text) and, when known, its write time. */
export interface FakeDiskFile {
  readonly bytes?: Uint8Array;
  readonly text?: string;
  readonly modified?: number;
}

/** A shutdown an RPC asked for (`scheduleShutdown`). */
export interface FakeShutdown {
  readonly slot: RoutingEngineSlot;
  readonly action: ShutdownAction;
  readonly delayMs: number;
  readonly at: number;
}

const NO_CHASSISD_REPLY = 'error: chassisd is not running';

const bytesOf = (file: FakeDiskFile): Uint8Array => file.bytes ?? new TextEncoder().encode(file.text ?? '');

/** The folders and files directly in `dir` of a fake disk. */
function listFakeDisk(disk: Record<string, FakeDiskFile>, dir: string): DiskEntry[] {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  const entries = new Map<string, boolean>();
  for (const path of Object.keys(disk)) {
    if (!path.startsWith(prefix)) continue;
    const [name, ...rest] = path.slice(prefix.length).split('/');
    if (name !== undefined && name !== '') entries.set(name, (entries.get(name) ?? false) || rest.length > 0);
  }
  return [...entries].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, directory]) => ({ name, directory }));
}

/** The interfaces of an RE without a kernel: its management interface and lo0, no units. */
function bareInterfaces(managementInterface: string): PhysicalInterface[] {
  const bare = (name: string, kind: PhysicalInterface['kind']): PhysicalInterface => ({ name, kind, adminUp: true, linkUp: true, units: [] });
  return [bare(managementInterface, 'management'), bare('lo0', 'loopback')];
}

export interface FakeRouterOptions {
  model?: ChassisModel;
  name?: string;
  /** ms since the epoch (default 2024-03-11 09:03:05 UTC). */
  now?: number;
  serialFor?: (path: string, derived: string) => string;
  re0?: FakeEngine;
  re1?: FakeEngine;
  alarms?: ChassisAlarm[];
  /** The internal link between the REs is cut. */
  linkCut?: boolean;
  /** The session's login name every view carries (`RouterView.user`). */
  user?: string;
}

const UP: readonly MastershipState[] = ['master', 'backup', 'disabled'];

export class FakeRouter {
  model: ChassisModel;
  name: string;
  now: number;
  serialFor: ((path: string, derived: string) => string) | undefined;
  engines: Record<RoutingEngineSlot, FakeEngine>;
  alarms: ChassisAlarm[];
  linkCut: boolean;
  user: string | undefined;
  /** The shutdowns RPCs asked for, in order. */
  readonly shutdowns: FakeShutdown[] = [];

  constructor(options: FakeRouterOptions = {}) {
    this.model = options.model ?? DEFAULT_MODEL;
    this.name = options.name ?? 'r1';
    this.now = options.now ?? Date.UTC(2024, 2, 11, 9, 3, 5);
    this.serialFor = options.serialFor;
    this.engines = { re0: options.re0 ?? { state: 'master' }, re1: options.re1 ?? { state: 'backup' } };
    this.alarms = options.alarms ?? [];
    this.linkCut = options.linkCut ?? false;
    this.user = options.user;
  }

  #status(slot: RoutingEngineSlot): RoutingEngineStatus {
    const engine = this.engines[slot];
    const electionPriority = engine.electionPriority ?? { role: slot === 're0' ? 'master' : 'backup', byDefault: true };
    if (!UP.includes(engine.state)) return { slot, state: engine.state, electionPriority };
    const role: Role = engine.state === 'master' ? 'master' : 'backup';
    const stats = simulatedStats(this.model, slot, role);
    const details: RoutingEngineDetails = {
      model: this.model.routingEngine.model,
      serialNumber: routingEngineSerial(this.model, this.name, slot, this.serialFor ? { serialFor: this.serialFor } : {}),
      dramMb: this.model.routingEngine.dramMb,
      installedMb: this.model.routingEngine.installedMb,
      startTime: engine.startTime ?? this.now - 86_400_000,
      lastRebootReason: engine.lastRebootReason ?? 'Router rebooted after a normal shutdown.',
      ...stats,
      ...engine.details,
    };
    return { slot, state: engine.state, electionPriority, details };
  }

  /** The router as the RE in `slot` sees it. */
  view(slot: RoutingEngineSlot): RouterView {
    const engine = (): FakeEngine => this.engines[slot];
    return {
      slot,
      now: () => this.now,
      role: () => (engine().state === 'master' ? 'master' : 'backup'),
      model: () => this.model,
      hostName: () => engine().hostName,
      software: () => this.model.software,
      inventory: () =>
        buildInventory(this.model, this.name, {
          routingEngines: (['re0', 're1'] as const).filter((s) => this.engines[s].state !== 'empty'),
          ...(this.serialFor ? { serialFor: this.serialFor } : {}),
        }),
      routingEngines: () => [this.#status('re0'), this.#status('re1')],
      commitHistory: () => engine().commitHistory ?? [],
      alarms: () => this.alarms,
      showRoute: (query) => engine().rpd?.showRoute(query) ?? { ok: false, error: { code: 'routing-not-running', message: ROUTING_NOT_RUNNING } },
      forwardingTable: (query) => engine().kernel?.forwardingTable(query) ?? { ok: true, value: { 'route-table': [] } },
      interfaces: () => engine().kernel?.interfaces() ?? bareInterfaces(this.model.managementInterface(slot)),
      switchoverInformation: () =>
        engine().chassisd?.switchoverInformation() ??
        (engine().state === 'master'
          ? { kind: 'not-on-master', message: 'error: command is not valid on the master routing engine' }
          : { kind: 'information', information: { 'switchover-state': 'Off' } }),
      prepareMastershipRequest: (action) => engine().chassisd?.prepare(action) ?? { kind: 'refused', lines: [NO_CHASSISD_REPLY] },
      requestMastership: (request) => engine().chassisd?.request(request) ?? { ok: false, lines: [NO_CHASSISD_REPLY] },
      readFile: (path) => engine().files?.[path],
      configuration: (database) => {
        const committed = engine().committed ?? { tree: newConfiguration(junosSchema) };
        return database === 'committed' ? committed : (engine().candidate ?? { tree: committed.tree });
      },
      listDisk: (dir) => listFakeDisk(engine().disk ?? {}, dir),
      readDiskFile: (path) => {
        const file = engine().disk?.[path];
        if (file === undefined) return undefined;
        return file.modified === undefined ? { bytes: bytesOf(file) } : { bytes: bytesOf(file), modified: file.modified };
      },
      writeTmpFile: (path, bytes) => {
        if (!path.startsWith('/var/tmp/') || path.endsWith('/')) return { ok: false, reason: `${path}: only files under /var/tmp/ can be written` };
        engine().disk = { ...engine().disk, [path]: { bytes: bytes.slice(), modified: this.now } };
        return { ok: true };
      },
      scheduleShutdown: (action, delayMs) => {
        this.shutdowns.push({ slot, action, delayMs, at: this.now });
      },
      otherEngineInterfaces: () => {
        const other = this.engines[slot === 're0' ? 're1' : 're0'];
        return UP.includes(other.state) ? (other.kernel?.interfaces() ?? []) : [];
      },
      ...(this.user === undefined ? {} : { user: this.user }),
      peer: (other): PeerLookup => {
        if (this.linkCut || !UP.includes(this.engines[other].state)) return { ok: false, reason: 'No route to host' };
        return { ok: true, view: this.view(other) };
      },
    };
  }
}
