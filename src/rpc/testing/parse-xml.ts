/**
 * A minimal XML reader for tests: enough to read retwin's replies and the real Junos replies in
 * `../shared/spec/real-replies` back into a tree and compare their structure (element names,
 * nesting, attribute names), values aside.
 *
 * Reads elements, attributes, text and the five predefined entities plus numeric references;
 * skips declarations, comments and processing instructions. Not a validating parser and not
 * for production input.
 */

export interface XmlNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  /** Concatenated character data directly inside the element. */
  text: string;
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[ref] as string;
  });
}

/** The top-level elements of `source`, in order. */
export function parseXml(source: string): XmlNode[] {
  const roots: XmlNode[] = [];
  const stack: XmlNode[] = [];
  const tag = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  let last = 0;
  for (let match = tag.exec(source); match !== null; match = tag.exec(source)) {
    const between = source.slice(last, match.index);
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text += decode(between);
    else if (between.trim() !== '') throw new Error(`text outside any element: ${between.trim().slice(0, 40)}`);
    last = tag.lastIndex;
    const [, cdata, closing, opening, attributeText, selfClosing] = match;
    if (cdata !== undefined && top !== undefined) top.text += cdata;
    if (closing !== undefined) {
      const open = stack.pop();
      if (open?.name !== closing) throw new Error(`</${closing}> closes <${open?.name ?? 'nothing'}>`);
    }
    if (opening !== undefined) {
      const attributes: Record<string, string> = {};
      for (const [, name, double, single] of (attributeText ?? '').matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        attributes[name as string] = decode(double ?? single ?? '');
      }
      const node: XmlNode = { name: opening, attributes, children: [], text: '' };
      if (top !== undefined) top.children.push(node);
      else roots.push(node);
      if (selfClosing !== '/') stack.push(node);
    }
  }
  if (stack.length > 0) throw new Error(`<${(stack[stack.length - 1] as XmlNode).name}> is not closed`);
  return roots;
}

/** The single element of `source`. */
export function parseXmlDocument(source: string): XmlNode {
  const roots = parseXml(source);
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0] as XmlNode;
}

/** The first descendant (or self) named `name`. */
export function findElement(node: XmlNode, name: string): XmlNode | undefined {
  if (node.name === name) return node;
  for (const child of node.children) {
    const found = findElement(child, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The structure of `node`: every distinct path of elements (`a/b/c`) and, for each, the
 * attribute names seen there (`a/b/c@junos:style`). Values are left out.
 */
export function xmlPaths(node: XmlNode, prefix = ''): Set<string> {
  const path = prefix === '' ? node.name : `${prefix}/${node.name}`;
  const out = new Set<string>([path]);
  for (const name of Object.keys(node.attributes)) out.add(`${path}@${name}`);
  for (const child of node.children) for (const p of xmlPaths(child, path)) out.add(p);
  return out;
}

/** The names of `node`'s children, in order. */
export function childNames(node: XmlNode): string[] {
  return node.children.map((child) => child.name);
}
