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

function isOpenBracket(word: Word | undefined): boolean {
  return word !== undefined && !word.quoted && word.text === '[';
}

function isCloseBracket(word: Word | undefined): boolean {
  return word !== undefined && !word.quoted && word.text === ']';
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

class Resolver {
  readonly #words: readonly Word[];
  readonly #options: ResolveOptions;
  #index: number;
  #level: SchemaNode;
  readonly #steps: Step[];

  constructor(words: readonly Word[], start: number, from: SchemaNode, options: ResolveOptions) {
    this.#steps = [];
    this.#words = words;
    this.#index = start;
    this.#level = from;
    this.#options = options;
  }

  run(): Resolution {
    while (this.#index < this.#words.length) {
      const issue = this.#step();
      if (issue !== undefined) return { steps: this.#steps, level: this.#level, issue };
    }
    return { steps: this.#steps, level: this.#level };
  }

  #issue(code: IssueCode, message: string, word: Word | undefined, statement?: string): ConfigIssue {
    const at = word ?? this.#words[this.#words.length - 1];
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
  #checkValue(schema: SchemaNode, word: Word, isKey: boolean): string | ConfigIssue {
    if (schema.type === undefined) return word.text;
    if (isKey && this.#options.wildcards && isWildcard(word.text)) return word.text;
    const message = checkValue(schema.type, word.text);
    if (message === undefined) return canonicalValidValue(schema.type, word.text);
    return this.#issue('invalid-value', message, word, `${schema.def.nokeyword === true ? '' : `${schema.name} `}${word.text}`);
  }

  #step(): ConfigIssue | undefined {
    const word = this.#words[this.#index] as Word;
    const child = word.quoted ? undefined : this.#level.byName.get(word.text);
    if (child !== undefined) {
      this.#index += 1;
      return this.#named(child, word);
    }
    const keyList = this.#level.keyList;
    if (keyList !== undefined) {
      this.#index += 1;
      const key = this.#checkValue(keyList, word, true);
      if (typeof key !== 'string') return key;
      this.#steps.push({ schema: keyList, key });
      this.#level = keyList;
      return undefined;
    }
    const bareLeaf = this.#level.bareLeaf;
    if (bareLeaf !== undefined && !this.#steps.some((step) => step.schema === bareLeaf)) {
      this.#index += 1;
      const value = this.#checkValue(bareLeaf, word, false);
      if (typeof value !== 'string') return value;
      this.#steps.push({ schema: bareLeaf, value });
      return undefined;
    }
    return this.#issue('syntax', 'syntax error', word);
  }

  #named(child: SchemaNode, word: Word): ConfigIssue | undefined {
    switch (child.kind) {
      case 'container':
      case 'presence':
        this.#steps.push({ schema: child });
        this.#level = child;
        return undefined;
      case 'list':
        return this.#list(child, word);
      case 'leaf':
        return this.#leaf(child, word);
      case 'leaf-list':
        return this.#leafList(child, word);
    }
  }

  #list(child: SchemaNode, word: Word): ConfigIssue | undefined {
    const keyWord = this.#words[this.#index];
    if (keyWord === undefined) {
      if (this.#options.partial) {
        this.#steps.push({ schema: child });
        return undefined;
      }
      return this.#issue('missing-value', 'missing argument', word, child.name);
    }
    this.#index += 1;
    const key = this.#checkValue(child, keyWord, true);
    if (typeof key !== 'string') return key;
    this.#steps.push({ schema: child, key });
    this.#level = child;
    return undefined;
  }

  #leaf(child: SchemaNode, word: Word): ConfigIssue | undefined {
    if (child.type === undefined || child.type.type === 'empty') {
      this.#steps.push({ schema: child });
      return undefined;
    }
    const valueWord = this.#words[this.#index];
    if (valueWord === undefined) {
      if (this.#options.partial) {
        this.#steps.push({ schema: child });
        return undefined;
      }
      return this.#issue('missing-value', 'missing argument', word, child.name);
    }
    this.#index += 1;
    const value = this.#checkValue(child, valueWord, false);
    if (typeof value !== 'string') return value;
    this.#steps.push({ schema: child, value });
    return undefined;
  }

  #leafList(child: SchemaNode, word: Word): ConfigIssue | undefined {
    const first = this.#words[this.#index];
    if (first === undefined) {
      if (this.#options.partial) {
        this.#steps.push({ schema: child, values: [] });
        return undefined;
      }
      return this.#issue('missing-value', 'missing argument', word, child.name);
    }
    const bracketed = isOpenBracket(first);
    let end = this.#index + 1;
    if (bracketed) {
      while (end < this.#words.length && !isCloseBracket(this.#words[end])) end += 1;
      if (end === this.#words.length) return this.#issue('syntax', "missing ']'", first, child.name);
    }
    const values: string[] = [];
    for (let i = bracketed ? this.#index + 1 : this.#index; i < end; i += 1) {
      const value = this.#checkValue(child, this.#words[i] as Word, false);
      if (typeof value !== 'string') return value;
      if (!values.includes(value)) values.push(value);
    }
    this.#index = bracketed ? end + 1 : end;
    this.#steps.push({ schema: child, values: bracketed ? values : [values[0] as string] });
    return undefined;
  }
}

/**
 * The common case of the text format, without the general resolver's bookkeeping: one or two
 * unquoted-first words naming one statement directly below `from` (`unit 0`, `host-name r1`,
 * `fxp0`, `ssh`). Returns undefined when the words need `resolvePath` (longer headers, a `[`
 * list, bad values: the general resolver reports those).
 */
export function resolveSingleStep(from: SchemaNode, first: string, second: string | undefined, secondIsBracket: boolean): Step | undefined {
  const child = from.byName.get(first);
  if (child === undefined) {
    const keyList = from.keyList;
    if (keyList === undefined || second !== undefined) return undefined;
    const key = validValue(keyList, first);
    return key === undefined ? undefined : { schema: keyList, key };
  }
  switch (child.kind) {
    case 'container':
    case 'presence':
      return second === undefined ? { schema: child } : undefined;
    case 'leaf': {
      if (child.type === undefined || child.type.type === 'empty') return second === undefined ? { schema: child } : undefined;
      const value = second === undefined || secondIsBracket ? undefined : validValue(child, second);
      return value === undefined ? undefined : { schema: child, value };
    }
    case 'list': {
      const key = second === undefined ? undefined : validValue(child, second);
      return key === undefined ? undefined : { schema: child, key };
    }
    default:
      return undefined;
  }
}

function validValue(schema: SchemaNode, text: string): string | undefined {
  if (schema.type === undefined) return text;
  return checkValue(schema.type, text) === undefined ? canonicalValidValue(schema.type, text) : undefined;
}

/** Resolves `words[start..]` from schema level `from`. Stops at the first problem. */
export function resolvePath(words: readonly Word[], start: number, from: SchemaNode, options: ResolveOptions): Resolution {
  return new Resolver(words, start, from, options).run();
}

/** Whether `schema` lies inside `groups` (where keys may be wildcards). */
export function insideGroups(schema: SchemaNode): boolean {
  for (let node: SchemaNode | undefined = schema; node !== undefined; node = node.parent) {
    if (node.name === 'groups' && node.parent?.parent === undefined) return true;
  }
  return false;
}
