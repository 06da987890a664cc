import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from '../../test/support/fixtures.js';
import { junosSchema } from '../schema/junos.js';
import { compareConfig } from './compare.js';
import type { ConfigNode } from './node.js';
import { parseSet } from './parse-set.js';
import { parseText } from './parse-text.js';
import { renderText } from './render-text.js';

function text(source: string): ConfigNode {
  const { tree, issues } = parseText(source, junosSchema);
  assert.deepEqual(issues, []);
  return tree;
}

/** A copy of `tree` with the set/delete commands applied. */
function edited(tree: ConfigNode, commands: string): ConfigNode {
  const { tree: result, issues } = parseSet(commands, junosSchema, { into: tree.clone() });
  assert.deepEqual(issues, []);
  return result;
}

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

/** The states of procedure.md: section 1 (re0 alone), after 4.1, 5.1 and 5.2 (the fixture). */
const reference = text(fixture('procedure-reference.conf'));
const section1 = edited(
  reference,
  [
    'delete groups',
    'delete apply-groups',
    'delete system commit',
    'delete system domain-name',
    'set system host-name r1-re0',
    'set system backup-router 10.255.0.1 destination 10.0.0.0/8',
    'set interfaces fxp0 unit 0 family inet address 10.255.0.11/24',
  ].join('\n'),
);
const after41 = edited(
  section1,
  [
    'set groups re0 system host-name r1-re0',
    'set groups re0 system backup-router 10.255.0.1 destination 10.0.0.0/8',
    'set groups re0 interfaces fxp0 unit 0 family inet address 10.255.0.11/24',
    'set groups re0 interfaces fxp0 unit 0 family inet address 10.255.0.10/24 master-only',
    'set groups re1 system host-name r1-re1',
    'set groups re1 system backup-router 10.255.0.1 destination 10.0.0.0/8',
    'set groups re1 interfaces fxp0 unit 0 family inet address 10.255.0.12/24',
    'set groups re1 interfaces fxp0 unit 0 family inet address 10.255.0.10/24 master-only',
    'set apply-groups [ re0 re1 ]',
    'delete system host-name',
    'delete system backup-router',
    'delete interfaces fxp0',
  ].join('\n'),
);
const after51 = edited(after41, 'set system commit synchronize');
const after52 = edited(after51, 'set system domain-name lab.example.net');

test('the procedure states chain up to the reference configuration', () => {
  assert.equal(renderText(after52), renderText(reference));
});

// procedure.md 4.1, with one difference: the groups block starts one column further left
// (`+ groups {`, not `+  groups {`), as device outputs show for a block list wrapper (see the
// doc comment of compare.ts). Every other line is the procedure's.
test('entering the groups prints the diff of procedure 4.1, [edit] coming back after [edit system]', () => {
  assert.equal(
    compareConfig(section1, after41),
    lines(
      '[edit]',
      '+ groups {',
      '+     re0 {',
      '+         system {',
      '+             host-name r1-re0;',
      '+             backup-router 10.255.0.1 destination 10.0.0.0/8;',
      '+         }',
      '+         interfaces {',
      '+             fxp0 {',
      '+                 unit 0 {',
      '+                     family inet {',
      '+                         address 10.255.0.11/24;',
      '+                         address 10.255.0.10/24 {',
      '+                             master-only;',
      '+                         }',
      '+                     }',
      '+                 }',
      '+             }',
      '+         }',
      '+     }',
      '+     re1 {',
      '+         system {',
      '+             host-name r1-re1;',
      '+             backup-router 10.255.0.1 destination 10.0.0.0/8;',
      '+         }',
      '+         interfaces {',
      '+             fxp0 {',
      '+                 unit 0 {',
      '+                     family inet {',
      '+                         address 10.255.0.12/24;',
      '+                         address 10.255.0.10/24 {',
      '+                             master-only;',
      '+                         }',
      '+                     }',
      '+                 }',
      '+             }',
      '+         }',
      '+     }',
      '+ }',
      '+ apply-groups [ re0 re1 ];',
      '[edit system]',
      '-  host-name r1-re0;',
      '-  backup-router 10.255.0.1 destination 10.0.0.0/8;',
      '[edit]',
      '-  interfaces {',
      '-      fxp0 {',
      '-          unit 0 {',
      '-              family inet {',
      '-                  address 10.255.0.11/24;',
      '-              }',
      '-          }',
      '-      }',
      '-  }',
    ),
  );
});

