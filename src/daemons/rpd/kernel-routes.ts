/**
 * What rpd installs into the kernel's forwarding table: the active routes that are not the
 * kernel's own (Direct and Local routes mirror the kernel's interface entries, so they are not
 * sent) and that may be installed (`no-install` keeps a static route out). Only the selected
 * next hop goes in, as without a load-balancing export policy. Each route carries its `retain`
 * flag, which decides its fate when rpd stops.
 */
import type { KernelNextHop, KernelRoute } from '../kernel/forwarding-types.js';
import { activeRoutes } from './rib.js';
import type { Rib, Route } from './route-types.js';

function nextHopOf(route: Route): KernelNextHop | undefined {
  switch (route.special) {
    case 'reject':
      return { kind: 'reject' };
    case 'discard':
      return { kind: 'discard' };
    case 'receive':
      return { kind: 'receive' };
    case 'local':
      return undefined;
    case undefined: {
      const hop = route.nextHops[0];
      if (hop === undefined) return undefined;
      return hop.to === undefined ? { kind: 'interface', interface: hop.via } : { kind: 'gateway', address: hop.to, interface: hop.via };
    }
  }
}

export function kernelRoutes(rib: Rib): KernelRoute[] {
  const out: KernelRoute[] = [];
  for (const route of activeRoutes(rib)) {
    if (route.protocol !== 'Static' || !route.install) continue;
    const nextHop = nextHopOf(route);
    if (nextHop !== undefined) out.push({ destination: route.destination, nextHop, retain: route.retain });
  }
  return out;
}
