/**
 * The neutral form of an RPC reply's data: a tree of elements, which `render-xml.ts` writes as
 * Junos XML and `render-json.ts` as Junos JSON. Every RPC builds its data into this tree once;
 * neither renderer knows any RPC.
 *
 * Owns the element shape and small builders. Three kinds of element, as Junos has them:
 * - a leaf with text (`<slot>0</slot>`, JSON `"data" : "0"`);
 * - a flag, no text and no children (`<no-active-alarms/>`, JSON `"data" : [null]`);
 * - a container with children, possibly none (`<filter-information>` / `</filter-information>`,
 *   JSON `{ }`).
 * Attributes keep their order and their prefix (`xmlns`, `junos:style`, `junos:seconds`).
 */

export type Attribute = readonly [name: string, value: string];

export interface RpcElement {
  readonly name: string;
  readonly attributes?: readonly Attribute[];
  /** The text of a leaf. */
  readonly text?: string;
  /** The children of a container (`[]` for an empty one). Absent with no text: a flag. */
  readonly children?: readonly RpcElement[];
}

/** A container. Undefined children are skipped, so optional parts can be written inline. */
export function element(name: string, children: readonly (RpcElement | undefined)[], attributes?: readonly Attribute[]): RpcElement {
  const kept = children.filter((child): child is RpcElement => child !== undefined);
  return attributes === undefined || attributes.length === 0 ? { name, children: kept } : { name, attributes, children: kept };
}

/** A leaf with text. */
export function leaf(name: string, text: string | number, attributes?: readonly Attribute[]): RpcElement {
  return attributes === undefined || attributes.length === 0 ? { name, text: String(text) } : { name, text: String(text), attributes };
}

/** A leaf when `text` is defined, nothing otherwise. */
export function optionalLeaf(name: string, text: string | number | undefined): RpcElement | undefined {
  return text === undefined ? undefined : leaf(name, text);
}

/** A flag (`<name/>`). */
export function flag(name: string): RpcElement {
  return { name };
}

/** The kind of an element, as the renderers need it. */
export function kindOf(node: RpcElement): 'leaf' | 'flag' | 'container' {
  if (node.text !== undefined) return 'leaf';
  return node.children === undefined ? 'flag' : 'container';
}
