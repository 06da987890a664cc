/**
 * The CLI's configuration mode: entering and leaving it, and the commands typed at the `#`
 * prompt — `set`, `delete`, `deactivate`, `activate`, `edit`, `up [n]`, `top`, `exit
 * [configuration-mode]`, `quit`, `show` (with `| compare [rollback N]`, `| display set | xml |
 * json | inheritance`), `status`, `rollback [N]`, `load merge|override|replace|set|update
 * terminal|<file>`, `run <command>` and `commit` (`commit-command.ts`).
 *
 * Owns the edit level and the words of these commands; the candidate and commits are mgd's
 * (`ConfigSession`), statement words are `config-words.ts`'s, renderings `config/`'s.
 *
 * Texts (clients.md §8): `Exiting configuration mode`; with uncommitted changes, `The
 * configuration has been changed but not committed` then `Exit with uncommitted changes?
 * [yes,no] (yes) `; `load complete`; `[Type ^D at a new line to end input]`; `warning:
 * statement not found` for a `delete` of nothing.
 * Choices [U]: `show` at `[edit]` starts with `## Last changed: <time>` (this session's last
 * change, else the last commit); a change to a hierarchy the user's class may not edit prints
 * `error: permission denied` and changes nothing.
 */
import { expandGroups } from '../../config/groups.js';
import type { ConfigNode } from '../../config/node.js';
import { quoteValue } from '../../config/quote.js';
import { renderInheritance } from '../../config/render-inheritance.js';
import { renderJson } from '../../config/render-json.js';
import { renderSet } from '../../config/render-set.js';
import { renderText } from '../../config/render-text.js';
import { renderXml } from '../../config/render-xml.js';
import { compareConfig } from '../../config/compare.js';
import { errorText, formatJunosTime, holderLines, type LoadAction, type OpenMode } from '../../daemons/mgd/index.js';
import { routerView } from '../../rpc/router-adapter.js';
import { selectPath } from '../../rpc/rpcs/configuration-path.js';
import type { CliSession, Shell } from './cli-session.js';
import { caretError, showOutput, splitLine } from './command-line.js';
import { runCommit } from './commit-command.js';
import { editPath, type ConfigContext } from './config-context.js';
import { expandWords, type ConfigCommand, type ExpandedWord } from './config-words.js';
import { ambiguousMessage, matchKeyword } from './keyword-match.js';
import { isYes, runOperationalCommand } from './operational-mode.js';
import type { PipePlan } from './pipes.js';
import { schemaLevel } from './schema-level.js';
import { typedWordsOf } from './words.js';

/** The configuration-mode commands with their help (`?` at the start of the line). */
export const CONFIG_COMMANDS: readonly { readonly name: string; readonly help: string }[] = [
  { name: 'activate', help: 'Remove the inactive tag from a statement' },
  { name: 'commit', help: 'Commit current set of changes' },
  { name: 'deactivate', help: 'Add the inactive tag to a statement' },
  { name: 'delete', help: 'Delete a data element' },
  { name: 'edit', help: 'Edit a sub-element' },
  { name: 'exit', help: 'Exit from this level' },
  { name: 'load', help: 'Load configuration from ASCII file' },
  { name: 'quit', help: 'Quit from this level' },
  { name: 'rollback', help: 'Roll back to previous committed configuration' },
  { name: 'run', help: 'Run an operational-mode command' },
  { name: 'set', help: 'Set a parameter' },
  { name: 'show', help: 'Show a parameter' },
  { name: 'status', help: 'Show users currently editing configuration' },
  { name: 'top', help: 'Exit to top level of configuration' },
  { name: 'up', help: 'Exit one level of configuration' },
];

const LOAD_ACTIONS: readonly LoadAction[] = ['merge', 'override', 'replace', 'set', 'update'];

/** Opens mgd's session for `configure`; the error text when refused. */
export function enterConfiguration(session: CliSession, mode: OpenMode): string | undefined {
  const database = session.re.database;
  if (database === undefined) return 'error: the management daemon is not running\n';
  const opened = database.openSession({ user: session.user.name, client: 'cli', mode });
  if (!opened.ok) return `${errorText(opened.error)}\n`;
  const shell = session.shell;
  shell.config = { session: opened.value, levels: [], previous: [], changedAt: undefined };
  opened.value.onTerminated(() => {
    if (shell.config?.session === opened.value) shell.config = undefined;
  });
  return undefined;
}

/** Leaves configuration mode (mgd keeps shared changes, drops private ones). */
export function leaveConfiguration(shell: Shell): void {
  shell.config?.session.close();
  shell.config = undefined;
}

