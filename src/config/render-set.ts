/**
 * Renders a configuration tree as `set` commands, as `show configuration | display set` does.
 *
 * Owns the set layout: one line per leaf value, flag or empty statement, each naming its full
 * path; the bare value of a nokeyword leaf stays in the path of its siblings
 * (`set system backup-router 10.255.0.1 destination 10.0.0.0/8`); after an inactive or protected
 * statement's lines, a `deactivate` / `protect` line for it. Annotations are not part of set output.
 */
import type { ConfigNode } from './node.js';
import { quoteValue } from './quote.js';

function pathWords(node: ConfigNode): string {
  if (node.key === undefined) return node.name;
  const key = quoteValue(node.key);
  return node.schema.def.nokeyword === true ? key : `${node.name} ${key}`;
}

function join(path: string, word: string): string {
  if (path === '') return word;
  return word === '' ? path : `${path} ${word}`;
}

class SetRenderer {
  readonly #out: string[] = [];

  get text(): string {
    return this.#out.length === 0 ? '' : `${this.#out.join('\n')}\n`;
  }

  #marks(node: ConfigNode, path: string): void {
    if (node.inactive) this.#out.push(`deactivate ${path}`);
    if (node.protect) this.#out.push(`protect ${path}`);
  }

  #leaf(node: ConfigNode, path: string): void {
    const at = join(path, node.schema.def.nokeyword === true ? '' : node.name);
    const secret = node.schema.def.secret === true;
    const suffix = secret ? ' ## SECRET-DATA' : '';
    if (node.schema.kind === 'leaf-list') {
      for (const value of node.values ?? []) this.#out.push(`set ${join(at, quoteValue(value, secret))}${suffix}`);
    } else if (node.value === undefined) {
      this.#out.push(`set ${at}`);
    } else {
      this.#out.push(`set ${join(at, quoteValue(node.value, secret))}${suffix}`);
    }
    this.#marks(node, join(path, node.name));
  }

  /** Writes the lines of the statements below `node`, whose own path is `path` ('' at the top). */
  children(node: ConfigNode, path: string): void {
    const bare = node.schema.bareLeaf === undefined ? undefined : node.child(node.schema.bareLeaf.name);
    const base = bare?.value === undefined ? path : join(path, quoteValue(bare.value));
    let wrote = false;
    for (const child of node.children) {
      if (child === bare) continue;
      wrote = true;
      const kind = child.schema.kind;
      if (kind === 'leaf' || kind === 'leaf-list') {
        this.#leaf(child, base);
      } else {
        this.statement(child, join(base, pathWords(child)));
      }
    }
    if (!wrote && path !== '') this.#out.push(`set ${base}`);
  }

  statement(node: ConfigNode, path: string): void {
    this.children(node, path);
    this.#marks(node, path);
  }
}

/** Renders the statements below `node` as set commands; `path` is the node's own path words. */
export function renderSet(node: ConfigNode, path = ''): string {
  const renderer = new SetRenderer();
  renderer.children(node, path);
  return renderer.text;
}
