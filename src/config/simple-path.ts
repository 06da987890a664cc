/**
 * The common shapes of a statement header, resolved without allocating: the fast path of the
 * text parser.
 *
 * Owns `resolveSimplePath`, which reads a header such as `unit 0`, `family inet`, `fxp0` or
 * `route 10.0.0.0/8 next-hop 10.0.0.1` into a reusable `StepBuffer` (no `Step` object, no array
 * per statement), and `setSimplePath`, which applies it as `setPath` would. It handles only
 * headers that resolve completely and cleanly: words naming containers, lists with a valid key,
 * leaves and leaf-lists with one valid value, flags, and keys of a nokeyword list. Anything else
 * (a `[ ... ]` list of values, a bare value, a wildcard, a quoted word where a keyword may be, a
 * missing or bad value) makes it give up, and the caller uses `resolvePath` in `path.ts`. That
 * is the reference: for every header this accepts, both give the same steps, and the same tree
 * (`simple-path.test.ts` checks it on every level of the schema).
 */
import type { SchemaNode } from '../schema/compile.js';
import { validCanonicalValue } from '../schema/value-types.js';
import { setStatement } from './edit.js';
import type { ConfigNode } from './node.js';
import type { WordBuffer } from './word-buffer.js';

const LESS_THAN = 60;

/** Resolved steps of one header in parallel arrays, reused from one statement to the next. */
export class StepBuffer {
  readonly schemas: SchemaNode[] = [];
  /** The key of a list step, else undefined. */
  readonly keys: (string | undefined)[] = [];
  /** The value of a leaf or leaf-list step (undefined for a flag and for levels). */
  readonly values: (string | undefined)[] = [];
  count = 0;

  push(schema: SchemaNode, key: string | undefined, value: string | undefined): void {
    const at = this.count;
    this.schemas[at] = schema;
    this.keys[at] = key;
    this.values[at] = value;
    this.count = at + 1;
  }

  /** Whether the last step is a leaf or leaf-list (which cannot open a `{` body). */
  get endsOnLeaf(): boolean {
    const kind = (this.schemas[this.count - 1] as SchemaNode).kind;
    return kind === 'leaf' || kind === 'leaf-list';
  }
}

/** Junos's spelling of `text` as a value of `schema`, or undefined when it is not valid. */
function validValue(schema: SchemaNode, text: string): string | undefined {
  return schema.type === undefined ? text : validCanonicalValue(schema.type, text);
}

/** A key, unless it could be a `<wildcard>` (whose meaning depends on the level: left to `resolvePath`). */
function validKey(schema: SchemaNode, text: string): string | undefined {
  return text.charCodeAt(0) === LESS_THAN ? undefined : validValue(schema, text);
}

/**
 * Resolves `words[start..]` from `from` into `steps` (emptied first). Returns the schema level
 * reached (where a `{` body continues), or undefined when the header is not one of the simple
 * shapes: then `steps` means nothing and `resolvePath` must be used.
 */
export function resolveSimplePath(words: WordBuffer, start: number, from: SchemaNode, steps: StepBuffer): SchemaNode | undefined {
  steps.count = 0;
  const texts = words.texts;
  const count = words.count;
  let level = from;
  let at = start;
  while (at < count) {
    if (words.quoted[at] === true) return undefined;
    const text = texts[at] as string;
    at += 1;
    const child = level.byName.get(text);
    if (child === undefined) {
      const keyList = level.keyList;
      const key = keyList === undefined ? undefined : validKey(keyList, text);
      if (key === undefined) return undefined;
      steps.push(keyList as SchemaNode, key, undefined);
      level = keyList as SchemaNode;
      continue;
    }
    switch (child.kind) {
      case 'container':
      case 'presence':
        steps.push(child, undefined, undefined);
        level = child;
        break;
      case 'list': {
        const key = at < count ? validKey(child, texts[at] as string) : undefined;
        if (key === undefined) return undefined;
        at += 1;
        steps.push(child, key, undefined);
        level = child;
        break;
      }
      case 'leaf':
      case 'leaf-list': {
        if (child.type === undefined || child.type.type === 'empty') {
          if (child.kind === 'leaf-list') return undefined;
          steps.push(child, undefined, undefined);
          break;
        }
        if (at >= count) return undefined;
        const text = texts[at] as string;
        if (child.kind === 'leaf-list' && text === '[' && words.quoted[at] !== true) return undefined;
        const value = validValue(child, text);
        if (value === undefined) return undefined;
        at += 1;
        steps.push(child, undefined, value);
        break;
      }
    }
  }
  return level;
}

/** `setPath` for a header resolved by `resolveSimplePath`: returns the node the path ends on. */
export function setSimplePath(at: ConfigNode, steps: StepBuffer): ConfigNode {
  let level = at;
  let last = at;
  for (let i = 0; i < steps.count; i += 1) {
    const schema = steps.schemas[i] as SchemaNode;
    last = setStatement(level, schema, steps.keys[i], steps.values[i]);
    if (schema.kind !== 'leaf' && schema.kind !== 'leaf-list') level = last;
  }
  return last;
}

/** Appends the edit path words of the steps (as `extendPath` does) to `path` from `length`; returns the new length. */
export function pushSimplePathWords(steps: StepBuffer, path: string[], length: number): number {
  let at = length;
  for (let i = 0; i < steps.count; i += 1) {
    const schema = steps.schemas[i] as SchemaNode;
    if (schema.kind === 'leaf' || schema.kind === 'leaf-list') continue;
    if (schema.def.nokeyword !== true) path[at++] = schema.name;
    const key = steps.keys[i];
    if (key !== undefined) path[at++] = key;
  }
  return at;
}
