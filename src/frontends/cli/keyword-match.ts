/**
 * How the Junos CLI matches a typed word against the keywords allowed at that point: an exact
 * match wins, otherwise a unique prefix is taken (`sh chas hard`), and two or more prefixes are an
 * ambiguity (default deny: never a guess). Owns only that rule; the callers own the keywords.
 */

export type KeywordMatch =
  | { readonly kind: 'match'; readonly name: string }
  | { readonly kind: 'ambiguous'; readonly names: readonly string[] }
  | { readonly kind: 'none' };

/** Matches `typed` against `keywords` (each keyword once). */
export function matchKeyword(keywords: Iterable<string>, typed: string): KeywordMatch {
  const prefixed: string[] = [];
  for (const keyword of keywords) {
    if (keyword === typed) return { kind: 'match', name: keyword };
    if (typed !== '' && keyword.startsWith(typed)) prefixed.push(keyword);
  }
  if (prefixed.length === 1) return { kind: 'match', name: prefixed[0] as string };
  if (prefixed.length > 1) return { kind: 'ambiguous', names: prefixed.sort() };
  return { kind: 'none' };
}

/** Junos's message for an ambiguous abbreviation. */
export function ambiguousMessage(typed: string): string {
  return `'${typed}' is ambiguous.`;
}
