/**
 * The operational RPC registry: the one place every front end asks "run RPC X with these
 * arguments on this RE". `rpc-table.ts` holds the table of RPCs retwin answers.
 *
 * Owns dispatch and what applies to every RPC alike: unknown RPCs and arguments (default deny:
 * an error, never a guess), master-only RPCs asked of the backup (the `Aborted!` output), and
 * `invoke-on` (`invoke-on.ts`). It does not parse CLI words; it exposes each RPC's command words
 * so the CLI can map them.
 */
import { INVOKE_ON, INVOKE_ON_VALUES, invokeOn, type ItemAnswer } from './invoke-on.js';
import { namespaceRelease } from './junos-format.js';
import { notMasterElement, notMasterText } from './master-only.js';
import type { CliCommand, RegisteredRpc, RpcArgs } from './rpc-definition.js';
import { syntaxError, type RpcError } from './rpc-error.js';
import { errorReply, RpcReply } from './rpc-reply.js';
import type { RouterView } from './router-view.js';

function releaseOf(view: RouterView): string {
  return namespaceRelease(view.software().junosVersion);
}

/** The first problem with `args` for `rpc`, or undefined when they are all accepted. */
function checkArguments(rpc: RegisteredRpc, args: RpcArgs): RpcError | undefined {
  for (const [name, value] of Object.entries(args)) {
    if (name === INVOKE_ON && rpc.invokeOn) {
      if (typeof value !== 'string' || !(INVOKE_ON_VALUES as readonly string[]).includes(value)) return syntaxError(String(value));
      continue;
    }
    const declared = rpc.arguments.find((argument) => argument.name === name);
    if (declared === undefined) return syntaxError(name);
    if (declared.kind === 'flag' && value !== true) return syntaxError(name);
    if (declared.kind === 'value') {
      if (typeof value !== 'string') return syntaxError(name);
      if (declared.values !== undefined && !declared.values.includes(value)) return syntaxError(value);
    }
  }
  return undefined;
}

export class RpcRegistry {
  readonly #byName = new Map<string, RegisteredRpc>();
  readonly #rpcs: readonly RegisteredRpc[];

  constructor(rpcs: readonly RegisteredRpc[]) {
    const commands = new Set<string>();
    for (const rpc of rpcs) {
      if (this.#byName.has(rpc.name)) throw new Error(`RPC ${rpc.name} is registered twice`);
      this.#byName.set(rpc.name, rpc);
      for (const command of rpc.commands) {
        const words = command.words.join(' ');
        if (commands.has(words)) throw new Error(`command '${words}' is answered by two RPCs`);
        commands.add(words);
      }
    }
    this.#rpcs = rpcs;
  }

  /** Every RPC, in table order. */
  list(): readonly RegisteredRpc[] {
    return this.#rpcs;
  }

  get(name: string): RegisteredRpc | undefined {
    return this.#byName.get(name);
  }

  /** Every CLI command with the RPC that answers it. */
  commands(): readonly { readonly command: CliCommand; readonly rpc: RegisteredRpc }[] {
    return this.#rpcs.flatMap((rpc) => rpc.commands.map((command) => ({ command, rpc })));
  }

  /** The RPC whose command is exactly `words`, if any. */
  byCommand(words: readonly string[]): RegisteredRpc | undefined {
    const wanted = words.join(' ');
    return this.commands().find(({ command }) => command.words.join(' ') === wanted)?.rpc;
  }

  /** Runs RPC `name` on the RE of `view`. Always answers: failures are error replies. */
  invoke(view: RouterView, name: string, args: RpcArgs = {}): RpcReply {
    const release = releaseOf(view);
    const rpc = this.#byName.get(name);
    if (rpc === undefined) return errorReply(name, release, [syntaxError(name)]);
    const problem = checkArguments(rpc, args);
    if (problem !== undefined) return errorReply(name, release, [problem]);
    const target = args[INVOKE_ON];
    if (rpc.invokeOn && typeof target === 'string') {
      const multi = invokeOn(view, target, args, (peer, rest) => answerOne(rpc, peer, rest));
      return new RpcReply(name, release, multi.errors, multi.element, multi.text);
    }
    const answer = answerOne(rpc, view, args);
    return new RpcReply(name, release, answer.errors, () => answer.element?.(), answer.text);
  }
}

function answerOne(rpc: RegisteredRpc, view: RouterView, args: RpcArgs): ItemAnswer {
  if (rpc.masterOnly && view.role() !== 'master') return { errors: [], element: notMasterElement, text: notMasterText };
  return rpc.answer(view, args, releaseOf(view));
}
