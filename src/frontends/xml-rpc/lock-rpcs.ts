/**
 * Locking the candidate: NETCONF's `<lock>`/`<unlock>` (`<target><candidate/></target>`) and
 * Junos's `<lock-configuration/>`/`<unlock-configuration/>` (PyEZ's `Config.lock()`), all over
 * mgd's exclusive lock of the session's candidate.
 *
 * - Lock: `<ok/>`; refused (another session holds the lock, or the shared candidate holds
 *   uncommitted changes) with `lock-denied`, mgd's message (`configuration database locked
 *   by: …` / `configuration database modified`) and `<error-info><session-id>` of the holder (0
 *   when none), as RFC 6241 §7.5 asks. Locking again what the session holds is `<ok/>`.
 * - Unlock: `<ok/>`; it discards the session's uncommitted changes (mgd's rule, Junos's
 *   "uncommitted changes will be discarded"). Unlocking a lock another session holds is refused
 *   as a lock would be; unlocking with no lock held is `<ok/>` [U].
 * - Only the candidate can be locked: `<running/>` (or another target) is refused with
 *   `operation-not-supported` [U].
 * Permission: `mayConfigure`.
 */
import { mayConfigure } from '../auth/index.js';
import { fromMgdError, permissionDeniedFor, rpcError, syntaxErrorFor } from './rpc-errors.js';
import { childNamed } from './xml-element.js';
import { errorResult, okResult } from './xml-rpc-result.js';
import type { XmlElement, XmlRpcContext, XmlRpcResult } from './xml-rpc-types.js';

/** The target of `<lock>`/`<unlock>`, or the refusal. */
function candidateTarget(request: XmlElement): XmlRpcResult | undefined {
  const target = childNamed(request, 'target')?.children[0]?.name;
  if (target === 'candidate') return undefined;
  if (target === undefined) return errorResult(syntaxErrorFor('target'));
  return errorResult(rpcError(`${target} configuration cannot be locked`, { tag: 'operation-not-supported', badElement: target }));
}

function lock(name: string, context: XmlRpcContext): XmlRpcResult {
  if (!mayConfigure(context.login)) return errorResult(permissionDeniedFor(name));
  const session = context.config.session();
  if ('error' in session) return errorResult(session.error);
  const locked = session.lock();
  return locked.ok ? okResult() : errorResult(...fromMgdError(locked.error, 'lock'));
}

function unlock(name: string, context: XmlRpcContext): XmlRpcResult {
  if (!mayConfigure(context.login)) return errorResult(permissionDeniedFor(name));
  const session = context.config.session();
  if ('error' in session) return errorResult(session.error);
  const holder = context.router.re(context.slot).database?.sessions().find((view) => view.exclusive && view.id !== session.id);
  if (holder !== undefined) return errorResult(...fromMgdError({ kind: 'locked', holder }, 'lock'));
  const unlocked = session.unlock();
  return unlocked.ok ? okResult() : errorResult(...fromMgdError(unlocked.error));
}

export function lockConfigurationRpc(_request: XmlElement, context: XmlRpcContext): XmlRpcResult {
  return lock('lock-configuration', context);
}

export function unlockConfigurationRpc(_request: XmlElement, context: XmlRpcContext): XmlRpcResult {
  return unlock('unlock-configuration', context);
}

export function netconfLockRpc(request: XmlElement, context: XmlRpcContext): XmlRpcResult {
  return candidateTarget(request) ?? lock('lock', context);
}

export function netconfUnlockRpc(request: XmlElement, context: XmlRpcContext): XmlRpcResult {
  return candidateTarget(request) ?? unlock('unlock', context);
}
