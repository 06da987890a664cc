/**
 * How Junos writes a value in text and set output: bare when it can be read back as one word,
 * in double quotes (with `"` and `\` escaped) otherwise, and always for secrets.
 */

const NEEDS_QUOTES = /[\s;{}[\]"'#\\]|^$/;

export function quoteValue(value: string, always = false): string {
  if (!always && !NEEDS_QUOTES.test(value)) return value;
  return `"${value.replace(/["\\]/g, (char) => `\\${char}`)}"`;
}
