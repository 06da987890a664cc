/**
 * Parser of the curly-brace configuration text (`show configuration`, `load merge`, files).
 *
 * Owns the statement grammar: optional `inactive:` / `protect:` / `replace:` prefixes, a header
 * of words (resolved by `path.ts`, so a one-line statement such as `route 0/0 next-hop 10.0.0.1;`
 * and a nested one read alike), then `;` or a `{ ... }` body. Comments before a statement become
 * its annotation; `##` comments are Junos's own output (`## Last commit`, `## SECRET-DATA`) and
 * are dropped. Every problem is collected with its line and column; parsing goes on after an
 * error so that all are reported at once. The result is only meant to be used when there are no
 * errors: callers must not apply a partly parsed tree.
 */
import type { SchemaNode } from '../schema/compile.js';
import { setPath, setStep } from './edit.js';
import type { ConfigIssue, IssueCode } from './errors.js';
import { Lexer, TokenKind, WordBuffer, type Token } from './lexer.js';
import { ConfigNode } from './node.js';
import { extendPath, insideGroups, resolvePath, resolveSingleStep, type ResolveOptions, type Step, type Word, type WordList } from './path.js';

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

/** What every statement of one body shares. */
interface BodyContext {
  readonly level: SchemaNode;
  readonly node: ConfigNode;
  readonly path: readonly string[];
  readonly resolve: ResolveOptions;
  readonly blockList: SchemaNode | undefined;
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
  readonly issues: ConfigIssue[] = [];

  constructor(text: string) {
    this.#lexer = new Lexer(text);
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
  body(level: SchemaNode, node: ConfigNode, path: readonly string[], depth: number, blockList?: SchemaNode): void {
    const context: BodyContext = {
      level,
      node,
      path,
      blockList,
      resolve: { partial: true, wildcards: insideGroups(level), editPath: path },
    };
    const buffer = this.#words;
    let comments: readonly string[] = NO_COMMENTS;
    for (;;) {
      this.#lexer.readWords(buffer);
      if (buffer.leadingComments !== undefined) comments = [...comments, ...buffer.leadingComments];
      const token = this.#lexer.peek();
      if (buffer.count > 0) {
        this.#statement(context, comments);
        comments = NO_COMMENTS;
        continue;
      }
      switch (token.kind) {
        case TokenKind.End:
          if (depth > 0) this.#issue(token, "syntax error, expecting '}'", path, undefined, 'unbalanced');
          return;
        case TokenKind.CloseBrace:
          this.#lexer.next();
          if (depth > 0) return;
          this.#issue(token, 'syntax error', path, undefined, 'unbalanced');
          continue;
        case TokenKind.Semicolon:
          this.#lexer.next();
          continue;
        default:
          this.#lexer.next();
          this.#issue(token, 'syntax error', path);
      }
    }
  }

  /**
   * How many of the header's first words are `inactive:` / `protect:` / `replace:`, and which;
   * the prefixes are undefined when there are none (the usual case).
   */
  #prefixes(words: WordBuffer): { skip: number; prefixes: Prefixes | undefined } {
    let skip = 0;
    let prefixes: Prefixes | undefined;
    while (skip < words.count - 1) {
      const text = words.texts[skip] as string;
      if (words.quoted[skip] === true || text.charCodeAt(text.length - 1) !== COLON || !PREFIXES.has(text)) break;
      prefixes ??= { inactive: false, protect: false, replace: false };
      prefixes[text.slice(0, -1) as keyof Prefixes] = true;
      skip += 1;
    }
    return { skip, prefixes };
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

  /**
   * Applies a statement whose header is one step (see `resolveSingleStep`) when it ends as such a
   * statement may; false leaves it to the general path, which reports what is wrong.
   */
  #simpleStatement(context: BodyContext, step: Step, terminator: Token, prefixes: Prefixes | undefined, comments: readonly string[]): boolean {
    const leafLike = step.schema.kind === 'leaf' || step.schema.kind === 'leaf-list';
    const opensBody = terminator.kind === TokenKind.OpenBrace;
    if (terminator.kind !== TokenKind.Semicolon && (leafLike || !opensBody)) return false;
    const target = setStep(context.node, step);
    this.#mark(target, prefixes, comments);
    this.#lexer.next();
    if (opensBody) this.body(step.schema, target, extendPath(context.path, [step]), 1);
    return true;
  }

  #mark(target: ConfigNode, prefixes: Prefixes | undefined, comments: readonly string[]): void {
    if (prefixes !== undefined) {
      if (prefixes.inactive) target.inactive = true;
      if (prefixes.protect) target.protect = true;
      if (prefixes.replace) target.replace = true;
    }
    if (comments.length > 0) target.annotation = comments.join('\n');
  }

  #statement(context: BodyContext, comments: readonly string[]): void {
    const { level, node, path, blockList } = context;
    const buffer = this.#words;
    const { skip, prefixes } = this.#prefixes(buffer);
    const terminator = this.#lexer.peek();
    const count = buffer.count - skip;
    if (count <= 0) {
      this.#issue(terminator, 'syntax error', path);
      this.#skip();
      return;
    }
    if (blockList === undefined && count <= 2 && buffer.quoted[skip] !== true) {
      const second = count === 2 ? buffer.texts[skip + 1] : undefined;
      const bracket = second === '[' && buffer.quoted[skip + 1] !== true;
      const single = resolveSingleStep(level, buffer.texts[skip] as string, second, bracket);
      if (single !== undefined && this.#simpleStatement(context, single, terminator, prefixes, comments)) return;
    }
    const words: WordList | readonly Word[] = blockList === undefined ? buffer : [{ text: blockList.name, quoted: false }, ...buffer.words(skip)];
    const resolution = resolvePath(words, blockList === undefined ? skip : 0, level, context.resolve);
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
        this.body(level, setPath(node, steps.slice(0, -1)), path, 1, last.schema);
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
    this.#mark(target, prefixes, comments);
    this.#lexer.next();
    if (opensBody) this.body(resolution.level, target, extendPath(path, steps), 1);
  }
}

/** Parses configuration text. `schema` is the compiled root (or the level `into` sits at). */
export function parseText(text: string, schema: SchemaNode, options: ParseOptions = {}): ParseResult {
  const tree = options.into ?? new ConfigNode(schema);
  const parser = new TextParser(text);
  parser.body(tree.schema, tree, options.editPath ?? [], 0);
  return { tree, issues: parser.issues };
}
