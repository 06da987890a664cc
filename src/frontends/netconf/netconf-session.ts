/**
 * One NETCONF session on one SSH channel (the `netconf` subsystem, or the exec fallback
 * `xml-mode netconf need-trailer`): the protocol between the framing and the xml-rpc executor.
 *
 * Owns the session's life: the server hello written at once, the client hello checked, each
 * `<rpc>` run in order through the injected `execute` and answered in the Junos envelope,
 * the end (after `<close-session/>`, client gone, killed, closed by the server). It does not run
 * RPCs (the executor does, `<close-session>` and `<kill-session>` included, the latter through
 * `context.killSession`), check logins or decide where the session lands (netconf-access.ts).
 *
 * Choices:
 * - The hello goes out before anything is read (ncclient and paramiko: clients.md §1.2, §11).
 * - One RPC at a time, replies in request order; input keeps being framed meanwhile.
 * - A reply goes to the channel at once when no request waits behind it. While requests wait
 *   (a client pipelining), replies are gathered and written together (one channel write, so
 *   one SSH packet and one socket write for several replies), when the last waiting request is
 *   answered, when 64 KiB have gathered, or when the event loop turns (an RPC that waits on a
 *   timer or I/O does not hold back the replies before it), whichever comes first; and always
 *   before the session ends.
 * - Client hello: malformed XML, a `<hello>` without base:1.0, or one with a session-id ends
 *   the session at once, without a reply (RFC 6241 §8.1). A first message that is an `<rpc>`
 *   is served as if a base:1.0 hello had come first: real Junos does (Juniper's lab guides say
 *   the client hello "is not required"). A second `<hello>` is ignored.
 * - An `<rpc>` that is not well-formed: `<rpc-error>` type rpc, tag malformed-message, with the
 *   parser's message and the message-id when its start tag shows one (ncclient drops a session
 *   whose reply has no message-id); the session goes on (the framing is intact). [U] message.
 * - A message over the size bound: `<rpc-error>` type rpc, tag too-big; the session goes on.
 * - A root other than `<rpc>` (or `<hello>`), an `<rpc>` with no operation or with more than
 *   one: Junos's `syntax error` with the bad element ([U] for the last two).
 * - `<close-session/>` is the executor's (it closes the configuration and answers `<ok/>` with
 *   `close`); an answer with `close` ends the session after its reply: Junos's
 *   `<!-- session end at … -->` comment, then the channel closes (clients.md §1.7).
 * - An executor that throws: `<rpc-error>` application / operation-failed / `internal error`.
 * - Replies to RPCs still running when the session ends are dropped. `eof()` (the client will send
 *   nothing more, but still reads) is gentler: what was received is answered, then the channel
 *   closes. The transport does not call it yet (ssh-channel.ts calls `end()` at EOF and drops
 *   later writes; the seam has no EOF signal), so `ssh -s r1 netconf < requests.xml` loses the
 *   replies still being computed at EOF.
 */
import { formatJunosTime } from '../../daemons/mgd/index.js';
import type { ChannelSession, SessionChannel } from '../session-channel.js';
import type { XmlElement, XmlRpcContext, XmlRpcError, XmlRpcResult } from '../xml-rpc/xml-rpc-types.js';
import { EomDecoder, encodeMessage, type Frame } from './framing.js';
import { checkClientHello, isHello, renderServerHello } from './hello.js';
import { firstElementName, isNetconfOrUnqualified, MalformedMessageError, parseNetconfMessage, salvageMessageId, type ParsedMessage, type RawAttribute } from './netconf-xml.js';
import { renderRpcReply } from './rpc-reply-envelope.js';

/** Runs one request (the operation element inside `<rpc>`): the xml-rpc executor. */
export type ExecuteRpc = (request: XmlElement, context: XmlRpcContext) => Promise<XmlRpcResult>;

/** How a session ended. */
export type EndReason = 'client-gone' | 'close-session' | 'killed' | 'closed-by-server' | 'bad-hello';

