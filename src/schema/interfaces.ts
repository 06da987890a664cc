/**
 * `[edit interfaces]`: physical and management interfaces (written by name alone:
 * `interfaces { fxp0 { ... } }`), their logical units and the inet, iso, inet6 and mpls families
 * (written `family inet { ... }`).
 *
 * Names, order and ranges follow Junos (YANG module junos-conf-interfaces); help texts are ours.
 * Where the YANG gives no range, the range is Junos's documented one: physical MTU 256..9216
 * (the bound EX/QFX and MX report; vSRX reports 256..9192), unit 0..1073741823, vlan-id 1..4094.
 */
import { choiceOfFlags, container, flag, INTERFACE_NAME, integer, IPV4_ADDRESS, IPV6_ADDRESS, leaf, list, presence, STRING } from './define.js';
import type { StatementDef } from './types.js';

const addressFlags = (): StatementDef[] => [
  flag('primary', 'Preferred source address of the router on this subnet'),
  flag('preferred', 'Preferred source address on this interface'),
  flag('master-only', 'Address held only by the master Routing Engine'),
];

const inet = presence('inet', 'IPv4 on this unit', [
  list('address', 'IPv4 address with its prefix length', { type: 'ipv4-interface-address' }, [
    leaf('destination', 'Address of the far end (point-to-point links)', IPV4_ADDRESS),
    leaf('broadcast', 'Broadcast address of the subnet', IPV4_ADDRESS),
    ...addressFlags(),
  ]),
]);

const iso = presence('iso', 'OSI on this unit (IS-IS)', []);

const inet6 = presence('inet6', 'IPv6 on this unit', [
  list('address', 'IPv6 address with its prefix length', { type: 'ipv6-interface-address' }, [
    leaf('destination', 'Address of the far end (point-to-point links)', IPV6_ADDRESS),
    flag('eui-64', 'Fill the host part from the interface identifier'),
    ...addressFlags(),
  ]),
]);

const mpls = presence('mpls', 'MPLS on this unit', []);

const unit = list('unit', 'Logical unit of the interface', integer(0, 1073741823), [
  flag('disable', 'Administratively down'),
  leaf('description', 'Free text about the unit', STRING),
  leaf('vlan-id', 'VLAN tag of the unit', integer(1, 4094)),
  container('family', 'Protocol families on the unit', [inet, iso, inet6, mpls], { flat: true }),
]);

const vlanTagging = choiceOfFlags('vlan_tag_mode', [
  ['vlan-tagging', 'Units are told apart by one 802.1Q tag'],
  ['stacked-vlan-tagging', 'Units are told apart by two stacked tags'],
  ['flexible-vlan-tagging', 'Units may use one tag or two'],
]);

export const interfaces: StatementDef = container('interfaces', 'Interfaces', [
  list('interface', 'Interface, by device name', INTERFACE_NAME, [
    leaf('description', 'Free text about the interface', STRING),
    flag('disable', 'Administratively down'),
    ...vlanTagging,
    leaf('native-vlan-id', 'VLAN of untagged frames', integer(0, 4094)),
    leaf('mtu', 'Largest frame the interface sends (bytes, media MTU)', integer(256, 9216), { units: 'bytes' }),
    unit,
  ], { nokeyword: true }),
]);
