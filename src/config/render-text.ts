/**
 * Renders a configuration tree as Junos curly-brace text, as `show configuration` prints it.
 *
 * Owns the text layout: four-space indentation, one statement per line, `name;` for flags and
 * empty statements, `name value;` for leaves, `name [ a b ];` for leaf-lists with several values,
 * one-line statements (`routing-engine 0 master;`, `route 0/0 next-hop 10.0.0.1;`), flat
 * containers (`family inet { ... }`), block lists (`name-server { 10.0.0.53; }`), the
 * `inactive:` / `protect:` prefixes, annotations on the line before, and `## SECRET-DATA`.
 * Statements come out in the tree's order, which is already the display order.
 */
import { isLeafLike, type ConfigNode } from './node.js';
import { quoteValue } from './quote.js';

export interface TextRenderOptions {
  /**
   * Called before each statement; returns comment lines to print above it (without indentation).
   * `| display inheritance` uses it for its `##` markers.
   */
  readonly commentsFor?: (node: ConfigNode) => readonly string[] | undefined;
}

const INDENT = '    ';

function valueText(node: ConfigNode, value: string): string {
  return quoteValue(value, node.schema.def.secret === true);
}

/** The words of a leaf or leaf-list as written inside a line: `name value`, `name [ a b ]`. */
function leafWords(node: ConfigNode): string {
  const def = node.schema.def;
  const name = def.nokeyword === true ? '' : node.name;
  if (node.schema.kind === 'leaf-list') {
    const values = (node.values ?? []).map((value) => valueText(node, value));
    const joined = values.length === 1 ? (values[0] as string) : `[ ${values.join(' ')} ]`;
    return name === '' ? joined : `${name} ${joined}`;
  }
  if (node.value === undefined) return name;
  const value = valueText(node, node.value);
  return name === '' ? value : `${name} ${value}`;
}

/** The header of a container or list entry: `system`, `user lab`, `fxp0` (nokeyword). */
function header(node: ConfigNode, prefix: string): string {
  if (node.key === undefined) return prefix + node.name;
  const key = quoteValue(node.key);
  return node.schema.def.nokeyword === true || node.schema.def.block === true ? prefix + key : `${prefix}${node.name} ${key}`;
}

/**
 * Whether a container or entry is written on one line with its children: it is a one-liner
 * statement, and every child is a plain leaf or itself a one-liner that fits
 * (`route 10.0.0.0/8 preference 5;`, where `preference` holds a bare value).
 */
export function fitsOnOneLine(node: ConfigNode): boolean {
  const mode = node.schema.def.oneliner;
  if (mode === undefined || node.children.length === 0) return false;
  if (mode === 'single' && node.children.length !== 1) return false;
  return node.children.every(
    (child) => !child.inactive && !child.protect && child.annotation === undefined && (isLeafLike(child) || fitsOnOneLine(child)),
  );
}

/** A child inside a one-line statement. */
function inlineWords(node: ConfigNode): string {
  return isLeafLike(node) ? leafWords(node) : `${header(node, '')} ${node.children.map(inlineWords).join(' ')}`;
}

/** A flat container with content is written through its children (`family inet { ... }`). */
export function isWrittenFlat(node: ConfigNode): boolean {
  return node.schema.def.flat === true && node.children.length > 0 && !node.inactive && !node.protect;
}

function marks(node: ConfigNode): string {
  return (node.inactive ? 'inactive: ' : '') + (node.protect ? 'protect: ' : '');
}

class TextRenderer {
  readonly #out: string[] = [];
  readonly #options: TextRenderOptions;

  constructor(options: TextRenderOptions) {
    this.#options = options;
  }

  get text(): string {
    return this.#out.length === 0 ? '' : `${this.#out.join('\n')}\n`;
  }

  #comments(node: ConfigNode, indent: string): void {
    const extra = this.#options.commentsFor?.(node);
    if (extra !== undefined) for (const line of extra) this.#out.push(indent + line);
    if (node.annotation !== undefined) {
      for (const line of node.annotation.split('\n')) this.#out.push(indent + line);
    }
  }

  children(parent: ConfigNode, indent: string): void {
    const children = parent.children;
    for (let i = 0; i < children.length; i += 1) {
      const child = children[i] as ConfigNode;
      if (child.schema.def.block === true) {
        i = this.#block(children, i, indent) - 1;
      } else {
        this.statement(child, indent, '');
      }
    }
  }

  /** Writes consecutive entries of a block list inside one `name { ... }`; returns the next index. */
  #block(children: readonly ConfigNode[], start: number, indent: string): number {
    const schema = (children[start] as ConfigNode).schema;
    let end = start;
    while (end < children.length && (children[end] as ConfigNode).schema === schema) end += 1;
    this.#out.push(`${indent}${schema.name} {`);
    for (let i = start; i < end; i += 1) this.statement(children[i] as ConfigNode, indent + INDENT, '');
    this.#out.push(`${indent}}`);
    return end;
  }

  /** Writes one statement; `lead` carries the names of flat containers above it. */
  statement(node: ConfigNode, indent: string, lead: string): void {
    this.#comments(node, indent);
    const prefix = marks(node) + lead;
    if (isLeafLike(node)) {
      const secret = node.schema.def.secret === true ? ' ## SECRET-DATA' : '';
      this.#out.push(`${indent}${prefix}${leafWords(node)};${secret}`);
      return;
    }
    if (isWrittenFlat(node)) {
      for (const child of node.children) this.statement(child, indent, `${lead}${node.name} `);
      return;
    }
    const head = header(node, prefix);
    if (node.children.length === 0) {
      this.#out.push(`${indent}${head};`);
    } else if (fitsOnOneLine(node)) {
      this.#out.push(`${indent}${head} ${node.children.map(inlineWords).join(' ')};`);
    } else {
      this.#out.push(`${indent}${head} {`);
      this.children(node, indent + INDENT);
      this.#out.push(`${indent}}`);
    }
  }
}

/** Renders the statements below `node` (for the root: the whole configuration). */
export function renderText(node: ConfigNode, options: TextRenderOptions = {}): string {
  const renderer = new TextRenderer(options);
  renderer.children(node, '');
  return renderer.text;
}

/** Renders one statement with its subtree, as `show` does at an edit level. */
export function renderStatement(node: ConfigNode, options: TextRenderOptions = {}): string {
  const renderer = new TextRenderer(options);
  renderer.statement(node, '', '');
  return renderer.text;
}
