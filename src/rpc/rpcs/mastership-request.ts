/**
 * The three mastership-request RPCs, `request chassis routing-engine master (switch | acquire |
 * release) [check] [no-confirm]` (spec §4.1, procedure 7.1-7.6), built by one factory: each
 * asks the answering RE's chassisd (`RouterView.requestMastership`) and answers chassisd's
 * reply lines.
 *
 * The question (`Toggle mastership between routing engines ? [yes,no] (no) `), the PFE warning
 * before it and the empty line after the answer are the CLI's (it asks
 * `RouterView.prepareMastershipRequest` first and calls the RPC once the operator said yes);
 * the RPC itself never asks: `no-confirm` is accepted and changes nothing, and a NETCONF client
 * that leaves it out gets the request carried out all the same [U] (it cannot answer a
 * question). `check` only reports (`Switchover Ready`).
 *
 * Text: chassisd's lines as they are (`Resolving mastership...`, `Complete. The other routing
 * engine becomes the master.`, `Command aborted. Not ready for mastership switch, try after
 * 221 secs.`). XML [R: a Juniper engineer's upgrade tool reads the reply's `message` children
 * and looks for `Complete` in the last]: `<output>` with one `<message>` per line. Refusals that
 * chassisd words as errors (`error: Other routing-engine not responding`) are `<rpc-error>`s,
 * printed `error: …` as before.
 */
import type { MastershipAction, MastershipReply } from '../../daemons/chassisd/index.js';
import { defineRpc, type RegisteredRpc } from '../rpc-definition.js';
import { element, leaf } from '../rpc-element.js';
import { rpcError } from '../rpc-error.js';

const HELP: Readonly<Record<MastershipAction, string>> = {
  switch: 'Toggle mastership between routing engines',
  acquire: 'Attempt to become master routing engine',
  release: 'Request that other routing engine become master',
};

/** The RPC of `request chassis routing-engine master <action>`; `cli: false` for an alias without a CLI command. */
export function mastershipRequestRpc(action: MastershipAction, name: string, options: { readonly cli?: boolean } = {}): RegisteredRpc {
  return defineRpc<MastershipReply>({
    name,
    commands: options.cli === false ? [] : [{ words: ['request', 'chassis', 'routing-engine', 'master', action], help: HELP[action] }],
    arguments: [
      { kind: 'flag', name: 'check', help: 'Check whether a switchover could be made now' },
      { kind: 'flag', name: 'no-confirm', help: "Don't ask for confirmation" },
    ],
    run: (view, args) => {
      const reply = view.requestMastership({ action, ...(args.check === true ? { check: true } : {}), ...(args['no-confirm'] === true ? { noConfirm: true } : {}) });
      const errors = reply.lines.filter((line) => line.startsWith('error: ')).map((line) => rpcError(line.slice('error: '.length)));
      const messages = reply.lines.filter((line) => !line.startsWith('error: '));
      if (messages.length === 0 && errors.length > 0) return { ok: false, errors };
      return { ok: true, data: { ok: reply.ok, lines: messages }, warnings: errors };
    },
    element: (reply) => element('output', reply.lines.map((line) => leaf('message', line))),
    text: (reply) => reply.lines.map((line) => `${line}\n`).join(''),
  });
}
