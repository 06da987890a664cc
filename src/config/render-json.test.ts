import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from '../../test/support/fixtures.js';
import { junosSchema } from '../schema/junos.js';
import { parseText } from './parse-text.js';
import { renderJson } from './render-json.js';

const parse = (text: string) => {
  const { tree, issues } = parseText(text, junosSchema);
  assert.deepEqual(issues, []);
  return tree;
};

/** Lines as Junos 17.3 prints them: each `,` followed by a space (none after a leaf-list). */
const lines = (...all: string[]): string => all.map((line) => `${line}\n`).join('');

const COMMIT = { seconds: 1710148410, localtime: '2024-03-11 09:13:30 UTC', user: 'lab' };

/** Every statement kind, with marks, annotations and characters that need escaping. */
const KINDS = fixture('every-kind.conf');

test('the reference configuration renders as | display json prints it', () => {
  const text = fixture('procedure-reference.conf');
  const [rootHash, labHash] = [...text.matchAll(/encrypted-password "([^"]+)"/g)].map((match) => match[1]);
  assert.ok(rootHash !== undefined && labHash !== undefined);
  const group = (name: string, address: string, last: boolean): string[] => [
    '        {',
    `            "name" : "${name}", `,
    '            "system" : {',
    `                "host-name" : "r1-${name}", `,
    '                "backup-router" : {',
    '                    "address" : "10.255.0.1", ',
    '                    "destination" : ["10.0.0.0/8"]',
    '                }',
    '            }, ',
    '            "interfaces" : {',
    '                "interface" : [',
    '                {',
    '                    "name" : "fxp0", ',
    '                    "unit" : [',
    '                    {',
    '                        "name" : 0, ',
    '                        "family" : {',
    '                            "inet" : {',
    '                                "address" : [',
    '                                {',
    `                                    "name" : "${address}"`,
    '                                }, ',
    '                                {',
    '                                    "name" : "10.255.0.10/24", ',
    '                                    "master-only" : [null]',
    '                                }',
    '                                ]',
    '                            }',
    '                        }',
    '                    }',
    '                    ]',
    '                }',
    '                ]',
    '            }',
    last ? '        }' : '        }, ',
  ];
  const expected = lines(
    '{',
    '    "configuration" : {',
    '        "@" : {',
    '            "junos:commit-seconds" : "1710148410", ',
    '            "junos:commit-localtime" : "2024-03-11 09:13:30 UTC", ',
    '            "junos:commit-user" : "lab"',
    '        }, ',
    '        "version" : "17.3R1.10", ',
    '        "groups" : [',
    ...group('re0', '10.255.0.11/24', false),
    ...group('re1', '10.255.0.12/24', true),
    '        ], ',
    '        "apply-groups" : ["re0", "re1"],',
    '        "system" : {',
    '            "root-authentication" : {',
    `                "encrypted-password" : "${rootHash}"`,
    '            }, ',
    '            "commit" : {',
    '                "synchronize" : [null]',
    '            }, ',
    '            "login" : {',
    '                "user" : [',
    '                {',
    '                    "name" : "lab", ',
    '                    "uid" : 2000, ',
    '                    "class" : "super-user", ',
    '                    "authentication" : {',
    `                        "encrypted-password" : "${labHash}"`,
    '                    }',
    '                }',
    '                ]',
    '            }, ',
    '            "services" : {',
    '                "ssh" : [null], ',
    '                "netconf" : {',
    '                    "ssh" : [null]',
    '                }',
    '            }, ',
    '            "domain-name" : "lab.example.net", ',
    '            "syslog" : {',
    '                "user" : [',
    '                {',
    '                    "name" : "*", ',
    '                    "contents" : [',
    '                    {',
    '                        "name" : "any", ',
    '                        "emergency" : [null]',
    '                    }',
    '                    ]',
    '                }',
    '                ], ',
    '                "file" : [',
    '                {',
    '                    "name" : "messages", ',
    '                    "contents" : [',
    '                    {',
    '                        "name" : "any", ',
    '                        "notice" : [null]',
    '                    }, ',
    '                    {',
    '                        "name" : "authorization", ',
    '                        "info" : [null]',
    '                    }',
    '                    ]',
    '                }, ',
    '                {',
    '                    "name" : "interactive-commands", ',
    '                    "contents" : [',
    '                    {',
    '                        "name" : "interactive-commands", ',
    '                        "any" : [null]',
    '                    }',
    '                    ]',
    '                }',
    '                ]',
    '            }',
    '        }',
    '    }',
    '}',
  );
  const json = renderJson(parse(text), { commit: COMMIT });
  assert.equal(json, expected);
  assert.equal((JSON.parse(json) as { configuration: { system: { login: { user: { uid: unknown }[] } } } }).configuration.system.login.user[0]?.uid, 2000);
});

