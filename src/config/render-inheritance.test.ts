import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from '../../test/support/fixtures.js';
import { junosSchema } from '../schema/junos.js';
import { expandGroups, type RoutingEngineSlot } from './groups.js';
import type { ConfigNode } from './node.js';
import { parseText } from './parse-text.js';
import { renderInheritance } from './render-inheritance.js';
import { renderText } from './render-text.js';

function parse(text: string): ConfigNode {
  const { tree, issues } = parseText(text, junosSchema);
  assert.deepEqual(issues, []);
  return tree;
}

function inheritance(text: string, re: RoutingEngineSlot = 're0'): string {
  return renderInheritance(expandGroups(parse(text), { re }));
}

const FIXTURE_RE0 = `version 17.3R1.10;
system {
    ##
    ## 'r1-re0' was inherited from group 're0'
    ##
    host-name r1-re0;
    root-authentication {
        encrypted-password "$6$Rf0.Tz3c$Hq8Wm2Lp5Xn1Vb7Kd4Sj9Ga6Yt3Ue0Oc2Ri8Fz5Nh1Mw7Pb4Ld9Xs6Qk3Jv0Ty2Ea8Gu5Cn1Ho4Zr7Wf."; ## SECRET-DATA
    }
    commit {
        synchronize;
    }
    login {
        user lab {
            uid 2000;
            class super-user;
            authentication {
                encrypted-password "$6$Mv2.Jq8k$Ps4Ld7Xw1Nc9Zb3Hr6Ft0Yk5Ga8Ue2Oi7Sm4Qj1Vn9Cx3Dw6Th0Bp5Lr8Ez2Kf7Ug4Ya1Mh6Ws9Nq3Jc0Rv."; ## SECRET-DATA
            }
        }
    }
    services {
        ssh;
        netconf {
            ssh;
        }
    }
    domain-name lab.example.net;
    ##
    ## 'backup-router' was inherited from group 're0'
    ## '10.255.0.1' was inherited from group 're0'
    ## '10.0.0.0/8' was inherited from group 're0'
    ##
    backup-router 10.255.0.1 destination 10.0.0.0/8;
    syslog {
        user * {
            any emergency;
        }
        file messages {
            any notice;
            authorization info;
        }
        file interactive-commands {
            interactive-commands any;
        }
    }
}
##
## 'interfaces' was inherited from group 're0'
##
interfaces {
    ##
    ## 'fxp0' was inherited from group 're0'
    ##
    fxp0 {
        ##
        ## '0' was inherited from group 're0'
        ##
        unit 0 {
            ##
            ## 'inet' was inherited from group 're0'
            ##
            family inet {
                ##
                ## '10.255.0.11/24' was inherited from group 're0'
                ##
                address 10.255.0.11/24;
                ##
                ## '10.255.0.10/24' was inherited from group 're0'
                ##
                address 10.255.0.10/24 {
                    ##
                    ## 'master-only' was inherited from group 're0'
                    ##
                    master-only;
                }
            }
        }
    }
}
`;

test('display inheritance of the fixture on re0 (golden)', () => {
  assert.equal(inheritance(fixture('procedure-reference.conf'), 're0'), FIXTURE_RE0);
});

test('display inheritance on re1 names group re1 and its own address', () => {
  const text = inheritance(fixture('procedure-reference.conf'), 're1');
  assert.match(text, / {4}##\n {4}## 'r1-re1' was inherited from group 're1'\n {4}##\n {4}host-name r1-re1;\n/);
  assert.match(text, /## '10\.255\.0\.12\/24' was inherited from group 're1'\n {16}##\n {16}address 10\.255\.0\.12\/24;\n/);
  assert.doesNotMatch(text, /re0/);
});

test('display inheritance no-comments is the expanded text without markers', () => {
  const expansion = expandGroups(parse(fixture('procedure-reference.conf')), { re: 're0' });
  const plain = renderInheritance(expansion, expansion.tree, { noComments: true });
  assert.equal(plain, renderText(expansion.tree));
  assert.equal(plain, FIXTURE_RE0.replace(/^ *##(?: .*)?\n/gm, ''));
});

test('each inherited statement is marked, nested ones included, local ones not', () => {
  const text = `groups { foo { system { default-address-selection; services { netconf { ssh; } } } } }
apply-groups foo;
system { host-name vr1; services { ssh; } }
`;
  const expansion = expandGroups(parse(text));
  const system = expansion.tree.child('system') as ConfigNode;
  assert.equal(
    renderInheritance(expansion, system),
    `host-name vr1;
services {
    ssh;
    ##
    ## 'netconf' was inherited from group 'foo'
    ##
    netconf {
        ##
        ## 'ssh' was inherited from group 'foo'
        ##
        ssh;
    }
}
##
## 'default-address-selection' was inherited from group 'foo'
##
default-address-selection;
`,
  );
});

test('leaf-lists and block lists mark only the values a group added', () => {
  const text = `groups { worldwide { system { domain-search [ a.net b.net ]; name-server { 10.0.0.100; } } } }
apply-groups worldwide;
system { domain-search [ local.net a.net ]; name-server { 10.0.0.1; } }
`;
  assert.equal(
    inheritance(text),
    `system {
    ##
    ## 'b.net' was inherited from group 'worldwide'
    ##
    domain-search [ local.net a.net b.net ];
    name-server {
        10.0.0.1;
        ##
        ## '10.0.0.100' was inherited from group 'worldwide'
        ##
        10.0.0.100;
    }
}
`,
  );
});

test('a statement on one line lists its inherited parts in one block', () => {
  const text = `groups { g { chassis { redundancy { routing-engine 1 backup; } } } }
apply-groups g;
chassis { redundancy { routing-engine 0 master; } }
`;
  assert.equal(
    inheritance(text),
    `chassis {
    redundancy {
        routing-engine 0 master;
        ##
        ## '1' was inherited from group 'g'
        ## 'backup' was inherited from group 'g'
        ##
        routing-engine 1 backup;
    }
}
`,
  );
});

test('statements from different groups name their own group', () => {
  const text = `groups {
    one { interfaces { ge-0/0/1 { description "from one"; } } }
    two { interfaces { <*> { unit 0 { family inet { address 10.0.0.1/24; } } } } }
}
apply-groups [ one two ];
interfaces { ge-0/0/0 { description local; } }
`;
  assert.equal(
    inheritance(text),
    `interfaces {
    ge-0/0/0 {
        description local;
        ##
        ## '0' was inherited from group 'two'
        ##
        unit 0 {
            ##
            ## 'inet' was inherited from group 'two'
            ##
            family inet {
                ##
                ## '10.0.0.1/24' was inherited from group 'two'
                ##
                address 10.0.0.1/24;
            }
        }
    }
    ##
    ## 'ge-0/0/1' was inherited from group 'one'
    ##
    ge-0/0/1 {
        ##
        ## 'from one' was inherited from group 'one'
        ##
        description "from one";
        ##
        ## '0' was inherited from group 'two'
        ##
        unit 0 {
            ##
            ## 'inet' was inherited from group 'two'
            ##
            family inet {
                ##
                ## '10.0.0.1/24' was inherited from group 'two'
                ##
                address 10.0.0.1/24;
            }
        }
    }
}
`,
  );
});
