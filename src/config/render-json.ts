/**
 * Renders a configuration tree as Junos's JSON, as `show configuration | display json` and
 * NETCONF `<get-configuration format="json">` return it (the default `ietf` export format).
 *
 * Owns the JSON mapping and layout of a configuration: `{"configuration" : {…}}`; containers are
 * objects; a list is an array of entry objects, each with its key as `"name"` (or the list's
 * `keyName`) first; leaf-lists are arrays of values; flags and empty (presence) containers are
 * `[null]`; integer-typed values and keys are numbers (Junos does so since 17.1), every other
 * value a string. Names are the schema (YANG) names, as in XML (`element-mapping.ts`).
 * Metadata follows Junos: `"@" : {"inactive" : true, "protect" : true, "comment" : "/* … *\/"}`
 * as the first member of a container or list entry, and `"@name" : {…}` right after a leaf's
 * member; the commit attributes are the `"@"` of `configuration`, as strings.
 *
 * Pretty layout (what the CLI prints, from public 18.2R1 and 22.x captures): four spaces per
 * level, `" : "` between a name and its value, one member per line; a list's `[` ends the name's
 * line and its entries' braces sit at the name's indentation, the closing `]` too; leaf-lists
 * stay on one line (`["re0", "re1"]`). Releases before about 21.x end every `,` with a space
 * (`"uid" : 2000, ` then the line break) — except right after a leaf-list (`["send_agg"],`) —
 * and retwin's 17.3R1 does so by default; `spaceAfterComma: false` gives the newer form.
 * `compact` writes the same value without any whitespace.
 *
 * Choices where Junos is unclear or retwin had to pick:
 * - The missing space after a leaf-list's `,` was seen in one capture only (18.2R1); kept as seen.
 * - An annotation is the `"comment"` member of the metadata, delimiters included (a Juniper blog
 *   shows `"annotate"` for input; no capture of output with comments was found).
 * - `"@"` comes before a list entry's `"name"`.
 * - Metadata of a flag or an empty container (written `[null]`) goes in a `"@name"` member
 *   after it, as for a leaf.
 * - Metadata of a leaf-list is an array with one object per value (RFC 7952): the marks on every
 *   value, the annotation on the first only.
 * - Secret values are written in clear, as in XML.
 */
import type { ConfigNode } from './node.js';
import { commitAttributePairs, isJsonNumber, keyElementName, shapeOf, type CommitAttributes } from './element-mapping.js';

export interface JsonRenderOptions {
  /** The commit attributes (`"@"` of `configuration`); left out when absent. */
  readonly commit?: CommitAttributes;
  /** No whitespace at all; the pretty Junos layout otherwise. */
  readonly compact?: boolean;
  /** Pretty layout only: a space after each `,` as 17.3-era releases print; true by default. */
  readonly spaceAfterComma?: boolean;
}

/** A JSON value, with the few distinctions the Junos layout needs. */
type JsonValue =
  | { readonly kind: 'object'; readonly members: readonly JsonMember[] }
  /** An array written one item per line: list entries, per-value metadata. */
  | { readonly kind: 'rows'; readonly items: readonly JsonValue[] }
  /** A leaf-list: an array of scalars written on one line. */
  | { readonly kind: 'values'; readonly items: readonly string[] }
  /** JSON text written as is: a string, a number, `true`, `null`, `[null]`. */
  | { readonly kind: 'scalar'; readonly text: string };

type JsonMember = readonly [name: string, value: JsonValue];

const NULL_ARRAY: JsonValue = { kind: 'scalar', text: '[null]' };
const TRUE: JsonValue = { kind: 'scalar', text: 'true' };
const NULL: JsonValue = { kind: 'scalar', text: 'null' };

function string(text: string): JsonValue {
  return { kind: 'scalar', text: JSON.stringify(text) };
}

function scalarText(node: ConfigNode, value: string): string {
  return isJsonNumber(node.schema.type, value) ? value : JSON.stringify(value);
}

/** The metadata object of a statement, or undefined when it has none. */
function metadata(node: ConfigNode, withComment = true): JsonValue | undefined {
  const members: JsonMember[] = [];
  if (node.inactive) members.push(['inactive', TRUE]);
  if (node.protect) members.push(['protect', TRUE]);
  if (withComment && node.annotation !== undefined) members.push(['comment', string(node.annotation)]);
  return members.length === 0 ? undefined : { kind: 'object', members };
}

