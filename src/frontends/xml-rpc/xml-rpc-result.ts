/**
 * Builders of `XmlRpcResult`s, so every handler answers in one of four shapes: `<ok/>`, a payload
 * (with warnings), errors only, or a payload that carries its own errors (`failed`). Owns the
 * payload convention: XML text whose lines each end with `\n` ('' for none), elements in
 * Junos's layout, no `<rpc-reply>` around them.
 */
import type { XmlRpcError, XmlRpcResult } from './xml-rpc-types.js';

export function okResult(warnings: readonly XmlRpcError[] = []): XmlRpcResult {
  return { payload: '', ok: true, errors: warnings };
}

export function errorResult(...errors: XmlRpcError[]): XmlRpcResult {
  return { payload: '', ok: false, errors };
}

export function payloadResult(payload: string, errors: readonly XmlRpcError[] = []): XmlRpcResult {
  return { payload, ok: false, errors };
}

/** A payload holding the errors itself (`<load-configuration-results>`, `<commit-results>`). */
export function failedPayloadResult(payload: string): XmlRpcResult {
  return { payload, ok: false, errors: [], failed: true };
}

/** `<ok/>` when there are no errors of severity error, else the errors (warnings kept). */
export function okOrErrors(errors: readonly XmlRpcError[]): XmlRpcResult {
  return errors.some((error) => error.severity === 'error') ? { payload: '', ok: false, errors } : okResult(errors);
}
