/**
 * Wildcard keys of configuration groups: `<*>`, `<ge-*>`, `"<ge-1/2/[5-8]>"`.
 *
 * Owns the glob syntax Junos documents for them ("Using Wildcards with Configuration Groups"):
 * `*` any string (slashes and dots included), `?` one character, `[...]` a character class with
 * `a-z` ranges, `!` as first character to complement it, `]` literal when first and `-` literal
 * when first or last; a `[` without its `]` is literal. A pattern matches the whole key.
 * Each pattern is compiled to a RegExp once (callers keep the compiled form). It does not know
 * where wildcards may appear; `groups.ts` decides that.
 */

/** A compiled `<pattern>` key. */
export interface Wildcard {
  /** The key as written, angle brackets included. */
  readonly key: string;
  readonly regex: RegExp;
  /**
   * Literal characters in the pattern: the larger, the more specific. `groups.ts` ranks several
   * wildcard entries matching one key by it.
   */
  readonly specificity: number;
}

/** Whether a list key is a wildcard pattern (`<...>`). */
export function isWildcardKey(key: string | undefined): key is string {
  return key !== undefined && key.length > 2 && key.startsWith('<') && key.endsWith('>');
}

function escapeChar(char: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(char) ? `\\${char}` : char;
}

/** Index of the `]` closing the class opened at `open`, or -1 when there is none. */
function classEnd(glob: string, open: number): number {
  let at = open + 1;
  if (glob[at] === '!') at += 1;
  if (glob[at] === ']') at += 1;
  return glob.indexOf(']', at);
}

/** The RegExp text of a class body (between the brackets). */
function classSource(body: string): string {
  const negate = body.startsWith('!');
  const chars = negate ? body.slice(1) : body;
  let out = negate ? '[^' : '[';
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i] as string;
    const isRange = char === '-' && i > 0 && i < chars.length - 1;
    out += isRange ? '-' : escapeChar(char);
  }
  return `${out}]`;
}

function globSource(glob: string): { source: string; literals: number } {
  let source = '^';
  let literals = 0;
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i] as string;
    if (char === '*') {
      source += '[^]*';
    } else if (char === '?') {
      source += '[^]';
    } else if (char === '[' && classEnd(glob, i) > 0) {
      const end = classEnd(glob, i);
      source += classSource(glob.slice(i + 1, end));
      i = end;
    } else {
      source += escapeChar(char);
      literals += 1;
    }
  }
  return { source: `${source}$`, literals };
}

/** Compiles a `<pattern>` key. A class with a reversed range (`[9-0]`) matches nothing. */
export function compileWildcard(key: string): Wildcard {
  const glob = isWildcardKey(key) ? key.slice(1, -1) : key;
  const { source, literals } = globSource(glob);
  let regex: RegExp;
  try {
    regex = new RegExp(source);
  } catch {
    regex = /(?!)/;
  }
  return { key, regex, specificity: literals };
}

/** Whether `key` (a plain list key) matches the compiled wildcard. */
export function matchesWildcard(wildcard: Wildcard, key: string): boolean {
  return wildcard.regex.test(key);
}
