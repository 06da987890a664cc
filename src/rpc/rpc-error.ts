/**
 * The errors an RPC can answer with, in the form NETCONF's `<rpc-error>` carries them and the
 * CLI prints them (`error: <message>`).
 *
 * Owns the error shape and the few errors the registry itself produces. Defaults are Junos's:
 * type `protocol`, tag `operation-failed`, severity `error` (as in the PyEZ fixtures
 * `sw_info_dual_other_re_off.xml`, `utils_commit-configuration.xml`).
 */

export interface RpcError {
  readonly type: 'protocol' | 'application' | 'rpc' | 'transport';
  readonly tag: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** `<error-info><bad-element>`: the element the error is about. */
  readonly badElement?: string;
}

export function rpcError(message: string, extra: Partial<Omit<RpcError, 'message'>> = {}): RpcError {
  return { type: 'protocol', tag: 'operation-failed', severity: 'error', message, ...extra };
}

/** The other RE did not answer an `invoke-on` request. */
export function couldNotConnect(slot: string, reason: string): RpcError {
  return rpcError(`Could not connect to ${slot} : ${reason}`);
}

/** An argument the RPC does not take, or a value it does not accept. */
export function syntaxError(badElement: string): RpcError {
  return rpcError('syntax error', { badElement });
}