test('adding commit synchronize prints the diff of procedure 5.1', () => {
  assert.equal(compareConfig(after41, after51), lines('[edit system]', '+   commit {', '+       synchronize;', '+   }'));
});

test('adding a domain name prints the diff of procedure 5.2', () => {
  assert.equal(compareConfig(after51, after52), lines('[edit system]', '+  domain-name lab.example.net;'));
});

// procedure.md 8.5 prints these lines one column further right; `groups re1` is one level on
// devices (see compare.ts), so the backup-router line sits where it would under [edit system]
// plus one.
test('a changed one-line statement inside a group prints - then + under [edit groups re1 system] (procedure 8.5)', () => {
  const changed = edited(reference, 'set groups re1 system backup-router 10.255.1.1 destination 10.0.0.0/8');
  assert.equal(
    compareConfig(reference, changed),
    lines('[edit groups re1 system]', '-   backup-router 10.255.0.1 destination 10.0.0.0/8;', '+   backup-router 10.255.1.1 destination 10.0.0.0/8;'),
  );
});

test('identical trees compare to the empty string', () => {
  assert.equal(compareConfig(reference, reference.clone()), '');
  assert.equal(compareConfig(text(''), text('')), '');
});

test('a changed leaf prints the old line then the new one', () => {
  assert.equal(
    compareConfig(text('system {\n    host-name a;\n}\n'), text('system {\n    host-name b;\n}\n')),
    lines('[edit system]', '-  host-name a;', '+  host-name b;'),
  );
});

test('a changed leaf-list prints the old line then the new one', () => {
  assert.equal(compareConfig(text('apply-groups re0;\n'), text('apply-groups [ re0 re1 ];\n')), lines('[edit]', '- apply-groups re0;', '+ apply-groups [ re0 re1 ];'));
});

const ge0 = text('interfaces {\n    ge-0/0/0 {\n        unit 0 {\n            family inet {\n                address 10.0.0.1/24;\n            }\n        }\n    }\n    ge-0/0/1 {\n        disable;\n    }\n}\n');

test('a family added to an existing unit is shown under the unit with the flat family name', () => {
  const changed = edited(ge0, 'set interfaces ge-0/0/0 unit 0 family inet6 address 2001:db8::1/64');
  assert.equal(
    compareConfig(ge0, changed),
    lines('[edit interfaces ge-0/0/0 unit 0]', '+      family inet6 {', '+          address 2001:db8::1/64;', '+      }'),
  );
});

test('a family added to a unit that had none starts one column further left', () => {
  const before = text('interfaces {\n    fxp0 {\n        unit 0;\n    }\n}\n');
  const changed = edited(before, 'set interfaces fxp0 unit 0 family inet address 10.0.0.1/24');
  assert.equal(compareConfig(before, changed), lines('[edit interfaces fxp0 unit 0]', '+     family inet {', '+         address 10.0.0.1/24;', '+     }'));
});

test('inside an existing family the header names it, and a replaced address shows + before -', () => {
  const changed = edited(ge0, 'delete interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24\nset interfaces ge-0/0/0 unit 0 family inet address 10.0.50.1/24');
  assert.equal(
    compareConfig(ge0, changed),
    lines('[edit interfaces ge-0/0/0 unit 0 family inet]', '+       address 10.0.50.1/24;', '-       address 10.0.0.1/24;'),
  );
});

test('a deleted list entry prints the whole entry with -', () => {
  const changed = edited(ge0, 'delete interfaces ge-0/0/1');
  assert.equal(compareConfig(ge0, changed), lines('[edit interfaces]', '-   ge-0/0/1 {', '-       disable;', '-   }'));
});

