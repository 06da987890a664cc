/**
 * The look-up index of a configuration node with many children (see `node.ts`).
 *
 * Owns finding a child by statement name, and a list entry by name and key, in constant time:
 * two plain map look-ups, with no identity string built per look-up (a large configuration
 * looks up every statement it adds). It does not order anything: the node keeps the children.
 */
import type { ConfigNode } from './node.js';

export class ChildIndex {
  readonly #named = new Map<string, ConfigNode>();
  readonly #entries = new Map<string, Map<string, ConfigNode>>();

  static of(children: readonly ConfigNode[]): ChildIndex {
    const index = new ChildIndex();
    for (const child of children) index.set(child);
    return index;
  }

  get(name: string, key: string | undefined): ConfigNode | undefined {
    return key === undefined ? this.#named.get(name) : this.#entries.get(name)?.get(key);
  }

  set(node: ConfigNode): void {
    const key = node.key;
    if (key === undefined) {
      this.#named.set(node.schema.name, node);
      return;
    }
    let entries = this.#entries.get(node.schema.name);
    if (entries === undefined) {
      entries = new Map();
      this.#entries.set(node.schema.name, entries);
    }
    entries.set(key, node);
  }

  delete(node: ConfigNode): void {
    if (node.key === undefined) this.#named.delete(node.schema.name);
    else this.#entries.get(node.schema.name)?.delete(node.key);
  }
}
