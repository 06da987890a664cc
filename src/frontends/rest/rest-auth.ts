/**
 * Who may use the REST API on a Routing Engine: whether the service is configured there, and
 * HTTP Basic authentication against that RE's login users.
 *
 * Owns reading `Authorization: Basic base64(user:password)`. The password check itself is
 * src/frontends/auth (`cachedCheckPassword` on `re.expanded()`, the configuration the RE has
 * committed with its groups applied).
 *
 * Choices:
 * - The service is on when the RE's configuration has `system services rest http` (active).
 *   retwin's listener is the transport's (its host and port are the command line's, not
 *   `http port`); `https` alone does not enable it (retwin serves plain HTTP only).
 * - A real device checks the password of every request (REST has no session). A SHA-512 crypt
 *   costs 15-60 ms here, so a successful check is remembered by the login cache every front end
 *   shares (src/frontends/auth/login-cache.ts: a keyed hash of the password, never the password;
 *   dropped by any commit; failed checks never cached, so each wrong guess still costs the full
 *   check).
 */
import { activeAt } from '../../config/checks/active.js';
import type { ConfigNode } from '../../config/node.js';
import { cachedCheckPassword, type Login } from '../auth/index.js';

/** [U] The realm of the `WWW-Authenticate` challenge (Junos's is not on record). */
export const REST_REALM = 'Junos REST API';
export const CHALLENGE = `Basic realm="${REST_REALM}", charset="UTF-8"`;

/** Whether the configuration enables REST over HTTP. */
export function restEnabled(config: ConfigNode): boolean {
  return activeAt(config, 'system', 'services', 'rest', 'http') !== undefined;
}

/** The user and password of a Basic `Authorization` header, undefined when it is not one. */
export function basicCredentials(header: string | undefined): { readonly user: string; readonly password: string } | undefined {
  const match = /^\s*Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (match?.[1] === undefined) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** The login of a request's `Authorization` header on the RE whose configuration this is. */
export function restLogin(config: ConfigNode, header: string | undefined): Login | undefined {
  const credentials = basicCredentials(header);
  return credentials === undefined ? undefined : cachedCheckPassword(config, credentials.user, credentials.password);
}
