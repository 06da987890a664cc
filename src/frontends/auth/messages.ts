/**
 * The texts Junos gives when a login class refuses something, for the front ends to reuse.
 *
 * Owns the wording only; each front end places it (the CLI under a caret line or after
 * `error: `, NETCONF in an `<rpc-error>`, REST in its error body). It does not decide refusals.
 *
 * What Junos does, and the choices made where it is not documented:
 * - CLI, operational mode: a command the class does not grant is hidden, as if it did not
 *   exist: `unknown command.` when the first word is refused, `syntax error, expecting
 *   <command>.` when a later word is (the parser's own messages, src/frontends/cli/op-parser.ts).
 *   `configure` without the `configure` permission is therefore `unknown command.`.
 * - CLI, configuration mode: a statement the class may not even view is hidden too (Junos:
 *   "the user cannot view a particular hierarchy if configuration access is denied"), so
 *   editing it gives `syntax error.`; a statement the class may view but not change gives
 *   `error: permission denied` (choice: the NETCONF wording, which is documented).
 * - NETCONF: `<rpc-error>` with `<error-severity>error</error-severity>`,
 *   `<error-message>permission denied</error-message>` and
 *   `<error-info><bad-element>RPC-NAME</bad-element></error-info>` (PyEZ's captured
 *   `get-permission-denied.xml`; clients.md §1.6). PyEZ raises `PermissionError` on it.
 */

/** The CLI's answer to a refused first word (the command is hidden). */
export const UNKNOWN_COMMAND = 'unknown command.';
/** The CLI's answer to a refused later word of a command. */
export const EXPECTING_COMMAND = 'syntax error, expecting <command>.';
/** The CLI's answer to a configuration statement hidden from the class. */
export const HIDDEN_STATEMENT = 'syntax error.';
/** The message of every other refusal (NETCONF `error-message`, REST, CLI after `error: `). */
export const PERMISSION_DENIED = 'permission denied';
/** The CLI line for a statement the class may view but not change. */
export const CLI_PERMISSION_DENIED = `error: ${PERMISSION_DENIED}`;

/** The parts of the NETCONF `<rpc-error>` for a refused RPC. */
export interface PermissionDeniedError {
  readonly severity: 'error';
  readonly message: typeof PERMISSION_DENIED;
  /** The `<bad-element>`: the name of the refused RPC. */
  readonly badElement: string;
}

/** The `<rpc-error>` content NETCONF answers when the class may not run `rpc`. */
export function netconfPermissionDenied(rpc: string): PermissionDeniedError {
  return { severity: 'error', message: PERMISSION_DENIED, badElement: rpc };
}
