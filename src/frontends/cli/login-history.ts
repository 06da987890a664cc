/**
 * Who last logged in to each RE of a router, and from where: the `Last login: ... from ...` line
 * of an SSH login (`from 10.255.0.50`) and of `request routing-engine login` (`from re0`). One
 * per router, shared by every CLI session on it. Kept in memory: a restart of retwin forgets it,
 * as a cold start of the twin does [U].
 */
import type { RoutingEngineSlot } from '../../config/groups.js';

export interface LoginRecord {
  readonly time: number;
  readonly from: string;
}

export class LoginHistory {
  readonly #records = new Map<string, LoginRecord>();

  /** Records a login of `user` on `slot` and returns the previous one, if any. */
  record(slot: RoutingEngineSlot, user: string, login: LoginRecord): LoginRecord | undefined {
    const key = `${slot} ${user}`;
    const previous = this.#records.get(key);
    this.#records.set(key, login);
    return previous;
  }
}
