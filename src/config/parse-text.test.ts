import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from '../../test/support/fixtures.js';
import { junosSchema } from '../schema/junos.js';
import { formatIssue } from './errors.js';
import { parseText } from './parse-text.js';
import { renderText } from './render-text.js';

const parse = (text: string) => parseText(text, junosSchema);

test('canonical text survives a parse and render unchanged', () => {
  const text = fixture('procedure-reference.conf');
  const { tree, issues } = parse(text);
  assert.deepEqual(issues, []);
  assert.equal(renderText(tree), text);
});

test('statements are put in display order whatever the input order', () => {
  const { tree, issues } = parse('system { syslog { file messages { any notice; } } host-name r1; }\n');
  assert.deepEqual(issues, []);
  assert.equal(renderText(tree), 'system {\n    host-name r1;\n    syslog {\n        file messages {\n            any notice;\n        }\n    }\n}\n');
});

test('comments become annotations and generated ## comments are dropped', () => {
  const text = '## Last commit: 2024-03-11 09:13:30 UTC by lab\nsystem {\n    /* the name */\n    host-name r1;\n    # second\n    domain-name x.net; ## trailing\n}\n';
  const { tree, issues } = parse(text);
  assert.deepEqual(issues, []);
  assert.equal(renderText(tree), 'system {\n    /* the name */\n    host-name r1;\n    # second\n    domain-name x.net;\n}\n');
});

test('inactive: and protect: prefixes are kept', () => {
  const text = 'inactive: system {\n    protect: host-name r1;\n}\ninterfaces {\n    inactive: fxp0 {\n        disable;\n    }\n}\n';
  const { tree, issues } = parse(text);
  assert.deepEqual(issues, []);
  assert.equal(renderText(tree), text);
});

test('replace: is read as a tag for load replace', () => {
  const { tree, issues } = parse('system {\n    replace: login {\n        user a {\n            class operator;\n        }\n    }\n}\n');
  assert.deepEqual(issues, []);
  assert.equal(tree.child('system')?.child('login')?.replace, true);
});

test('quoted strings keep spaces and escaped quotes', () => {
  const text = 'interfaces {\n    fxp0 {\n        description "10/100 \\"mgmt\\" port";\n    }\n}\n';
  const { tree, issues } = parse(text);
  assert.deepEqual(issues, []);
  assert.equal(tree.child('interfaces')?.child('interface', 'fxp0')?.child('description')?.value, '10/100 "mgmt" port');
  assert.equal(renderText(tree), text);
});

test('bracketed lists and repeated leaf-list statements both add values', () => {
  const { tree, issues } = parse('apply-groups [ re0 re1 ];\napply-groups re2;\n');
  assert.deepEqual(issues, []);
  assert.deepEqual(tree.child('apply-groups')?.values, ['re0', 're1', 're2']);
});

test('one-line and nested forms of a statement read alike', () => {
  const a = parse('system { backup-router 10.255.0.1 destination [ 10.0.0.0/8 172.16.0.0/12 ]; }');
  const b = parse('system { backup-router { 10.255.0.1; destination 10.0.0.0/8; destination 172.16.0.0/12; } }');
  assert.deepEqual(a.issues, []);
  assert.deepEqual(b.issues, []);
  assert.equal(renderText(a.tree), renderText(b.tree));
  assert.match(renderText(a.tree), /backup-router 10\.255\.0\.1 destination \[ 10\.0\.0\.0\/8 172\.16\.0\.0\/12 \];/);
});

test('duplicate blocks merge and a repeated leaf keeps the last value', () => {
  const { tree } = parse('system { host-name a; } system { host-name b; domain-name d; }');
  assert.equal(renderText(tree), 'system {\n    host-name b;\n    domain-name d;\n}\n');
});

test('a member of a choice replaces the others', () => {
  const { tree } = parse('chassis { redundancy { routing-engine 0 master; routing-engine 0 backup; } }');
  assert.equal(renderText(tree), 'chassis {\n    redundancy {\n        routing-engine 0 backup;\n    }\n}\n');
});

test('an unknown statement is a syntax error with line, column and edit path', () => {
  const { issues } = parse('system {\n    host-name r1;\n    bogus-statement 1;\n}\n');
  assert.equal(issues.length, 1);
  const [issue] = issues;
  assert.equal(issue?.code, 'syntax');
  assert.equal(issue?.line, 3);
  assert.equal(issue?.column, 5);
  assert.equal(formatIssue(issues[0]!, 'r1.conf'), "r1.conf:3:(5) syntax error: bogus-statement\n[edit system]\n  'bogus-statement'\n    syntax error");
});

