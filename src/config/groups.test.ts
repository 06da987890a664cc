import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from '../../test/support/fixtures.js';
import { junosSchema } from '../schema/junos.js';
import { expandGroups, type RoutingEngineSlot } from './groups.js';
import type { ConfigNode } from './node.js';
import { parseText } from './parse-text.js';
import { renderText } from './render-text.js';

function parse(text: string): ConfigNode {
  const { tree, issues } = parseText(text, junosSchema);
  assert.deepEqual(issues, []);
  return tree;
}

/** The expanded configuration as text. */
function expanded(text: string, re?: RoutingEngineSlot): string {
  return renderText(expandGroups(parse(text), re === undefined ? {} : { re }).tree);
}

function at(node: ConfigNode, ...steps: [string, string?][]): ConfigNode {
  let current = node;
  for (const [name, key] of steps) {
    const next = current.child(name, key);
    assert.ok(next !== undefined, `no ${name} ${key ?? ''}`);
    current = next;
  }
  return current;
}

test('the first listed group wins and local statements beat inherited ones', () => {
  const text = `groups {
    a { system { host-name from-a; domain-name a.net; } }
    b { system { host-name from-b; domain-name b.net; time-zone Europe/Paris; } }
}
apply-groups [ a b ];
system { domain-name local.net; }
`;
  assert.equal(expanded(text), 'system {\n    host-name from-a;\n    domain-name local.net;\n    time-zone Europe/Paris;\n}\n');
});

test('the groups, apply-groups and apply-groups-except statements are gone from the expansion', () => {
  const text = `groups { a { system { host-name r1; } } }
apply-groups a;
interfaces { ge-0/0/0 { apply-groups-except a; description x; } }
`;
  assert.equal(expanded(text), 'system {\n    host-name r1;\n}\ninterfaces {\n    ge-0/0/0 {\n        description x;\n    }\n}\n');
});

test('leaf-list values from a group are added after the local ones, without duplicates', () => {
  const text = `groups {
    a { system { domain-search [ a.net shared.net ]; } }
    b { system { domain-search [ b.net a.net ]; } }
}
apply-groups [ a b ];
system { domain-search [ local.net shared.net ]; }
`;
  assert.equal(expanded(text), 'system {\n    domain-search [ local.net shared.net a.net b.net ];\n}\n');
});

test('containers merge recursively and list entries from groups follow the local ones', () => {
  const text = `groups {
    a {
        system { name-server { 10.0.0.100; 10.0.0.1; } }
        interfaces { ge-0/0/1 { description from-a; } ge-0/0/0 { mtu 9000; unit 0 { family inet { address 10.0.0.1/24; } } } }
    }
}
apply-groups a;
system { name-server { 10.0.0.1; 10.0.0.2; } }
interfaces { ge-0/0/0 { description local; unit 0 { description u0; } } }
`;
  assert.equal(
    expanded(text),
    `system {
    name-server {
        10.0.0.1;
        10.0.0.2;
        10.0.0.100;
    }
}
interfaces {
    ge-0/0/0 {
        description local;
        mtu 9000;
        unit 0 {
            description u0;
            family inet {
                address 10.0.0.1/24;
            }
        }
    }
    ge-0/0/1 {
        description from-a;
    }
}
`,
  );
});

test("a group applied below the top contributes only its part at that level", () => {
  const text = `groups {
    g {
        system { host-name ignored; }
        interfaces { fxp0 { description mgmt; } ge-0/0/0 { description ignored; } }
    }
}
interfaces {
    fxp0 { apply-groups g; disable; }
    ge-0/0/0 { mtu 1500; }
}
`;
  assert.equal(expanded(text), 'interfaces {\n    fxp0 {\n        description mgmt;\n        disable;\n    }\n    ge-0/0/0 {\n        mtu 1500;\n    }\n}\n');
});

