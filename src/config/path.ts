/**
 * Statement paths: how a run of words (`system syslog file messages any notice`) names
 * statements of the hierarchy.
 *
 * Owns word → schema resolution, shared by `set`/`delete`/... commands and by the header of a
 * statement in the text format, so that both read words the same way: a word names a child
 * statement; a list takes its key from the next word; a leaf takes its value from the next word
 * (a leaf-list also `[ a b ]`); where no child has that name, the word is the key of the level's
 * nokeyword list (`interfaces fxp0`) or the value of its nokeyword leaf (`backup-router 10.0.0.1`).
 * Values are checked against their types here. It does not touch any tree.
 */
import { canonicalValidValue, checkValue } from '../schema/value-types.js';
import type { SchemaNode } from '../schema/compile.js';
import type { ConfigIssue, IssueCode } from './errors.js';

/** A word of input, with where it came from. */
export interface Word {
  readonly text: string;
  /** Written in quotes (so `[` is a value, not a bracket). */
  readonly quoted: boolean;
  readonly line?: number;
  readonly column?: number;
}

/** One resolved statement of a path. */
export interface Step {
  readonly schema: SchemaNode;
  /** For a list: the key (undefined when the path names the whole list). */
  readonly key?: string;
  /** For a leaf with a value type other than empty. */
  readonly value?: string;
  /** For a leaf-list: the values given (empty when the path names the whole leaf-list). */
  readonly values?: readonly string[];
}

export interface ResolveOptions {
  /**
   * Whether keys and values may be left out (`delete system login user` names every user,
   * `delete system host-name` names the leaf whatever its value). `set` requires them.
   */
  readonly partial: boolean;
  /** Whether keys may be `<wildcard>` patterns (inside `groups`). */
  readonly wildcards: boolean;
  /** Edit path of `from`, for messages. */
  readonly editPath: readonly string[];
}

export interface Resolution {
  readonly steps: Step[];
  /** Schema level reached after the last step (where a `{` body would continue). */
  readonly level: SchemaNode;
  readonly issue?: ConfigIssue;
}

export function isWildcard(text: string): boolean {
  return text.length > 2 && text.startsWith('<') && text.endsWith('>');
}

/** Whether a step names a statement level (a container or list entry) rather than a value. */
function opensLevel(step: Step): boolean {
  return step.schema.kind !== 'leaf' && step.schema.kind !== 'leaf-list';
}

/** Edit path words of a resolved prefix, as Junos prints them in `[edit ...]` headers. */
export function stepWords(steps: readonly Step[]): string[] {
  return extendPath([], steps);
}

/**
 * `path` followed by the edit path words of `steps`, in a new array of exactly that size (this
 * runs once per block of a configuration being parsed; grown arrays would reserve 17 slots).
 */
export function extendPath(path: readonly string[], steps: readonly Step[]): string[] {
  let size = path.length;
  for (const step of steps) {
    if (!opensLevel(step)) continue;
    if (step.schema.def.nokeyword !== true) size += 1;
    if (step.key !== undefined) size += 1;
  }
  const words = new Array<string>(size);
  let at = 0;
  for (const word of path) words[at++] = word;
  for (const step of steps) {
    if (!opensLevel(step)) continue;
    if (step.schema.def.nokeyword !== true) words[at++] = step.schema.name;
    if (step.key !== undefined) words[at++] = step.key;
  }
  return words;
}

/**
 * Words read by index. The text parser hands its reusable buffer over as is (no object per
 * word); command lines come as arrays of `Word` (see `wordList`).
 */
export interface WordList {
  readonly count: number;
  text(index: number): string;
  isQuoted(index: number): boolean;
  /** The word with its position, for messages. */
  word(index: number): Word;
}

class WordArray implements WordList {
  readonly #words: readonly Word[];

  constructor(words: readonly Word[]) {
    this.#words = words;
  }

  get count(): number {
    return this.#words.length;
  }

