import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalValidValue, canonicalValue, checkValue, isIpv4Address, isIpv6Address, isNumericType, validCanonicalValue } from './value-types.js';
import type { ValueType } from './types.js';

function accepts(type: ValueType, values: readonly string[]): void {
  for (const value of values) assert.equal(checkValue(type, value), undefined, `${type.type} should accept '${value}'`);
}

function refuses(type: ValueType, values: readonly string[]): void {
  for (const value of values) assert.notEqual(checkValue(type, value), undefined, `${type.type} should refuse '${value}'`);
}

const ED25519 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl lab@host';
const RSA = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 lab@host';
const ECDSA = 'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTY=';
const SHA512 = `$6$Rf0.Tz3c$${'a'.repeat(86)}`;

test('empty accepts anything: a flag has no value', () => {
  accepts({ type: 'empty' }, ['', 'x']);
});

test('integers: ranges and Junos messages', () => {
  const type: ValueType = { type: 'integer', min: 2, max: 10000 };
  accepts(type, ['2', '300', '10000']);
  assert.equal(checkValue(type, '1'), 'Value 1 is not within range (2..10000)');
  assert.equal(checkValue(type, '10001'), 'Value 10001 is not within range (2..10000)');
  assert.equal(checkValue(type, 'ten'), "Invalid numeric value: 'ten'");
  refuses(type, ['', '1.5', '0x10', '-3', '3 ']);
  accepts({ type: 'integer', min: 0, max: 4294967295 }, ['0', '4294967295']);
  refuses({ type: 'integer', min: 0, max: 4294967295 }, ['4294967296']);
  accepts({ type: 'integer', min: -2147483648, max: 2147483647 }, ['-5']);
});

test('enumerations accept their values only', () => {
  const type: ValueType = { type: 'enum', values: ['read-only', 'read-write'] };
  accepts(type, ['read-only', 'read-write']);
  assert.equal(checkValue(type, 'write'), 'syntax error');
  refuses(type, ['READ-ONLY', '', 'read-only ']);
});

test('strings: length ranges and patterns with their Junos messages', () => {
  const name: ValueType = { type: 'string', pattern: '^[A-Za-z0-9._-]+$', patternMessage: 'Must be a string of alphanumericals, dashes or underscores', minLength: 1, maxLength: 255 };
  accepts(name, ['r1', 'r1-re0.lab_1']);
  assert.equal(checkValue(name, 'r 1'), 'Must be a string of alphanumericals, dashes or underscores');
  assert.equal(checkValue(name, ''), 'Length 0 is not within range (1..255)');
  assert.equal(checkValue(name, 'a'.repeat(256)), 'Length 256 is not within range (1..255)');
  assert.equal(checkValue({ type: 'string', pattern: '^a+$' }, 'b'), 'invalid value');
  accepts({ type: 'string' }, ['', 'anything at all', '"quoted"']);
});

test('IPv4 addresses', () => {
  accepts({ type: 'ipv4-address' }, ['0.0.0.0', '10.255.0.1', '255.255.255.255']);
  assert.equal(checkValue({ type: 'ipv4-address' }, '10.0.0.256'), 'invalid ip address or hostname');
  refuses({ type: 'ipv4-address' }, ['10.0.0', '10.0.0.1.1', '010.0.0.1', '10.0.0.1/32', 'a.b.c.d', '', '::1']);
  assert.ok(isIpv4Address('192.0.2.1'));
  assert.ok(!isIpv4Address('192.0.2'));
});

test('IPv6 addresses', () => {
  const type: ValueType = { type: 'ipv6-address' };
  accepts(type, ['::', '::1', '2001:db8::1', 'fe80::250:56ff:fe82:ba52', '2001:db8:0:0:0:0:0:1', '::ffff:192.0.2.1', '1:2:3:4:5:6:192.0.2.1']);
  refuses(type, ['', ':', '2001:db8::1::2', '2001:db8:0:0:0:0:0:0:1', '12345::1', 'g::1', '2001:db8::1/64', '10.0.0.1', '1:2:3:4:5:6:7:192.0.2.1', ':1:2:3:4:5:6:7']);
  assert.ok(isIpv6Address('2001:DB8::A'));
  accepts({ type: 'ip-address' }, ['10.0.0.1', '2001:db8::1']);
  refuses({ type: 'ip-address' }, ['10.0.0.1/8', 'host']);
});