/** Runs one line typed at the `#` prompt. */
export async function runConfigurationLine(session: CliSession, context: ConfigContext, line: string): Promise<void> {
  if (line.trim() === '') {
    session.finish('');
    return;
  }
  const split = splitLine(session, line);
  if (split === undefined) return;
  const typed = typedWordsOf(split.command);
  if (!typed.ok) {
    session.finish(caretError(session, typed.column, 'syntax error.'));
    return;
  }
  const [first, ...rest] = typed.words;
  if (first === undefined) return session.finish('');
  const match = matchKeyword(
    CONFIG_COMMANDS.map((command) => command.name),
    first.text,
  );
  if (match.kind !== 'match') {
    const candidates = match.kind === 'ambiguous' ? CONFIG_COMMANDS.filter((command) => match.names.includes(command.name)).map((command) => ({ marker: ' ' as const, ...command })) : undefined;
    session.finish(caretError(session, first.column, match.kind === 'ambiguous' ? ambiguousMessage(first.text) : 'unknown command.', candidates));
    return;
  }
  const endColumn = split.command.trimEnd().length + 1;
  const plain = split.plan.format === 'text' && split.plan.inheritance === undefined && split.plan.compare === undefined;
  if (match.name !== 'show' && match.name !== 'run' && !plain) {
    session.finish(caretError(session, split.command.length + 1, 'syntax error.'));
    return;
  }
  switch (match.name) {
    case 'set':
    case 'delete':
    case 'deactivate':
    case 'activate':
      return session.finish(change(session, context, match.name, rest, endColumn));
    case 'edit':
      return session.finish(edit(session, context, rest, endColumn));
    case 'up': {
      const count = rest[0] === undefined ? 1 : Number(rest[0].text);
      if (!Number.isInteger(count) || count < 1) return session.finish(caretError(session, rest[0]?.column ?? endColumn, 'syntax error.'));
      context.levels = context.levels.slice(0, Math.max(0, context.levels.length - count));
      return session.finish('');
    }
    case 'top':
      context.levels = [];
      return session.finish('');
    case 'exit':
    case 'quit':
      return exit(session, context, rest.length > 0 && 'configuration-mode'.startsWith(rest[0]?.text ?? ''));
    case 'show':
      return showOutput(session, show(session, context, rest, endColumn, split.plan), split.plan);
    case 'status':
      return session.finish(['Users currently editing the configuration:', ...(session.re.database?.sessions() ?? []).flatMap(holderLines)].map((text) => `${text}\n`).join(''));
    case 'rollback': {
      const n = rest[0] === undefined ? 0 : Number(rest[0].text);
      if (!Number.isInteger(n) || n < 0 || n > 49) return session.finish(caretError(session, rest[0]?.column ?? endColumn, 'syntax error.'));
      const done = context.session.rollback(n);
      if (done.ok) context.changedAt = session.router.clock.now();
      return session.finish(done.ok ? 'load complete\n' : `${errorText(done.error)}\n`);
    }
    case 'load':
      return load(session, context, rest, endColumn);
    case 'run': {
      const at = split.command.indexOf(first.text) + first.text.length;
      const command = split.command.slice(at);
      return runOperationalCommand(session, command, split.plan, at);
    }
    case 'commit':
      return runCommit(session, context, rest, endColumn);
  }
}

/** `set`, `delete`, `deactivate`, `activate`: the output (errors, warnings), '' when done. */
function change(session: CliSession, context: ConfigContext, verb: ConfigCommand, words: readonly { text: string; column: number; quoted: boolean }[], endColumn: number): string {
  const level = schemaLevel(context.session.candidate.schema, editPath(context));
  const expanded = expandWords(level, words, { command: verb, endColumn, editPath: editPath(context) });
  if (!expanded.ok) return caretError(session, expanded.error.column, expanded.error.message, expanded.error.completions);
  const path = [...editPath(context), ...expanded.words.filter((word) => word.role !== 'bracket').map((word) => word.text)];
  if (!session.user.mayEdit(path)) return 'error: permission denied\n';
  const prefix = editPath(context).map((word) => quoteValue(word)).join(' ');
  const ran = context.session.runCommands(`${verb} ${prefix === '' ? '' : `${prefix} `}${expanded.text}`);
  if (!ran.ok) return `${errorText(ran.error)}\n`;
  context.changedAt = session.router.clock.now();
  return ran.value.map((issue) => `${issue.severity === 'warning' ? 'warning' : 'error'}: ${issue.message}\n`).join('');
}

/** Groups expanded words into statement levels: a keyword with its key is one level. */
function levelsOf(words: readonly ExpandedWord[]): string[][] {
  const levels: string[][] = [];
  words.forEach((word, index) => {
    const previous = words[index - 1];
    const last = levels[levels.length - 1];
    if (word.role === 'key' && previous?.role === 'keyword' && last !== undefined && last.length === 1) last.push(word.text);
    else levels.push([word.text]);
  });
  return levels;
}

function edit(session: CliSession, context: ConfigContext, words: readonly { text: string; column: number; quoted: boolean }[], endColumn: number): string {
  if (words.length === 0) return caretError(session, endColumn, 'syntax error.');
  const level = schemaLevel(context.session.candidate.schema, editPath(context));
  const expanded = expandWords(level, words, { command: 'edit', endColumn, editPath: editPath(context) });
  if (!expanded.ok) return caretError(session, expanded.error.column, expanded.error.message, expanded.error.completions);
  context.previous.push(context.levels);
  context.levels = [...context.levels, ...levelsOf(expanded.words)];
  context.session.editPath = editPath(context);
  return '';
}

