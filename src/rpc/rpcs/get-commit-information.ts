/**
 * `get-commit-information` — `show system commit` (spec §6.4): this RE's commit history, newest
 * first, numbered from 0. (The issue calls it get-system-commit-information; Junos's RPC, per
 * Juniper's own method map, is `get-commit-information`, and that is the name registered.)
 *
 * Text: the number left-aligned in 4 columns, `YYYY-MM-DD HH:MM:SS UTC by <user> via <client>`,
 * the system comment after it on the same line (`commit confirmed, rollback in 10mins`), the
 * user's commit comment on the next line indented 4 spaces.
 * XML: `<commit-information>` (no namespace of its own) with one `<commit-history>` per commit:
 * sequence-number, user, client, date-time (`junos:seconds`), comment, log, and
 * `<commit-confirmed>rollback pending</commit-confirmed>` while a confirmed commit waits [R];
 * the text shows nothing for that marker [U].
 */
import { formatDateTime } from '../junos-format.js';
import { defineRpc } from '../rpc-definition.js';
import { element, leaf, optionalLeaf } from '../rpc-element.js';
import type { CommitHistoryEntry } from '../router-view.js';

export const getCommitInformation = defineRpc<readonly CommitHistoryEntry[]>({
  name: 'get-commit-information',
  commands: [{ words: ['show', 'system', 'commit'], help: 'Show pending commit and commit history' }],
  arguments: [],
  run: (view) => ({ ok: true, data: view.commitHistory() }),
  element: (history) =>
    element(
      'commit-information',
      history.map((entry, index) =>
        element('commit-history', [
          leaf('sequence-number', index),
          leaf('user', entry.user),
          leaf('client', entry.client),
          leaf('date-time', formatDateTime(entry.time), [['junos:seconds', String(Math.floor(entry.time / 1000))]]),
          optionalLeaf('comment', entry.comment),
          optionalLeaf('log', entry.log),
          entry.confirmationPending === true ? leaf('commit-confirmed', 'rollback pending') : undefined,
        ]),
      ),
    ),
  text: (history) =>
    history
      .map((entry, index) => {
        const head = `${String(index).padEnd(4)}${formatDateTime(entry.time)} by ${entry.user} via ${entry.client}`;
        const first = entry.comment === undefined ? head : `${head} ${entry.comment}`;
        return entry.log === undefined ? `${first}\n` : `${first}\n    ${entry.log}\n`;
      })
      .join(''),
});
