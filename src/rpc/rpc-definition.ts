/**
 * How an operational RPC is declared: its name, the CLI command(s) it answers, its arguments,
 * its handler and its two renderings (the element tree for XML/JSON, and Junos text). One file
 * per RPC under `rpcs/` exports one definition; `registry.ts` lists them in one table.
 *
 * Owns the declaration types and `defineRpc`, which type-erases a definition into a
 * `RegisteredRpc` the registry can hold. The handler is pure: `(view, args) → data | errors`,
 * reading the router only through `RouterView`; rendering never reads the router.
 *
 * CLI mapping (for the CLI front end): a command is the words that name it
 * (`show chassis hardware`); after them, each argument is typed as
 * - `flag`: its name alone (`detail`) → `<detail/>`, args `{ detail: true }`;
 * - `value`: its name then a value (`invoke-on all-routing-engines`) →
 *   `<invoke-on>all-routing-engines</invoke-on>`, or with `positional` the value alone
 *   (`show chassis routing-engine 1` → `<slot>1</slot>`).
 */
import type { RpcElement } from './rpc-element.js';
import type { RpcError } from './rpc-error.js';
import type { RouterView } from './router-view.js';

/** Arguments as received: a flag is `true`, a value its text. */
export type RpcArgs = Readonly<Record<string, string | true>>;

export type RpcArgument =
  | { readonly kind: 'flag'; readonly name: string; readonly help: string; readonly cli?: false }
  | {
      readonly kind: 'value';
      readonly name: string;
      readonly help: string;
      /** `false`: an XML-only argument (NETCONF attributes such as `format`), not typed on the CLI. */
      readonly cli?: false;
      /** The accepted values, when they are a fixed set. */
      readonly values?: readonly string[];
      /** Typed without its name on the CLI. */
      readonly positional?: boolean;
    };

export interface CliCommand {
  /** The command words, full length: `['show', 'chassis', 'hardware']`. */
  readonly words: readonly string[];
  readonly help: string;
}

export type RpcOutcome<Data> = { readonly ok: true; readonly data: Data; readonly warnings?: readonly RpcError[] } | { readonly ok: false; readonly errors: readonly RpcError[] };

export interface RpcDefinition<Data> {
  /** The Junos XML RPC name: `get-chassis-inventory`. */
  readonly name: string;
  readonly commands: readonly CliCommand[];
  readonly arguments: readonly RpcArgument[];
  /** Answered only by the master RE; the backup says `Aborted! …` (procedure 9.A1). */
  readonly masterOnly?: boolean;
  /** Takes `invoke-on all-routing-engines | other-routing-engine` (handled by the registry). */
  readonly invokeOn?: boolean;
  run(view: RouterView, args: RpcArgs): RpcOutcome<Data>;
  /** The data as the reply element; `release` is for namespaces (`17.3R1`). */
  element(data: Data, release: string): RpcElement;
  /** The data as Junos CLI text, every line ending with `\n`. */
  text(data: Data): string;
}

/** A definition with its data type hidden: what the registry holds. */
export interface RegisteredRpc {
  readonly name: string;
  readonly commands: readonly CliCommand[];
  readonly arguments: readonly RpcArgument[];
  readonly masterOnly: boolean;
  readonly invokeOn: boolean;
  /** Runs the handler; the reply renders lazily. Arguments are assumed valid (the registry checks them). */
  answer(view: RouterView, args: RpcArgs, release: string): {
    readonly errors: readonly RpcError[];
    readonly element: (() => RpcElement) | undefined;
    readonly text: () => string;
  };
}

export function defineRpc<Data>(definition: RpcDefinition<Data>): RegisteredRpc {
  return {
    name: definition.name,
    commands: definition.commands,
    arguments: definition.arguments,
    masterOnly: definition.masterOnly === true,
    invokeOn: definition.invokeOn === true,
    answer(view, args, release) {
      const outcome = definition.run(view, args);
      if (!outcome.ok) return { errors: outcome.errors, element: undefined, text: () => '' };
      return {
        errors: outcome.warnings ?? [],
        element: () => definition.element(outcome.data, release),
        text: () => definition.text(outcome.data),
      };
    },
  };
}
