/**
 * NETCONF 1.0 end-of-message framing (RFC 4742, what default Junos speaks): every message ends
 * with `]]>]]>`. A streaming decoder (`EomDecoder`) and the encoder (`encodeMessage`).
 *
 * Owns the bytes between messages only: it neither parses XML nor knows what a message means
 * (netconf-xml.ts, netconf-session.ts do).
 *
 * Choices:
 * - The decoder takes the channel's text as it comes (the SSH channel decodes UTF-8 across
 *   packets) and copes with any split or merge: the delimiter cut across chunks, several messages
 *   in one chunk, one message over many chunks. Work is linear in the input: a chunk is searched
 *   once (with the last 5 characters of the data before it, in case the delimiter starts there),
 *   and a long message is kept as a list of parts joined once, when its delimiter arrives.
 * - Bounded: a message over `maxMessageBytes` (UTF-8 bytes, 64 MiB by default) is not kept. Its
 *   data is dropped until its delimiter comes; then a `too-big` frame stands in its place (with
 *   the message's first characters, so that the session can still find its message-id and
 *   answer in order), and decoding goes on with the next message.
 * - Messages are handed on as sent, whitespace included (a client may write a line break before
 *   or after the delimiter); the session trims them. Data after the last delimiter is kept until
 *   more comes (nothing is emitted at end of input: a message without its delimiter is not one).
 * - The encoder writes what Junos writes: the message, a line break, `]]>]]>`, a line break.
 * - Chunked framing (RFC 6242, `\n#LEN\n…\n##\n`, base:1.1) is not implemented, and the hello
 *   does not advertise base:1.1: default Junos does not either, so ncclient and PyEZ keep
 *   `]]>]]>` (clients.md §1.3; the acceptance plan checks that base:1.1 is absent).
 */

/** The end-of-message delimiter of NETCONF 1.0. */
export const EOM = ']]>]]>';

/** The default bound on one incoming message: 64 MiB. */
export const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/** How much of an oversized message is kept for the session (its start tag and message-id). */
const HEAD_CHARS = 4096;

/** A complete message, without its delimiter. */
export interface MessageFrame {
  readonly kind: 'message';
  readonly text: string;
}

/** A message that was over the bound: what was kept of it. */
export interface TooBigFrame {
  readonly kind: 'too-big';
  /** The first characters of the message (up to 4096). */
  readonly head: string;
  /** Its whole size in UTF-8 bytes, delimiter excluded (above `limit`). */
  readonly bytes: number;
  /** The bound it passed. */
  readonly limit: number;
}

export type Frame = MessageFrame | TooBigFrame;

export interface EomDecoderOptions {
  /** The most UTF-8 bytes one message may have; DEFAULT_MAX_MESSAGE_BYTES by default. */
  readonly maxMessageBytes?: number;
}

/** The streaming `]]>]]>` decoder: `push` each piece of input, get the frames it completes. */
export class EomDecoder {
  readonly #limit: number;
  /** The current message so far (while it is within the bound). */
  #parts: string[] = [];
  /** Its size in UTF-8 bytes. */
  #bytes = 0;
  /** Up to the last 5 characters seen in the current message (where a delimiter may start). */
  #tail = '';
  /** The current message passed the bound: its data is being dropped. */
  #dropping = false;
  #head = '';

  constructor(options: EomDecoderOptions = {}) {
    this.#limit = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    if (!(this.#limit > 0)) throw new Error(`maxMessageBytes must be positive, not ${this.#limit}`);
  }

  /** The frames `chunk` completes, in order (none when it ends inside a message). */
  push(chunk: string): Frame[] {
    const frames: Frame[] = [];
    let rest = chunk;
    while (rest.length > 0) {
      const tail = this.#tail;
      const probe = tail + rest;
      const at = probe.indexOf(EOM);
      if (at < 0) {
        this.#append(rest);
        this.#tail = probe.slice(-(EOM.length - 1));
        return frames;
      }
      // Where the delimiter starts in `rest` (negative: it started in earlier data).
      const cut = at - tail.length;
      if (cut > 0) this.#append(rest.slice(0, cut));
      frames.push(this.#finish(cut < 0 ? -cut : 0));
      rest = rest.slice(cut + EOM.length);
    }
    return frames;
  }

  #append(text: string): void {
    this.#bytes += Buffer.byteLength(text, 'utf8');
    if (this.#dropping) return;
    // Up to 5 characters may turn out to be the start of the delimiter: allow for them here,
    // `#finish` checks the exact size.
    if (this.#bytes <= this.#limit + EOM.length - 1) {
      this.#parts.push(text);
      return;
    }
    this.#dropping = true;
    this.#head = (this.#parts.join('') + text).slice(0, HEAD_CHARS);
    this.#parts = [];
  }

  /** Ends the current message; `overlap` characters of it (a delimiter's start) are not its own. */
  #finish(overlap: number): Frame {
    // The overlap is `]` and `>` characters: one byte each.
    const bytes = this.#bytes - overlap;
    let frame: Frame;
    if (this.#dropping || bytes > this.#limit) {
      const head = this.#dropping ? this.#head : this.#parts.join('').slice(0, HEAD_CHARS);
      frame = { kind: 'too-big', head, bytes, limit: this.#limit };
    } else {
      const text = this.#parts.length === 1 ? (this.#parts[0] as string) : this.#parts.join('');
      frame = { kind: 'message', text: overlap > 0 ? text.slice(0, text.length - overlap) : text };
    }
    this.#parts = [];
    this.#bytes = 0;
    this.#tail = '';
    this.#dropping = false;
    this.#head = '';
    return frame;
  }
}

/** A message as Junos sends it: the XML, a line break, the delimiter, a line break. */
export function encodeMessage(xml: string): string {
  return `${xml}\n${EOM}\n`;
}
