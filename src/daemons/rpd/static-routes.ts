/**
 * Static routes as rpd holds them: configured routes with their next hops resolved over the
 * directly connected subnets.
 *
 * Owns resolution and the split into routes by preference:
 * - a gateway address resolves when it lies in the subnet of an installed address of an up
 *   unit (the first such unit; with `qualified-next-hop ... interface`, only that unit); a
 *   logical interface (`ge-0/0/0.0`, or `ge-0/0/0` for unit 0) resolves when the unit is up and
 *   carries the route's family;
 * - `next-hop`s share the route's preference; a `qualified-next-hop` with its own preference
 *   makes a separate route of that preference for the same destination, without one it joins
 *   the route's `next-hop`s;
 * - a route none of whose next hops resolves is hidden (shown by `show route hidden` only,
 *   `Unusable`); its resolved next hops are listed in configuration order, the first selected;
 * - `reject`, `discard`, `receive` routes are always usable.
 * Not modelled [U]: `resolve` (recursive resolution over other routes; such a gateway resolves
 * only when directly connected), `passive`/`active`, BFD, `metric` on the route used as the
 * Metric column only.
 */
import { familyBits, formatAddress, parseAddress, prefixContains, type IpAddress } from '../../lib/ip.js';
import type { LogicalInterface } from '../kernel/interfaces.js';
import type { CandidateRoute, RouteNextHop } from './route-types.js';
import type { StaticRouteConfig } from './static-config.js';

interface HopSpec {
  readonly value: string;
  readonly interface?: string;
}

function resolveGateway(address: IpAddress, units: readonly LogicalInterface[], onlyVia: string | undefined): RouteNextHop | undefined {
  for (const unit of units) {
    if (!unit.up || (onlyVia !== undefined && unit.name !== onlyVia)) continue;
    const onLink = unit.addresses.some(
      (own) => own.family === address.family && own.prefix.length < familyBits(own.family) && prefixContains(own.prefix, address),
    );
    if (onLink) return { to: address, via: unit.name };
  }
  return undefined;
}

function resolveInterface(name: string, family: IpAddress['family'], units: readonly LogicalInterface[]): RouteNextHop | undefined {
  const wanted = name.includes('.') ? name : `${name}.0`;
  const unit = units.find((candidate) => candidate.name === wanted);
  return unit !== undefined && unit.up && unit.families.includes(family) ? { via: unit.name } : undefined;
}

function resolve(spec: HopSpec, family: IpAddress['family'], units: readonly LogicalInterface[]): RouteNextHop | undefined {
  const address = parseAddress(spec.value);
  if (address !== undefined) return address.family === family ? resolveGateway(address, units, spec.interface) : undefined;
  return resolveInterface(spec.value, family, units);
}

function hopKey(hop: RouteNextHop): string {
  return hop.to === undefined ? hop.via : `${formatAddress(hop.to)}@${hop.via}`;
}

/** The routes one configured static route gives (one per preference). */
function routesOfConfig(config: StaticRouteConfig, units: readonly LogicalInterface[]): CandidateRoute[] {
  const family = config.destination.address.family;
  const base = {
    table: config.table,
    destination: config.destination,
    protocol: 'Static' as const,
    retain: config.retain,
    install: config.install,
    readvertise: config.readvertise,
    ...(config.tag === undefined ? {} : { tag: config.tag }),
  };
  if (config.special !== undefined) {
    return [{ ...base, preference: config.preference, nextHops: [], special: config.special, hidden: false, ...(config.metric === undefined ? {} : { metric: config.metric }), key: `Static ${config.text} ${config.preference} ${config.special}` }];
  }
  const groups = new Map<number, { hops: HopSpec[]; metric: number | undefined }>();
  const groupOf = (preference: number, metric: number | undefined): { hops: HopSpec[]; metric: number | undefined } => {
    let group = groups.get(preference);
    if (group === undefined) groups.set(preference, (group = { hops: [], metric }));
    return group;
  };
  for (const value of config.nextHops) groupOf(config.preference, config.metric).hops.push({ value });
  for (const qualified of config.qualified) {
    const preference = qualified.preference ?? config.preference;
    const group = groupOf(preference, qualified.metric ?? config.metric);
    group.hops.push({ value: qualified.value, ...(qualified.interface === undefined ? {} : { interface: qualified.interface }) });
  }
  const routes: CandidateRoute[] = [];
  for (const [preference, group] of groups) {
    const nextHops = group.hops.map((spec) => resolve(spec, family, units)).filter((hop): hop is RouteNextHop => hop !== undefined);
    routes.push({
      ...base,
      preference,
      nextHops,
      hidden: nextHops.length === 0,
      ...(group.metric === undefined ? {} : { metric: group.metric }),
      key: `Static ${config.text} ${preference} ${nextHops.map(hopKey).join(',')}`,
    });
  }
  return routes;
}

export function staticRoutes(configs: readonly StaticRouteConfig[], units: readonly LogicalInterface[]): CandidateRoute[] {
  return configs.flatMap((config) => routesOfConfig(config, units));
}
