/**
 * The Junos statement hierarchy as plain, serialisable data.
 *
 * Owns the *shape* of schema definitions only: what a statement is (its name, kind, value type,
 * help text, display rules). The definitions themselves live in the sibling files (system.ts,
 * chassis.ts ...), and `compile.ts` turns them into the runtime form the parser and renderers use.
 * Everything here is JSON-safe so that a definition can later be generated from Juniper's YANG:
 * names follow the YANG names (a list is named like its YANG list, e.g. `interface`), kinds map
 * one to one (container, presence container, leaf, leaf-list, list), and value types name the
 * YANG/Junos types they stand for.
 */

/** A value's type. Validators for each live in `value-types.ts`, keyed by `type`. */
export type ValueType =
  | { readonly type: 'empty' }
  | { readonly type: 'string'; readonly pattern?: string; readonly patternMessage?: string; readonly minLength?: number; readonly maxLength?: number }
  | { readonly type: 'integer'; readonly min: number; readonly max: number }
  | { readonly type: 'enum'; readonly values: readonly string[] }
  | { readonly type: 'ipv4-address' }
  | { readonly type: 'ipv6-address' }
  | { readonly type: 'ip-address' }
  /**
   * A destination prefix (Junos's ipprefix types): the length may be left out (a host route) and,
   * with a length, trailing IPv4 octets may be left out (`0/0`, `10/8`); host bits must be zero.
   * `canonicalValue` in value-types.ts gives the written form (`0.0.0.0/0`, `10.0.0.1/32`).
   */
  | { readonly type: 'ipv4-prefix' }
  | { readonly type: 'ipv6-prefix' }
  | { readonly type: 'ip-prefix' }
  /** An interface address: a host address with a prefix length (host bits may be set; length optional). */
  | { readonly type: 'ipv4-interface-address' }
  | { readonly type: 'ipv6-interface-address' }
  | { readonly type: 'interface-name' }
  /** An interface with its logical unit, as a next hop names it (fxp0.0, ge-0/0/0.100). */
  | { readonly type: 'interface-unit-name' }
  /**
   * Added with the full schema: an IP address or an interface with its unit (Junos's
   * ipaddr-or-interface: `next-hop 10.0.0.1` or `next-hop ge-0/0/0.0`).
   */
  | { readonly type: 'ip-address-or-interface' }
  /**
   * Added with the full schema: an IP address or a DNS host name (Junos's hostname type:
   * `ntp server pool.example.net`, `syslog host loghost`).
   */
  | { readonly type: 'hostname' }
  /** A crypt(3) hash as Junos stores it ($1$, $5$, $6$, $sha1$). */
  | { readonly type: 'encrypted-password' }
  /** An OpenSSH public key line of the named algorithm family (`ssh-dss` added for `ssh-dsa`). */
  | { readonly type: 'ssh-public-key'; readonly algorithm: 'ssh-rsa' | 'ssh-dss' | 'ecdsa' | 'ssh-ed25519' };

export type StatementKind = 'container' | 'presence' | 'leaf' | 'leaf-list' | 'list';

/**
 * One statement of the hierarchy.
 *
 * Display rules (the ones Junos's DDL carries and YANG does not):
 * - `nokeyword`: the statement's name is not written. A nokeyword leaf is written as its bare
 *   value (`backup-router 10.255.0.1 ...`: the `address` leaf); a nokeyword list writes only its
 *   keys (`interfaces { fxp0 { ... } }`: the `interface` list).
 * - `block`: a list whose entries are shown inside one `name { ... }` block in text
 *   (`name-server { 10.0.0.53; }`, `groups { re0 { ... } }`) while `set` names each entry
 *   (`set system name-server 10.0.0.53`).
 * - `oneliner`: a container or list entry written on one line with its leaves
 *   (`routing-engine 0 master;`). `always` does so whenever every child is a leaf; `single`
 *   only when it has exactly one child statement (`route 0.0.0.0/0 next-hop 10.0.0.1;`).
 * - `flat`: a container whose children are written behind its name (`family inet { ... }`
 *   rather than `family { inet { ... } }`).
 */
export interface StatementDef {
  readonly name: string;
  readonly kind: StatementKind;
  /** Help text shown by `?`, in our own words. */
  readonly help: string;
  /** Value type of a leaf or leaf-list, or of a list's key. A leaf without one is a flag (`empty`). */
  readonly type?: ValueType;
  /** Children in display order (containers, presence containers and list entries). */
  readonly children?: readonly StatementDef[];
  /** The statement must be present whenever its parent is. */
  readonly mandatory?: boolean;
  /** Statements with the same choice name under one parent exclude each other. */
  readonly choice?: string;
  readonly nokeyword?: boolean;
  readonly block?: boolean;
  readonly oneliner?: 'always' | 'single';
  readonly flat?: boolean;
  /** The value is a secret: rendered with `## SECRET-DATA`, always quoted. */
  readonly secret?: boolean;
  /**
   * Added with the full schema. A flag the CLI never stores: `set ... plain-text-password` makes
   * the CLI prompt for a password (twice, not echoed) and store its crypt(3) hash in the named
   * sibling leaf (`encrypted-password`). Other front ends never see the flag.
   */
  readonly promptsFor?: string;
  /** `apply-groups` may not be written inside this statement (Junos allows it almost everywhere). */
  readonly noGroups?: boolean;
  /** The default value a daemon assumes when the statement is absent (documentation only). */
  readonly default?: string;
  readonly units?: string;
  /** Name of the key leaf of a list in XML and JSON (Junos uses `name` almost everywhere). */
  readonly keyName?: string;
}
