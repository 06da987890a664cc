/**
 * The statement names of a schema, found in a text without making a string of each word: the
 * lexer's intern table.
 *
 * Owns `KeywordTable`: an open-addressing table of every name below a schema level, looked up by
 * a hash the lexer computes while it scans a word (`keywordHash`, one step per character). A
 * word that is a name comes back as the schema's own string, so the parser's `byName` look-ups
 * hit a string whose hash is already known, and the word costs no allocation; any other word is
 * sliced from the text as before. It knows nothing of statements: a value that happens to be
 * spelled like a name (`inet`) is returned the same way, which changes nothing but its memory.
 */
import type { SchemaNode } from '../schema/compile.js';

/** One step of the hash of a word: `hash = keywordHash(hash, charCode)` from 0, per character. */
export function keywordHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

function hashOf(name: string): number {
  let hash = 0;
  for (let i = 0; i < name.length; i += 1) hash = keywordHash(hash, name.charCodeAt(i));
  return hash;
}

/** Whether `codes` holds `name` from `start`. */
function spells(codes: Uint8Array, start: number, name: string): boolean {
  for (let i = 0; i < name.length; i += 1) if (codes[start + i] !== name.charCodeAt(i)) return false;
  return true;
}

export class KeywordTable {
  readonly #names: string[];
  readonly #hashes: Int32Array;
  /** Index + 1 into `#names` per slot; 0 is an empty slot. */
  readonly #slots: Int32Array;
  readonly #mask: number;

  /** `names` in ASCII (any other is left out: words are matched on bytes, see `find`). */
  constructor(names: Iterable<string>) {
    this.#names = [...new Set(names)].filter((name) => /^[\x20-\x7e]+$/.test(name));
    this.#hashes = Int32Array.from(this.#names, hashOf);
    let size = 64;
    while (size < this.#names.length * 4) size *= 2;
    this.#slots = new Int32Array(size);
    this.#mask = size - 1;
    this.#names.forEach((_, index) => {
      let slot = (this.#hashes[index] as number) & this.#mask;
      while (this.#slots[slot] !== 0) slot = (slot + 1) & this.#mask;
      this.#slots[slot] = index + 1;
    });
  }

  /**
   * The name spelled by `codes[start..end)` (a text's code units as bytes, see `Lexer`), whose
   * `keywordHash` is `hash`; undefined if none is.
   */
  find(codes: Uint8Array, start: number, end: number, hash: number): string | undefined {
    const length = end - start;
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const entry = this.#slots[slot] as number;
      if (entry === 0) return undefined;
      if (this.#hashes[entry - 1] !== hash) continue;
      const name = this.#names[entry - 1] as string;
      if (name.length === length && spells(codes, start, name)) return name;
    }
  }
}

const tables = new WeakMap<SchemaNode, KeywordTable>();

/** The table of every statement name at or below `level` (built once per level). */
export function keywordsOf(level: SchemaNode): KeywordTable {
  let table = tables.get(level);
  if (table === undefined) {
    const names: string[] = [];
    const visit = (node: SchemaNode): void => {
      names.push(node.name);
      for (const child of node.children) visit(child);
    };
    visit(level);
    table = new KeywordTable(names);
    tables.set(level, table);
  }
  return table;
}