test('destination prefixes: optional length, left-out octets, no host bits', () => {
  const v4: ValueType = { type: 'ipv4-prefix' };
  accepts(v4, ['0.0.0.0/0', '10.0.0.0/8', '10.0.0.1/32', '10.0.0.1', '0/0', '10/8', '172.16/12']);
  assert.equal(checkValue(v4, '10.0.0.0/33'), "invalid prefix length '33'");
  assert.equal(checkValue(v4, '10.0.0.1/8'), "prefix length too short for address '10.0.0.1/8'");
  assert.equal(checkValue(v4, '10.0.0.300/32'), 'invalid ip address or hostname');
  refuses(v4, ['10.0.0.0/', '10.0.0.0/x', '10/', '10', '2001:db8::/32']);
  const v6: ValueType = { type: 'ipv6-prefix' };
  accepts(v6, ['::/0', '2001:db8::/32', '2001:db8::1/128', '2001:db8::1']);
  assert.equal(checkValue(v6, '2001:db8::/129'), "invalid prefix length '129'");
  assert.equal(checkValue(v6, '2001:db8::1/64'), "prefix length too short for address '2001:db8::1/64'");
  refuses(v6, ['10.0.0.0/8']);
  accepts({ type: 'ip-prefix' }, ['0/0', '2001:db8::/32']);
  refuses({ type: 'ip-prefix' }, ['10.0.0.1/24', '2001:db8::1/32', 'default']);
});

test('interface addresses keep their host bits', () => {
  const v4: ValueType = { type: 'ipv4-interface-address' };
  accepts(v4, ['10.255.0.11/24', '10.0.0.1/32', '10.0.0.1']);
  assert.equal(checkValue(v4, '10.0.0.1/33'), "invalid prefix length '33'");
  refuses(v4, ['10/8', '10.0.0.256/24', 'fxp0']);
  const v6: ValueType = { type: 'ipv6-interface-address' };
  accepts(v6, ['2001:db8::11/64', 'fe80::1/64']);
  refuses(v6, ['2001:db8::11/200', '10.0.0.1/24']);
});

test('interface names, including Junos OS Evolved management ports', () => {
  const type: ValueType = { type: 'interface-name' };
  accepts(type, ['fxp0', 'em0', 'em1', 'me0', 'lo0', 'ae0', 'ae12', 'irb', 'vlan', 're0:mgmt-0', 're1:mgmt-0', 'ge-0/0/0', 'xe-1/2/3', 'et-0/0/48', 'xe-0/0/1:2']);
  assert.equal(checkValue(type, 'eth0'), "invalid interface type in 'eth0'");
  assert.equal(checkValue(type, 'ge-0/0/0/1'), "invalid trailing input '/1' in 'ge-0/0/0/1'");
  assert.equal(checkValue(type, 'fxp0.0'), "invalid trailing input '.0' in 'fxp0.0'");
  refuses(type, ['', 'ge-0/0', 'ge0/0/0', 're2:mgmt-0', 're0:mgmt', 'irb0x', 'fxp', 'GE-0/0/0']);
});

test('interfaces with their unit, and next hops that are an address or an interface', () => {
  const unit: ValueType = { type: 'interface-unit-name' };
  accepts(unit, ['fxp0.0', 'ge-0/0/0.100', 're0:mgmt-0.0', 'irb.10', 'ge-0/0/0']);
  assert.equal(checkValue(unit, 'ge-0/0/0.x'), "invalid unit number in 'ge-0/0/0.x'");
  refuses(unit, ['ge-0/0/0.1073741824', 'eth0.0']);
  const nextHop: ValueType = { type: 'ip-address-or-interface' };
  accepts(nextHop, ['10.0.0.1', '2001:db8::1', 'fxp0.0', 'ge-0/0/0.0', 'xe-0/0/1:2.0', 're0:mgmt-0.0']);
  assert.equal(checkValue(nextHop, '10.0.0.256'), 'invalid ip address or hostname');
  assert.equal(checkValue(nextHop, 'fe80::1::2'), 'invalid ip address or hostname');
  assert.equal(checkValue(nextHop, 'eth0'), "invalid interface type in 'eth0'");
});

test('host names: an address or a DNS name', () => {
  const type: ValueType = { type: 'hostname' };
  accepts(type, ['10.0.0.1', '2001:db8::1', 'ntp.example.net', 'loghost', 'other-routing-engine']);
  refuses(type, ['', '10.0.0.256', 'bad host', '-leading.example', 'a..b']);
});

test('crypt(3) hashes', () => {
  const type: ValueType = { type: 'encrypted-password' };
  accepts(type, [SHA512, `$5$salt$${'b'.repeat(43)}`, '$1$abcdefgh$0123456789abcdefghijkl', `$sha1$19000$abcd$${'c'.repeat(28)}`, `$6$rounds=5000$salt$${'d'.repeat(86)}`]);
  assert.equal(checkValue(type, 'secret123'), 'invalid encrypted password');
  refuses(type, ['', '$2y$10$abc', '$6$$abc', '$6$salt$', '$6$sa lt$abc', '$6$salt$abc!']);
  assert.equal(checkValue(type, `$6$s$${'e'.repeat(130)}`), 'Length 135 is not within range (1..128)');
});

