/**
 * Parser and executor of configuration command sequences (`| display set` output, `load set`).
 *
 * Owns the command words of a sequence: `set`, `delete`, `deactivate`, `activate`, `protect`,
 * `unprotect`, `annotate`, and the navigation commands `edit`, `up` and `top` that `load set`
 * files may use. Each line is one command; `#` lines are comments. Paths are resolved by
 * `path.ts` and applied by `edit.ts`. Problems are collected with line and column; a warning
 * (`statement not found`) does not stop the sequence, an error is reported and its line skipped.
 */
import type { SchemaNode } from '../schema/compile.js';
import { annotatePath, deletePath, markPath, setPath } from './edit.js';
import type { ConfigIssue } from './errors.js';
import { Lexer, TokenKind, type Token } from './lexer.js';
import { ConfigNode } from './node.js';
import { extendPath, insideGroups, resolvePath, type Step, type Word } from './path.js';

export interface SetParseResult {
  readonly tree: ConfigNode;
  readonly issues: ConfigIssue[];
}

interface Level {
  readonly node: ConfigNode;
  readonly path: readonly string[];
}

const PUNCTUATION = new Set([TokenKind.OpenBrace, TokenKind.CloseBrace, TokenKind.Semicolon]);

/** Splits text into command lines of words; a comment ends its line. */
function* commandLines(text: string): Generator<{ words: Word[]; bad?: Token }> {
  const lexer = new Lexer(text);
  let words: Word[] = [];
  let line = -1;
  let bad: Token | undefined;
  for (;;) {
    const token = lexer.next();
    if (token.kind === TokenKind.End || (token.line !== line && words.length > 0)) {
      if (words.length > 0) yield bad === undefined ? { words } : { words, bad };
      words = [];
      bad = undefined;
    }
    if (token.kind === TokenKind.End) return;
    line = token.line;
    if (token.kind === TokenKind.Comment) continue;
    if (PUNCTUATION.has(token.kind)) bad ??= { ...token };
    words.push({ text: token.text, quoted: token.kind === TokenKind.String, line: token.line, column: token.column });
  }
}

class SetExecutor {
  readonly issues: ConfigIssue[] = [];
  readonly #root: ConfigNode;
  #stack: Level[];

  constructor(root: ConfigNode, path: readonly string[]) {
    this.#root = root;
    this.#stack = [{ node: root, path }];
  }

  get #level(): Level {
    return this.#stack[this.#stack.length - 1] as Level;
  }

  #error(word: Word, message: string, statement?: string): void {
    this.issues.push({
      severity: 'error',
      code: 'syntax',
      message,
      path: this.#level.path,
      statement: statement ?? word.text,
      badElement: word.text,
      line: word.line,
      column: word.column,
    });
  }

  run(words: readonly Word[], bad?: Token): void {
    const command = words[0] as Word;
    if (bad !== undefined) {
      this.#error({ text: bad.text, quoted: false, line: bad.line, column: bad.column }, 'syntax error');
      return;
    }
    switch (command.quoted ? '' : command.text) {
      case 'set':
      case 'delete':
      case 'deactivate':
      case 'activate':
      case 'protect':
      case 'unprotect':
      case 'edit':
        this.#pathCommand(command, words.slice(1));
        return;
      case 'annotate':
        this.#annotate(command, words.slice(1));
        return;
      case 'top':
        this.#stack = [this.#stack[0] as Level];
        return;
      case 'up':
        this.#up(words[1]);
        return;
      default:
        this.#error(command, 'syntax error');
    }
  }

  /** Pushes one level per container or list entry that `steps` pass through. */
  #enter(steps: readonly Step[]): void {
    for (const step of steps) {
      const { node, path } = this.#level;
      const child = node.child(step.schema.name, step.key) as ConfigNode;
      this.#stack.push({ node: child, path: extendPath(path, [step]) });
    }
  }

  #up(countWord: Word | undefined): void {
    const count = countWord === undefined ? 1 : Number(countWord.text);
    if (!Number.isInteger(count) || count < 1) {
      this.#error(countWord as Word, 'syntax error');
      return;
    }
    this.#stack.splice(Math.max(1, this.#stack.length - count));
  }

  #resolve(command: Word, args: readonly Word[], partial: boolean) {
    const level = this.#level;
    const resolution = resolvePath(args, 0, level.node.schema, {
      partial,
      wildcards: insideGroups(level.node.schema),
      editPath: level.path,
    });
    if (resolution.issue !== undefined) {
      this.issues.push(resolution.issue);
      return undefined;
    }
    const clearsLevel = command.text === 'delete' || command.text === 'edit';
    if (resolution.steps.length === 0 && !clearsLevel) {
      this.#error(command, 'missing argument', command.text);
      return undefined;
    }
    return resolution;
  }

  #pathCommand(command: Word, args: readonly Word[]): void {
    const name = command.text;
    const partial = name !== 'set';
    const resolution = this.#resolve(command, args, partial);
    if (resolution === undefined) return;
    const { node, path } = this.#level;
    const steps = resolution.steps;
    let found = true;
    switch (name) {
      case 'set':
        setPath(node, steps);
        return;
      case 'edit': {
        const last = steps[steps.length - 1];
        if (last?.schema.kind === 'leaf' || last?.schema.kind === 'leaf-list' || (last?.schema.kind === 'list' && last.key === undefined)) {
          this.#error(args[args.length - 1] as Word, 'syntax error');
          return;
        }
        setPath(node, steps);
        this.#enter(steps);
        return;
      }
      case 'delete':
        found = deletePath(node, steps);
        break;
      case 'deactivate':
      case 'activate':
        found = markPath(node, steps, 'inactive', name === 'deactivate');
        break;
      case 'protect':
      case 'unprotect':
        found = markPath(node, steps, 'protect', name === 'protect');
        break;
    }
    if (!found) this.#notFound(command, args, path);
  }

  #notFound(command: Word, args: readonly Word[], path: readonly string[]): void {
    const last = args[args.length - 1] ?? command;
    this.issues.push({
      severity: 'warning',
      code: 'not-found',
      message: 'statement not found',
      path,
      statement: args.map((word) => word.text).join(' '),
      badElement: last.text,
      line: command.line,
      column: command.column,
    });
  }

  #annotate(command: Word, args: readonly Word[]): void {
    const comment = args[args.length - 1];
    if (comment === undefined || args.length < 2) {
      this.#error(command, 'missing argument', 'annotate');
      return;
    }
    const resolution = this.#resolve(command, args.slice(0, -1), true);
    if (resolution === undefined) return;
    if (!annotatePath(this.#level.node, resolution.steps, comment.text)) {
      this.#notFound(command, args.slice(0, -1), this.#level.path);
    }
  }

  get root(): ConfigNode {
    return this.#root;
  }
}

export interface SetParseOptions {
  /** Execute into this node (a candidate, or the current `edit` level) instead of a new root. */
  readonly into?: ConfigNode;
  readonly editPath?: readonly string[];
}

/** Executes a command sequence; `schema` is the compiled root. */
export function parseSet(text: string, schema: SchemaNode, options: SetParseOptions = {}): SetParseResult {
  const executor = new SetExecutor(options.into ?? new ConfigNode(schema), options.editPath ?? []);
  for (const { words, bad } of commandLines(text)) executor.run(words, bad);
  return { tree: executor.root, issues: executor.issues };
}
