/**
 * Parser of the curly-brace configuration text (`show configuration`, `load merge`, files).
 *
 * Owns the statement grammar: optional `inactive:` / `protect:` / `replace:` prefixes, a header
 * of words (resolved by `path.ts`, so a one-line statement such as `route 0/0 next-hop 10.0.0.1;`
 * and a nested one read alike), then `;` or a `{ ... }` body. Headers of the common shapes take
 * the allocation-free fast path of `simple-path.ts`; all others, and every error, go through
 * `resolvePath`. Comments before a statement become its annotation; `##` comments are Junos's
 * own output (`## Last commit`, `## SECRET-DATA`) and are dropped. Every problem is collected with its line and column; parsing goes on after an
 * error so that all are reported at once. The result is only meant to be used when there are no
 * errors: callers must not apply a partly parsed tree.
 */
import type { SchemaNode } from '../schema/compile.js';
import { setPath } from './edit.js';
import type { ConfigIssue, IssueCode } from './errors.js';
import { keywordsOf } from './keywords.js';
import { Lexer, TokenKind, type Token } from './lexer.js';
import { WordBuffer } from './word-buffer.js';
import { ConfigNode } from './node.js';
import { extendPath, insideGroups, resolvePath, stepWords, type Step, type Word, type WordList } from './path.js';
import { pushSimplePathWords, resolveSimplePath, setSimplePath, StepBuffer } from './simple-path.js';

export interface ParseResult {
  readonly tree: ConfigNode;
  readonly issues: ConfigIssue[];
}

export interface ParseOptions {
  /** Parse into this node instead of a new root (e.g. `load merge relative`). */
  readonly into?: ConfigNode;
  /** Edit path of `into`, for messages. */
  readonly editPath?: readonly string[];
}

const PREFIXES = new Set(['inactive:', 'protect:', 'replace:']);
const NO_COMMENTS: string[] = [];
const COLON = 58;

interface Prefixes {
  inactive: boolean;
  protect: boolean;
  replace: boolean;
}

/** A leaf named without its value, or a leaf-list without values (`host-name;`). */
function lacksValue(step: Step): boolean {
  const kind = step.schema.kind;
  if (kind === 'leaf') return step.value === undefined && step.schema.type?.type !== 'empty';
  return kind === 'leaf-list' && (step.values?.length ?? 0) === 0;
}

class TextParser {
  readonly #lexer: Lexer;
  readonly #words = new WordBuffer();
  readonly #steps = new StepBuffer();
  /** The edit path of the body being read: the first `#pathLength` words (the array is reused). */
  readonly #path: string[];
  #pathLength: number;
  /** The `inactive:` / `protect:` / `replace:` prefixes of the statement being read; usually none. */
  #prefixes: Prefixes | undefined;
  readonly issues: ConfigIssue[] = [];

  constructor(text: string, level: SchemaNode, editPath: readonly string[]) {
    this.#lexer = new Lexer(text, keywordsOf(level));
    this.#path = [...editPath];
    this.#pathLength = editPath.length;
  }