function leafListMetadata(node: ConfigNode): JsonValue | undefined {
  const values = node.values ?? [];
  if (metadata(node) === undefined || values.length === 0) return undefined;
  const items = values.map((_, index) => metadata(node, index === 0) ?? NULL);
  return { kind: 'rows', items };
}

function entryObject(entry: ConfigNode): JsonValue {
  const members: JsonMember[] = [];
  const meta = metadata(entry);
  if (meta !== undefined) members.push(['@', meta]);
  if (entry.key !== undefined) members.push([keyElementName(entry.schema), { kind: 'scalar', text: scalarText(entry, entry.key) }]);
  members.push(...childMembers(entry));
  return { kind: 'object', members };
}

/** The members standing for the children of `node`; consecutive entries of a list share one. */
function childMembers(node: ConfigNode): JsonMember[] {
  const members: JsonMember[] = [];
  const children = node.children;
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i] as ConfigNode;
    const name = child.name;
    const shape = shapeOf(child);
    if (shape === 'entry') {
      const entries: JsonValue[] = [];
      while (i < children.length && (children[i] as ConfigNode).schema === child.schema) {
        entries.push(entryObject(children[i] as ConfigNode));
        i += 1;
      }
      i -= 1;
      members.push([name, { kind: 'rows', items: entries }]);
    } else if (shape === 'container') {
      const meta = metadata(child);
      members.push([name, { kind: 'object', members: [...(meta === undefined ? [] : [['@', meta] as const]), ...childMembers(child)] }]);
    } else if (shape === 'values') {
      const values = child.values ?? [];
      if (values.length === 0) continue;
      members.push([name, { kind: 'values', items: values.map((value) => scalarText(child, value)) }]);
      const meta = leafListMetadata(child);
      if (meta !== undefined) members.push([`@${name}`, meta]);
    } else {
      members.push([name, shape === 'value' ? { kind: 'scalar', text: scalarText(child, child.value ?? '') } : NULL_ARRAY]);
      const meta = metadata(child);
      if (meta !== undefined) members.push([`@${name}`, meta]);
    }
  }
  return members;
}

function printCompact(value: JsonValue): string {
  switch (value.kind) {
    case 'object':
      return `{${value.members.map(([name, member]) => `${JSON.stringify(name)}:${printCompact(member)}`).join(',')}}`;
    case 'rows':
      return `[${value.items.map(printCompact).join(',')}]`;
    case 'values':
      return `[${value.items.join(',')}]`;
    case 'scalar':
      return value.text;
  }
}

/** Prints `value` where it follows `"name" : ` on a line indented `indent` spaces. */
function printPretty(value: JsonValue, indent: number, comma: string): string {
  const pad = ' '.repeat(indent);
  switch (value.kind) {
    case 'object': {
      const inner = ' '.repeat(indent + 4);
      const lines = value.members.map(([name, member], index) => {
        const last = index === value.members.length - 1;
        const separator = last ? '' : member.kind === 'values' ? ',' : comma;
        return `${inner}${JSON.stringify(name)} : ${printPretty(member, indent + 4, comma)}${separator}\n`;
      });
      return `{\n${lines.join('')}${pad}}`;
    }
    case 'rows':
      return `[\n${value.items.map((item) => pad + printPretty(item, indent, comma)).join(`${comma}\n`)}\n${pad}]`;
    case 'values':
      return `[${value.items.join(', ')}]`;
    case 'scalar':
      return value.text;
  }
}

/** Renders the root of a configuration tree as `{"configuration" : {…}}`. */
export function renderJson(tree: ConfigNode, options: JsonRenderOptions = {}): string {
  const members: JsonMember[] = [];
  if (options.commit !== undefined) {
    members.push(['@', { kind: 'object', members: commitAttributePairs(options.commit).map(([name, value]) => [name, string(value)] as const) }]);
  }
  members.push(...childMembers(tree));
  const top: JsonValue = { kind: 'object', members: [['configuration', { kind: 'object', members }]] };
  if (options.compact === true) return printCompact(top);
  return `${printPretty(top, 0, options.spaceAfterComma === false ? ',' : ', ')}\n`;
}
