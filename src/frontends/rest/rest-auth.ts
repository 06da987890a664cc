/**
 * Who may use the REST API on a Routing Engine: whether the service is configured there, and
 * HTTP Basic authentication against that RE's login users.
 *
 * Owns reading `Authorization: Basic base64(user:password)` and a cache of successful checks.
 * The password check itself is src/frontends/auth (`checkPassword` on `re.expanded()`, the
 * configuration the RE has committed with its groups applied).
 *
 * Choices:
 * - The service is on when the RE's configuration has `system services rest http` (active).
 *   retwin's listener is the transport's (its host and port are the command line's, not
 *   `http port`); `https` alone does not enable it (retwin serves plain HTTP only).
 * - A real device checks the password of every request (REST has no session). A SHA-512 crypt
 *   costs about 60 ms here, so a successful check is remembered, keyed by a SHA-256 digest of
 *   the header (the password itself is not kept), for as long as the RE's committed
 *   configuration is the same object: any commit (a changed password, a removed user or class)
 *   starts afresh. Failed checks are never cached, so each wrong guess still costs the full
 *   check. At most 256 logins are remembered per configuration.
 */
import { hash } from 'node:crypto';
import { activeAt } from '../../config/checks/active.js';
import type { ConfigNode } from '../../config/node.js';
import { checkPassword, type Login } from '../auth/index.js';

/** [U] The realm of the `WWW-Authenticate` challenge (Junos's is not on record). */
export const REST_REALM = 'Junos REST API';
export const CHALLENGE = `Basic realm="${REST_REALM}", charset="UTF-8"`;

const CACHE_LIMIT = 256;

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

/** Logins by Basic header, remembered per committed configuration (see the module header). */
export class RestLogins {
  readonly #byConfig = new WeakMap<ConfigNode, Map<string, Login>>();

  /** The login of the request's `Authorization` header on the RE whose configuration this is. */
  check(config: ConfigNode, header: string | undefined): Login | undefined {
    const credentials = basicCredentials(header);
    if (credentials === undefined) return undefined;
    const key = hash('sha256', header ?? '', 'base64');
    let cache = this.#byConfig.get(config);
    const known = cache?.get(key);
    if (known !== undefined) return known;
    const login = checkPassword(config, credentials.user, credentials.password);
    if (login === undefined) return undefined;
    if (cache === undefined) {
      cache = new Map();
      this.#byConfig.set(config, cache);
    }
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, login);
    return login;
  }
}
