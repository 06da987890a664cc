/**
 * Where a login over one of a router's management addresses lands, shared by the front ends
 * served on that address (the CLI, NETCONF over the same SSH port): the RE (`master` follows
 * mastership at login time; `re0` / `re1` are that RE's own address), and the login decided
 * against that RE's committed configuration. The SSH transport only sees the identity; the
 * front ends look up the rest here.
 */
import type { ConfigNode } from '../config/node.js';
import type { RoutingEngineSlot } from '../config/groups.js';
import type { Router } from '../router/index.js';
import type { Login } from './auth/index.js';
import type { LoginIdentity } from './session-channel.js';

export type AccessTarget = 'master' | RoutingEngineSlot;

export interface Landed {
  readonly login: Login;
  readonly slot: RoutingEngineSlot;
}

export class Landings {
  readonly #router: Router;
  readonly #target: AccessTarget;
  readonly #landed = new WeakMap<LoginIdentity, Landed>();

  constructor(router: Router, target: AccessTarget) {
    this.#router = router;
    this.#target = target;
  }

  /** The RE a login would land on now, if it runs and has a configuration. */
  slot(): RoutingEngineSlot | undefined {
    const slot = this.#target === 'master' ? this.#router.master()?.slot : this.#target;
    if (slot === undefined) return undefined;
    const re = this.#router.re(slot);
    return re.power === 'running' && re.expanded() !== undefined ? slot : undefined;
  }

  /** Decides a login with `check` against the landing RE's configuration; the identity when accepted. */
  decide(user: string, remote: { readonly address: string; readonly port: number }, check: (config: ConfigNode) => Login | undefined): LoginIdentity | undefined {
    const slot = this.slot();
    const config = slot === undefined ? undefined : this.#router.re(slot).expanded();
    const login = config === undefined ? undefined : check(config);
    if (slot === undefined || login === undefined) return undefined;
    const identity: LoginIdentity = { user, remoteAddress: remote.address, remotePort: remote.port };
    this.#landed.set(identity, { login, slot });
    return identity;
  }

  get(identity: LoginIdentity): Landed | undefined {
    return this.#landed.get(identity);
  }
}