export interface NetconfSessionOptions {
  readonly channel: SessionChannel;
  /** What RPCs run with; its `sessionId` is the hello's and its `login` names the user. */
  readonly context: XmlRpcContext;
  readonly execute: ExecuteRpc;
  /** The release in `xmlns:junos` (`17.3R1`). */
  readonly release: string;
  /** The time for the `session end at` comment (ms since the epoch). */
  readonly now: () => number;
  /** The bound on one incoming message (framing.ts's default when absent). */
  readonly maxMessageBytes?: number;
  /** Called once when the session ends, however it ends. */
  readonly onEnd?: (reason: EndReason) => void;
  /** Where an executor's exception is reported. */
  readonly onError?: (error: Error, where: string) => void;
}

type State = 'awaiting-hello' | 'open' | 'ended';

/** Gathered replies are written once they reach this many characters (see the header). */
const BATCH_CHARS = 64 * 1024;

function syntaxError(badElement: string): XmlRpcError {
  return { type: 'protocol', tag: 'operation-failed', severity: 'error', message: 'syntax error', badElement };
}

export class NetconfSession implements ChannelSession {
  readonly #options: NetconfSessionOptions;
  readonly #decoder: EomDecoder;
  readonly #queue: Frame[] = [];
  #state: State = 'awaiting-hello';
  #busy = false;
  #inputEnded = false;
  /** Replies gathered while requests wait behind them (see the header), not yet written. */
  #out: string[] = [];
  #outChars = 0;
  #flushScheduled = false;

  constructor(options: NetconfSessionOptions) {
    this.#options = options;
    this.#decoder = new EomDecoder(options.maxMessageBytes === undefined ? {} : { maxMessageBytes: options.maxMessageBytes });
    const { login, sessionId } = options.context;
    options.channel.write(encodeMessage(renderServerHello({ sessionId, user: login.user, reportedClass: login.reportedClass })));
  }

  get id(): number {
    return this.#options.context.sessionId;
  }

  get ended(): boolean {
    return this.#state === 'ended';
  }

