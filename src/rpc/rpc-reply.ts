/**
 * `RpcReply`: what every RPC answers, whoever asked (CLI, NETCONF, REST). One value, rendered on
 * demand as Junos XML, Junos JSON or Junos CLI text, so no front end computes an answer of its
 * own.
 *
 * Owns the reply and its renderings. Errors come first in every form: `<rpc-error>` elements
 * before the payload (as in PyEZ's `sw_info_dual_other_re_off.xml`), `error: <message>` lines
 * before the text. JSON renders the payload only; a front end that must show errors in JSON
 * decides how (Junos's form for that is not on record) — `json()` is undefined when there is
 * no payload.
 */
import type { RpcElement } from './rpc-element.js';
import type { RpcError } from './rpc-error.js';
import { renderElementJson, type JsonOptions } from './render-json.js';
import { renderCliXml, renderReplyBodyXml } from './render-xml.js';

export class RpcReply {
  readonly #payload: () => RpcElement | undefined;
  readonly #text: () => string;
  #element: RpcElement | undefined | null = null;

  constructor(
    /** The RPC that answered (`get-chassis-inventory`). */
    readonly rpc: string,
    /** Release for the namespaces (`17.3R1`). */
    readonly release: string,
    readonly errors: readonly RpcError[],
    payload: () => RpcElement | undefined,
    text: () => string,
  ) {
    this.#payload = payload;
    this.#text = text;
  }

  /** True when the RPC failed (an error of severity `error`). */
  get failed(): boolean {
    return this.errors.some((error) => error.severity === 'error');
  }

  /** The payload element (`<chassis-inventory>`, `<output>`…), undefined for an errors-only reply. */
  element(): RpcElement | undefined {
    if (this.#element === null) this.#element = this.#payload();
    return this.#element;
  }

  /** The Junos CLI text: `error:` lines, then the command's output; each line ends with `\n`. */
  text(): string {
    const errors = this.errors.map((error) => `${error.severity === 'warning' ? 'warning' : 'error'}: ${error.message}\n`).join('');
    return errors + (this.element() === undefined && this.failed ? '' : this.#text());
  }

  /** The content of a NETCONF `<rpc-reply>`: errors at column 0, the payload indented four spaces. */
  xml(options: { readonly compact?: boolean } = {}): string {
    return renderReplyBodyXml(this.errors, this.element(), options);
  }

  /** `| display xml`: the whole `<rpc-reply>` with the CLI banner. */
  cliXml(banner: string): string {
    return renderCliXml(this.errors, this.element(), { release: this.release, banner });
  }

  /** The payload as Junos JSON, or undefined for an errors-only reply. */
  json(options: JsonOptions = {}): string | undefined {
    const payload = this.element();
    return payload === undefined ? undefined : renderElementJson(payload, options);
  }
}

/** A reply that is only errors. */
export function errorReply(rpc: string, release: string, errors: readonly RpcError[]): RpcReply {
  return new RpcReply(rpc, release, errors, () => undefined, () => '');
}
