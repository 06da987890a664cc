import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstElementName, MalformedMessageError, NETCONF_NS, parseNetconfMessage, salvageMessageId } from './netconf-xml.js';

test('ncclient\'s rpc: declaration, nc: prefix, root attributes kept as written and in order', () => {
  const { root, rootAttributes } = parseNetconfMessage(
    `<?xml version="1.0" encoding="UTF-8"?><nc:rpc xmlns:nc="${NETCONF_NS}" message-id="urn:uuid:5"><nc:command format="text">show version</nc:command></nc:rpc>`,
  );
  assert.deepEqual(rootAttributes, [
    { name: 'xmlns:nc', value: NETCONF_NS },
    { name: 'message-id', value: 'urn:uuid:5' },
  ]);
  assert.equal(root.name, 'rpc');
  assert.equal(root.namespace, NETCONF_NS);
  assert.deepEqual(root.attributes, { 'message-id': 'urn:uuid:5' });
  assert.deepEqual(root.children, [{ name: 'command', namespace: NETCONF_NS, attributes: { format: 'text' }, children: [], text: 'show version' }]);
});

test('unqualified and default-namespaced requests: names are local, namespaces as given', () => {
  const plain = parseNetconfMessage('<rpc message-id="1"><get-software-information/></rpc>').root;
  assert.equal(plain.namespace, undefined);
  assert.equal(plain.children[0]?.namespace, undefined);
  const defaulted = parseNetconfMessage(`<rpc xmlns="${NETCONF_NS}"><lock><target><candidate/></target></lock></rpc>`).root;
  assert.equal(defaulted.children[0]?.name, 'lock');
  assert.equal(defaulted.children[0]?.children[0]?.children[0]?.namespace, NETCONF_NS);
  const mixed = parseNetconfMessage(`<nc:rpc xmlns:nc="${NETCONF_NS}"><get-route-information xmlns="urn:x"/></nc:rpc>`).root;
  assert.equal(mixed.children[0]?.namespace, 'urn:x');
});

test('text: entities and CDATA decoded, not trimmed; comments dropped; prefixed attributes by local name', () => {
  const { root } = parseNetconfMessage('<rpc><a junos:x="1" xmlns:junos="urn:j"> a &amp; <!-- c --><![CDATA[<b>]]>&#233; </a></rpc>');
  assert.equal(root.children[0]?.text, ' a & <b>é ');
  assert.deepEqual(root.children[0]?.attributes, { x: '1' });
});

test('an undeclared prefix is accepted, without a namespace (as xml-rpc\'s parseXmlDocument does)', () => {
  const { root } = parseNetconfMessage('<nc:rpc message-id="1"><junos:x junos:y="2"/></nc:rpc>');
  assert.equal(root.name, 'rpc');
  assert.equal(root.namespace, undefined);
  assert.deepEqual(root.children[0]?.attributes, { y: '2' });
});

test('whitespace and a BOM before the declaration are allowed', () => {
  assert.equal(parseNetconfMessage('\uFEFF\n  <?xml version="1.0"?>\n<rpc/>').root.name, 'rpc');
});

test('not well-formed: MalformedMessageError with the parser\'s position', () => {
  const bad = [
    '<rpc><get></rpc>',
    '<rpc/><rpc/>',
    '<!DOCTYPE rpc [<!ENTITY x "y">]><rpc>&x;</rpc>',
    'hello',
    '',
    '<rpc>&bogus;</rpc>',
  ];
  for (const text of bad) assert.throws(() => parseNetconfMessage(text), MalformedMessageError, JSON.stringify(text));
  assert.throws(() => parseNetconfMessage('<rpc><get></rpc>'), /^MalformedMessageError: 1:16: unexpected close tag/);
});

test('salvageMessageId reads the message-id of a broken rpc start tag', () => {
  assert.equal(salvageMessageId('<?xml version="1.0"?><nc:rpc xmlns:nc="x" message-id="urn:uuid:9"><get>'), 'urn:uuid:9');
  assert.equal(salvageMessageId("<rpc message-id='7'><a></b></rpc>"), '7');
  assert.equal(salvageMessageId('<rpc-reply message-id="1"/>'), undefined);
  assert.equal(salvageMessageId('<rpc><a message-id="1"/></rpc>'), undefined);
  assert.equal(salvageMessageId('garbage'), undefined);
});

test('firstElementName looks past the declaration and comments', () => {
  assert.equal(firstElementName('<?xml version="1.0"?>\n<!-- x --><nc:rpc message-id="1"><a></b>'), 'rpc');
  assert.equal(firstElementName('<hello><capabilities>'), 'hello');
  assert.equal(firstElementName('garbage <rpc>'), undefined);
});
