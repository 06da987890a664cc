/**
 * The subtree filter of `<get-configuration>` and `<get-config>`: a `<configuration>` element
 * naming the parts wanted (`<configuration><system><domain-name/></system></configuration>`,
 * PyEZ's domain fact; `<interfaces><interface><name>fxp0</name></interface></interfaces>`).
 *
 * Owns cutting a configuration tree down to what the filter names, ancestors kept:
 * - An element without children selects its statement whole (a container, a leaf, every entry
 *   of a list); one with children selects inside it.
 * - A list element's key child (`<name>`, or the list's key name) picks that entry; without one
 *   every entry is searched.
 * - A leaf's text in the filter is not a content match [U]: the leaf is selected whatever its
 *   value.
 * - A containing statement the filter reaches but that holds nothing selected is left out
 *   (an empty `<configuration>` when nothing matches).
 * - An element that names no statement is refused: `syntax error` with bad-element its name.
 * - `<configuration/>` with no children selects everything.
 */
import { keyElementName } from '../../config/element-mapping.js';
import { ConfigNode, newConfiguration } from '../../config/node.js';
import { childNamed } from './xml-element.js';
import type { XmlElement } from './xml-rpc-types.js';

export type FilterResult = { readonly ok: true; readonly tree: ConfigNode } | { readonly ok: false; readonly badElement: string };

function shell(node: ConfigNode): ConfigNode {
  const copy = new ConfigNode(node.schema, node.key);
  copy.inactive = node.inactive;
  copy.protect = node.protect;
  return copy;
}

/** Copies into `target` what `filters` select below `source`; the name of an unknown element, if any. */
function select(source: ConfigNode, filters: readonly XmlElement[], target: ConfigNode): string | undefined {
  for (const filter of filters) {
    const schema = source.schema.byName.get(filter.name);
    if (schema === undefined) return filter.name;
    if (schema.kind === 'leaf' || schema.kind === 'leaf-list') {
      const node = source.child(schema.name);
      if (node !== undefined) target.insert(node.clone());
      continue;
    }
    let candidates: ConfigNode[];
    let inner: readonly XmlElement[] = filter.children;
    if (schema.kind === 'list') {
      const keyElement = childNamed(filter, keyElementName(schema));
      const key = keyElement?.text.trim();
      inner = filter.children.filter((child) => child !== keyElement);
      candidates = key === undefined || key === '' ? source.entries(schema.name) : [source.child(schema.name, key)].filter((node): node is ConfigNode => node !== undefined);
    } else {
      const node = source.child(schema.name);
      candidates = node === undefined ? [] : [node];
    }
    for (const node of candidates) {
      if (inner.length === 0) {
        target.insert(node.clone());
        continue;
      }
      const copy = shell(node);
      const bad = select(node, inner, copy);
      if (bad !== undefined) return bad;
      if (!copy.isEmpty) target.insert(copy);
    }
  }
  return undefined;
}

/** `tree` cut down to what the `<configuration>` filter element names. */
export function filterConfiguration(tree: ConfigNode, filter: XmlElement): FilterResult {
  if (filter.children.length === 0) return { ok: true, tree };
  const root = newConfiguration(tree.schema);
  const bad = select(tree, filter.children, root);
  return bad === undefined ? { ok: true, tree: root } : { ok: false, badElement: bad };
}
