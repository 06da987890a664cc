/**
 * A Router: one chassis (a model, a name), two Routing Engine slots, the internal link between
 * them and one clock. `createRouter(...)` builds it, `router.boot()` powers it on.
 *
 * Owns the composition and the chassis-level views: which slots hold an RE, which RE is master,
 * the inventory (`show chassis hardware`, only the REs in their slots), the disks (a folder per
 * RE under the state directory, `<stateDir>/re0` and `<stateDir>/re1`, or memory), and the
 * configuration an empty disk commits at first boot. Faults are `router.faults` (`faults.ts`).
 *
 * Persistence: each RE's disk keeps its committed configuration and rollbacks (mgd's files), so
 * a router created again on the same state directory boots on its committed configurations.
 * Nothing else survives a restart of retwin (logs, alarms, times: a restart is a cold start).
 *
 * Choices:
 * - A new disk commits `initialConfig` when given (`--config FILE`; it must parse and pass the
 *   commit checks on both REs, else `createRouter` throws a RouterSetupError with the issues),
 *   else the starter configuration (`starter-config.ts`). A spare RE inserted new (`faults.insert
 *   (slot, { fresh: true })`) commits Junos's factory default instead (procedure.md 1).
 * - Without `stateDir` the disks are in memory.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigIssue } from '../config/errors.js';
import { formatIssue } from '../config/errors.js';
import type { RoutingEngineSlot } from '../config/groups.js';
import type { ConfigNode } from '../config/node.js';
import type { Clock } from '../lib/clock.js';
import { FileDisk, MemoryDisk, type Disk } from '../lib/disk.js';
import { Faults } from './faults.js';
import { prepareInitialConfig } from './initial-config.js';
import { InternalLink } from './internal-link.js';
import type { ChassisModel } from './models/chassis-model.js';
import { buildInventory, type ChassisInventory } from './models/inventory.js';
import { DEFAULT_MODEL, findModel } from './models/models.js';
import { RoutingEngine } from './routing-engine.js';
import { factoryDefaultConfig, starterConfig } from './starter-config.js';

export interface RouterOptions {
  /** The router's name: host names `<name>-re0`/`<name>-re1` in the starter, serial numbers. */
  readonly name: string;
  /** A model or its name (any case); MX960 by default. */
  readonly model?: ChassisModel | string;
  readonly clock: Clock;
  /** Keep each RE's disk in `<stateDir>/re0` and `<stateDir>/re1`. */
  readonly stateDir?: string;
  /** Keep the disks in memory (the default when there is no `stateDir`). */
  readonly memory?: boolean;
  /** The first committed configuration of a new disk (text or set commands). */
  readonly initialConfig?: string;
  /** Replaces derived serial numbers (tests reproducing the procedure's lab). */
  readonly serialFor?: (path: string, derived: string) => string;
}

/** `createRouter` refused its options: an unknown model, or an initial configuration with errors. */
export class RouterSetupError extends Error {
  override readonly name = 'RouterSetupError';
  readonly issues: readonly ConfigIssue[];

  constructor(message: string, issues: readonly ConfigIssue[] = []) {
    super(issues.length === 0 ? message : `${message}:\n${issues.map((issue) => formatIssue(issue)).join('\n')}`);
    this.issues = issues;
  }
}

export const SLOTS: readonly RoutingEngineSlot[] = ['re0', 're1'];

export class Router {
  readonly name: string;
  readonly model: ChassisModel;
  readonly clock: Clock;
  readonly link = new InternalLink();
  readonly stateDir: string | undefined;
  /** The fault API. */
  readonly faults: Faults;
  readonly #engines: Readonly<Record<RoutingEngineSlot, RoutingEngine>>;
  readonly #firstBoot: Record<RoutingEngineSlot, () => ConfigNode>;
  readonly #serialFor: ((path: string, derived: string) => string) | undefined;

