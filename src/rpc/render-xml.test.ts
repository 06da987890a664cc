import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderCliXml, renderElementXml, renderRpcErrorXml } from './render-xml.js';
import { element, flag, leaf } from './rpc-element.js';
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
