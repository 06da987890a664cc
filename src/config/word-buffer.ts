/**
 * The words of one statement header as the lexer reads them (`Lexer.readWords`), in parallel
 * arrays reused from one statement to the next. It knows nothing of what the words mean:
 * `path.ts` and `simple-path.ts` resolve them.
 */
import { TokenKind, type Token } from './lexer.js';
import type { WordList } from './path.js';

/**
 * The words of one statement header, gathered without a token object each: a large
 * configuration has hundreds of thousands of them, and most headers are read and forgotten.
 * `word(i)` and `words(from)` make `Word` objects for the few places that keep them.
 */
export class WordBuffer implements WordList {
  readonly texts: string[] = [];
  readonly quoted: boolean[] = [];
  readonly lines: number[] = [];
  readonly columns: number[] = [];
  count = 0;
  /** Comments read before the first word, kept (they annotate the statement); usually none. */
  leadingComments: string[] | undefined;

  add(text: string, quoted: boolean, line: number, column: number): void {
    const at = this.count;
    this.texts[at] = text;
    this.quoted[at] = quoted;
    this.lines[at] = line;
    this.columns[at] = column;
    this.count = at + 1;
  }

  text(index: number): string {
    return this.texts[index] as string;
  }

  isQuoted(index: number): boolean {
    return this.quoted[index] === true;
  }

  word(index: number): Token {
    const kind = this.quoted[index] === true ? TokenKind.String : TokenKind.Word;
    const text = this.texts[index] as string;
    return { kind, text, quoted: kind === TokenKind.String, line: this.lines[index] as number, column: this.columns[index] as number, trailing: false };
  }

  words(from: number): Token[] {
    const words = new Array<Token>(this.count - from);
    for (let i = from; i < this.count; i += 1) words[i - from] = this.word(i);
    return words;
  }
}

