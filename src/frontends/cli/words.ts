/**
 * The words of a typed CLI line, each with the column it starts at (quoted strings are one word,
 * without their quotes), and the split `?` and Tab need: the complete words before the cursor
 * and the word being typed. The splitting itself is the RPC layer's (`splitWords`), shared with
 * the control API's simple command runner.
 */
import { splitWords, type Word } from '../../rpc/operational-command.js';

export type LineWord = Word;
export { splitWords };

/** The words before the word being typed, and that word (`''` after a blank or at the start). */
export function splitForCompletion(text: string): { readonly before: LineWord[]; readonly partial: string; readonly partialColumn: number } | undefined {
  const split = splitWords(text);
  if (!split.ok) return undefined;
  const words = split.words;
  const last = words.at(-1);
  if (last === undefined || /\s$/.test(text)) return { before: words, partial: '', partialColumn: text.length };
  return { before: words.slice(0, -1), partial: last.text, partialColumn: last.column };
}

/** The words of `text` with whether each was typed in quotes (a value, never a keyword), shifted by `offset` columns. */
export function typedWordsOf(text: string, offset = 0): { readonly ok: true; readonly words: { text: string; column: number; quoted: boolean }[] } | { readonly ok: false; readonly column: number } {
  const split = splitWords(text);
  if (!split.ok) return { ok: false, column: split.column + offset };
  return { ok: true, words: split.words.map((word) => ({ text: word.text, column: word.column + offset, quoted: text.charAt(word.column) === '"' || text.charAt(word.column) === "'" })) };
}
