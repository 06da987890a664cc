/**
 * Two chassisd runners on a simulated clock joined by a MemoryLink: the fixture of the chassisd
 * tests (each test makes its own). Also reads a redundancy configuration from set commands.
 */
import { expandGroups } from '../../config/groups.js';
import { loadConfiguration } from '../../config/load.js';
import { SimulatedClock } from '../../lib/clock.js';
import { junosSchema } from '../../schema/junos.js';
import { Chassisd } from './chassisd.js';
import type { Slot } from './mastership-events.js';
import { MemoryLink } from './memory-link.js';
import { DEFAULT_REDUNDANCY, readRedundancyConfig, type RedundancyConfig } from './redundancy-config.js';

/** The redundancy settings of a configuration written as set commands (as RE `re` sees it). */
export function redundancy(setCommands: string, re: Slot = 0): RedundancyConfig {
  if (setCommands.trim() === '') return DEFAULT_REDUNDANCY;
  const { tree, issues } = loadConfiguration(setCommands, junosSchema, 'set');
  if (issues.length > 0) throw new Error(`test configuration does not load: ${JSON.stringify(issues)}`);
  return readRedundancyConfig(expandGroups(tree, { re: re === 0 ? 're0' : 're1' }).tree);
}

export interface Pair {
  readonly clock: SimulatedClock;
  readonly link: MemoryLink;
  readonly re0: Chassisd;
  readonly re1: Chassisd;
  /** Boots both REs now (re0 first), each with the same configuration unless told otherwise. */
  readonly bootBoth: (config?: RedundancyConfig, config1?: RedundancyConfig) => void;
  readonly re: (slot: Slot) => Chassisd;
}

export interface PairOptions {
  readonly fpcSlots?: readonly number[];
  /** Simulated start time (default 2024-03-11 12:00:00 UTC, minus nothing). */
  readonly start?: number;
}

export const NOON = Date.UTC(2024, 2, 11, 12, 0, 0);

export function pair(options: PairOptions = {}): Pair {
  const clock = new SimulatedClock(options.start ?? NOON);
  const link = new MemoryLink();
  const make = (slot: Slot): Chassisd =>
    new Chassisd({ slot, clock, link: link.endpoint(slot), fpcSlots: options.fpcSlots ?? [], hostName: () => `r1-re${slot}` });
  const re0 = make(0);
  const re1 = make(1);
  link.attach(0, (message) => re0.receive(message));
  link.attach(1, (message) => re1.receive(message));
  return {
    clock,
    link,
    re0,
    re1,
    bootBoth: (config = DEFAULT_REDUNDANCY, config1 = config) => {
      re0.boot(config, { peerPresent: true });
      re1.boot(config1, { peerPresent: true });
    },
    re: (slot) => (slot === 0 ? re0 : re1),
  };
}