test('every statement kind gets its Junos member, marks and comments', () => {
  const expected = lines(
    '{',
    '    "configuration" : {',
    '        "system" : {',
    '            "host-name" : "r1", ',
    '            "@host-name" : {',
    '                "comment" : "/* management \\"name\\" & <more> */"',
    '            }, ',
    '            "login" : {',
    '                "user" : [',
    '                {',
    '                    "@" : {',
    '                        "protect" : true',
    '                    }, ',
    '                    "name" : "lab", ',
    '                    "uid" : 2000, ',
    '                    "class" : "super-user"',
    '                }',
    '                ]',
    '            }, ',
    '            "domain-name" : "lab.example.net", ',
    '            "@domain-name" : {',
    '                "inactive" : true',
    '            }, ',
    '            "backup-router" : {',
    '                "address" : "10.255.0.1", ',
    '                "destination" : ["10.0.0.0/8", "172.16.0.0/12"]',
    '            }, ',
    '            "inet6-backup-router" : {',
    '                "address" : "2001:db8::1", ',
    '                "destination" : ["::/0"]',
    '            }, ',
    '            "name-server" : [',
    '            {',
    '                "name" : "10.0.0.53"',
    '            }, ',
    '            {',
    '                "@" : {',
    '                    "inactive" : true',
    '                }, ',
    '                "name" : "10.0.0.54"',
    '            }',
    '            ]',
    '        }, ',
    '        "chassis" : {',
    '            "redundancy" : {',
    '                "routing-engine" : [',
    '                {',
    '                    "name" : 0, ',
    '                    "master" : [null]',
    '                }, ',
    '                {',
    '                    "name" : 1, ',
    '                    "backup" : [null]',
    '                }',
    '                ], ',
    '                "failover" : {',
    '                    "on-loss-of-keepalives" : [null]',
    '                }, ',
    '                "keepalive-time" : 300, ',
    '                "graceful-switchover" : [null]',
    '            }',
    '        }, ',
    '        "interfaces" : {',
    '            "interface" : [',
    '            {',
    '                "@" : {',
    '                    "inactive" : true',
    '                }, ',
    '                "name" : "ge-0/0/1", ',
    '                "description" : "uplink <to> \\"core\\" & more", ',
    '                "unit" : [',
    '                {',
    '                    "name" : 0, ',
    '                    "family" : {',
    '                        "inet6" : [null]',
    '                    }',
    '                }',
    '                ]',
    '            }',
    '            ]',
    '        }, ',
    '        "snmp" : {',
    '            "location" : "42", ',
    '            "community" : [',
    '            {',
    '                "name" : "public", ',
    '                "authorization" : "read-only"',
    '            }',
    '            ]',
    '        }, ',
    '        "routing-options" : {',
    '            "autonomous-system" : {',
    '                "as-number" : "65000"',
    '            }, ',
    '            "static" : {',
    '                "route" : [',
    '                {',
    '                    "@" : {',
    '                        "protect" : true',
    '                    }, ',
    '                    "name" : "192.0.2.0/24", ',
    '                    "next-hop" : ["10.0.0.1", "10.0.0.2"],',
    '                    "retain" : [null], ',
    '                    "preference" : {',
    '                        "metric-value" : 5',
    '                    }',
    '                }',
    '                ]',
    '            }',
    '        }',
    '    }',
    '}',
  );
  assert.equal(renderJson(parse(KINDS)), expected);
});

test('integers are JSON numbers and every other value a string', () => {
  const parsed = JSON.parse(renderJson(parse(KINDS))) as {
    configuration: {
      system: { 'host-name': unknown; login: { user: { uid: unknown }[] }; 'backup-router': { destination: unknown } };
      chassis: { redundancy: { 'routing-engine': { name: unknown }[]; 'keepalive-time': unknown } };
      interfaces: { interface: { unit: { name: unknown; family: { inet6: unknown } }[] }[] };
      snmp: { location: unknown };
      'routing-options': { 'autonomous-system': { 'as-number': unknown }; static: { route: { preference: { 'metric-value': unknown }; '@': unknown }[] } };
    };
  };
  const config = parsed.configuration;
  assert.equal(config.system.login.user[0]?.uid, 2000);
  assert.equal(config.chassis.redundancy['routing-engine'][1]?.name, 1);
  assert.equal(config.chassis.redundancy['keepalive-time'], 300);
  assert.equal(config.interfaces.interface[0]?.unit[0]?.name, 0);
  assert.equal(config['routing-options'].static.route[0]?.preference['metric-value'], 5);
  // String-typed values that happen to hold digits stay strings (Junos's AS number is a string).
  assert.equal(config.snmp.location, '42');
  assert.equal(config['routing-options']['autonomous-system']['as-number'], '65000');
  assert.equal(config.system['host-name'], 'r1');
  assert.deepEqual(config.system['backup-router'].destination, ['10.0.0.0/8', '172.16.0.0/12']);
  assert.deepEqual(config.interfaces.interface[0]?.unit[0]?.family.inet6, [null]);
  assert.deepEqual(config['routing-options'].static.route[0]?.['@'], { protect: true });
});

