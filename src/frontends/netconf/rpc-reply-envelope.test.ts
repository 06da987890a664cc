import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NETCONF_NS, parseNetconfMessage } from './netconf-xml.js';
import { renderRpcError, renderRpcReply, replyStartTag } from './rpc-reply-envelope.js';

const START = '<rpc-reply xmlns="urn:ietf:params:xml:ns:netconf:base:1.0" xmlns:junos="http://xml.juniper.net/junos/17.3R1/junos"';
const NC_ECHO = [
  { name: 'xmlns:nc', value: NETCONF_NS },
  { name: 'message-id', value: 'urn:uuid:e143f076' },
];

test('the start tag echoes the rpc attributes after Junos\'s own, in their order', () => {
  assert.equal(replyStartTag('17.3R1', NC_ECHO), `${START} xmlns:nc="urn:ietf:params:xml:ns:netconf:base:1.0" message-id="urn:uuid:e143f076">`);
  assert.equal(replyStartTag('17.3R1', []), `${START}>`);
});

test('xmlns and xmlns:junos of the request are not declared twice; other attributes are echoed, escaped', () => {
  const echo = [
    { name: 'xmlns', value: NETCONF_NS },
    { name: 'xmlns:junos', value: 'urn:old' },
    { name: 'message-id', value: 'a"<&' },
    { name: 'custom', value: 'x' },
  ];
  assert.equal(replyStartTag('17.3R1', echo), `${START} message-id="a&quot;&lt;&amp;" custom="x">`);
});

test('<ok/>: exactly as Junos writes it', () => {
  assert.equal(
    renderRpcReply({ release: '17.3R1', echo: NC_ECHO, errors: [], payload: '', ok: true }),
    `${START} xmlns:nc="urn:ietf:params:xml:ns:netconf:base:1.0" message-id="urn:uuid:e143f076">\n<ok/>\n</rpc-reply>`,
  );
});

test('an unknown RPC: Junos\'s syntax error, no <ok/>', () => {
  const error = { type: 'protocol', tag: 'operation-failed', severity: 'error', message: 'syntax error', badElement: 'get-foo-bar' } as const;
  assert.equal(
    renderRpcReply({ release: '17.3R1', echo: [{ name: 'message-id', value: '3' }], errors: [error], payload: '', ok: true }),
    `${START} message-id="3">
<rpc-error>
<error-type>protocol</error-type>
<error-tag>operation-failed</error-tag>
<error-severity>error</error-severity>
<error-message>syntax error</error-message>
<error-info>
<bad-element>get-foo-bar</bad-element>
</error-info>
</rpc-error>
</rpc-reply>`,
  );
});

test('a warning may come with <ok/>, after it', () => {
  const warning = { type: 'protocol', tag: 'operation-failed', severity: 'warning', message: 'statement not found' } as const;
  const reply = renderRpcReply({ release: '17.3R1', echo: [], errors: [warning], payload: '', ok: true });
  assert.match(reply, /<error-severity>warning<\/error-severity>\n<error-message>statement not found<\/error-message>\n<\/rpc-error>\n<ok\/>\n<\/rpc-reply>$/);
});

test('a payload: errors first, then the payload, a line break ensured before </rpc-reply>', () => {
  const reply = renderRpcReply({ release: '17.3R1', echo: [], errors: [], payload: '<software-information>\n</software-information>', ok: false });
  assert.equal(reply, `${START}>\n<software-information>\n</software-information>\n</rpc-reply>`);
  assert.equal(renderRpcReply({ release: '17.3R1', echo: [], errors: [], payload: '', ok: false }), `${START}>\n</rpc-reply>`);
});

test('error-path, extra error-info and escaping', () => {
  const xml = renderRpcError({ type: 'application', tag: 'invalid-value', severity: 'error', message: 'a < b & c', path: '[edit system]', badElement: 'x<y', infoXml: '<source-daemon>mgd</source-daemon>\n' });
  assert.equal(
    xml,
    `<rpc-error>
<error-type>application</error-type>
<error-tag>invalid-value</error-tag>
<error-severity>error</error-severity>
<error-path>[edit system]</error-path>
<error-message>a &lt; b &amp; c</error-message>
<error-info>
<bad-element>x&lt;y</bad-element>
<source-daemon>mgd</source-daemon>
</error-info>
</rpc-error>
`,
  );
});

test('every reply is well-formed and its <ok/> and <rpc-error> are in the NETCONF namespace', () => {
  const error = { type: 'rpc', tag: 'malformed-message', severity: 'error', message: 'x' } as const;
  for (const reply of [
    renderRpcReply({ release: '17.3R1', echo: NC_ECHO, errors: [], payload: '', ok: true }),
    renderRpcReply({ release: '17.3R1', echo: NC_ECHO, errors: [error], payload: '', ok: false }),
  ]) {
    const { root } = parseNetconfMessage(reply);
    assert.equal(root.name, 'rpc-reply');
    for (const child of root.children) assert.equal(child.namespace, NETCONF_NS);
  }
});
