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
import { TextBuilder } from './text-builder.js';

export interface TextRenderOptions {
  /**
   * Called before each statement; returns comment lines to print above it (without indentation).
   * `| display inheritance` uses it for its `##` markers.
   */
  readonly commentsFor?: (node: ConfigNode) => readonly string[] | undefined;
}

const INDENT = '    ';

/** Indentation strings by depth, made once (a renderer needs one per block it opens). */
const INDENTS: string[] = [''];

function deeper(indent: string): string {
  const depth = indent.length / INDENT.length + 1;
  return (INDENTS[depth] ??= indent + INDENT);
}

function valueText(node: ConfigNode, value: string): string {
  return quoteValue(value, node.schema.def.secret === true);
}

/** The words of a leaf or leaf-list as written inside a line: `name value`, `name [ a b ]`. */
function leafWords(node: ConfigNode, out: TextBuilder): void {
  const named = node.schema.def.nokeyword !== true;
  if (named) out.add(node.name);
  if (node.schema.kind === 'leaf-list') {
    const values = node.values ?? [];
    if (named) out.add(' ');
    if (values.length === 1) out.add(valueText(node, values[0] as string));
    else out.add('[ ', values.map((value) => valueText(node, value)).join(' '), ' ]');
    return;
  }
  if (node.value === undefined) return;
  if (named) out.add(' ');
  out.add(valueText(node, node.value));
}

/** The header of a container or list entry: `system`, `user lab`, `fxp0` (nokeyword). */
function header(node: ConfigNode, prefix: string, out: TextBuilder): void {
  if (node.key === undefined) {
    out.add(prefix, node.name);
    return;
  }
  const key = quoteValue(node.key);
  if (node.schema.def.nokeyword === true || node.schema.def.block === true) out.add(prefix, key);
  else out.add(prefix, node.name, ' ', key);
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
function inlineWords(node: ConfigNode, out: TextBuilder): void {
  if (isLeafLike(node)) {
    leafWords(node, out);
    return;
  }
  header(node, '', out);
  for (const child of node.children) {
    out.add(' ');
    inlineWords(child, out);
  }
}

/** A flat container with content is written through its children (`family inet { ... }`). */
export function isWrittenFlat(node: ConfigNode): boolean {
  return node.schema.def.flat === true && node.children.length > 0 && !node.inactive && !node.protect;
}

function marks(node: ConfigNode): string {
  return (node.inactive ? 'inactive: ' : '') + (node.protect ? 'protect: ' : '');
}

class TextRenderer {
  /** The output in pieces; every line's last piece ends with `\n`. */
  readonly #out = new TextBuilder();
  readonly #options: TextRenderOptions;

  constructor(options: TextRenderOptions) {
    this.#options = options;
  }

  get text(): string {
    return this.#out.text();
  }

  #comments(node: ConfigNode, indent: string): void {
    const extra = this.#options.commentsFor?.(node);
    if (extra !== undefined) for (const line of extra) this.#out.add(indent, line, '\n');
    if (node.annotation !== undefined) {
      for (const line of node.annotation.split('\n')) this.#out.add(indent, line, '\n');
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
    this.#out.add(indent, schema.name, ' {\n');
    for (let i = start; i < end; i += 1) this.statement(children[i] as ConfigNode, deeper(indent), '');
    this.#out.add(indent, '}\n');
    return end;
  }

  /** Writes one statement; `lead` carries the names of flat containers above it. */
  statement(node: ConfigNode, indent: string, lead: string): void {
    this.#comments(node, indent);
    const out = this.#out;
    const prefix = marks(node) + lead;
    if (isLeafLike(node)) {
      out.add(indent, prefix);
      leafWords(node, out);
      out.add(node.schema.def.secret === true ? '; ## SECRET-DATA\n' : ';\n');
      return;
    }
    if (isWrittenFlat(node)) {
      for (const child of node.children) this.statement(child, indent, `${lead}${node.name} `);
      return;
    }
    out.add(indent);
    header(node, prefix, out);
    if (node.children.length === 0) {
      out.add(';\n');
    } else if (fitsOnOneLine(node)) {
      for (const child of node.children) {
        out.add(' ');
        inlineWords(child, out);
      }
      out.add(';\n');
    } else {
      out.add(' {\n');
      this.children(node, deeper(indent));
      out.add(indent, '}\n');
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
