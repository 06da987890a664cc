/**
 * HTTP statuses of the REST front end, and the errors it raises itself.
 *
 * Owns the mapping from an RPC's errors to the status of a single-RPC response. Junos's own
 * statuses for RPC-level errors are not on record (clients.md §5 [U]); retwin follows the
 * NETCONF error-tag → HTTP status table of RESTCONF (RFC 8040 §7), with Junos's messages first:
 * - no error of severity `error` (warnings allowed) → 200;
 * - `permission denied` (or tag `access-denied`) → 403;
 * - `syntax error…` (an unknown RPC, an unknown parameter or value), and tags `malformed-message`,
 *   `invalid-value`, `bad-/missing-/unknown-element|attribute`, `unknown-namespace` → 400;
 * - tags `in-use`, `lock-denied`, `resource-denied`, `data-exists`, `data-missing` → 409;
 * - `operation-not-supported` → 501; anything else (`operation-failed`: a failed commit…) → 500.
 * The body still carries the Junos error in the asked format, so a client that reads the body
 * and ignores the status sees what NETCONF would show. A multi-RPC `POST /rpc` answers 200
 * whatever its parts say: each part carries its own errors.
 *
 * REST's own errors (a request it cannot read) use the `<rpc-error>` shape too: type
 * `protocol`, tag `malformed-message` [U], the message saying what to send instead.
 */
import type { XmlRpcError } from '../xml-rpc/xml-rpc-types.js';

const BAD_REQUEST_TAGS = new Set([
  'malformed-message',
  'invalid-value',
  'bad-element',
  'missing-element',
  'unknown-element',
  'bad-attribute',
  'missing-attribute',
  'unknown-attribute',
  'unknown-namespace',
  'too-big',
]);
const CONFLICT_TAGS = new Set(['in-use', 'lock-denied', 'resource-denied', 'data-exists', 'data-missing']);

/**
 * The status of a single-RPC response whose reply has these errors (for a failed load or
 * commit, the errors inside its payload); `none` when none has severity error.
 */
export function statusOf(errors: readonly XmlRpcError[], none = 200): number {
  const first = errors.find((error) => error.severity === 'error');
  if (first === undefined) return none;
  if (first.message === 'permission denied' || first.tag === 'access-denied') return 403;
  if (first.message.startsWith('syntax error') || BAD_REQUEST_TAGS.has(first.tag)) return 400;
  if (CONFLICT_TAGS.has(first.tag)) return 409;
  if (first.tag === 'operation-not-supported') return 501;
  return 500;
}

/** An error in the request itself (400). */
export function malformed(message: string, badElement?: string): XmlRpcError {
  const error: XmlRpcError = { type: 'protocol', tag: 'malformed-message', severity: 'error', message };
  return badElement === undefined ? error : { ...error, badElement };
}

/** The executor threw: an internal error of retwin's, reported rather than hidden (500). */
export function internal(rpc: string, message: string): XmlRpcError {
  return { type: 'application', tag: 'operation-failed', severity: 'error', message: `internal error running ${rpc}: ${message}`, badElement: rpc };
}