  /** The edit path of the body being read, as a new array (for a message). */
  #currentPath(): string[] {
    return this.#path.slice(0, this.#pathLength);
  }

  #issue(token: Token, message: string, path: readonly string[], statement?: string, code: IssueCode = 'syntax'): void {
    this.issues.push({
      severity: 'error',
      code,
      message,
      path,
      statement: statement ?? (token.text === '' ? undefined : token.text),
      badElement: token.text === '' ? undefined : token.text,
      line: token.line,
      column: token.column,
    });
  }

  /**
   * Parses statements until the matching `}` (depth > 0) or the end of input (depth 0). Each
   * statement's words are read first (into the shared buffer, see `Lexer.readWords`); the
   * punctuation after them says whether there was a statement at all.
   */
  body(level: SchemaNode, node: ConfigNode, depth: number, blockList?: SchemaNode): void {
    const buffer = this.#words;
    let comments: readonly string[] = NO_COMMENTS;
    for (;;) {
      this.#lexer.readWords(buffer);
      if (buffer.leadingComments !== undefined) comments = [...comments, ...buffer.leadingComments];
      const token = this.#lexer.peek();
      if (buffer.count > 0) {
        this.#statement(level, node, blockList, comments);
        comments = NO_COMMENTS;
        continue;
      }
      switch (token.kind) {
        case TokenKind.End:
          if (depth > 0) this.#issue(token, "syntax error, expecting '}'", this.#currentPath(), undefined, 'unbalanced');
          return;
        case TokenKind.CloseBrace:
          this.#lexer.next();
          if (depth > 0) return;
          this.#issue(token, 'syntax error', this.#currentPath(), undefined, 'unbalanced');
          continue;
        case TokenKind.Semicolon:
          this.#lexer.next();
          continue;
        default:
          this.#lexer.next();
          this.#issue(token, 'syntax error', this.#currentPath());
      }
    }
  }

  /** Parses the `{ ... }` body of `node` (its `{` just read), one level deeper in the edit path. */
  #nested(level: SchemaNode, node: ConfigNode, pathLength: number): void {
    const outer = this.#pathLength;
    this.#pathLength = pathLength;
    this.body(level, node, 1);
    this.#pathLength = outer;
  }

  /**
   * How many of the header's first words are `inactive:` / `protect:` / `replace:`; which ones
   * goes to `#prefixes` (undefined when there are none, the usual case).
   */
  #readPrefixes(words: WordBuffer): number {
    let skip = 0;
    let prefixes: Prefixes | undefined;
    while (skip < words.count - 1) {
      const text = words.texts[skip] as string;
      if (words.quoted[skip] === true || text.charCodeAt(text.length - 1) !== COLON || !PREFIXES.has(text)) break;
      prefixes ??= { inactive: false, protect: false, replace: false };
      prefixes[text.slice(0, -1) as keyof Prefixes] = true;
      skip += 1;
    }
    this.#prefixes = prefixes;
    return skip;
  }

  /** Skips a statement's remainder after an error: up to its `;` or past its `{ ... }`. */
  #skip(): void {
    const token = this.#lexer.peek();
    if (token.kind === TokenKind.Semicolon) {
      this.#lexer.next();
    } else if (token.kind === TokenKind.OpenBrace) {
      this.#lexer.next();
      let depth = 1;
      while (depth > 0) {
        const next = this.#lexer.next();
        if (next.kind === TokenKind.End) return;
        if (next.kind === TokenKind.OpenBrace) depth += 1;
        if (next.kind === TokenKind.CloseBrace) depth -= 1;
      }
    }
  }

  /** Marks the node a statement ends on with the statement's prefixes and comments. */
  #mark(target: ConfigNode, comments: readonly string[]): void {
    const prefixes = this.#prefixes;
    if (prefixes !== undefined) {
      if (prefixes.inactive) target.inactive = true;
      if (prefixes.protect) target.protect = true;
      if (prefixes.replace) target.replace = true;
    }
    if (comments.length > 0) target.annotation = comments.join('\n');
  }

  #statement(level: SchemaNode, node: ConfigNode, blockList: SchemaNode | undefined, comments: readonly string[]): void {
    const skip = this.#readPrefixes(this.#words);
    const terminator = this.#lexer.peek();
    if (this.#words.count - skip <= 0) {
      this.#issue(terminator, 'syntax error', this.#currentPath());
      this.#skip();
      return;
    }
    if (blockList === undefined && this.#simpleStatement(level, node, skip, terminator, comments)) return;
    this.#generalStatement(level, node, blockList, skip, terminator, comments);
  }

  /**
   * Applies a header of the common shapes (see `simple-path.ts`) that ends as it may: with `;`,
   * or with `{` after a level. False leaves the statement to `#generalStatement`, which reports
   * whatever is wrong with it.
   */
  #simpleStatement(level: SchemaNode, node: ConfigNode, skip: number, terminator: Token, comments: readonly string[]): boolean {
    const steps = this.#steps;
    const reached = resolveSimplePath(this.#words, skip, level, steps);
    if (reached === undefined) return false;
    const opensBody = terminator.kind === TokenKind.OpenBrace;
    if (terminator.kind !== TokenKind.Semicolon && !(opensBody && !steps.endsOnLeaf)) return false;
    const target = setSimplePath(node, steps);
    this.#mark(target, comments);
    this.#lexer.next();
    if (opensBody) this.#nested(reached, target, pushSimplePathWords(steps, this.#path, this.#pathLength));
    return true;
  }

  /** Any statement, through `resolvePath`: the reference for the fast path, and the one that reports errors. */
  #generalStatement(level: SchemaNode, node: ConfigNode, blockList: SchemaNode | undefined, skip: number, terminator: Token, comments: readonly string[]): void {
    const buffer = this.#words;
    const count = buffer.count - skip;
    const path = this.#currentPath();
    const words: WordList | readonly Word[] = blockList === undefined ? buffer : [{ text: blockList.name, quoted: false }, ...buffer.words(skip)];
    const resolution = resolvePath(words, blockList === undefined ? skip : 0, level, { partial: true, wildcards: insideGroups(level), editPath: path });
    if (resolution.issue !== undefined) {
      this.issues.push(resolution.issue);
      this.#skip();
      return;
    }
    const steps = resolution.steps;
    const last = steps[steps.length - 1] as Step;
    const opensBody = terminator.kind === TokenKind.OpenBrace;
    if (last.schema.kind === 'list' && last.key === undefined) {
      if (opensBody && last.schema.def.block === true && count === 1) {
        this.#lexer.next();
        this.body(level, setPath(node, steps.slice(0, -1)), 1, last.schema);
        return;
      }
      this.#issue(terminator, 'missing argument', extendPath(path, steps), last.schema.name, 'missing-value');
      this.#skip();
      return;
    }
    const missingValue = steps.find(lacksValue);
    if (missingValue !== undefined) {
      this.#issue(terminator, 'missing argument', extendPath(path, steps), missingValue.schema.name, 'missing-value');
      this.#skip();
      return;
    }
    const endsOnLeaf = last.schema.kind === 'leaf' || last.schema.kind === 'leaf-list';
    if (terminator.kind !== TokenKind.Semicolon && !(opensBody && !endsOnLeaf)) {
      const first = buffer.word(skip);
      this.#issue(terminator.kind === TokenKind.End ? first : terminator, "syntax error, expecting ';' or '{'", path, first.text);
      this.#skip();
      return;
    }
    const target = setPath(node, steps);
    this.#mark(target, comments);
    this.#lexer.next();
    if (opensBody) {
      let length = this.#pathLength;
      for (const word of stepWords(steps)) this.#path[length++] = word;
      this.#nested(resolution.level, target, length);
    }
  }
}

/** Parses configuration text. `schema` is the compiled root (or the level `into` sits at). */
export function parseText(text: string, schema: SchemaNode, options: ParseOptions = {}): ParseResult {
  const tree = options.into ?? new ConfigNode(schema);
  const parser = new TextParser(text, tree.schema, options.editPath ?? []);
  parser.body(tree.schema, tree, 0);
  return { tree, issues: parser.issues };
}
