/**
 * Tokens of the Junos configuration text format.
 *
 * Owns the character level: words, quoted strings (with `\"` and `\\` escapes), the punctuation
 * `{ } ; [ ]`, comments (`/* ... *\/` and `# ...` to the end of the line) and the positions of all
 * of them. Written as a tight loop over char codes because loading large configurations is on
 * the hot path (see `npm run bench`). It has no idea what a statement is; given a keyword table
 * (`keywords.ts`), a word spelled like a statement name comes back as the table's string.
 */
import { keywordHash, type KeywordTable } from './keywords.js';
import type { WordBuffer } from './word-buffer.js';

export const enum TokenKind {
  Word,
  String,
  OpenBrace,
  CloseBrace,
  Semicolon,
  OpenBracket,
  CloseBracket,
  Comment,
  End,
}

export interface Token {
  readonly kind: TokenKind;
  /** The word, the unescaped string, or the whole comment with its delimiters. */
  readonly text: string;
  readonly line: number;
  readonly column: number;
  /** A comment that follows another token on the same line (it annotates nothing). */
  readonly trailing: boolean;
  /** A quoted string (so that `[` or a keyword in quotes is a plain value): a token is a `Word`. */
  readonly quoted: boolean;
  /** A string whose closing quote is missing. */
  readonly unterminated?: boolean;
}

const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;
const QUOTE = 34;
const HASH = 35;
const SLASH = 47;
const STAR = 42;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const SEMICOLON = 59;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** Characters that end a word, by char code (all below 128). */
const WORD_END = new Uint8Array(128);
for (const code of [SPACE, TAB, LF, CR, OPEN_BRACE, CLOSE_BRACE, SEMICOLON, OPEN_BRACKET, CLOSE_BRACKET, QUOTE]) WORD_END[code] = 1;

function isWordEnd(code: number): boolean {
  return code < 128 && WORD_END[code] === 1;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A code unit above 255, which a byte cannot hold. */
const WIDE = /[\u0100-\uffff]/;
/** What a code unit above 255 becomes in `codesOf`: a byte that is neither punctuation nor space. */
const WIDE_CODE = 0x80;

/**
 * The code units of `text` as bytes, for the scanning loops: reading a typed array is cheaper
 * than `charCodeAt`, and a text without code units above 255 (nearly every configuration) is
 * copied natively. Above 255 a code unit becomes `WIDE_CODE`, which the lexer treats as any
 * other word character, as it did the code unit itself; words are still sliced from the text.
 */
function codesOf(text: string): Uint8Array {
  if (!WIDE.test(text)) return Buffer.from(text, 'latin1');
  const codes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    codes[i] = code > 255 ? WIDE_CODE : code;
  }
  return codes;
}

/** What `#scan` returns when it put a word into a buffer instead of making a token of it. */
const ADDED_TO_BUFFER: Token = Object.freeze({ kind: TokenKind.Word, text: '', line: 0, column: 0, trailing: false, quoted: false });

/**
 * A pull tokenizer over one text.
 *
 * `{`, `}` and `;` come back as one reused token object per kind, updated in place: they are
 * the most frequent tokens and nobody needs them after the next call. Keep a copy if you do.
 */
export class Lexer {
  readonly #text: string;
  /** The text's code units as bytes (see `codesOf`), which the scanning loops read. */
  readonly #codes: Uint8Array;
  readonly #keywords: KeywordTable | undefined;
  /** The reused `{`, `}` and `;` tokens, by kind. */
  readonly #punctuation: Mutable<Token>[] = [];
  #pos = 0;
  #line = 1;
  #lineStart = 0;
  /** Line of the last non-comment token, to tell trailing comments from leading ones. */
  #lastTokenLine = 0;
  #peeked: Token | undefined;

  constructor(text: string, keywords?: KeywordTable) {
    this.#text = text;
    this.#codes = codesOf(text);
    this.#keywords = keywords;
  }

  peek(): Token {
    this.#peeked ??= this.#scan();
    return this.#peeked;
  }

  next(): Token {
    const token = this.peek();
    this.#peeked = undefined;
    return token;
  }

