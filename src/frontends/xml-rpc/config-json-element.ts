/**
 * Reads Junos JSON configuration (`<load-configuration format="json"><configuration-json>`,
 * PyEZ's `format='json'`) as the XML `<configuration>` element it stands for, so that
 * `config-xml-commands.ts` loads both the same way.
 *
 * Owns the JSON → element mapping (the inverse of `config/render-json.ts`): an object member is
 * an element; an array is one element per item; a scalar (string, number, boolean) is the
 * element's text; `null` and `[null]` are an empty element (a flag or an empty container); the
 * `"@"` member of an object holds its attributes and `"@name"` those of the sibling `name`:
 * `true` becomes `attr="attr"` (`"inactive" : true` → `inactive="inactive"`), a string the
 * value (`"operation" : "delete"`); `"comment"` is dropped (annotations are not loaded).
 * The document is `{"configuration" : {…}}`; an object without that member is taken as the
 * configuration's content. Invalid JSON throws `SyntaxError`.
 */
import type { XmlElement } from './xml-rpc-types.js';

type Json = string | number | boolean | null | Json[] | { [name: string]: Json };

interface Mutable {
  name: string;
  namespace: undefined;
  attributes: Record<string, string>;
  children: Mutable[];
  text: string;
}

function attributesOf(value: Json | undefined): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) return attributes;
  for (const [name, item] of Object.entries(value)) {
    if (name === 'comment') continue;
    if (item === true) attributes[name] = name;
    else if (typeof item === 'string' || typeof item === 'number') attributes[name] = String(item);
  }
  return attributes;
}

function elementsOf(name: string, value: Json): Mutable[] {
  if (Array.isArray(value)) return value.flatMap((item) => elementsOf(name, item));
  const element: Mutable = { name, namespace: undefined, attributes: {}, children: [], text: '' };
  if (value === null) return [element];
  if (typeof value !== 'object') {
    element.text = String(value);
    return [element];
  }
  Object.assign(element.attributes, attributesOf(value['@']));
  const byName = new Map<string, Mutable[]>();
  for (const [member, item] of Object.entries(value)) {
    if (member.startsWith('@')) continue;
    const made = elementsOf(member, item);
    byName.set(member, made);
    element.children.push(...made);
  }
  for (const [member, item] of Object.entries(value)) {
    if (!member.startsWith('@') || member === '@') continue;
    const targets = byName.get(member.slice(1)) ?? [];
    const list = Array.isArray(item) ? item : targets.map(() => item);
    targets.forEach((target, index) => Object.assign(target.attributes, attributesOf(list[index])));
  }
  return [element];
}

/** The `<configuration>` element a Junos JSON configuration stands for. */
export function jsonConfigurationElement(text: string): XmlElement {
  const parsed = JSON.parse(text) as Json;
  const inner = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) && 'configuration' in parsed ? (parsed.configuration ?? null) : parsed;
  const [element] = elementsOf('configuration', inner);
  return element ?? { name: 'configuration', namespace: undefined, attributes: {}, children: [], text: '' };
}