  /** Use `createRouter`. */
  constructor(options: RouterOptions, model: ChassisModel, initial: () => ConfigNode) {
    this.name = options.name;
    this.model = model;
    this.clock = options.clock;
    this.stateDir = options.stateDir;
    this.#serialFor = options.serialFor;
    this.#firstBoot = { re0: initial, re1: initial };
    const make = (slot: RoutingEngineSlot): RoutingEngine =>
      new RoutingEngine({
        slot,
        model,
        routerName: options.name,
        clock: options.clock,
        disk: this.newDisk(slot),
        link: this.link,
        peerPresent: () => this.re(slot === 're0' ? 're1' : 're0').power !== 'removed',
        firstBootConfig: () => this.#firstBoot[slot](),
        ...(options.serialFor === undefined ? {} : { serialFor: options.serialFor }),
      });
    this.#engines = { re0: make('re0'), re1: make('re1') };
    this.faults = new Faults(this);
  }

  /** The RE in `slot` (in its slot or not). */
  re(slot: RoutingEngineSlot): RoutingEngine {
    return this.#engines[slot];
  }

  /** Both REs, re0 first. */
  get engines(): readonly RoutingEngine[] {
    return [this.#engines.re0, this.#engines.re1];
  }

  /** The RE that is master now (re0 first if, after a cut link, both are); undefined when none is. */
  master(): RoutingEngine | undefined {
    return this.engines.find((re) => re.role === 'master');
  }

  /** The running RE that is not master (backup or disabled), if any. */
  backup(): RoutingEngine | undefined {
    return this.engines.find((re) => re.power === 'running' && (re.role === 'backup' || re.role === 'disabled'));
  }

  /** The slots that hold an RE (running or halted). */
  presentSlots(): RoutingEngineSlot[] {
    return SLOTS.filter((slot) => this.#engines[slot].power !== 'removed');
  }

  /** Powers the chassis on: every RE in its slot that is not running boots (re0 first). */
  boot(): void {
    for (const re of this.engines) if (re.power === 'halted') re.powerOn();
  }

  /** A master has booted completely (rpd up) and every other running RE has finished its boot. */
  get ready(): boolean {
    const master = this.master();
    return master !== undefined && master.ready && this.engines.every((re) => re.power !== 'running' || re.ready);
  }

  /** Halts every running RE normally (the end of the process); nothing is left on the clock. */
  shutdown(): void {
    for (const re of this.engines) if (re.power === 'running') re.halt('halt');
  }

  /** `show chassis hardware`. */
  inventory(): ChassisInventory {
    return buildInventory(this.model, this.name, {
      routingEngines: this.presentSlots(),
      ...(this.#serialFor === undefined ? {} : { serialFor: this.#serialFor }),
    });
  }

  /**
   * A disk for the RE in `slot`: its folder under the state directory, or memory. `fresh` empties
   * the folder first (a new RE) and makes the RE's first boot commit the factory default.
   */
  newDisk(slot: RoutingEngineSlot, fresh = false): Disk {
    if (fresh) {
      const model = this.model;
      this.#firstBoot[slot] = () => parsedConfig(factoryDefaultConfig(model), model, 'the factory-default configuration');
      if (this.stateDir !== undefined) rmSync(join(this.stateDir, slot), { recursive: true, force: true });
    }
    return this.stateDir === undefined ? new MemoryDisk() : new FileDisk(join(this.stateDir, slot));
  }
}

/** One of retwin's own configurations, parsed (they are tested to parse). */
function parsedConfig(text: string, model: ChassisModel, what: string): ConfigNode {
  const prepared = prepareInitialConfig(text, model, false);
  if (!prepared.ok) throw new RouterSetupError(`${what} does not parse`, prepared.issues);
  return prepared.tree;
}

/** Builds a router, powered off. Throws a RouterSetupError for an unknown model or a bad initial configuration. */
export function createRouter(options: RouterOptions): Router {
  let model = DEFAULT_MODEL;
  if (typeof options.model === 'string') {
    const found = findModel(options.model);
    if (!found.ok) throw new RouterSetupError(found.message);
    model = found.model;
  } else if (options.model !== undefined) {
    model = options.model;
  }
  let initial: ConfigNode | undefined;
  const given = options.initialConfig;
  if (given !== undefined) {
    const prepared = prepareInitialConfig(given, model);
    if (!prepared.ok) throw new RouterSetupError('the initial configuration has errors', prepared.issues);
    initial = prepared.tree;
  }
  const firstBoot = (): ConfigNode => (initial ??= parsedConfig(starterConfig(options.name, model), model, 'the starter configuration'));
  return new Router(options, model, firstBoot);
}
