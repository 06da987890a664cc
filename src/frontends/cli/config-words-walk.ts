/**
 * The walk of configuration-mode words through the schema, one word at a time, telling keywords
 * (which may be abbreviated) from keys and values (which never are).
 *
 * Owns what each word is at its place and what the next word may be; the entries `?` lists for a
 * statement; the wording of the CLI's errors about words. It reads words the way `config/path.ts`
 * does (a named child, a list's key, a leaf's value, a leaf-list's value or `[ a b ]`, else the
 * key of the level's nokeyword list or the value of its nokeyword leaf, once), so that expanded
 * words resolve there to the same statements; values are checked there, not here (see
 * `config-words.ts`). It does not touch any tree.
 *
 * Matching a keyword (`keyword-match.ts`): an exact name wins, else a unique prefix; two or more
 * prefixes are an ambiguity, unless the level takes a key or bare value that the word is a valid
 * value of (the word is then taken as typed: no guess is made). A quoted word is never a keyword.
 * Nokeyword statements are no keywords (`interfaces interface fxp0` is not Junos). Enumeration
 * values are keywords in the Junos CLI, so they are abbreviated too, whether a leaf's value, a
 * leaf-list's values or a list's key (`failover alt`, `file messages auth info`,
 * `permissions [ view conf ]`); other keys and values are taken exactly as typed.
 */
import type { SchemaNode } from '../../schema/compile.js';
import { checkValue } from '../../schema/value-types.js';
import type { Word } from '../../config/path.js';
import type { CompletionEntry, CompletionMarker } from './config-words-format.js';
import { ambiguousMessage, matchKeyword } from './keyword-match.js';

/** A word as typed, with its 0-based column in the command line. */
export interface TypedWord {
  readonly text: string;
  readonly column: number;
  /** Typed in double quotes: a value, never a keyword or a bracket. */
  readonly quoted?: boolean;
}

/** The configuration-mode commands whose words name statements. */
export type ConfigCommand = 'set' | 'delete' | 'deactivate' | 'activate' | 'protect' | 'unprotect' | 'edit' | 'show';

/** What the CLI prints under the caret (the caret goes under `column`). */
export interface WordError {
  readonly column: number;
  /** Junos's text: `syntax error.`, `'h' is ambiguous.`, `missing argument.` ... */
  readonly message: string;
  /** For an ambiguity: the candidates, printed after `Possible completions:`. */
  readonly completions?: readonly CompletionEntry[];
}

export type WordRole = 'keyword' | 'key' | 'value' | 'bracket';

/** A word after expansion: a keyword in full; a key, value or bracket as typed. */
export interface ExpandedWord extends Word {
  readonly text: string;
  /** Keys and values are marked quoted, so that `path.ts` never reads them as keywords. */
  readonly quoted: boolean;
  readonly column: number;
  readonly role: WordRole;
  /** A key or value that is also the name of a statement where it stands: `set` text quotes it. */
  readonly keywordLike?: boolean;
}

/** What the next word may be. `level` is the statement level the words have reached. */
export type Expectation =
  | { readonly kind: 'statement'; readonly level: SchemaNode }
  | { readonly kind: 'key'; readonly level: SchemaNode; readonly list: SchemaNode }
  | { readonly kind: 'value'; readonly level: SchemaNode; readonly leaf: SchemaNode }
  | { readonly kind: 'values'; readonly level: SchemaNode; readonly leafList: SchemaNode; readonly bracketed: boolean };

export interface Walk {
  readonly words: ExpandedWord[];
  readonly expect: Expectation;
  /** Nokeyword leaves that got their value (a level takes its bare value once). */
  readonly bareUsed: Set<SchemaNode>;
  /** The statement the last complete step named (undefined before any). */
  readonly last: SchemaNode | undefined;
  /** Index in `words` of the keyword of the statement still waiting for its key or values. */
  readonly pendingAt: number;
  /** Where the walk stopped, when a word is no statement here or is ambiguous. */
  readonly error?: WordError;
  /** Index of the typed word the error is about. */
  readonly errorAt?: number;
}

export const SYNTAX_ERROR = 'syntax error.';
export const MISSING_ARGUMENT = 'missing argument.';
/** Our wording: a `[` without its `]` (a real router's wording was not found). */
export const MISSING_BRACKET = "syntax error, expecting ']'.";

const CLOSE_SET: CompletionEntry = { marker: ' ', name: ']', help: 'Close a set of values', placeholder: true };
const OPEN_SET: CompletionEntry = { marker: ' ', name: '[', help: 'Open a set of values', placeholder: true };

