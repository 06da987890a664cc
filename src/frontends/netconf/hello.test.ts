import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkClientHello, renderServerHello, SERVER_CAPABILITIES } from './hello.js';
import { parseNetconfMessage } from './netconf-xml.js';

test('the server hello is Junos\'s, byte for byte', () => {
  const expected = `<!-- No zombies were killed during the creation of this user interface -->
<!-- user lab, class j-super-user -->
<hello xmlns="urn:ietf:params:xml:ns:netconf:base:1.0">
  <capabilities>
    <capability>urn:ietf:params:netconf:base:1.0</capability>
    <capability>urn:ietf:params:netconf:capability:candidate:1.0</capability>
    <capability>urn:ietf:params:netconf:capability:confirmed-commit:1.0</capability>
    <capability>urn:ietf:params:netconf:capability:validate:1.0</capability>
    <capability>urn:ietf:params:netconf:capability:url:1.0?scheme=http,ftp,file</capability>
    <capability>urn:ietf:params:xml:ns:netconf:base:1.0</capability>
    <capability>urn:ietf:params:xml:ns:netconf:capability:candidate:1.0</capability>
    <capability>urn:ietf:params:xml:ns:netconf:capability:confirmed-commit:1.0</capability>
    <capability>urn:ietf:params:xml:ns:netconf:capability:validate:1.0</capability>
    <capability>urn:ietf:params:xml:ns:netconf:capability:url:1.0?protocol=http,ftp,file</capability>
    <capability>urn:ietf:params:xml:ns:yang:ietf-netconf-monitoring</capability>
    <capability>http://xml.juniper.net/netconf/junos/1.0</capability>
    <capability>http://xml.juniper.net/dmi/system/1.0</capability>
  </capabilities>
  <session-id>4711</session-id>
</hello>`;
  assert.equal(renderServerHello({ sessionId: 4711, user: 'lab', reportedClass: 'j-super-user' }), expected);
});

test('the server hello does not advertise base:1.1 and parses as a hello', () => {
  assert.ok(!SERVER_CAPABILITIES.some((capability) => capability.includes('base:1.1')));
  const { root } = parseNetconfMessage(renderServerHello({ sessionId: 1, user: 'root', reportedClass: 'super-user' }));
  assert.equal(root.name, 'hello');
  assert.equal(root.children.find((child) => child.name === 'session-id')?.text, '1');
});

test('a user name cannot end the comment early', () => {
  const hello = renderServerHello({ sessionId: 1, user: 'a--b-', reportedClass: 'j-x' });
  assert.match(hello, /<!-- user a- -b- , class j-x -->/);
  parseNetconfMessage(hello);
});

const NCCLIENT_HELLO = `<?xml version="1.0" encoding="UTF-8"?><nc:hello xmlns:nc="urn:ietf:params:xml:ns:netconf:base:1.0"><nc:capabilities><nc:capability>urn:ietf:params:netconf:base:1.0</nc:capability><nc:capability>urn:ietf:params:netconf:base:1.1</nc:capability><nc:capability>urn:ietf:params:netconf:capability:candidate:1.0</nc:capability></nc:capabilities></nc:hello>`;

function check(xml: string) {
  return checkClientHello(parseNetconfMessage(xml).root);
}

test('client hellos: ncclient\'s, unqualified, RFC 4741\'s base URI', () => {
  const ncclient = check(NCCLIENT_HELLO);
  assert.ok(ncclient.ok);
  if (ncclient.ok) assert.equal(ncclient.hello.capabilities.length, 3);
  assert.ok(check('<hello><capabilities><capability>\n  urn:ietf:params:netconf:base:1.0\n</capability></capabilities></hello>').ok);
  assert.ok(check('<hello xmlns="urn:ietf:params:xml:ns:netconf:base:1.0"><capabilities><capability>urn:ietf:params:xml:ns:netconf:base:1.0</capability></capabilities></hello>').ok);
});

test('bad client hellos say why', () => {
  const problems = [
    ['<hello><capabilities><capability>urn:ietf:params:netconf:base:1.1</capability></capabilities></hello>', /does not offer/],
    ['<hello/>', /one <capabilities>/],
    ['<hello><capabilities/><session-id>3</session-id></hello>', /session-id/],
    ['<hello xmlns="urn:other"><capabilities/></hello>', /expected <hello>/],
    ['<rpc/>', /expected <hello>, got <rpc>/],
  ] as const;
  for (const [xml, problem] of problems) {
    const result = check(xml);
    assert.equal(result.ok, false, xml);
    if (!result.ok) assert.match(result.problem, problem);
  }
});