  /** Scans the next token; a plain word is put straight into `into` when given (see `readWords`). */
  #scan(into?: WordBuffer): Token {
    const text = this.#text;
    const codes = this.#codes;
    const length = codes.length;
    let pos = this.#pos;
    while (pos < length) {
      const code = codes[pos] as number;
      if (code === SPACE) {
        pos += 1;
      } else if (code === LF) {
        pos += 1;
        this.#line += 1;
        this.#lineStart = pos;
      } else if (code === TAB || code === CR) {
        pos += 1;
      } else {
        break;
      }
    }
    const line = this.#line;
    const column = pos - this.#lineStart + 1;
    if (pos >= length) {
      this.#pos = pos;
      return { kind: TokenKind.End, text: '', line, column, trailing: false, quoted: false };
    }
    const code = codes[pos] as number;
    let kind: TokenKind | undefined;
    switch (code) {
      case OPEN_BRACE: kind = TokenKind.OpenBrace; break;
      case CLOSE_BRACE: kind = TokenKind.CloseBrace; break;
      case SEMICOLON: kind = TokenKind.Semicolon; break;
      case OPEN_BRACKET: kind = TokenKind.OpenBracket; break;
      case CLOSE_BRACKET: kind = TokenKind.CloseBracket; break;
    }
    if (kind !== undefined) {
      this.#pos = pos + 1;
      this.#lastTokenLine = line;
      return this.#punctuationToken(kind, text[pos] as string, line, column);
    }
    if (code === HASH || (code === SLASH && codes[pos + 1] === STAR)) {
      return this.#comment(pos, line, column);
    }
    this.#lastTokenLine = line;
    if (code === QUOTE) return this.#string(pos, line, column, into);
    let end = pos;
    let hash = 0;
    while (end < length) {
      const next = codes[end] as number;
      if (isWordEnd(next)) break;
      hash = keywordHash(hash, next);
      end += 1;
    }
    this.#pos = end;
    const word = this.#keywords?.find(codes, pos, end, hash) ?? text.slice(pos, end);
    if (into !== undefined) {
      into.add(word, false, line, column);
      return ADDED_TO_BUFFER;
    }
    return { kind: TokenKind.Word, text: word, line, column, trailing: false, quoted: false };
  }

  /**
   * Reads the words, strings and brackets of a statement header into `buffer` (emptied first),
   * up to the `;`, `{`, `}` or end that closes it, which is left to `peek`. Comments before the
   * first word are kept as `leadingComments` (`##` ones, Junos's own output, are dropped); later
   * ones are skipped.
   */
  readWords(buffer: WordBuffer): void {
    buffer.count = 0;
    buffer.leadingComments = undefined;
    for (;;) {
      const token = this.#peeked ?? this.#scan(buffer);
      if (token === ADDED_TO_BUFFER) continue;
      switch (token.kind) {
        case TokenKind.Word:
        case TokenKind.String:
        case TokenKind.OpenBracket:
        case TokenKind.CloseBracket:
          buffer.add(token.text, token.quoted, token.line, token.column);
          break;
        case TokenKind.Comment:
          if (buffer.count === 0 && !token.trailing && !token.text.startsWith('##')) {
            (buffer.leadingComments ??= []).push(token.text);
          }
          break;
        default:
          this.#peeked = token;
          return;
      }
      this.#peeked = undefined;
    }
  }

  #punctuationToken(kind: TokenKind, text: string, line: number, column: number): Token {
    if (kind === TokenKind.OpenBracket || kind === TokenKind.CloseBracket) {
      return { kind, text, line, column, trailing: false, quoted: false };
    }
    let token = this.#punctuation[kind];
    if (token === undefined) {
      token = { kind, text, line, column, trailing: false, quoted: false };
      this.#punctuation[kind] = token;
    }
    token.line = line;
    token.column = column;
    return token;
  }

  #comment(start: number, line: number, column: number): Token {
    const text = this.#text;
    const codes = this.#codes;
    const trailing = this.#lastTokenLine === line;
    let end: number;
    if (codes[start] === HASH) {
      end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      this.#pos = end;
      return { kind: TokenKind.Comment, text: text.slice(start, end).trimEnd(), line, column, trailing, quoted: false };
    }
    end = text.indexOf('*/', start + 2);
    end = end < 0 ? text.length : end + 2;
    for (let i = start; i < end; i += 1) {
      if (codes[i] === LF) {
        this.#line += 1;
        this.#lineStart = i + 1;
      }
    }
    this.#pos = end;
    return { kind: TokenKind.Comment, text: text.slice(start, end), line, column, trailing, quoted: false };
  }

  /** A quoted string; a terminated one is put straight into `into` when given, as words are. */
  #string(start: number, line: number, column: number, into?: WordBuffer): Token {
    const text = this.#text;
    const codes = this.#codes;
    const length = codes.length;
    let pos = start + 1;
    let value = '';
    let chunkStart = pos;
    while (pos < length) {
      const code = codes[pos] as number;
      if (code === QUOTE) {
        value += text.slice(chunkStart, pos);
        this.#pos = pos + 1;
        if (into !== undefined) {
          into.add(value, true, line, column);
          return ADDED_TO_BUFFER;
        }
        return { kind: TokenKind.String, text: value, line, column, trailing: false, quoted: true };
      }
      if (code === BACKSLASH && pos + 1 < length) {
        value += text.slice(chunkStart, pos);
        value += text[pos + 1];
        pos += 2;
        chunkStart = pos;
        continue;
      }
      if (code === LF) {
        this.#line += 1;
        this.#lineStart = pos + 1;
      }
      pos += 1;
    }
    value += text.slice(chunkStart, pos);
    this.#pos = pos;
    return { kind: TokenKind.String, text: value, line, column, trailing: false, quoted: true, unterminated: true };
  }
}
