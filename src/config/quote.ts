/**
 * How Junos writes a value in text and set output: bare when it can be read back as one word,
 * in double quotes (with `"` and `\` escaped) otherwise, and always for secrets.
 */

/** ASCII characters that make a value need quotes: white space and `; { } [ ] " ' # \`. */
const QUOTED_ASCII = new Uint8Array(128);
for (const char of ' \t\n\v\f\r;{}[]"\'#\\') QUOTED_ASCII[char.charCodeAt(0)] = 1;

/** The white space of JavaScript's `\s` beyond ASCII. */
function isWideSpace(code: number): boolean {
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Whether a value must be quoted: it is empty or holds one of the characters above (what
 * `/[\s;{}[\]"'#\\]|^$/` matches, as a loop: every value of a rendered configuration is checked).
 */
export function needsQuotes(value: string): boolean {
  if (value.length === 0) return true;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code < 128 ? QUOTED_ASCII[code] === 1 : isWideSpace(code)) return true;
  }
  return false;
}

export function quoteValue(value: string, always = false): string {
  if (!always && !needsQuotes(value)) return value;
  return `"${value.replace(/["\\]/g, (char) => `\\${char}`)}"`;
}