test('a deeper apply-groups takes precedence over an outer one below it', () => {
  const text = `groups {
    outer { interfaces { ge-0/0/0 { description outer; mtu 1500; } ge-0/0/1 { description outer; } } }
    inner { interfaces { ge-0/0/0 { description inner; } } }
}
apply-groups outer;
interfaces {
    ge-0/0/0 { apply-groups inner; }
    ge-0/0/1 { disable; }
}
`;
  assert.equal(
    expanded(text),
    'interfaces {\n    ge-0/0/0 {\n        description inner;\n        mtu 1500;\n    }\n    ge-0/0/1 {\n        description outer;\n        disable;\n    }\n}\n',
  );
});

test('wildcard entries add to every matching entry and create none', () => {
  const text = `groups {
    g {
        interfaces {
            <*> { unit <*> { description any-unit; } }
            <ge-*> { mtu 9000; }
            "<ge-1/2/[5-8]>" { description five-to-eight; }
            <xe-*> { disable; }
        }
    }
}
apply-groups g;
interfaces {
    ge-1/2/4 { unit 0; }
    ge-1/2/6;
    fxp0 { unit 0; unit 1; }
}
`;
  assert.equal(
    expanded(text),
    `interfaces {
    ge-1/2/4 {
        mtu 9000;
        unit 0 {
            description any-unit;
        }
    }
    ge-1/2/6 {
        description five-to-eight;
        mtu 9000;
    }
    fxp0 {
        unit 0 {
            description any-unit;
        }
        unit 1 {
            description any-unit;
        }
    }
}
`,
  );
});

test('within a group the exact key wins over wildcards, and a more specific wildcard over <*>', () => {
  const text = `groups {
    g {
        interfaces {
            <*> { description star; mtu 1500; disable; }
            <ge-*> { description ge; mtu 9000; }
            ge-0/0/0 { description exact; }
        }
    }
}
apply-groups g;
interfaces { ge-0/0/0; ge-0/0/1; lo0; }
`;
  assert.equal(
    expanded(text),
    `interfaces {
    ge-0/0/0 {
        description exact;
        disable;
        mtu 9000;
    }
    ge-0/0/1 {
        description ge;
        disable;
        mtu 9000;
    }
    lo0 {
        description star;
        disable;
        mtu 1500;
    }
}
`,
  );
});

test('a wildcard also matches entries that another group creates', () => {
  const text = `groups {
    make { interfaces { fxp0 { description mgmt; } } }
    all { interfaces { <*> { mtu 1500; } } }
}
apply-groups [ all make ];
`;
  assert.equal(expanded(text), 'interfaces {\n    fxp0 {\n        description mgmt;\n        mtu 1500;\n    }\n}\n');
});

test('apply-groups-except stops a group at and below its level only', () => {
  const text = `groups { g { interfaces { <*> { description from-g; unit <*> { description unit-from-g; } } } } }
apply-groups g;
interfaces {
    ge-0/0/0 { apply-groups-except g; unit 0; }
    ge-0/0/1 { unit 0; }
}
`;
  assert.equal(
    expanded(text),
    `interfaces {
    ge-0/0/0 {
        unit 0;
    }
    ge-0/0/1 {
        description from-g;
        unit 0 {
            description unit-from-g;
        }
    }
}
`,
  );
});

test('a deeper apply-groups brings back a group that apply-groups-except stopped above it', () => {
  const text = `groups { g { interfaces { <*> { unit <*> { description from-g; } } } } }
apply-groups g;
interfaces { ge-0/0/0 { apply-groups-except g; unit 0 { apply-groups g; } unit 1; } }
`;
  assert.equal(expanded(text), 'interfaces {\n    ge-0/0/0 {\n        unit 0 {\n            description from-g;\n        }\n        unit 1;\n    }\n}\n');
});

test('the fixture expanded for re0 has re0 host name and addresses', () => {
  const { tree } = expandGroups(parse(fixture('procedure-reference.conf')), { re: 're0' });
  assert.equal(at(tree, ['system'], ['host-name']).value, 'r1-re0');
  const inet = at(tree, ['interfaces'], ['interface', 'fxp0'], ['unit', '0'], ['family'], ['inet']);
  assert.deepEqual(
    inet.children.map((address) => [address.key, address.children.map((child) => child.name)]),
    [
      ['10.255.0.11/24', []],
      ['10.255.0.10/24', ['master-only']],
    ],
  );
  assert.equal(tree.child('groups', 're0'), undefined);
  assert.equal(tree.child('apply-groups'), undefined);
});

