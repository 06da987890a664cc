import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderCliXml, renderElementXml, renderRpcErrorXml } from './render-xml.js';
import { blockLeaf, element, flag, leaf, rawPayload } from './rpc-element.js';
import { couldNotConnect, syntaxError } from './rpc-error.js';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

test('elements: four spaces per level, flags self-closed, empty containers on two lines', () => {
  const tree = element('a', [leaf('b', '1 < 2 & 3', [['junos:style', 'x"y']]), flag('c'), element('d', [])], [['xmlns', 'urn:a']]);
  assert.equal(
    renderElementXml(tree, { indent: 4 }),
    lines('    <a xmlns="urn:a">', '        <b junos:style="x&quot;y">1 &lt; 2 &amp; 3</b>', '        <c/>', '        <d>', '        </d>', '    </a>'),
  );
  assert.equal(renderElementXml(tree, { compact: true }), '<a xmlns="urn:a"><b junos:style="x&quot;y">1 &lt; 2 &amp; 3</b><c/><d></d></a>');
});

test('an rpc-error is written at column 0 with its message between line breaks, as Junos does', () => {
  assert.equal(
    renderRpcErrorXml(couldNotConnect('re0', 'No route to host')),
    lines(
      '<rpc-error>',
      '<error-type>protocol</error-type>',
      '<error-tag>operation-failed</error-tag>',
      '<error-severity>error</error-severity>',
      '<error-message>',
      'Could not connect to re0 : No route to host',
      '</error-message>',
      '</rpc-error>',
    ),
  );
  assert.match(renderRpcErrorXml(syntaxError('bogus'), { compact: true }), /<error-message>syntax error<\/error-message><error-info><bad-element>bogus<\/bad-element><\/error-info><\/rpc-error>$/);
});

test('| display xml wraps errors and payload in the CLI reply', () => {
  assert.equal(
    renderCliXml([], leaf('output', 'x'), { release: '17.3R1', banner: '{backup}' }),
    lines('<rpc-reply xmlns:junos="http://xml.juniper.net/junos/17.3R1/junos">', '    <output>x</output>', '    <cli>', '        <banner>{backup}</banner>', '    </cli>', '</rpc-reply>'),
  );
});

test('a block leaf writes its lines one level deeper, empty lines empty, the closing tag alone', () => {
  const tree = element('a', [blockLeaf('file-content', 'x & y\n\n  z\n', [['encoding', 'text']])]);
  assert.equal(renderElementXml(tree, { indent: 4 }), lines('    <a>', '        <file-content encoding="text">', '            x &amp; y', '', '              z', '        </file-content>', '    </a>'));
  assert.equal(renderElementXml(tree, { compact: true }), '<a><file-content encoding="text">x &amp; y\n\n  z\n</file-content></a>');
});

test('a raw payload writes itself for the context it goes to', () => {
  const raw = rawPayload('configuration', { xml: (context) => `<configuration>${context}</configuration>\n`, json: (compact) => (compact ? '{}' : '{ }\n') });
  assert.equal(renderElementXml(raw, { indent: 4 }), '<configuration>netconf</configuration>\n');
  assert.equal(renderElementXml(raw, { compact: true }), '<configuration>compact</configuration>\n');
  assert.equal(renderCliXml([], raw, { release: '17.3R1', banner: '' }).split('\n')[1], '<configuration>cli</configuration>');
});
