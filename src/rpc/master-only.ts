/**
 * The answer of a backup RE to a command only the master answers (`show chassis hardware`):
 * one line of text, and in XML an `<output>` element carrying it, as PyEZ's fixture
 * `chassis_connect_not_master_get-chassis-inventory.xml` shows (PyEZ recognises the sentence
 * and raises ConnectNotMasterError). Procedure 9.A1. Not an `<rpc-error>`: Junos answers it as
 * command output.
 */
import { leaf, type RpcElement } from './rpc-element.js';

export const NOT_MASTER_MESSAGE = 'Aborted! This command can only be used on the master routing engine.';

/** The `<output>` element of the refusal. */
export function notMasterElement(): RpcElement {
  return leaf('output', `\n${NOT_MASTER_MESSAGE}\n`);
}

export function notMasterText(): string {
  return `${NOT_MASTER_MESSAGE}\n`;
}
