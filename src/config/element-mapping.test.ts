import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileSchema } from '../schema/compile.js';
import { container, flag, integer, leaf, leafList, list, presence, STRING } from '../schema/define.js';
import { commitAttributePairs, isJsonNumber, keyElementName, shapeOf } from './element-mapping.js';
import { ConfigNode } from './node.js';

const schema = compileSchema(
  container('configuration', 'root', [
    list('plain', 'a list', STRING, [], {}),
    list('named', 'a list with its own key name', STRING, [], { keyName: 'id' }),
    leaf('count', 'an integer', integer(0, 10)),
    flag('on', 'a flag'),
    leafList('many', 'values', STRING),
    presence('box', 'a presence container', [flag('inside', 'a flag inside')]),
  ]),
);

const at = (name: string) => {
  const node = schema.byName.get(name);
  assert.ok(node !== undefined);
  return node;
};

test('a list key is named name unless the schema says otherwise', () => {
  assert.equal(keyElementName(at('plain')), 'name');
  assert.equal(keyElementName(at('named')), 'id');
});

test('each kind of statement has its shape', () => {
  const count = new ConfigNode(at('count'));
  count.value = '3';
  assert.equal(shapeOf(count), 'value');
  assert.equal(shapeOf(new ConfigNode(at('on'))), 'flag');
  assert.equal(shapeOf(new ConfigNode(at('many'))), 'values');
  assert.equal(shapeOf(new ConfigNode(at('plain'), 'x')), 'entry');
  const box = new ConfigNode(at('box'));
  assert.equal(shapeOf(box), 'empty');
  box.insert(new ConfigNode(at('box').byName.get('inside') ?? assert.fail('no inside')));
  assert.equal(shapeOf(box), 'container');
});

test('only integer-typed values that read as integers are JSON numbers', () => {
  assert.equal(isJsonNumber({ type: 'integer', min: 0, max: 10 }, '7'), true);
  assert.equal(isJsonNumber({ type: 'integer', min: -5, max: 10 }, '-3'), true);
  assert.equal(isJsonNumber({ type: 'integer', min: 0, max: 10 }, '07'), false);
  assert.equal(isJsonNumber({ type: 'string' }, '7'), false);
  assert.equal(isJsonNumber(undefined, '7'), false);
});

test('commit attributes come in the order Junos writes them', () => {
  assert.deepEqual(commitAttributePairs({ seconds: 12, localtime: '2024-03-11 09:13:30 UTC', user: 'lab' }), [
    ['junos:commit-seconds', '12'],
    ['junos:commit-localtime', '2024-03-11 09:13:30 UTC'],
    ['junos:commit-user', 'lab'],
  ]);
});
