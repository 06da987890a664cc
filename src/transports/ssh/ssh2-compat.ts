/**
 * The one place where the transport reaches into ssh2's internals, to make its server accept
 * what paramiko (and so Netmiko, Ansible, ncclient and PyEZ) sends.
 *
 * Owns: repeated `ssh-userauth` service requests. paramiko sends SSH_MSG_SERVICE_REQUEST
 * "ssh-userauth" again before every authentication attempt (paramiko/paramiko#1687,
 * ronf/asyncssh#233); OpenSSH answers each with SERVICE_ACCEPT while the user is not yet
 * authenticated, but ssh2 1.17 disconnects ("service not available") at the second one, so a
 * refused public key could never be followed by the password. This wraps ssh2's handler for one
 * connection so that, once the service was accepted and until login, a repeated request is
 * accepted again. Everything else goes to ssh2 unchanged.
 *
 * It does not own anything else of the protocol. The internals used (`_protocol._handlers`,
 * `_protocol.serviceAccept`, `authenticated`) are checked; when they are missing (another ssh2
 * version) `allowRepeatedUserauthService` returns false and the caller reports it.
 */
import type { Connection } from 'ssh2';

type ServiceRequestHandler = (protocol: unknown, service: string) => void;

interface Ssh2ConnectionInternals {
  readonly authenticated: boolean;
  readonly _protocol?: {
    _handlers?: Record<string, unknown>;
    serviceAccept?: (service: string) => void;
  };
}

/** Makes ssh2 accept paramiko's repeated `ssh-userauth` requests on this connection. */
export function allowRepeatedUserauthService(connection: Connection): boolean {
  const internals = connection as unknown as Ssh2ConnectionInternals;
  const protocol = internals._protocol;
  const handlers = protocol?._handlers;
  const original = handlers?.SERVICE_REQUEST;
  const serviceAccept = protocol?.serviceAccept;
  if (protocol === undefined || handlers === undefined || typeof original !== 'function' || typeof serviceAccept !== 'function') {
    return false;
  }
  let accepted = false;
  protocol.serviceAccept = (service: string): void => {
    if (service === 'ssh-userauth') accepted = true;
    serviceAccept.call(protocol, service);
  };
  handlers.SERVICE_REQUEST = (self: unknown, service: string): void => {
    if (accepted && service === 'ssh-userauth' && !internals.authenticated) {
      serviceAccept.call(protocol, service);
      return;
    }
    (original as ServiceRequestHandler).call(handlers, self, service);
  };
  return true;
}
