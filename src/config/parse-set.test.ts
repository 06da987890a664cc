import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from '../../test/support/fixtures.js';
import { junosSchema } from '../schema/junos.js';
import { parseSet } from './parse-set.js';
import { parseText } from './parse-text.js';
import { renderSet } from './render-set.js';
import { renderText } from './render-text.js';

const run = (text: string) => parseSet(text, junosSchema);

test('set commands rebuild the reference configuration, and render back identically', () => {
  const reference = parseText(fixture('procedure-reference.conf'), junosSchema).tree;
  const set = renderSet(reference);
  const { tree, issues } = run(set);
  assert.deepEqual(issues, []);
  assert.equal(renderSet(tree), set);
  assert.equal(renderText(tree), renderText(reference));
});

test('the procedure input of step #03 builds the groups', () => {
  const { tree, issues } = run(
    [
      'set groups re0 system host-name r1-re0',
      'set groups re0 system backup-router 10.255.0.1 destination 10.0.0.0/8',
      'set groups re0 interfaces fxp0 unit 0 family inet address 10.255.0.11/24',
      'set groups re0 interfaces fxp0 unit 0 family inet address 10.255.0.10/24 master-only',
      'set apply-groups [ re0 re1 ]',
    ].join('\n'),
  );
  assert.deepEqual(issues, []);
  assert.equal(
    renderSet(tree),
    [
      'set groups re0 system host-name r1-re0',
      'set groups re0 system backup-router 10.255.0.1 destination 10.0.0.0/8',
      'set groups re0 interfaces fxp0 unit 0 family inet address 10.255.0.11/24',
      'set groups re0 interfaces fxp0 unit 0 family inet address 10.255.0.10/24 master-only',
      'set apply-groups re0',
      'set apply-groups re1',
      '',
    ].join('\n'),
  );
});

test('delete removes a statement and the plain containers it leaves empty', () => {
  const { tree, issues } = run('set interfaces fxp0 unit 0 family inet address 10.0.0.1/24\nset system host-name r1\ndelete interfaces fxp0\n');
  assert.deepEqual(issues, []);
  assert.equal(renderSet(tree), 'set system host-name r1\n');
});

test('delete of the last address keeps the presence container family inet', () => {
  const { tree } = run('set interfaces fxp0 unit 0 family inet address 10.0.0.1/24\ndelete interfaces fxp0 unit 0 family inet address 10.0.0.1/24\n');
  assert.equal(renderSet(tree), 'set interfaces fxp0 unit 0 family inet\n');
});

test('delete of one leaf-list value keeps the others', () => {
  const { tree } = run('set apply-groups [ a b c ]\ndelete apply-groups b\n');
  assert.deepEqual(tree.child('apply-groups')?.values, ['a', 'c']);
});

test('deleting what is not there warns statement not found and changes nothing', () => {
  const { tree, issues } = run('set system host-name r1\ndelete system domain-name\n');
  assert.equal(issues.length, 1);
  assert.equal(issues[0]?.severity, 'warning');
  assert.equal(issues[0]?.message, 'statement not found');
  assert.equal(renderSet(tree), 'set system host-name r1\n');
});

test('deactivate and activate mark statements, and display set shows them', () => {
  const { tree, issues } = run('set system syslog file messages any notice\nset system host-name r1\ndeactivate system syslog\ndeactivate system host-name\n');
  assert.deepEqual(issues, []);
  assert.equal(
    renderSet(tree),
    'set system host-name r1\ndeactivate system host-name\nset system syslog file messages any notice\ndeactivate system syslog\n',
  );
  const again = run(`${renderSet(tree)}activate system syslog\n`);
  assert.equal(again.tree.child('system')?.child('syslog')?.inactive, false);
});

test('protect marks a statement', () => {
  const { tree } = run('set system host-name r1\nprotect system\n');
  assert.equal(tree.child('system')?.protect, true);
  assert.equal(renderSet(tree), 'set system host-name r1\nprotect system\n');
});

test('annotate attaches a comment shown in text', () => {
  const { tree, issues } = run('set system host-name r1\nannotate system "RE settings"\n');
  assert.deepEqual(issues, []);
  assert.equal(renderText(tree), '/* RE settings */\nsystem {\n    host-name r1;\n}\n');
});

test('edit, up and top move the level that relative commands apply to', () => {
  const { tree, issues } = run('edit system login\nset user lab class super-user\nup\nset host-name r1\ntop\nset chassis redundancy graceful-switchover\n');
  assert.deepEqual(issues, []);
  assert.equal(
    renderSet(tree),
    'set system host-name r1\nset system login user lab class super-user\nset chassis redundancy graceful-switchover\n',
  );
});

test('errors carry line and column, and good lines still apply', () => {
  const { tree, issues } = run('set system host-name r1\nset system bogus-statement\nfrobnicate system\nset system login user lab uid 99\n');
  assert.deepEqual(issues.map((issue) => [issue.line, issue.column, issue.code]), [[2, 12, 'syntax'], [3, 1, 'syntax'], [4, 31, 'invalid-value']]);
  assert.equal(renderSet(tree), 'set system host-name r1\n');
});

test('a missing value is reported as missing argument', () => {
  const { issues } = run('set system host-name\n');
  assert.equal(issues[0]?.message, 'missing argument');
});

test('comments and blank lines are ignored', () => {
  const { tree, issues } = run('# a comment\n\nset system host-name r1 # trailing\n');
  assert.deepEqual(issues, []);
  assert.equal(renderSet(tree), 'set system host-name r1\n');
});

test('braces in a set line are a syntax error', () => {
  assert.equal(run('set system { host-name r1\n').issues[0]?.code, 'syntax');
});
