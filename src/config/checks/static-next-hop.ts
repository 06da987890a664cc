/**
 * Static route next hops must be an address of the route's own family or an interface (a
 * logical interface such as `ge-0/0/0.0`, for point-to-point links), under `[edit
 * routing-options static]` (IPv4) and `[edit routing-options rib inet6.0 static]` (IPv6).
 *
 * The text and set parsers already refuse most bad values by type; this check covers trees that
 * reach a commit by other ways (XML, JSON, a schema that admits interface names) and the one
 * thing a type cannot see, the family of a next hop against the family of its route. The texts
 * are retwin's own (rpd's refusal; closing line `error: configuration check-out failed`):
 *
 *     [edit routing-options static route 10.0.0.0/8]
 *       'next-hop 2001:db8::1'
 *         next-hop 2001:db8::1 does not match the address family of the route
 *     [edit routing-options static route 10.0.0.0/8]
 *       'next-hop foo'
 *         invalid next-hop 'foo': expected an address or an interface name
 */
import { checkValue } from '../../schema/value-types.js';
import type { ConfigIssue } from '../errors.js';
import type { ConfigNode } from '../node.js';
import { quoteValue } from '../quote.js';
import { activeAt, activeChild, activeEntries } from './active.js';
import { issueAt, type Check } from './check.js';
import { parseAddress, parsePrefix, type IpFamily } from '../../lib/ip.js';

export function familyMismatchMessage(nextHop: string): string {
  return `next-hop ${nextHop} does not match the address family of the route`;
}

export function invalidNextHopMessage(nextHop: string): string {
  return `invalid next-hop '${nextHop}': expected an address or an interface name`;
}

function nextHopProblem(value: string, family: IpFamily): string | undefined {
  const address = parseAddress(value);
  if (address !== undefined) return address.family === family ? undefined : familyMismatchMessage(value);
  if (checkValue({ type: 'interface-unit-name' }, value) === undefined) return undefined;
  return invalidNextHopMessage(value);
}

function checkRoutes(staticNode: ConfigNode | undefined, basePath: readonly string[], issues: ConfigIssue[]): void {
  for (const route of activeEntries(staticNode, 'route')) {
    const prefix = parsePrefix(route.key ?? '');
    if (prefix === undefined) continue;
    const family = prefix.address.family;
    const path = [...basePath, 'static', 'route', quoteValue(route.key ?? '')];
    for (const value of activeChild(route, 'next-hop')?.values ?? []) {
      const problem = nextHopProblem(value, family);
      if (problem !== undefined) issues.push(issueAt('error', 'commit-check', path, `next-hop ${quoteValue(value)}`, problem));
    }
    for (const qualified of activeEntries(route, 'qualified-next-hop')) {
      const value = qualified.key ?? '';
      const problem = nextHopProblem(value, family);
      if (problem !== undefined) issues.push(issueAt('error', 'commit-check', path, `qualified-next-hop ${quoteValue(value)}`, problem));
    }
  }
}

export const checkStaticNextHops: Check = (expanded) => {
  const issues: ConfigIssue[] = [];
  const routingOptions = activeChild(expanded, 'routing-options');
  checkRoutes(activeChild(routingOptions, 'static'), ['routing-options'], issues);
  for (const rib of activeEntries(routingOptions, 'rib')) {
    checkRoutes(activeAt(rib, 'static'), ['routing-options', 'rib', quoteValue(rib.key ?? '')], issues);
  }
  return issues;
};