  text(index: number): string {
    return (this.#words[index] as Word).text;
  }

  isQuoted(index: number): boolean {
    return (this.#words[index] as Word).quoted;
  }

  word(index: number): Word {
    return this.#words[index] as Word;
  }
}

/** A `WordList` over an array of words. */
export function wordList(words: readonly Word[]): WordList {
  return new WordArray(words);
}

class Resolver {
  readonly #words: WordList;
  readonly #options: ResolveOptions;
  #index: number;
  #level: SchemaNode;
  readonly #steps: Step[];

  constructor(words: WordList, start: number, from: SchemaNode, options: ResolveOptions) {
    this.#steps = [];
    this.#words = words;
    this.#index = start;
    this.#level = from;
    this.#options = options;
  }

  run(): Resolution {
    while (this.#index < this.#words.count) {
      const issue = this.#step();
      if (issue !== undefined) return { steps: this.#steps, level: this.#level, issue };
    }
    return { steps: this.#steps, level: this.#level };
  }

  /** An issue about the word at `index` (or, past the end, about the last word). */
  #issue(code: IssueCode, message: string, index: number, statement?: string): ConfigIssue {
    const words = this.#words;
    const word = index < words.count ? words.word(index) : undefined;
    const at = word ?? (words.count > 0 ? words.word(words.count - 1) : undefined);
    return {
      severity: 'error',
      code,
      message,
      path: extendPath(this.#options.editPath, this.#steps),
      statement: statement ?? word?.text,
      badElement: word?.text,
      line: at?.line,
      column: at?.column,
    };
  }

  /** Checks a key or value; returns Junos's canonical spelling of it (`0/0` → `0.0.0.0/0`) or the issue. */
  #checkValue(schema: SchemaNode, index: number, isKey: boolean): string | ConfigIssue {
    const text = this.#words.text(index);
    if (schema.type === undefined) return text;
    if (isKey && this.#options.wildcards && isWildcard(text)) return text;
    const message = checkValue(schema.type, text);
    if (message === undefined) return canonicalValidValue(schema.type, text);
    return this.#issue('invalid-value', message, index, `${schema.def.nokeyword === true ? '' : `${schema.name} `}${text}`);
  }

  #hasBareValue(bareLeaf: SchemaNode): boolean {
    for (const step of this.#steps) if (step.schema === bareLeaf) return true;
    return false;
  }

  #step(): ConfigIssue | undefined {
    const index = this.#index;
    const child = this.#words.isQuoted(index) ? undefined : this.#level.byName.get(this.#words.text(index));
    this.#index += 1;
    if (child !== undefined) return this.#named(child, index);
    const keyList = this.#level.keyList;
    if (keyList !== undefined) {
      const key = this.#checkValue(keyList, index, true);
      if (typeof key !== 'string') return key;
      this.#steps.push({ schema: keyList, key });
      this.#level = keyList;
      return undefined;
    }
    const bareLeaf = this.#level.bareLeaf;
    if (bareLeaf !== undefined && !this.#hasBareValue(bareLeaf)) {
      const value = this.#checkValue(bareLeaf, index, false);
      if (typeof value !== 'string') return value;
      this.#steps.push({ schema: bareLeaf, value });
      return undefined;
    }
    return this.#issue('syntax', 'syntax error', index);
  }

  /** `at` is the index of the word that named `child`. */
  #named(child: SchemaNode, at: number): ConfigIssue | undefined {
    switch (child.kind) {
      case 'container':
      case 'presence':
        this.#steps.push({ schema: child });
        this.#level = child;
        return undefined;
      case 'list':
        return this.#list(child, at);
      case 'leaf':
        return this.#leaf(child, at);
      case 'leaf-list':
        return this.#leafList(child, at);
    }
  }

  /** Whether a key or value follows; when none does, a partial path takes the statement as named. */
  #missing(child: SchemaNode, at: number, partialStep: Step): ConfigIssue | 'partial' | undefined {
    if (this.#index < this.#words.count) return undefined;
    if (!this.#options.partial) return this.#issue('missing-value', 'missing argument', at, child.name);
    this.#steps.push(partialStep);
    return 'partial';
  }

  #list(child: SchemaNode, at: number): ConfigIssue | undefined {
    const missing = this.#missing(child, at, { schema: child });
    if (missing !== undefined) return missing === 'partial' ? undefined : missing;
    const key = this.#checkValue(child, this.#index, true);
    this.#index += 1;
    if (typeof key !== 'string') return key;
    this.#steps.push({ schema: child, key });
    this.#level = child;
    return undefined;
  }

  #leaf(child: SchemaNode, at: number): ConfigIssue | undefined {
    if (child.type === undefined || child.type.type === 'empty') {
      this.#steps.push({ schema: child });
      return undefined;
    }
    const missing = this.#missing(child, at, { schema: child });
    if (missing !== undefined) return missing === 'partial' ? undefined : missing;
    const value = this.#checkValue(child, this.#index, false);
    this.#index += 1;
    if (typeof value !== 'string') return value;
    this.#steps.push({ schema: child, value });
    return undefined;
  }

  #isBracket(index: number, bracket: '[' | ']'): boolean {
    return !this.#words.isQuoted(index) && this.#words.text(index) === bracket;
  }

  #leafList(child: SchemaNode, at: number): ConfigIssue | undefined {
    const missing = this.#missing(child, at, { schema: child, values: [] });
    if (missing !== undefined) return missing === 'partial' ? undefined : missing;
    const first = this.#index;
    const bracketed = this.#isBracket(first, '[');
    let end = first + 1;
    if (bracketed) {
      while (end < this.#words.count && !this.#isBracket(end, ']')) end += 1;
      if (end === this.#words.count) return this.#issue('syntax', "missing ']'", first, child.name);
    }
    const values: string[] = [];
    for (let i = bracketed ? first + 1 : first; i < end; i += 1) {
      const value = this.#checkValue(child, i, false);
      if (typeof value !== 'string') return value;
      if (!values.includes(value)) values.push(value);
    }
    this.#index = bracketed ? end + 1 : end;
    this.#steps.push({ schema: child, values });
    return undefined;
  }
}

/** Resolves `words[start..]` from schema level `from`. Stops at the first problem. */
export function resolvePath(words: WordList | readonly Word[], start: number, from: SchemaNode, options: ResolveOptions): Resolution {
  const list = Array.isArray(words) ? wordList(words as readonly Word[]) : (words as WordList);
  return new Resolver(list, start, from, options).run();
}

/** Whether `schema` lies inside `groups` (where keys may be wildcards). */
export function insideGroups(schema: SchemaNode): boolean {
  for (let node: SchemaNode | undefined = schema; node !== undefined; node = node.parent) {
    if (node.name === 'groups' && node.parent?.parent === undefined) return true;
  }
  return false;
}
