/**
 * The configuration-mode `commit` command: its words (`check`, `and-quit`, `comment "text"`,
 * `confirmed [minutes]`, `synchronize [force]`, each keyword abbreviable, in any order) and its
 * run through mgd, whose report prints as Junos does (`renderCommitText`: `commit complete`, the
 * `re0:` / `re1:` blocks of a synchronized commit, errors). `and-quit` leaves configuration mode
 * after a successful commit (`Exiting configuration mode`).
 *
 * Choices: a class without commit permission gets `error: permission denied` [U]; `confirmed`
 * without minutes is 10 (mgd's default).
 */
import { DEFAULT_CONFIRM_MINUTES, renderCommitText, type CommitOptions } from '../../daemons/mgd/index.js';
import type { CliSession } from './cli-session.js';
import { caretError } from './command-line.js';
import type { ConfigContext } from './config-context.js';
import { leaveConfiguration } from './configuration-mode.js';
import { ambiguousMessage, matchKeyword } from './keyword-match.js';

interface CommitRequest {
  check: boolean;
  andQuit: boolean;
  options: { comment?: string; confirmed?: number; synchronize?: boolean; force?: boolean };
}

const KEYWORDS = ['and-quit', 'check', 'comment', 'confirmed', 'synchronize'];

type Typed = readonly { readonly text: string; readonly column: number }[];

function parseCommit(words: Typed, endColumn: number): CommitRequest | { column: number; message: string } {
  const request: CommitRequest = { check: false, andQuit: false, options: {} };
  let index = 0;
  while (index < words.length) {
    const word = words[index] as Typed[number];
    const afterSynchronize = request.options.synchronize === true && request.options.force !== true;
    const match = matchKeyword(afterSynchronize ? [...KEYWORDS, 'force'] : KEYWORDS, word.text);
    if (match.kind === 'ambiguous') return { column: word.column, message: ambiguousMessage(word.text) };
    if (match.kind === 'none') return { column: word.column, message: 'syntax error.' };
    index += 1;
    switch (match.name) {
      case 'check':
        request.check = true;
        break;
      case 'and-quit':
        request.andQuit = true;
        break;
      case 'synchronize':
        request.options.synchronize = true;
        break;
      case 'force':
        request.options.force = true;
        break;
      case 'comment': {
        const text = words[index];
        if (text === undefined) return { column: endColumn, message: 'syntax error.' };
        request.options.comment = text.text;
        index += 1;
        break;
      }
      case 'confirmed': {
        const next = words[index];
        if (next !== undefined && /^\d+$/.test(next.text)) {
          const minutes = Number(next.text);
          if (minutes < 1 || minutes > 65535) return { column: next.column, message: `value ${minutes} is not within range (1..65535)` };
          request.options.confirmed = minutes;
          index += 1;
        } else {
          request.options.confirmed = DEFAULT_CONFIRM_MINUTES;
        }
        break;
      }
    }
  }
  return request;
}

export async function runCommit(session: CliSession, context: ConfigContext, words: Typed, endColumn: number): Promise<void> {
  const parsed = parseCommit(words, endColumn);
  if ('message' in parsed) {
    session.finish(caretError(session, parsed.column, parsed.message));
    return;
  }
  if (!session.user.mayCommit()) {
    session.finish('error: permission denied\n');
    return;
  }
  const options: CommitOptions = parsed.options;
  const report = parsed.check ? await context.session.commitCheck(options) : await context.session.commit(options);
  let text = `${renderCommitText(report)}\n`;
  if (report.ok && !parsed.check) context.changedAt = undefined;
  if (report.ok && parsed.andQuit && !parsed.check) {
    leaveConfiguration(session.shell);
    text += 'Exiting configuration mode\n';
  }
  session.finish(text);
}
