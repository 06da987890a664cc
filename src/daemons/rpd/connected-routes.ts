/**
 * Direct and Local routes: what rpd learns from the kernel's interfaces.
 *
 * Owns the routes an installed interface address gives: a Direct route to its subnet (`> via
 * fxp0.0`, preference 0) and a Local route to the address itself (`Local via fxp0.0`,
 * preference 0, never readvertised). As on Junos, every address gives its own Direct route,
 * so two addresses in one subnet (an RE's own and the master-only one) show two Direct routes
 * of which one is active. A host address (/32, /128) on `lo0` gives a Direct route only; on
 * another interface it gives both. Down units and addresses the kernel has not installed give
 * nothing.
 */
import { familyBits, formatAddress, hostPrefix, networkOf } from '../../lib/ip.js';
import type { LogicalInterface } from '../kernel/interfaces.js';
import { TABLE_OF_FAMILY, type CandidateRoute } from './route-types.js';

export function connectedRoutes(units: readonly LogicalInterface[]): CandidateRoute[] {
  const routes: CandidateRoute[] = [];
  for (const unit of units) {
    if (!unit.up) continue;
    for (const address of unit.addresses) {
      const table = TABLE_OF_FAMILY[address.family];
      const own = formatAddress(address.prefix.address);
      const base = { table, preference: 0, hidden: false, retain: false, install: true } as const;
      routes.push({
        ...base,
        destination: networkOf(address.prefix),
        protocol: 'Direct',
        nextHops: [{ via: unit.name }],
        readvertise: true,
        key: `Direct ${unit.name} ${address.text}`,
      });
      const host = address.prefix.length === familyBits(address.family);
      if (host && unit.kind === 'loopback') continue;
      routes.push({
        ...base,
        destination: hostPrefix(address.prefix.address),
        protocol: 'Local',
        nextHops: [],
        special: 'local',
        localInterface: unit.name,
        readvertise: false,
        key: `Local ${unit.name} ${own}`,
      });
    }
  }
  return routes;
}
