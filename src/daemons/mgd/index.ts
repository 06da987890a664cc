/**
 * mgd, the management daemon of one Routing Engine, as a library: its configuration database,
 * commit engine and `commit synchronize`. The router creates one `ConfigDatabase` per RE on that
 * RE's disk, links the two with `PeerRe`s over its internal link, and gives the daemons the
 * committed configuration through `onCommit`. Front ends open `ConfigSession`s and render
 * `CommitReport`s with `renderCommitText` / `renderCommitResultsXml`.
 */
export { ConfigDatabase, type DatabaseOptions, type OpenMode, type OpenSessionOptions, type PeerResponder } from './database.js';
export { ConfigSession, type LoadAction } from './session.js';
export type { CommitOptions } from './commit.js';
export { DEFAULT_CONFIRM_MINUTES } from './confirm.js';
export type { CommitInfo, CommitListener, CommitReason, MgdLogEvent } from './core.js';
export { confirmedLine, renderCommitText, type CommitNote, type CommitReport, type ReBlock, type ReOutcome } from './commit-report.js';
export { renderCommitResultsXml } from './commit-results-xml.js';
export {
  clientLabel,
  commitHistoryLines,
  renderCommitHistoryText,
  renderCommitHistoryXml,
  type CommitClient,
  type CommitEntry,
} from './commit-history.js';
export { errorMessage, errorText, holderLines, type MgdError, type Result } from './errors.js';
export type { SessionMode, SessionView } from './locks.js';
export type { ConfirmState, Recovery } from './config-store.js';
export { MAX_ROLLBACK, rollbackPath } from './rollback-files.js';
export { formatJunosTime, lastChangedLine } from './config-file.js';
export { NO_ROUTE_TO_HOST, type PeerAbortRequest, type PeerCommitRequest, type PeerRe, type PeerReply } from './peer.js';
export { inProcessPeer, linkDatabases, type InProcessLink } from './in-process-peer.js';
