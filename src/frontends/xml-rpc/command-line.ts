/**
 * The operational command line of a `<command>` RPC (`show chassis hardware`,
 * `show version invoke-on all-routing-engines`) → the registry RPC and its arguments, with the
 * simple grammar of `src/rpc/operational-command.ts` (full words, the longest command wins).
 *
 * A line that does not parse gives the word Junos would complain about, for the `syntax error`
 * rpc-error's `bad-element` (PyEZ's switch-style fact reads `bridge` from
 * `show bridge mac-table count` this way, clients.md §2.3).
 */
import { parseCommandLine as parseLine } from '../../rpc/operational-command.js';
import type { RegisteredRpc, RpcArgs } from '../../rpc/rpc-definition.js';

export type CommandLine =
  | { readonly ok: true; readonly rpc: RegisteredRpc; readonly args: RpcArgs; readonly words: readonly string[] }
  | { readonly ok: false; readonly badElement: string };

/** The RPC and arguments of an operational command line. */
export function parseCommandLine(line: string): CommandLine {
  const parsed = parseLine(line);
  return parsed.ok ? parsed : { ok: false, badElement: parsed.word };
}
