import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from '../../test/support/fixtures.js';
import { junosSchema } from '../schema/junos.js';
import { formatIssue } from './errors.js';
import { checkGroups } from './groups-check.js';
import type { ConfigNode } from './node.js';
import { parseText } from './parse-text.js';

function parse(text: string): ConfigNode {
  const { tree, issues } = parseText(text, junosSchema);
  assert.deepEqual(issues, []);
  return tree;
}

test('the fixture has no group problems', () => {
  assert.deepEqual(checkGroups(parse(fixture('procedure-reference.conf'))), []);
});

test('apply-groups naming an undefined group is an error at its level', () => {
  const issues = checkGroups(parse('groups { a; }\napply-groups [ a foo ];\ninterfaces { fxp0 { apply-groups bar; } }\n'));
  assert.deepEqual(
    issues.map((issue) => formatIssue(issue)),
    ["[edit]\n  'apply-groups'\n    Group 'foo' not defined", "[edit interfaces fxp0]\n  'apply-groups'\n    Group 'bar' not defined"],
  );
  assert.ok(issues.every((issue) => issue.severity === 'error' && issue.code === 'not-found'));
});

test('apply-groups-except naming an undefined group is an error too', () => {
  const issues = checkGroups(parse('system { apply-groups-except nope; }\n'));
  assert.equal(issues.length, 1);
  assert.deepEqual(issues[0]?.path, ['system']);
  assert.equal(issues[0]?.badElement, 'nope');
});

test('inactive or other-RE groups count as defined, and inactive apply-groups are not checked', () => {
  const text = 'groups { inactive: a; re1; }\napply-groups [ a re1 ];\nsystem { inactive: apply-groups missing; }\n';
  assert.deepEqual(checkGroups(parse(text)), []);
});

test('group names beginning with junos- are reserved', () => {
  const issues = checkGroups(parse('groups { junos-mine; mine; }\n'));
  assert.equal(issues.length, 1);
  assert.equal(formatIssue(issues[0] as (typeof issues)[number]), "[edit groups]\n  'junos-mine'\n    Group names beginning with 'junos-' are reserved");
});