/** Junos shows an integer's range (and units) after its help: `(1..1024 seconds)`. */
function helpOf(node: SchemaNode): string {
  const type = node.type;
  if (type?.type !== 'integer' || /\(\S*\.\.\S*\)$/.test(node.help)) return node.help;
  const units = node.def.units === undefined ? '' : ` ${node.def.units}`;
  return `${node.help} (${type.min}..${type.max}${units})`;
}

function markerOf(node: SchemaNode): CompletionMarker {
  if (node.kind === 'leaf') return ' ';
  return node.kind === 'leaf-list' ? '+' : '>';
}

/** The `?` entry of a statement named by a keyword. */
export function statementEntry(node: SchemaNode): CompletionEntry {
  return { marker: markerOf(node), name: node.name, help: helpOf(node) };
}

/** The placeholder of a list's key: `<interface-name>` for interfaces, else the key's name. */
export function keyPlaceholder(list: SchemaNode): CompletionEntry {
  const name = list.type?.type === 'interface-name' ? 'interface-name' : (list.def.keyName ?? 'name');
  return { marker: ' ', name: `<${name}>`, help: helpOf(list), placeholder: true };
}

/** The placeholder of a leaf's or leaf-list's value: `<host-name>`. */
export function valuePlaceholder(node: SchemaNode): CompletionEntry {
  return { marker: ' ', name: `<${node.name}>`, help: helpOf(node), placeholder: true };
}

/** The bracket entry offered where a leaf-list value may be a set: `[` first, `]` inside. */
export function bracketEntry(bracketed: boolean): CompletionEntry {
  return bracketed ? CLOSE_SET : OPEN_SET;
}

/** The statements a keyword may name at `level` (nokeyword ones are written without one). */
export function keywordChildren(level: SchemaNode): SchemaNode[] {
  return level.children.filter((child) => child.def.nokeyword !== true);
}

/** The values of an enumeration leaf, which the CLI treats as keywords. */
export function enumValues(leaf: SchemaNode): readonly string[] | undefined {
  return leaf.type?.type === 'enum' ? leaf.type.values : undefined;
}

/** The `?` entry of an enumeration value (the schema has no help of its own for values). */
export function enumEntry(name: string): CompletionEntry {
  return { marker: ' ', name, help: '' };
}

function ambiguity(word: TypedWord, names: readonly string[], statement: (name: string) => SchemaNode | undefined): WordError {
  return {
    column: word.column + word.text.length,
    message: ambiguousMessage(word.text),
    completions: names.map((name) => {
      const node = statement(name);
      return node === undefined || node.def.nokeyword === true ? enumEntry(name) : statementEntry(node);
    }),
  };
}

/** Whether an ambiguous word is a valid key or bare value of `target` (then it is taken as one). */
function takesAsValue(target: SchemaNode | undefined, text: string): boolean {
  return target?.type !== undefined && checkValue(target.type, text) === undefined;
}

/** A key or value as written: an enumeration value in full (or the ambiguity), else as typed. */
function enumWord(node: SchemaNode, word: TypedWord): string | WordError {
  const values = enumValues(node);
  if (values === undefined || word.quoted === true) return word.text;
  const match = matchKeyword(values, word.text);
  if (match.kind === 'ambiguous') return ambiguity(word, match.names, () => undefined);
  return match.kind === 'match' ? match.name : word.text;
}

class Walker {
  readonly words: ExpandedWord[] = [];
  readonly bareUsed = new Set<SchemaNode>();
  expect: Expectation;
  last: SchemaNode | undefined;
  pendingAt = 0;

  constructor(level: SchemaNode) {
    this.expect = { kind: 'statement', level };
  }

