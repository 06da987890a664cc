/**
 * Escaping of text and attribute values for the XML that retwin writes (configuration, and any
 * other reply that wants it).
 *
 * Owns the character rules only: `&`, `<`, `>` (and a carriage return, which a parser
 * would otherwise fold into a line feed) become references in text; attribute
 * values (always written between double quotes) also escape `"` and keep tabs and line breaks as
 * character references, so that a parser reads back exactly the value written. Characters that
 * XML 1.0 cannot carry at all (the C0 controls other than tab, line feed and carriage return,
 * lone surrogates, U+FFFE and U+FFFF) are replaced by U+FFFD: the output stays well-formed, which
 * clients (ncclient, PyEZ) need more than the lost byte. It does not know about elements.
 */

const TEXT_SPECIALS = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ATTRIBUTE_SPECIALS = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

function replace(char: string): string {
  return REPLACEMENTS[char] ?? '\uFFFD';
}

/** Escapes character data (the text between tags). */
export function escapeXmlText(text: string): string {
  return text.replace(TEXT_SPECIALS, replace);
}

/** Escapes an attribute value written between double quotes. */
export function escapeXmlAttribute(value: string): string {
  return value.replace(ATTRIBUTE_SPECIALS, replace);
}
