import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SchemaNode } from '../schema/compile.js';
import { junosSchema } from '../schema/junos.js';
import { WordBuffer } from './word-buffer.js';
import { ConfigNode } from './node.js';
import { insideGroups, resolvePath, stepWords, type Step } from './path.js';
import { setPath } from './edit.js';
import { pushSimplePathWords, resolveSimplePath, setSimplePath, StepBuffer } from './simple-path.js';
import { renderText } from './render-text.js';

type Input = string | { quoted: string };

function wordsOf(inputs: readonly Input[]): WordBuffer {
  const words = new WordBuffer();
  inputs.forEach((input, index) => {
    if (typeof input === 'string') words.add(input, false, 1, index + 1);
    else words.add(input.quoted, true, 1, index + 1);
  });
  return words;
}

/** The fast path's steps in the shape `resolvePath` gives them. */
function asSteps(steps: StepBuffer): Step[] {
  const out: Step[] = [];
  for (let i = 0; i < steps.count; i += 1) {
    const schema = steps.schemas[i] as SchemaNode;
    const key = steps.keys[i];
    const value = steps.values[i];
    if (schema.kind === 'leaf-list') out.push({ schema, values: [value as string] });
    else if (key !== undefined) out.push({ schema, key });
    else if (value !== undefined) out.push({ schema, value });
    else out.push({ schema });
  }
  return out;
}

/**
 * Resolves `inputs` at `level` both ways; when the fast path takes the header, it must agree with
 * `resolvePath` on every step, on the level reached, on the edit path and on the tree it builds.
 * Returns whether the fast path took it.
 */
function agrees(level: SchemaNode, inputs: readonly Input[]): boolean {
  const words = wordsOf(inputs);
  const steps = new StepBuffer();
  const reached = resolveSimplePath(words, 0, level, steps);
  if (reached === undefined) return false;
  const label = `${level.path.join(' ')} | ${inputs.map((input) => (typeof input === 'string' ? input : `"${input.quoted}"`)).join(' ')}`;
  const reference = resolvePath(words, 0, level, { partial: true, wildcards: insideGroups(level), editPath: [] });
  assert.equal(reference.issue, undefined, label);
  assert.equal(reached, reference.level, label);
  assert.deepEqual(asSteps(steps), reference.steps, label);
  const path: string[] = [];
  assert.deepEqual(path.slice(0, pushSimplePathWords(steps, path, 0)), stepWords(reference.steps), label);
  const fast = new ConfigNode(level);
  const slow = new ConfigNode(level);
  setSimplePath(fast, steps);
  setPath(slow, reference.steps);
  assert.equal(renderText(fast), renderText(slow), label);
  return true;
}

const VALUES = [
  '0', '1', '4094', '99999999999', '-1', '10.0.0.1', '10.0.0.0/8', '10.0.0.1/8', '0/0', '10.0.0.1/24', '10.0.0.256',
  '2001:db8::/32', 'fe80::1/64', 'ge-0/0/0', 'ge-0/0/0.100', 'fxp0', 'fxp0.0', 'lo0', 'foo0', 'lab', 'r1', 'any', 'notice',
  'inet', 'master', '[', ']', '<ge-*>', '<*>', 're0', 'x.example.net', '$6$abc$def',
];

function levelsOf(root: SchemaNode): SchemaNode[] {
  const levels: SchemaNode[] = [];
  const visit = (node: SchemaNode): void => {
    if (node.kind === 'container' || node.kind === 'presence' || node.kind === 'list') levels.push(node);
    for (const child of node.children) visit(child);
  };
  visit(root);
  return levels;
}

test('the fast path agrees with resolvePath on every header it takes', () => {
  let seed = 7;
  const random = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed % n;
  };
  let taken = 0;
  let tried = 0;
  for (const level of levelsOf(junosSchema)) {
    const names = level.children.map((child) => child.name);
    const candidates: Input[][] = [];
    for (const name of names) {
      candidates.push([name], [{ quoted: name }]);
      for (const value of VALUES) candidates.push([name, value], [name, { quoted: value }], [value]);
    }
    for (let i = 0; i < 200; i += 1) {
      const length = 1 + random(5);
      const words: Input[] = [];
      for (let w = 0; w < length; w += 1) {
        const pool = random(2) === 0 ? names : VALUES;
        words.push(pool[random(pool.length)] as string);
      }
      candidates.push(words);
    }
    for (const words of candidates) {
      tried += 1;
      if (agrees(level, words)) taken += 1;
    }
  }
  assert.ok(taken > 1000, `the fast path took only ${taken} of ${tried} headers`);
});

test('the common headers of a configuration take the fast path', () => {
  const interfaces = junosSchema.byName.get('interfaces') as SchemaNode;
  const routingOptions = junosSchema.byName.get('routing-options') as SchemaNode;
  const interfaceLevel = interfaces.keyList as SchemaNode;
  const unit = interfaceLevel.byName.get('unit') as SchemaNode;
  assert.ok(agrees(interfaces, ['ge-0/0/0']));
  assert.ok(agrees(interfaceLevel, ['unit', '0']));
  assert.ok(agrees(interfaceLevel, ['description', { quoted: 'uplink 1' }]));
  assert.ok(agrees(unit, ['family', 'inet']));
  assert.ok(agrees(routingOptions, ['static', 'route', '0/0', 'next-hop', '10.0.0.1']));
  assert.ok(agrees(junosSchema, ['system', 'host-name', 'r1']));
});

test('headers the fast path leaves to resolvePath', () => {
  const system = junosSchema.byName.get('system') as SchemaNode;
  const interfaces = junosSchema.byName.get('interfaces') as SchemaNode;
  assert.equal(agrees(junosSchema, ['apply-groups', '[', 're0', 're1', ']']), false, 'a bracketed list of values');
  assert.equal(agrees(system, ['backup-router', '10.0.0.1']), false, 'a bare value');
  assert.equal(agrees(interfaces, ['<ge-*>']), false, 'a wildcard');
  assert.equal(agrees(interfaces, [{ quoted: 'fxp0' }]), false, 'a quoted word where a keyword may be');
  assert.equal(agrees(system, ['host-name']), false, 'a missing value');
  assert.equal(agrees(system, ['bogus']), false, 'an unknown word');
});