async function exit(session: CliSession, context: ConfigContext, wholeMode: boolean): Promise<void> {
  if (!wholeMode && context.levels.length > 0) {
    context.levels = context.previous.pop() ?? [];
    context.session.editPath = editPath(context);
    session.finish('');
    return;
  }
  if (context.session.isModified()) {
    session.write('The configuration has been changed but not committed\n');
    const answer = await session.ask('Exit with uncommitted changes? [yes,no] (yes) ');
    if (answer === undefined || (answer.trim() !== '' && !isYes(answer))) {
      session.finish('');
      return;
    }
  }
  leaveConfiguration(session.shell);
  session.finish('Exiting configuration mode\n');
}

function show(session: CliSession, context: ConfigContext, words: readonly { text: string; column: number }[], endColumn: number, plan: PipePlan): string {
  const candidate = context.session.candidate;
  const here = editPath(context);
  let pathWords = here;
  if (words.length > 0) {
    const expanded = expandWords(schemaLevel(candidate.schema, here), words, { command: 'show', endColumn, editPath: here });
    if (!expanded.ok) return caretError(session, expanded.error.column, expanded.error.message, expanded.error.completions);
    pathWords = [...here, ...expanded.words.filter((word) => word.role !== 'bracket').map((word) => word.text)];
  }
  const pick = (tree: ConfigNode): ConfigNode | undefined => {
    if (pathWords.length === 0) return tree;
    const selected = selectPath(tree, pathWords.map((word) => quoteValue(word)).join(' '));
    return selected.ok ? selected.selection.nodes[0] : undefined;
  };
  if (plan.compare !== undefined) {
    const database = session.re.database;
    const old = database?.rollback(plan.compare.rollback);
    if (old === undefined) return `error: rollback file ${plan.compare.rollback} does not exist\n`;
    const before = pick(old);
    const after = pick(candidate);
    if (before === undefined && after === undefined) return '';
    return compareConfig(before ?? emptyLike(after as ConfigNode), after ?? emptyLike(before as ConfigNode), pathWords);
  }
  if (plan.inheritance !== undefined) {
    const expansion = expandGroups(candidate, { re: session.shell.slot });
    return pathWords.length === 0 ? renderInheritance(expansion) : renderText(pick(expansion.tree) ?? expansion.tree);
  }
  const node = pick(candidate);
  if (node === undefined) return '';
  if (plan.format === 'set') return renderSet(node, pathWords.map((word) => quoteValue(word)).join(' '));
  if (plan.format === 'xml') return renderXml(node, { layout: 'cli' });
  if (plan.format === 'json') return renderJson(node);
  if (pathWords.length > 0) return renderText(node);
  const changed = context.changedAt ?? session.re.database?.history[0]?.time;
  return `${changed === undefined ? '' : `## Last changed: ${formatJunosTime(changed)}\n`}${renderText(candidate)}`;
}

function emptyLike(node: ConfigNode): ConfigNode {
  const copy = node.clone();
  copy.clear();
  return copy;
}

async function load(session: CliSession, context: ConfigContext, words: readonly { text: string; column: number }[], endColumn: number): Promise<void> {
  const actionWord = words[0];
  if (actionWord === undefined) return session.finish(caretError(session, endColumn, 'syntax error.'));
  const action = matchKeyword(LOAD_ACTIONS, actionWord.text);
  if (action.kind !== 'match') return session.finish(caretError(session, actionWord.column, action.kind === 'ambiguous' ? ambiguousMessage(actionWord.text) : 'syntax error.'));
  const source = words[1];
  if (source === undefined) return session.finish(caretError(session, endColumn, 'syntax error.'));
  let text: string | undefined;
  if ('terminal'.startsWith(source.text) && source.text.length >= 2) {
    session.write('[Type ^D at a new line to end input]\n');
    text = await session.readUntilEof();
    if (text === undefined) return session.finish('');
  } else {
    const path = source.text.startsWith('/') ? source.text : `/var/home/${session.user.name}/${source.text}`;
    const file = routerView(session.router, session.shell.slot).readFile(path);
    if (file === undefined) return session.finish(`error: Could not open configuration file: ${path}: No such file or directory\n`);
    text = file.text;
  }
  if (!session.user.mayEdit([])) return session.finish('error: permission denied\n');
  const loaded = context.session.load(text, action.name as LoadAction);
  if (!loaded.ok) return session.finish(`${errorText(loaded.error)}\n`);
  context.changedAt = session.router.clock.now();
  const warnings = loaded.value.map((issue) => `warning: ${issue.message}\n`).join('');
  session.finish(`${warnings}load complete\n`);
}
