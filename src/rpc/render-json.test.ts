import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderElementJson } from './render-json.js';
import { blockLeaf, element, flag, leaf, rawPayload } from './rpc-element.js';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

test('a leaf is an array of one object holding its data', () => {
  assert.equal(renderElementJson(element('a', [leaf('b', 'x')])), lines('{', '    "a" : [', '    {', '        "b" : [', '        {', '            "data" : "x"', '        }', '        ]', '    }', '    ]', '}'));
});

test('the layout of a real capture: attributes, flags, empty containers, repeated elements', () => {
  const tree = element(
    'interface-information',
    [
      element('physical-interface', [
        leaf('name', 'gr-0/0/0'),
        leaf('admin-status', 'up', [['junos:format', 'Enabled']]),
        element('if-device-flags', [flag('ifdf-present')]),
        element('ifd-specific-config-flags', []),
      ]),
      element('physical-interface', [leaf('name', 'xe-0/0/0')]),
    ],
    [
      ['xmlns', 'http://xml.juniper.net/junos/17.4R1/junos-interface'],
      ['junos:style', 'normal'],
    ],
  );
  assert.equal(
    renderElementJson(tree),
    lines(
      '{',
      '    "interface-information" : [',
      '    {',
      '        "attributes" : {"xmlns" : "http://xml.juniper.net/junos/17.4R1/junos-interface",',
      '                        "junos:style" : "normal"',
      '                       },',
      '        "physical-interface" : [',
      '        {',
      '            "name" : [',
      '            {',
      '                "data" : "gr-0/0/0"',
      '            }',
      '            ],',
      '            "admin-status" : [',
      '            {',
      '                "data" : "up",',
      '                "attributes" : {"junos:format" : "Enabled"}',
      '            }',
      '            ],',
      '            "if-device-flags" : [',
      '            {',
      '                "ifdf-present" : [',
      '                {',
      '                    "data" : [null]',
      '                }',
      '                ]',
      '            }',
      '            ],',
      '            "ifd-specific-config-flags" : [',
      '            {',
      '            }',
      '            ]',
      '        },',
      '        {',
      '            "name" : [',
      '            {',
      '                "data" : "xe-0/0/0"',
      '            }',
      '            ]',
      '        }',
      '        ]',
      '    }',
      '    ]',
      '}',
    ),
  );
});

test('siblings of one name share an array only when they are consecutive', () => {
  const json = renderElementJson(element('r', [leaf('a', '1'), leaf('b', '2'), leaf('a', '3')]), { compact: true });
  assert.equal(json, '{"r":[{"a":[{"data":"1"}],"b":[{"data":"2"}],"a":[{"data":"3"}]}]}');
});

test('compact and pretty forms carry the same value', () => {
  const tree = element('x', [leaf('t', 'a "quoted" \\ value', [['junos:seconds', '5']]), flag('f'), element('e', [])], [['xmlns', 'urn:x']]);
  assert.deepEqual(JSON.parse(renderElementJson(tree)), JSON.parse(renderElementJson(tree, { compact: true })));
  assert.deepEqual(JSON.parse(renderElementJson(tree, { compact: true })), {
    x: [{ attributes: { xmlns: 'urn:x' }, t: [{ data: 'a "quoted" \\ value', attributes: { 'junos:seconds': '5' } }], f: [{ data: [null] }], e: [{}] }],
  });
});

test('a block leaf is data like any leaf; a raw payload is its own document and cannot be nested', () => {
  assert.match(renderElementJson(blockLeaf('file-content', 'a\nb\n')), /"data" : "a\\nb\\n"/);
  const raw = rawPayload('configuration', { xml: () => '', json: (compact) => (compact ? '{"configuration":{}}' : '{"configuration" : {}}\n') });
  assert.equal(renderElementJson(raw), '{"configuration" : {}}\n');
  assert.equal(renderElementJson(raw, { compact: true }), '{"configuration":{}}');
  assert.throws(() => renderElementJson(element('a', [raw])), /cannot be nested/);
  assert.throws(() => renderElementJson(element('a', [raw]), { compact: true }), /cannot be nested/);
});