  receive(data: string): void {
    if (this.#state === 'ended' || this.#inputEnded) return;
    for (const frame of this.#decoder.push(data)) this.#queue.push(frame);
    void this.#pump();
  }

  /** The client closed the channel or the connection dropped. */
  end(): void {
    this.#finish('client-gone', false);
  }

  /** The client sent EOF: answer what came, then close (for a transport that tells EOF apart). */
  eof(): void {
    if (this.#state === 'ended') return;
    this.#inputEnded = true;
    if (!this.#busy && this.#queue.length === 0) this.#finish('client-gone', true);
  }

  /** `<kill-session>` from another session: the channel closes, nothing more is said. */
  kill(): void {
    this.#finish('killed', true);
  }

  /** The server ends the session (its RE stopped being master, or halted). */
  close(): void {
    this.#finish('closed-by-server', true);
  }

  async #pump(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      for (let frame = this.#queue.shift(); frame !== undefined && this.#state !== 'ended'; frame = this.#queue.shift()) {
        await this.#handle(frame);
      }
    } catch (error) {
      this.#options.onError?.(error as Error, `NETCONF session ${this.id}`);
      this.#finish('closed-by-server', true);
    } finally {
      this.#busy = false;
    }
    if (this.#inputEnded) this.#finish('client-gone', true);
  }

  async #handle(frame: Frame): Promise<void> {
    if (frame.kind === 'too-big') {
      this.#open();
      const message = `message of ${frame.bytes} bytes is larger than the limit of ${frame.limit} bytes`;
      this.#reply(this.#salvagedEcho(frame.head), { payload: '', ok: false, errors: [{ type: 'rpc', tag: 'too-big', severity: 'error', message }] });
      return;
    }
    const text = frame.text.trim();
    if (text === '') return;
    let parsed: ParsedMessage;
    try {
      parsed = parseNetconfMessage(text);
    } catch (error) {
      if (!(error instanceof MalformedMessageError)) throw error;
      // Before the client hello, only what looks like an <rpc> is answered: anything else is a
      // garbled hello.
      if (this.#state === 'awaiting-hello' && firstElementName(text) !== 'rpc') {
        this.#finish('bad-hello', true);
        return;
      }
      this.#open();
      const errors: XmlRpcError[] = [{ type: 'rpc', tag: 'malformed-message', severity: 'error', message: error.message }];
      this.#reply(this.#salvagedEcho(text), { payload: '', ok: false, errors });
      return;
    }
    const { root, rootAttributes } = parsed;
    if (isHello(root)) {
      if (this.#state === 'awaiting-hello') {
        if (checkClientHello(root).ok) this.#state = 'open';
        else this.#finish('bad-hello', true);
      }
      return;
    }
    this.#open();
    if (root.name !== 'rpc' || !isNetconfOrUnqualified(root)) {
      this.#reply([], { payload: '', ok: false, errors: [syntaxError(root.name)] });
      return;
    }
    await this.#runRpc(root, rootAttributes);
  }

  async #runRpc(rpc: XmlElement, echo: readonly RawAttribute[]): Promise<void> {
    const [operation, extra] = rpc.children;
    if (operation === undefined || extra !== undefined) {
      this.#reply(echo, { payload: '', ok: false, errors: [syntaxError(extra?.name ?? 'rpc')] });
      return;
    }
    let result: XmlRpcResult;
    try {
      result = await this.#options.execute(operation, this.#options.context);
    } catch (error) {
      this.#options.onError?.(error as Error, `NETCONF session ${this.id}: ${operation.name}`);
      result = { payload: '', ok: false, errors: [{ type: 'application', tag: 'operation-failed', severity: 'error', message: 'internal error' }] };
    }
    if (this.#state === 'ended') return;
    this.#reply(echo, result);
    if (result.close === true) this.#closeSession();
  }

  /** A message other than a hello came: the client hello, if it never came, is taken as given. */
  #open(): void {
    if (this.#state === 'awaiting-hello') this.#state = 'open';
  }

  #salvagedEcho(text: string): RawAttribute[] {
    const messageId = salvageMessageId(text);
    return messageId === undefined ? [] : [{ name: 'message-id', value: messageId }];
  }

  #reply(echo: readonly RawAttribute[], result: Pick<XmlRpcResult, 'payload' | 'ok' | 'errors'>): void {
    if (this.#state === 'ended') return;
    const xml = renderRpcReply({ release: this.#options.release, echo, errors: result.errors, payload: result.payload, ok: result.ok });
    this.#send(encodeMessage(xml));
  }

  /** Writes `text` now, or gathers it while requests wait behind it (see the header). */
  #send(text: string): void {
    this.#out.push(text);
    this.#outChars += text.length;
    if (this.#queue.length === 0 || this.#outChars >= BATCH_CHARS) {
      this.#flush();
      return;
    }
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    setImmediate(() => {
      this.#flushScheduled = false;
      this.#flush();
    });
  }

  #flush(): void {
    if (this.#out.length === 0) return;
    const data = this.#out.length === 1 ? (this.#out[0] as string) : this.#out.join('');
    this.#out = [];
    this.#outChars = 0;
    this.#options.channel.write(data);
  }

  #closeSession(): void {
    if (this.#state === 'ended') return;
    this.#send(`<!-- session end at ${formatJunosTime(this.#options.now())} -->\n`);
    this.#finish('close-session', true);
  }

  #finish(reason: EndReason, closeChannel: boolean): void {
    if (this.#state === 'ended') return;
    this.#state = 'ended';
    this.#flush();
    this.#queue.length = 0;
    if (closeChannel) this.#options.channel.close(0);
    this.#options.onEnd?.(reason);
  }
}
