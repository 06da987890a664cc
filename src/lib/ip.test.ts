import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comparePrefixes, familyBits, formatAddress, formatPrefix, hostPrefix, isLinkLocal, lastAddressOf, networkOf, parseAddress, parsePrefix, parsePrefixOrHost, prefixContains, prefixCovers, samePrefix, subnetOf } from './ip.js';

const prefix = (text: string) => {
  const parsed = parsePrefix(text);
  assert.ok(parsed, text);
  return parsed;
};
const address = (text: string) => {
  const parsed = parseAddress(text);
  assert.ok(parsed, text);
  return parsed;
};

test('an IPv4 subnet holds the addresses that share its network bits', () => {
  assert.equal(prefixContains(prefix('10.255.0.11/24'), address('10.255.0.1')), true);
  assert.equal(prefixContains(prefix('10.255.0.11/24'), address('10.255.1.1')), false);
  assert.equal(prefixContains(prefix('10.255.0.11/23'), address('10.255.1.1')), true);
  assert.equal(prefixContains(prefix('0.0.0.0/0'), address('192.0.2.1')), true);
  assert.equal(prefixContains(prefix('192.0.2.1/32'), address('192.0.2.2')), false);
});

test('an IPv6 subnet holds the addresses that share its network bits, whatever their spelling', () => {
  assert.equal(prefixContains(prefix('2001:db8:0:1::11/64'), address('2001:0db8:0000:0001:0000:0000:0000:0001')), true);
  assert.equal(prefixContains(prefix('2001:db8:0:1::11/64'), address('2001:db8:0:2::1')), false);
  assert.equal(prefixContains(prefix('::ffff:10.0.0.0/120'), address('::ffff:10.0.0.200')), true);
});

test('families never contain each other', () => {
  assert.equal(prefixContains(prefix('0.0.0.0/0'), address('::1')), false);
  assert.equal(prefixContains(prefix('::/0'), address('10.0.0.1')), false);
});

test('subnets are written with the host bits cleared, IPv6 in its short form', () => {
  assert.equal(subnetOf(prefix('10.255.0.11/24')), '10.255.0.0/24');
  assert.equal(subnetOf(prefix('10.255.0.11/0')), '0.0.0.0/0');
  assert.equal(subnetOf(prefix('2001:db8:0:1::11/64')), '2001:db8:0:1::/64');
  assert.equal(subnetOf(prefix('2001:db8:0:0:1:0:0:1/128')), '2001:db8::1:0:0:1/128');
  assert.equal(formatAddress(address('2001:db8:0:1:1:1:1:1')), '2001:db8:0:1:1:1:1:1');
  assert.equal(formatAddress(address('::')), '::');
  assert.equal(formatAddress(address('::ffff:1.2.3.4')), '::ffff:102:304');
});

test('only fe80::/10 is link-local', () => {
  assert.equal(isLinkLocal(address('fe80::1')), true);
  assert.equal(isLinkLocal(address('febf::1')), true);
  assert.equal(isLinkLocal(address('fec0::1')), false);
  assert.equal(isLinkLocal(address('10.0.0.1')), false);
});

test('unreadable input gives undefined, not an exception', () => {
  assert.equal(parseAddress('10.0.0'), undefined);
  assert.equal(parsePrefix('10.0.0.1'), undefined);
  assert.equal(parsePrefix('10.0.0.1/33'), undefined);
  assert.equal(parsePrefix('2001:db8::/129'), undefined);
  assert.equal(parsePrefix('fxp0.0/24'), undefined);
});

test('networks, last addresses and host prefixes', () => {
  assert.equal(formatPrefix(networkOf(prefix('10.255.0.11/24'))), '10.255.0.0/24');
  assert.equal(formatAddress(lastAddressOf(prefix('10.255.0.11/24'))), '10.255.0.255');
  assert.equal(formatPrefix(hostPrefix(address('2001:db8::1'))), '2001:db8::1/128');
  assert.equal(formatPrefix(parsePrefixOrHost('10.0.0.1') ?? assert.fail()), '10.0.0.1/32');
  assert.equal(samePrefix(prefix('10.255.0.11/24'), prefix('10.255.0.0/24')), true);
});

test('a prefix covers the prefixes inside it, itself included', () => {
  assert.equal(prefixCovers(prefix('10.0.0.0/8'), prefix('10.255.0.0/24')), true);
  assert.equal(prefixCovers(prefix('10.0.0.0/8'), prefix('10.0.0.0/8')), true);
  assert.equal(prefixCovers(prefix('10.255.0.0/24'), prefix('10.0.0.0/8')), false);
  assert.equal(prefixCovers(prefix('0.0.0.0/0'), prefix('::/0')), false);
});

test('prefixes sort as Junos lists them: IPv4 first, by address, shorter first', () => {
  const sorted = ['10.255.0.0/32', '::/0', '10.255.0.0/24', '0.0.0.0/0', '10.0.0.0/8'].map(prefix).sort(comparePrefixes).map(formatPrefix);
  assert.deepEqual(sorted, ['0.0.0.0/0', '10.0.0.0/8', '10.255.0.0/24', '10.255.0.0/32', '::/0']);
});

test('IPv4 octets with leading zeros and out-of-range values are refused', () => {
  assert.equal(parseAddress('10.01.0.1'), undefined);
  assert.equal(parseAddress('10.256.0.1'), undefined);
  assert.equal(parseAddress('1:2:3:4:5:6:7:8:9'), undefined);
  assert.equal(familyBits('inet6'), 128);
});
