/**
 * Small readers of a request's `XmlElement` tree, by local name: a child, a child's trimmed
 * text, a flag (an empty child element such as `<detail/>`); and `xmlElement` to build a
 * request in code (tests, REST's URL form `/rpc/get-interface-information?interface-name=em0`).
 * Owns nothing else; parsed trees come from `xml-parse.ts`.
 */
import type { XmlElement } from './xml-rpc-types.js';

/** The first child named `name`. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

/** The trimmed text of the first child named `name`, or undefined when there is no such child. */
export function childText(element: XmlElement, name: string): string | undefined {
  const child = childNamed(element, name);
  return child === undefined ? undefined : child.text.trim();
}

/** Whether a child named `name` is present (a flag: `<check/>`). */
export function hasChild(element: XmlElement, name: string): boolean {
  return childNamed(element, name) !== undefined;
}

/** A request element built in code (tests, REST's URL form). */
export function xmlElement(name: string, options: { attributes?: Record<string, string>; children?: XmlElement[]; text?: string } = {}): XmlElement {
  return { name, namespace: undefined, attributes: options.attributes ?? {}, children: options.children ?? [], text: options.text ?? '' };
}
