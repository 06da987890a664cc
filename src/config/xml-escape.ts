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

/** What a character becomes, or undefined when it is written as is. */
function reference(code: number, next: number, previous: number, attribute: boolean): string | undefined {
  switch (code) {
    case 0x26:
      return '&amp;';
    case 0x3c:
      return '&lt;';
    case 0x3e:
      return '&gt;';
    case 0x0d:
      return '&#13;';
    case 0x22:
      return attribute ? '&quot;' : undefined;
    case 0x09:
      return attribute ? '&#9;' : undefined;
    case 0x0a:
      return attribute ? '&#10;' : undefined;
  }
  if (code < 0x20 || code === 0xfffe || code === 0xffff) return '\uFFFD';
  const high = code >= 0xd800 && code <= 0xdbff;
  const low = code >= 0xdc00 && code <= 0xdfff;
  if (high && !(next >= 0xdc00 && next <= 0xdfff)) return '\uFFFD';
  if (low && !(previous >= 0xd800 && previous <= 0xdbff)) return '\uFFFD';
  return undefined;
}

/**
 * A string with no character for which `reference` may answer something is written as is: found
 * by one native scan instead of the loop below (an operational reply is mostly such strings, and
 * the loop costs ~20x more per character). Written as what may stay, negated: in text, tab, line
 * feed, ` `-`%`, `'`-`;`, `=`, `?`-U+D7FF, U+E000-U+FFFD; in attribute values the same without
 * tab, line feed and `"`.
 */
const TEXT_CANDIDATES = /[^\t\n -%'-;=?-\ud7ff\ue000-\ufffd]/;
const ATTRIBUTE_CANDIDATES = /[^ !#-%'-;=?-\ud7ff\ue000-\ufffd]/;

function escape(text: string, attribute: boolean): string {
  if (!(attribute ? ATTRIBUTE_CANDIDATES : TEXT_CANDIDATES).test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const replacement = reference(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i - 1), attribute);
    if (replacement === undefined) continue;
    out += text.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Escapes character data (the text between tags). */
export function escapeXmlText(text: string): string {
  return escape(text, false);
}

/** Escapes an attribute value written between double quotes. */
export function escapeXmlAttribute(value: string): string {
  return escape(value, true);
}
