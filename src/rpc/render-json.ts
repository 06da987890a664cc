/**
 * Writes an RPC reply's data (`rpc-element.ts`) as Junos JSON, the form of `| display json`,
 * NETCONF `format="json"` and REST `Accept: application/json` for operational RPCs.
 *
 * Owns the mapping and the layout. The mapping is Junos's attribute-preserving one (Juniper's
 * "Mapping Junos OS command output to JSON"): every element is a member whose value is an
 * array of objects, one per occurrence; consecutive siblings of the same name share one array
 * (non-consecutive ones repeat the member, as Junos does); a leaf's text is `"data"`, a flag's
 * `"data" : [null]`; attributes go in `"attributes"`, before the children of a container and
 * after the `"data"` of a leaf; an empty container is `{ }` on two lines.
 *
 * The pretty layout is copied from public 17.x captures of `| display json`: four spaces per
 * level; an array's `[` ends its member's line and its objects' braces sit at the member's
 * indentation (`"name" : [` / `{` / `"data" : "x"` / `}` / `]`); no space after commas; an
 * attributes object stays on one line when it has one attribute and otherwise continues each
 * attribute under the first, the closing brace under the opening one. `compact` is the
 * `json-minified` form, without any whitespace.
 */
import { kindOf, type Attribute, type RpcElement } from './rpc-element.js';

export interface JsonOptions {
  readonly compact?: boolean;
}

const str = (text: string): string => JSON.stringify(text);

/** Consecutive siblings of the same name, in order. */
function groups(children: readonly RpcElement[]): RpcElement[][] {
  const out: RpcElement[][] = [];
  for (const child of children) {
    const last = out[out.length - 1];
    if (last !== undefined && (last[0] as RpcElement).name === child.name) last.push(child);
    else out.push([child]);
  }
  return out;
}

// ---------- pretty ----------

/** Lines of one member `"name" : value`, the value starting on the member's line. */
type Member = (pad: string) => string[];

function attributesMember(attributes: readonly Attribute[]): Member {
  return (pad) => {
    const prefix = `${pad}"attributes" : `;
    const pairs = attributes.map(([name, value]) => `${str(name)} : ${str(value)}`);
    if (pairs.length === 1) return [`${prefix}{${pairs[0] as string}}`];
    const inner = ' '.repeat(prefix.length + 1);
    return [
      `${prefix}{${pairs[0] as string},`,
      ...pairs.slice(1).map((pair, index) => `${inner}${pair}${index < pairs.length - 2 ? ',' : ''}`),
      `${' '.repeat(prefix.length)}}`,
    ];
  };
}

function nestedRaw(node: RpcElement): never {
  throw new Error(`<${node.name}> renders itself and cannot be nested in another element`);
}

function membersOf(node: RpcElement): Member[] {
  const members: Member[] = [];
  const kind = kindOf(node);
  if (kind === 'raw') nestedRaw(node);
  if (kind === 'leaf') members.push((pad) => [`${pad}"data" : ${str(node.text ?? '')}`]);
  if (kind === 'flag') members.push((pad) => [`${pad}"data" : [null]`]);
  // After a leaf's "data", before a container's children.
  if (node.attributes?.length) members.push(attributesMember(node.attributes));
  for (const group of groups(node.children ?? [])) members.push(arrayMember(group));
  return members;
}

/** `{`, the members at pad + 4, `}`: one occurrence of an element. */
function objectLines(node: RpcElement, pad: string): string[] {
  const inner = `${pad}    `;
  const members = membersOf(node);
  const lines = [`${pad}{`];
  members.forEach((member, index) => {
    const memberLines = member(inner);
    if (index < members.length - 1) memberLines[memberLines.length - 1] += ',';
    lines.push(...memberLines);
  });
  lines.push(`${pad}}`);
  return lines;
}

function arrayMember(group: readonly RpcElement[]): Member {
  return (pad) => {
    const lines = [`${pad}${str((group[0] as RpcElement).name)} : [`];
    group.forEach((node, index) => {
      const object = objectLines(node, pad);
      if (index < group.length - 1) object[object.length - 1] += ',';
      lines.push(...object);
    });
    lines.push(`${pad}]`);
    return lines;
  };
}

// ---------- compact ----------

function compactObject(node: RpcElement): string {
  const parts: string[] = [];
  const kind = kindOf(node);
  if (kind === 'raw') nestedRaw(node);
  const attrs = node.attributes?.length ? `"attributes":{${node.attributes.map(([n, v]) => `${str(n)}:${str(v)}`).join(',')}}` : undefined;
  if (kind === 'leaf') parts.push(`"data":${str(node.text ?? '')}`);
  if (kind === 'flag') parts.push('"data":[null]');
  if (attrs !== undefined) parts.push(attrs);
  for (const group of groups(node.children ?? [])) {
    parts.push(`${str((group[0] as RpcElement).name)}:[${group.map(compactObject).join(',')}]`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * The element as a Junos JSON document (`{"name" : [{…}]}`), ending with a line break unless
 * compact. A raw payload writes its own document; one nested in another element is an error
 * of the RPC that built it.
 */
export function renderElementJson(node: RpcElement, options: JsonOptions = {}): string {
  if (node.raw !== undefined) return node.raw.json(options.compact === true);
  if (options.compact === true) return `{${str(node.name)}:[${compactObject(node)}]}`;
  return `${['{', ...arrayMember([node])('    '), '}'].join('\n')}\n`;
}
