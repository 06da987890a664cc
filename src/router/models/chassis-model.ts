/**
 * What a chassis model is: the data that makes an MX960 an MX960 for retwin. The models
 * themselves are in `mx960.ts`, `mx480.ts`, `mx240.ts` and `ptx10008.ts`; `models.ts` lists them.
 *
 * Owns the shape of that data: names and descriptions, the operating system (Junos OS or Junos
 * OS Evolved), the Routing Engine hardware, the management interface of each RE slot, the
 * field-replaceable units (FRUs) listed by `show chassis hardware` (as templates whose serial
 * numbers are derived from the router's name, `serial-number.ts`), the software each model
 * ships with, and the simulated sensor values of its REs. It holds no state: a router's
 * present REs, roles and times belong to the router.
 */
import type { RoutingEngineSlot } from '../../config/groups.js';

export type ModelName = 'MX960' | 'MX480' | 'MX240' | 'PTX10008';

/** Junos OS (FreeBSD based) or Junos OS Evolved (Linux based). */
export type OperatingSystem = 'junos' | 'junos-evolved';

/** One FRU line of `show chassis hardware`, with its sub-modules. */
export interface FruTemplate {
  /** The Item column: `Midplane`, `PEM 0`, `Routing Engine 1`, `Xcvr 9`. */
  readonly name: string;
  /** `REV 42`, `Rev 10` (power supplies keep the device's case); absent when blank. */
  readonly version?: string;
  /** `750-047849`, or `BUILTIN`. */
  readonly partNumber?: string;
  /** A serial pattern (`serial-number.ts`: `ACR@####`) or a literal such as `BUILTIN`. */
  readonly serial?: string;
  readonly description?: string;
  /** XML only (`<clei-code>`): the text hides it. */
  readonly cleiCode?: string;
  /** XML only (`<model-number>`). */
  readonly modelNumber?: string;
  /** Set on a Routing Engine's line: listed only while that slot holds an RE. */
  readonly routingEngine?: RoutingEngineSlot;
  readonly children?: readonly FruTemplate[];
}

/** The Routing Engine hardware of a model (both slots hold the same kind, as Juniper requires). */
export interface RoutingEngineHardware {
  /** `Model` of `show chassis routing-engine`, e.g. `RE-S-1800x4`. */
  readonly model: string;
  /** Usable DRAM (`32717 MB`) and installed DRAM (`(32768 MB installed)`). */
  readonly dramMb: number;
  readonly installedMb: number;
  /**
   * The inventory line whose serial number `show chassis routing-engine` reports for the RE in
   * `slot`: its own line (`Routing Engine 0`) on MX; on PTX10008, whose inventory lists the RE as
   * BUILTIN, the Routing and Control Board's (`CB 0`).
   */
  serialFrom(slot: RoutingEngineSlot): string;
}

/** One software package line of `show version`. */
export interface SoftwarePackage {
  /** `<name>` in XML: `os-kernel`. */
  readonly name: string;
  /** The line `show version` prints: `JUNOS OS Kernel 64-bit  [20170822.8b2f1e3_builder_stable_10]`. */
  readonly comment: string;
}

/** The software a model runs by default. */
export interface InstalledSoftware {
  /** `Junos:` line and `<junos-version>`: `17.3R1.10`, `22.4R3.25-EVO`. */
  readonly junosVersion: string;
  /** Junos OS Evolved only: `Yocto:` and `Linux Kernel:` lines. */
  readonly yoctoVersion?: string;
  readonly kernelVersion?: string;
  readonly packages: readonly SoftwarePackage[];
  /** The login banner after `--- `: `JUNOS 17.3R1.10 Kernel 64-bit  JNPR-10.3-20170822.8b2f1e3_buil`. */
  readonly loginBanner: string;
}

/** Simulated sensor values of an RE: plausible and stable, not measured. See `simulated-stats.ts`. */
export interface SimulatedSensors {
  /** RE temperature in °C, by slot (re0, re1). */
  readonly temperatureC: readonly [number, number];
  /** CPU temperature in °C, by slot. */
  readonly cpuTemperatureC: readonly [number, number];
  /** Memory utilization in percent, by role. */
  readonly memoryUtilization: { readonly master: number; readonly backup: number };
}

export interface ChassisModel {
  readonly name: ModelName;
  /** `show version`'s `Model:` and `<product-model>`, lower case: `mx960`, `ptx10008`. */
  readonly productModel: string;
  /** The `Chassis` line's description: `MX960`, `JNP10008 [PTX10008]`. */
  readonly description: string;
  readonly os: OperatingSystem;
  /** Serial pattern of the chassis. */
  readonly chassisSerial: string;
  readonly routingEngine: RoutingEngineHardware;
  /** Number of line-card (FPC) slots. */
  readonly fpcSlots: number;
  /** Junos OS Evolved on PTX10004/10008/10016: GRES is on and cannot be turned off. */
  readonly gresAlwaysOn: boolean;
  /** `chassis redundancy failover on-disk-failure` is accepted (not on EVO PTX, which always does it). */
  readonly onDiskFailureConfigurable: boolean;
  /** The management interface of the RE in `slot`: `fxp0`, or `re0:mgmt-0` on Junos OS Evolved. */
  managementInterface(slot: RoutingEngineSlot): string;
  /** The FRUs of `show chassis hardware`, in display order, below the `Chassis` line. */
  readonly frus: readonly FruTemplate[];
  readonly software: InstalledSoftware;
  readonly sensors: SimulatedSensors;
}