test('compact output is the same value without whitespace', () => {
  const tree = parse(KINDS);
  const compact = renderJson(tree, { compact: true, commit: COMMIT });
  assert.equal(compact, JSON.stringify(JSON.parse(renderJson(tree, { commit: COMMIT }))));
  assert.ok(compact.startsWith('{"configuration":{"@":{"junos:commit-seconds":"1710148410","junos:commit-localtime":"2024-03-11 09:13:30 UTC","junos:commit-user":"lab"},"system":{"host-name":"r1","@host-name":'));
  assert.doesNotMatch(compact, /\n/);
});

test('without the space after commas no line ends in a space', () => {
  const json = renderJson(parse(KINDS), { spaceAfterComma: false });
  assert.doesNotMatch(json, / \n/);
  assert.match(json, /\n {12}"host-name" : "r1",\n/);
  assert.deepEqual(JSON.parse(json), JSON.parse(renderJson(parse(KINDS))));
});

test('marks on flags, empty containers and leaf-lists go in "@name" members', () => {
  const tree = parse('/* first\n   second */\ninactive: apply-groups [ a b ];\nsystem {\n    services {\n        /* why */\n        protect: ssh;\n    }\n}\nrouting-options {\n    static {\n        route 10.0.0.0/8 {\n            discard;\n            inactive: retain;\n        }\n    }\n}\n');
  assert.equal(
    renderJson(tree),
    lines(
      '{',
      '    "configuration" : {',
      '        "apply-groups" : ["a", "b"],',
      '        "@apply-groups" : [',
      '        {',
      '            "inactive" : true, ',
      '            "comment" : "/* first\\n   second */"',
      '        }, ',
      '        {',
      '            "inactive" : true',
      '        }',
      '        ], ',
      '        "system" : {',
      '            "services" : {',
      '                "ssh" : [null], ',
      '                "@ssh" : {',
      '                    "protect" : true, ',
      '                    "comment" : "/* why */"',
      '                }',
      '            }',
      '        }, ',
      '        "routing-options" : {',
      '            "static" : {',
      '                "route" : [',
      '                {',
      '                    "name" : "10.0.0.0/8", ',
      '                    "discard" : [null], ',
      '                    "retain" : [null], ',
      '                    "@retain" : {',
      '                        "inactive" : true',
      '                    }',
      '                }',
      '                ]',
      '            }',
      '        }',
      '    }',
      '}',
    ),
  );
});

test('an annotated container carries its comment in its "@" member', () => {
  const tree = parse('/* the box */\ninactive: system {\n    host-name r1;\n}\n');
  assert.equal(
    renderJson(tree, { compact: true }),
    '{"configuration":{"system":{"@":{"inactive":true,"comment":"/* the box */"},"host-name":"r1"}}}',
  );
});

test('strings are escaped so that JSON.parse gives the value back', () => {
  const description = 'tab\there "quoted" back\\slash <&> é';
  const tree = parse(`interfaces { fxp0 { description "${description.replace(/["\\]/g, (c) => `\\${c}`)}"; } }\n`);
  const json = renderJson(tree);
  const parsed = JSON.parse(json) as { configuration: { interfaces: { interface: { description: string }[] } } };
  assert.equal(parsed.configuration.interfaces.interface[0]?.description, description);
  assert.match(json, /"description" : "tab\\there \\"quoted\\" back\\\\slash <&> é"/);
});

test('an empty configuration is an empty object', () => {
  const tree = parse('');
  assert.equal(renderJson(tree), '{\n    "configuration" : {\n    }\n}\n');
  assert.equal(renderJson(tree, { compact: true }), '{"configuration":{}}');
  assert.deepEqual(JSON.parse(renderJson(tree)), { configuration: {} });
});
