/**
 * The same IP address on two logical interfaces of one Routing Engine.
 *
 * Juniper documents that Junos then uses only the first configuration and ignores the others
 * (leaving those interfaces without that address); it does not refuse the commit. retwin
 * therefore warns, on each later occurrence, naming the logical interface that keeps the
 * address (wording retwin's own; no capture found):
 *
 *     [edit interfaces ge-0/0/1 unit 0 family inet]
 *       'address 10.0.0.1/24'
 *         warning: identical local address 10.0.0.1 is found on ge-0/0/0.0; this address is ignored
 *
 * Addresses are compared without their prefix length (10.0.0.1/24 and 10.0.0.1/30 clash).
 * Two entries on the same unit are not compared (one interface with two subnets), nor are IPv6
 * link-local addresses, which are only unique per link (fe80::1 on every interface is normal).
 */
import type { ConfigIssue } from '../errors.js';
import { statementOf } from './active.js';
import { issueAt, type Check } from './check.js';
import { interfaceAddresses, logicalName } from './interface-addresses.js';
import { formatAddress, isLinkLocal } from '../../lib/ip.js';

export function duplicateAddressWarning(address: string, firstOn: string): string {
  return `identical local address ${address} is found on ${firstOn}; this address is ignored`;
}

export const checkDuplicateAddress: Check = (expanded) => {
  const issues: ConfigIssue[] = [];
  const firstOn = new Map<string, string>();
  for (const address of interfaceAddresses(expanded)) {
    if (isLinkLocal(address.prefix.address)) continue;
    const ip = formatAddress(address.prefix.address);
    const key = `${address.family} ${ip}`;
    const unit = logicalName(address);
    const first = firstOn.get(key);
    if (first === undefined) {
      firstOn.set(key, unit);
    } else if (first !== unit) {
      issues.push(issueAt('warning', 'warning', address.familyPath, statementOf(address.node), duplicateAddressWarning(ip, first)));
    }
  }
  return issues;
};