  #push(word: TypedWord, text: string, role: WordRole, level?: SchemaNode): void {
    const quoted = role === 'key' || role === 'value';
    const keywordLike = level?.byName.has(text) === true || (quoted && (text === '[' || text === ']'));
    this.words.push({ text, quoted, column: word.column, role, ...(keywordLike ? { keywordLike } : {}) });
  }

  /** Takes one word; returns the error it causes, if any. */
  step(word: TypedWord): WordError | undefined {
    const expect = this.expect;
    switch (expect.kind) {
      case 'statement':
        return this.#statement(expect.level, word);
      case 'key': {
        const text = enumWord(expect.list, word);
        if (typeof text !== 'string') return text;
        this.#push(word, text, 'key');
        this.#complete(expect.list, expect.list);
        return undefined;
      }
      case 'value':
        return this.#value(expect.level, expect.leaf, word);
      case 'values':
        return this.#values(expect, word);
    }
  }

  /** A statement is complete: `last` names it, and the next word is a statement of `level`. */
  #complete(last: SchemaNode, level: SchemaNode): void {
    this.last = last;
    this.expect = { kind: 'statement', level };
  }

  #statement(level: SchemaNode, word: TypedWord): WordError | undefined {
    const keyList = level.keyList;
    const bareLeaf = level.bareLeaf !== undefined && !this.bareUsed.has(level.bareLeaf) ? level.bareLeaf : undefined;
    const target = keyList ?? bareLeaf;
    let text = word.text;
    if (word.quoted !== true) {
      const children = keywordChildren(level);
      const values = target === undefined ? undefined : enumValues(target);
      const match = matchKeyword(new Set([...children.map((child) => child.name), ...(values ?? [])]), text);
      const child = match.kind === 'match' ? level.byName.get(match.name) : undefined;
      if (child !== undefined && child.def.nokeyword !== true) return this.#named(level, child, word);
      if (match.kind === 'match') text = match.name;
      if (match.kind === 'ambiguous' && !takesAsValue(target, text)) return ambiguity(word, match.names, (name) => level.byName.get(name));
    }
    if (keyList !== undefined) {
      this.#push(word, text, 'key', level);
      this.#complete(keyList, keyList);
      return undefined;
    }
    if (bareLeaf !== undefined) {
      this.#push(word, text, 'value', level);
      this.bareUsed.add(bareLeaf);
      this.#complete(bareLeaf, level);
      return undefined;
    }
    return { column: word.column, message: SYNTAX_ERROR };
  }

  #named(level: SchemaNode, child: SchemaNode, word: TypedWord): undefined {
    this.#push(word, child.name, 'keyword');
    this.pendingAt = this.words.length - 1;
    switch (child.kind) {
      case 'container':
      case 'presence':
        this.#complete(child, child);
        break;
      case 'list':
        this.expect = { kind: 'key', level, list: child };
        break;
      case 'leaf':
        if (child.type === undefined || child.type.type === 'empty') this.#complete(child, level);
        else this.expect = { kind: 'value', level, leaf: child };
        break;
      case 'leaf-list':
        this.expect = { kind: 'values', level, leafList: child, bracketed: false };
        break;
    }
    return undefined;
  }

  #value(level: SchemaNode, leaf: SchemaNode, word: TypedWord): WordError | undefined {
    const text = enumWord(leaf, word);
    if (typeof text !== 'string') return text;
    this.#push(word, text, 'value');
    this.#complete(leaf, level);
    return undefined;
  }

  #values(expect: Extract<Expectation, { kind: 'values' }>, word: TypedWord): WordError | undefined {
    const bracket = word.quoted !== true && (word.text === '[' || word.text === ']');
    if (!expect.bracketed) {
      if (bracket && word.text === '[') {
        this.#push(word, '[', 'bracket');
        this.expect = { ...expect, bracketed: true };
        return undefined;
      }
      const text = enumWord(expect.leafList, word);
      if (typeof text !== 'string') return text;
      this.#push(word, text, 'value');
      this.#complete(expect.leafList, expect.level);
      return undefined;
    }
    if (bracket && word.text === ']') {
      this.#push(word, ']', 'bracket');
      this.#complete(expect.leafList, expect.level);
      return undefined;
    }
    const text = enumWord(expect.leafList, word);
    if (typeof text !== 'string') return text;
    this.#push(word, text, 'value');
    return undefined;
  }
}

/** Walks `words` from `level`; stops at the first word that is no statement here or is ambiguous. */
export function walkWords(level: SchemaNode, words: readonly TypedWord[]): Walk {
  const walker = new Walker(level);
  for (let index = 0; index < words.length; index += 1) {
    const error = walker.step(words[index] as TypedWord);
    if (error !== undefined) return { ...snapshot(walker), error, errorAt: index };
  }
  return snapshot(walker);
}

function snapshot(walker: Walker): Walk {
  return { words: walker.words, expect: walker.expect, bareUsed: walker.bareUsed, last: walker.last, pendingAt: walker.pendingAt };
}

/** Words given as plain strings get the columns they have when joined by single spaces. */
export function typedWords(words: readonly (string | TypedWord)[]): TypedWord[] {
  let column = 0;
  return words.map((word) => {
    const typed = typeof word === 'string' ? { text: word, column } : word;
    column = typed.column + typed.text.length + 1;
    return typed;
  });
}
