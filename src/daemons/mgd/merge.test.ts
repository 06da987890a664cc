import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfiguration } from '../../config/load.js';
import type { ConfigNode } from '../../config/node.js';
import { renderSet } from '../../config/render-set.js';
import { junosSchema } from '../../schema/junos.js';
import { mergeInto, mergeThreeWay } from './merge.js';
import { sameTree } from './tree-equal.js';

function tree(text: string): ConfigNode {
  const { tree: parsed, issues } = loadConfiguration(text, junosSchema, 'set');
  assert.deepEqual(issues, []);
  return parsed;
}

const lines = (node: ConfigNode | undefined): string[] => (node === undefined ? [] : renderSet(node).trim().split('\n').filter(Boolean));

const BASE = ['set system host-name r1', 'set system domain-name a.example', 'set system location building b1'].join('\n');

test('a three-way merge keeps my changes and theirs, and my deletions', () => {
  const base = tree(BASE);
  const mine = tree([BASE, 'delete system location', 'set system host-name mine', 'set system time-zone UTC'].join('\n'));
  const current = tree([BASE, 'delete system domain-name', 'set system name-server 10.0.0.53'].join('\n'));
  const merged = lines(mergeThreeWay(base, mine, current));
  assert.ok(merged.includes('set system host-name mine'));
  assert.ok(merged.includes('set system time-zone UTC'));
  assert.ok(merged.includes('set system name-server 10.0.0.53'));
  assert.ok(!merged.some((line) => line.includes('domain-name')), 'their deletion of what I left alone stands');
  assert.ok(!merged.some((line) => line.includes('location')), 'my deletion stands');
});

test('an unchanged private copy merges to exactly what is committed', () => {
  const base = tree(BASE);
  const current = tree(`${BASE}\nset system host-name moved`);
  const merged = mergeThreeWay(base, base.clone(), current);
  assert.ok(merged !== undefined && sameTree(merged, current));
});

test('merge adds statements, replaces leaf values and honours replace: tags only when asked', () => {
  const target = tree('set system login user lab class super-user\nset system login user lab uid 2000\nset system host-name r1');
  const source = loadConfiguration('system { host-name r2; replace: login { user ops { class read-only; } } }', junosSchema, 'text').tree;
  const merged = target.clone();
  mergeInto(merged, source, false);
  assert.deepEqual(lines(merged).filter((l) => l.includes('user')).length, 3);
  const replaced = target.clone();
  mergeInto(replaced, source, true);
  assert.deepEqual(lines(replaced), ['set system host-name r2', 'set system login user ops class read-only']);
  assert.equal(replaced.child('system')?.child('login')?.replace, false, 'the tag is not kept');
});