test('the fixture expanded for re1 has re1 host name and addresses', () => {
  const { tree } = expandGroups(parse(fixture('procedure-reference.conf')), { re: 're1' });
  assert.equal(at(tree, ['system'], ['host-name']).value, 'r1-re1');
  const inet = at(tree, ['interfaces'], ['interface', 'fxp0'], ['unit', '0'], ['family'], ['inet']);
  assert.deepEqual(
    inet.children.map((address) => address.key),
    ['10.255.0.12/24', '10.255.0.10/24'],
  );
});

test('without an RE the view is re0', () => {
  const expansion = expandGroups(parse(fixture('procedure-reference.conf')));
  assert.equal(expansion.re, 're0');
  assert.equal(at(expansion.tree, ['system'], ['host-name']).value, 'r1-re0');
});

test('the other RE group contributes nothing even when listed first', () => {
  const text = `groups { re1 { system { host-name r1-re1; } } common { system { host-name common; } } }
apply-groups [ re1 common ];
`;
  assert.equal(expanded(text, 're0'), 'system {\n    host-name common;\n}\n');
  assert.equal(expanded(text, 're1'), 'system {\n    host-name r1-re1;\n}\n');
});

test('an inactive group or apply-groups contributes nothing', () => {
  assert.equal(expanded('groups { inactive: g { system { host-name g; } } }\napply-groups g;\n'), '');
  assert.equal(expanded('groups { g { system { host-name g; } } }\ninactive: apply-groups g;\n'), '');
});

test('inactive statements of a group are inherited as inactive, unless something active is there', () => {
  const text = `groups { g { system { inactive: host-name g; inactive: domain-name g.net; } } }
apply-groups g;
system { domain-name local.net; }
`;
  assert.equal(expanded(text), 'system {\n    inactive: host-name g;\n    domain-name local.net;\n}\n');
});

test('an inactive group container never merges into an active local one', () => {
  const text = `groups { g { interfaces { inactive: fxp0 { description from-g; } ge-0/0/0 { description from-g; } } } }
apply-groups g;
interfaces { fxp0 { disable; } }
`;
  assert.equal(expanded(text), 'interfaces {\n    fxp0 {\n        disable;\n    }\n    ge-0/0/0 {\n        description from-g;\n    }\n}\n');
});

test('a local choice keeps the group member of the same choice out', () => {
  const text = `groups {
    g { chassis { redundancy { routing-engine 0 backup; routing-engine 1 backup; keepalive-time 30; } } }
}
apply-groups g;
chassis { redundancy { routing-engine 0 master; } }
`;
  assert.equal(
    expanded(text),
    'chassis {\n    redundancy {\n        routing-engine 0 master;\n        routing-engine 1 backup;\n        keepalive-time 30;\n    }\n}\n',
  );
});

test('an undefined group is skipped by the expansion', () => {
  assert.equal(expanded('apply-groups nowhere;\nsystem { host-name r1; }\n'), 'system {\n    host-name r1;\n}\n');
});

test('the input tree is left unchanged', () => {
  const text = fixture('procedure-reference.conf');
  const tree = parse(text);
  const expansion = expandGroups(tree, { re: 're1' });
  assert.equal(renderText(tree), text);
  assert.notEqual(expansion.tree, tree);
});

test('provenance names the group of each inherited node and of each added value', () => {
  const text = `groups { a { system { host-name a; domain-search b.net; } } }
apply-groups a;
system { domain-name local.net; domain-search a.net; }
`;
  const expansion = expandGroups(parse(text));
  const system = at(expansion.tree, ['system']);
  assert.equal(expansion.groupOf(system), undefined);
  assert.equal(expansion.groupOf(at(system, ['host-name'])), 'a');
  assert.equal(expansion.groupOf(at(system, ['domain-name'])), undefined);
  assert.deepEqual([...(expansion.inheritedValues(at(system, ['domain-search'])) ?? [])], [['b.net', 'a']]);
});
