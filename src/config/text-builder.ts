/**
 * A string built from many small pieces (indentation, names, values, `;\n` ...), as the text
 * renderer writes a large configuration.
 *
 * Owns the joining. Pieces are appended with `+` to the current chunk, which is flattened and
 * set aside every few thousand characters; the chunks are joined once at the end. That makes no
 * string per line (which the final join would copy again), keeps the garbage young and short-lived
 * (a chain of `+` strings that stays alive is copied by every minor garbage collection), and beats
 * `Array.prototype.join` over the pieces, which costs more per piece than `+` does.
 */

/** Characters per chunk. */
const CHUNK_LENGTH = 16384;

export class TextBuilder {
  #chunk = '';
  readonly #chunks: string[] = [];

  /** Appends up to four pieces, in order (a fixed list rather than `...pieces`: no array per call). */
  add(a: string, b?: string, c?: string, d?: string): void {
    let chunk = this.#chunk + a;
    if (b !== undefined) chunk += b;
    if (c !== undefined) chunk += c;
    if (d !== undefined) chunk += d;
    if (chunk.length >= CHUNK_LENGTH) {
      // Reading a character flattens the chain of `+` strings into one, so that it dies now.
      chunk.charCodeAt(0);
      this.#chunks.push(chunk);
      chunk = '';
    }
    this.#chunk = chunk;
  }

  /** Everything added so far, as one string. */
  text(): string {
    if (this.#chunks.length === 0) return this.#chunk;
    if (this.#chunk !== '') this.#chunks.push(this.#chunk);
    this.#chunk = '';
    return this.#chunks.join('');
  }
}