test('every error of a text is reported, not only the first', () => {
  const { issues } = parse('system {\n    bogus;\n    host-name;\n}\nchassis {\n    redundancy {\n        keepalive-time 1;\n    }\n}\nnonsense;\n');
  assert.deepEqual(issues.map((issue) => [issue.line, issue.code]), [[2, 'syntax'], [3, 'missing-value'], [7, 'invalid-value'], [10, 'syntax']]);
});

test('a value out of range names the statement and the value', () => {
  const { issues } = parse('chassis { redundancy { keepalive-time 10001; } }');
  assert.equal(issues[0]?.code, 'invalid-value');
  assert.deepEqual(issues[0]?.path, ['chassis', 'redundancy']);
  assert.equal(issues[0]?.statement, 'keepalive-time 10001');
});

test('invalid addresses, prefixes and interface names are refused', () => {
  const bad = [
    'system { backup-router 10.255.0.300; }',
    'routing-options { static { route 10.0.0.0/33 discard; } }',
    'routing-options { static { route 10.0.0.1/8 discard; } }',
    'interfaces { foo0 { disable; } }',
    'interfaces { fxp0 { unit 0 { family inet { address 10.0.0.256/24; } } } }',
    'system { login { user lab { uid 99; } } }',
  ];
  for (const text of bad) assert.equal(parse(text).issues[0]?.code, 'invalid-value', text);
});

test('unbalanced braces and a missing semicolon are reported', () => {
  assert.equal(parse('system {\n    host-name r1;\n').issues[0]?.message, "syntax error, expecting '}'");
  assert.equal(parse('system { host-name r1 }').issues[0]?.message, "syntax error, expecting ';' or '{'");
  assert.equal(parse('}\n').issues[0]?.code, 'unbalanced');
});

test('an unterminated quote does not swallow the rest silently', () => {
  const { issues } = parse('system {\n    host-name "r1;\n}\n');
  assert.ok(issues.length > 0);
});

test('short forms of prefixes are stored in their canonical spelling', () => {
  const { tree, issues } = parse('routing-options { static { route 0/0 next-hop 10.0.0.1; route 172.16/12 discard; } }');
  assert.deepEqual(issues, []);
  assert.match(renderText(tree), /route 0\.0\.0\.0\/0 next-hop 10\.0\.0\.1;\n {8}route 172\.16\.0\.0\/12 discard;/);
});

test('a leaf cannot open a block', () => {
  const { issues } = parse('system { host-name r1 { } }');
  assert.equal(issues.length, 1);
});

test('wildcard keys are accepted inside groups only', () => {
  const inGroup = parse('groups { g { interfaces { <ge-*> { unit 0 { description x; } } } } }');
  assert.deepEqual(inGroup.issues, []);
  assert.equal(parse('interfaces { <ge-*> { disable; } }').issues[0]?.code, 'invalid-value');
});

test('parsing into an existing level merges at that level', () => {
  const { tree } = parse('system { host-name r1; }');
  const system = tree.child('system')!;
  const result = parseText('domain-name d.net;', junosSchema, { into: system, editPath: ['system'] });
  assert.deepEqual(result.issues, []);
  assert.equal(renderText(tree), 'system {\n    host-name r1;\n    domain-name d.net;\n}\n');
});

test('text beyond Latin-1 is read as it is written', () => {
  const text = 'interfaces {\n    fxp0 {\n        description "\u017bółw \u{1F422} port";\n        unit 0 {\n            description caf\u00e9-\u017b{;\n        }\n    }\n}\n';
  const { tree, issues } = parse(text.replace('caf\u00e9-\u017b{;', 'caf\u00e9-\u017b;'));
  assert.deepEqual(issues, []);
  assert.equal(tree.child('interfaces')?.child('interface', 'fxp0')?.child('description')?.value, '\u017bółw \u{1F422} port');
  assert.equal(tree.child('interfaces')?.child('interface', 'fxp0')?.child('unit', '0')?.child('description')?.value, 'caf\u00e9-\u017b');
  // The low byte of U+017B is `{` and that of U+013B is `;`: neither may open or end a statement.
  const wide = parse('interfaces { fxp0 { description \u017bx\u013b; } }');
  assert.deepEqual(wide.issues, []);
  assert.equal(wide.tree.child('interfaces')?.child('interface', 'fxp0')?.child('description')?.value, '\u017bx\u013b');
});
