/**
 * Commits over Junos XML: Junos's `<commit-configuration>` and NETCONF's `<commit>` and
 * `<validate>`, all through the session's mgd `commit` / `commitCheck`.
 *
 * `<commit-configuration>` (PyEZ `commit()`/`commit_check()`, ncclient's Junos `commit()`,
 * Ansible; clients.md §2.4): children `<check/>`, `<synchronize/>`, `<force-synchronize/>`,
 * `<confirmed/>` with `<confirm-timeout>` in minutes (1..65535, default 10), `<log>` (the
 * comment), `<full/>` (accepted, no effect); `<at-time>` is refused [U]; any other child is a
 * syntax error at it. The reply is mgd's `<commit-results>` (`renderCommitResultsXml`): one
 * `<routing-engine>` per RE step — re0 `<commit-check-success/>`, re1 `<commit-success/>`, re0
 * `<commit-success/>` for a synchronized commit (procedure 4.2; the starter configuration has
 * `system commit synchronize`) — with the errors inside it, marked `failed` when the commit
 * failed. Permission: `mayCommit`.
 *
 * `<commit>` (RFC 6241 §8.3/§8.4): `<confirmed/>` with `<confirm-timeout>` in seconds (default
 * 600, rounded up to whole minutes); `<persist>`/`<persist-id>` refused [U]. `<validate>`:
 * `<source><candidate/></source>` checks the candidate (`<running/>` is valid by definition).
 * Both answer `<ok/>` on success [U: Junos adds `<commit-results>` on dual-RE boxes; ncclient
 * reads only `<ok/>`], else the report's errors as top-level `<rpc-error>`s: the configuration
 * issues as `application` / `invalid-value` with `[edit …]` and bad-element, the closing lines
 * (`configuration check-out failed`) and notes as their severity says.
 */
import { editHeader } from '../../config/errors.js';
import { DEFAULT_CONFIRM_MINUTES, renderCommitResultsXml, type CommitOptions, type CommitReport } from '../../daemons/mgd/index.js';
import { mayCommit } from '../auth/index.js';
import { permissionDeniedFor, rpcError, syntaxErrorFor } from './rpc-errors.js';
import { childNamed, childText, hasChild } from './xml-element.js';
import { errorResult, failedPayloadResult, okOrErrors, okResult, payloadResult } from './xml-rpc-result.js';
import type { XmlElement, XmlRpcContext, XmlRpcError, XmlRpcResult } from './xml-rpc-types.js';

const COMMIT_CONFIGURATION_CHILDREN = new Set(['check', 'synchronize', 'force-synchronize', 'confirmed', 'confirm-timeout', 'log', 'full']);
const MAX_CONFIRM_MINUTES = 65535;

/** The report's errors and warnings as top-level rpc-errors. */
export function reportErrors(report: CommitReport): XmlRpcError[] {
  const errors: XmlRpcError[] = report.before.map((note) => rpcError(note.message, { severity: note.severity }));
  for (const block of report.blocks) {
    for (const issue of block.issues) {
      const bad = issue.badElement ?? issue.statement;
      errors.push(rpcError(issue.message, { type: 'application', tag: 'invalid-value', severity: issue.severity, path: editHeader(issue.path), ...(bad === undefined ? {} : { badElement: bad }) }));
    }
    if (block.outcome === 'failed') errors.push(...block.errors.map((message) => rpcError(message, { type: 'application', tag: 'invalid-value' })));
  }
  errors.push(...report.after.map((note) => rpcError(note.message, { severity: note.severity })));
  return errors;
}

function minutes(text: string | undefined, unit: 'minutes' | 'seconds'): number | XmlRpcError {
  if (text === undefined) return DEFAULT_CONFIRM_MINUTES;
  if (!/^\d+$/.test(text)) return syntaxErrorFor(text);
  const value = unit === 'seconds' ? Math.ceil(Number(text) / 60) : Number(text);
  return value >= 1 && value <= MAX_CONFIRM_MINUTES ? value : rpcError(`value ${text} is not within range (1..${MAX_CONFIRM_MINUTES})`, { badElement: 'confirm-timeout' });
}

async function runCommit(context: XmlRpcContext, name: string, check: boolean, options: CommitOptions): Promise<CommitReport | XmlRpcResult> {
  if (!mayCommit(context.login)) return errorResult(permissionDeniedFor(name));
  const session = context.config.session();
  if ('error' in session) return errorResult(session.error);
  return check ? session.commitCheck(options) : session.commit(options);
}

export async function commitConfigurationRpc(request: XmlElement, context: XmlRpcContext): Promise<XmlRpcResult> {
  const name = 'commit-configuration';
  if (hasChild(request, 'at-time')) return errorResult(rpcError('at-time is not supported', { badElement: 'at-time' }));
  const unknown = request.children.find((child) => !COMMIT_CONFIGURATION_CHILDREN.has(child.name));
  if (unknown !== undefined) return errorResult(syntaxErrorFor(unknown.name));
  const confirmed = hasChild(request, 'confirmed') || hasChild(request, 'confirm-timeout');
  const wait = confirmed ? minutes(childText(request, 'confirm-timeout'), 'minutes') : undefined;
  if (typeof wait === 'object') return errorResult(wait);
  const force = hasChild(request, 'force-synchronize');
  const log = childNamed(request, 'log')?.text;
  const options: CommitOptions = {
    ...(log === undefined ? {} : { comment: log }),
    ...(force || hasChild(request, 'synchronize') ? { synchronize: true } : {}),
    ...(force ? { force: true } : {}),
    ...(wait === undefined ? {} : { confirmed: wait }),
  };
  const report = await runCommit(context, name, hasChild(request, 'check'), options);
  if (!('blocks' in report)) return report;
  const xml = `${renderCommitResultsXml(report)}\n`;
  return report.ok ? payloadResult(xml) : failedPayloadResult(xml);
}

export async function netconfCommitRpc(request: XmlElement, context: XmlRpcContext): Promise<XmlRpcResult> {
  const unsupported = request.children.find((child) => child.name === 'persist' || child.name === 'persist-id');
  if (unsupported !== undefined) return errorResult(rpcError(`${unsupported.name} is not supported`, { tag: 'operation-not-supported', badElement: unsupported.name }));
  const confirmed = hasChild(request, 'confirmed');
  const wait = confirmed ? minutes(childText(request, 'confirm-timeout') ?? '600', 'seconds') : undefined;
  if (typeof wait === 'object') return errorResult(wait);
  const report = await runCommit(context, 'commit', false, wait === undefined ? {} : { confirmed: wait });
  if (!('blocks' in report)) return report;
  return report.ok ? okResult(reportErrors(report)) : okOrErrors(reportErrors(report));
}

export async function validateRpc(request: XmlElement, context: XmlRpcContext): Promise<XmlRpcResult> {
  const source = childNamed(request, 'source')?.children[0]?.name;
  if (source === 'running') return okResult();
  if (source !== 'candidate') return errorResult(syntaxErrorFor(source ?? 'source'));
  const report = await runCommit(context, 'validate', true, {});
  if (!('blocks' in report)) return report;
  const errors = reportErrors(report);
  return report.ok ? okResult(errors) : errorResult(...errors);
}