test('entries gone and added around a shared entry keep the list order', () => {
  const before = text('system {\n    login {\n        user a {\n            class x;\n        }\n        user b {\n            class x;\n        }\n        user c {\n            class x;\n        }\n    }\n}\n');
  const changed = edited(before, 'delete system login user a\nset system login user d class y\nset system login user c class z');
  assert.equal(
    compareConfig(before, changed),
    lines(
      '[edit system login]',
      '-    user a {',
      '-        class x;',
      '-    }',
      '[edit system login user c]',
      '-    class x;',
      '+    class z;',
      '[edit system login]',
      '+    user d {',
      '+        class y;',
      '+    }',
    ),
  );
});

test('a changed one-line list entry prints whole lines at the list-entry column', () => {
  const before = text('chassis {\n    redundancy {\n        routing-engine 0 master;\n    }\n}\nrouting-options {\n    static {\n        route 0.0.0.0/0 next-hop 10.0.0.1;\n    }\n}\n');
  const changed = edited(before, 'set chassis redundancy routing-engine 0 backup\nset routing-options static route 0.0.0.0/0 next-hop 10.0.0.2\ndelete routing-options static route 0.0.0.0/0 next-hop 10.0.0.1');
  assert.equal(
    compareConfig(before, changed),
    lines(
      '[edit chassis redundancy]',
      '-    routing-engine 0 master;',
      '+    routing-engine 0 backup;',
      '[edit routing-options static]',
      '-    route 0.0.0.0/0 next-hop 10.0.0.1;',
      '+    route 0.0.0.0/0 next-hop 10.0.0.2;',
    ),
  );
});

test('a block list is printed in its wrapper when wholly new, and entry by entry otherwise', () => {
  const none = text('system {\n    host-name r1;\n}\n');
  const one = edited(none, 'set system name-server 10.0.0.53');
  const two = edited(one, 'set system name-server 10.0.0.54');
  assert.equal(compareConfig(none, one), lines('[edit system]', '+  name-server {', '+      10.0.0.53;', '+  }'));
  assert.equal(compareConfig(one, two), lines('[edit system name-server]', '+   10.0.0.54;'));
});

test('deactivating a unit prints a ! line under a repeated header, as devices do', () => {
  const changed = edited(ge0, 'set interfaces ge-0/0/0 disable\ndeactivate interfaces ge-0/0/0 unit 0');
  assert.equal(
    compareConfig(ge0, changed),
    lines('[edit interfaces ge-0/0/0]', '+   disable;', '[edit interfaces ge-0/0/0]', '!     inactive: unit 0 { ... }'),
  );
});

test('deactivating and activating a leaf prints the whole line after inactive: or active:', () => {
  const active = text('system {\n    commit {\n        synchronize;\n    }\n}\n');
  const inactive = edited(active, 'deactivate system commit synchronize');
  assert.equal(compareConfig(active, inactive), lines('[edit system commit]', '!    inactive: synchronize;'));
  assert.equal(compareConfig(inactive, active), lines('[edit system commit]', '!    active: synchronize;'));
});

test('a statement deactivated while its content changes shows the changes under its own header', () => {
  const changed = edited(ge0, 'deactivate interfaces ge-0/0/1\nset interfaces ge-0/0/1 description uplink');
  assert.equal(
    compareConfig(ge0, changed),
    lines('[edit interfaces]', '!    inactive: ge-0/0/1 { ... }', '[edit interfaces ge-0/0/1]', '+   description uplink;'),
  );
});

test('a changed annotation prints the old and new comments above the statement as context', () => {
  const before = text('system {\n    /* old */\n    host-name r1;\n}\n');
  const after = text('system {\n    /* new */\n    host-name r1;\n}\n');
  assert.equal(compareConfig(before, after), lines('[edit system]', '-  /* old */', '+  /* new */', '   host-name r1;'));
});

test('compared at an edit level, headers start with that level', () => {
  const changed = edited(reference, 'set system domain-name other.net');
  const system = (tree: ConfigNode) => tree.child('system') as ConfigNode;
  assert.equal(
    compareConfig(system(reference), system(changed), ['system']),
    lines('[edit system]', '-  domain-name lab.example.net;', '+  domain-name other.net;'),
  );
});