test('SSH public keys follow the Junos key formats', () => {
  accepts({ type: 'ssh-public-key', algorithm: 'ssh-ed25519' }, [ED25519]);
  accepts({ type: 'ssh-public-key', algorithm: 'ssh-rsa' }, [RSA, '1024 35 1234567890 old-ssh1-key']);
  accepts({ type: 'ssh-public-key', algorithm: 'ecdsa' }, [ECDSA]);
  accepts({ type: 'ssh-public-key', algorithm: 'ssh-dss' }, ['ssh-dss AAAAB3NzaC1kc3MAAACBAP']);
  assert.equal(checkValue({ type: 'ssh-public-key', algorithm: 'ssh-rsa' }, ED25519), 'Must follow SSHv2 or SSHv1 RSA key format');
  assert.equal(
    checkValue({ type: 'ssh-public-key', algorithm: 'ssh-ed25519' }, RSA),
    "Key format must be 'ssh-ed25519 <base64-encoded-key> <comment>'",
  );
  refuses({ type: 'ssh-public-key', algorithm: 'ecdsa' }, ['ecdsa-sha2-nistp999 AAAA', 'ecdsa-sha2-nistp256']);
  refuses({ type: 'ssh-public-key', algorithm: 'ssh-ed25519' }, ['ssh-ed25519', 'ssh-ed25519AAAA']);
});

test('canonical forms: prefixes get their length and their octets', () => {
  assert.equal(canonicalValue({ type: 'ipv4-prefix' }, '0/0'), '0.0.0.0/0');
  assert.equal(canonicalValue({ type: 'ipv4-prefix' }, '172.16/12'), '172.16.0.0/12');
  assert.equal(canonicalValue({ type: 'ipv4-prefix' }, '10.0.0.1'), '10.0.0.1/32');
  assert.equal(canonicalValue({ type: 'ip-prefix' }, '2001:db8::1'), '2001:db8::1/128');
  assert.equal(canonicalValue({ type: 'ip-prefix' }, '10/8'), '10.0.0.0/8');
  assert.equal(canonicalValue({ type: 'ipv4-interface-address' }, '10.0.0.1'), '10.0.0.1/32');
  assert.equal(canonicalValue({ type: 'ipv4-interface-address' }, '10.0.0.1/24'), '10.0.0.1/24');
  assert.equal(canonicalValue({ type: 'ipv4-prefix' }, 'not-a-prefix'), 'not-a-prefix');
  assert.equal(canonicalValue({ type: 'string' }, 'as is'), 'as is');
});

test('only integers are numbers in JSON', () => {
  assert.ok(isNumericType({ type: 'integer', min: 0, max: 1 }));
  assert.ok(!isNumericType({ type: 'string' }));
  assert.ok(!isNumericType(undefined));
});

test('validCanonicalValue says what checkValue and canonicalValidValue say together', () => {
  const types: ValueType[] = [
    { type: 'ipv4-prefix' },
    { type: 'ipv4-interface-address' },
    { type: 'ip-prefix' },
    { type: 'ipv6-prefix' },
    { type: 'ipv4-address' },
    { type: 'ip-address-or-interface' },
    { type: 'interface-name' },
    { type: 'integer', min: 0, max: 1073741823 },
    { type: 'string' },
    { type: 'string', pattern: '^[^\\s]+$' },
  ];
  const values = [
    '', '0', '0/0', '10/8', '10.1/16', '10.0.0.0/8', '10.0.0.1/8', '10.0.0.1', '10.0.0.1/32', '10.0.0.1/33', '10.0.0.1/',
    '10.0.0.256/24', '10..0.1/24', '010.0.0.1/24', '172.16/12', '255.255.255.255/32', '1.2.3.4.5/32', '/24', '10.0.0.1/024',
    '::/0', '2001:db8::/32', '2001:db8::1', 'fe80::1/64', 'ge-0/0/0', 'ge-0/0/0.10', 'fxp0', '-1', '12', 'a b', 'x',
  ];
  for (const type of types) {
    for (const value of values) {
      const expected = checkValue(type, value) === undefined ? canonicalValidValue(type, value) : undefined;
      assert.equal(validCanonicalValue(type, value), expected, `${type.type} '${value}'`);
    }
  }
});

test('IPv4 prefixes are checked and spelled in one pass exactly as checkValue and canonicalValidValue say', () => {
  const types: ValueType[] = [{ type: 'ipv4-prefix' }, { type: 'ipv4-interface-address' }, { type: 'ip-prefix' }];
  const alphabet = '0123456789./';
  const starts = ['10.0.0.0/8', '0/0', '10.1/16', '192.168.1.1/24', '255.255.255.255/32', '1.2.3.4', '172.16/12', '10.0.0.1/31'];
  let seed = 11;
  const random = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed % n;
  };
  const values: string[] = [...starts];
  for (let i = 0; i < 20000; i += 1) {
    if (random(2) === 0) {
      let value = '';
      for (let length = random(19); length > 0; length -= 1) value += alphabet[random(alphabet.length)];
      values.push(value);
    } else {
      const chars = [...(starts[random(starts.length)] as string)];
      chars[random(chars.length)] = alphabet[random(alphabet.length)] as string;
      if (random(3) === 0) chars.splice(random(chars.length), 1);
      values.push(chars.join(''));
    }
  }
  for (const type of types) {
    for (const value of values) {
      const expected = checkValue(type, value) === undefined ? canonicalValidValue(type, value) : undefined;
      assert.equal(validCanonicalValue(type, value), expected, `${type.type} '${value}'`);
    }
  }
});
