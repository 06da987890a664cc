/**
 * What both CLI modes do with a typed line before and after running it: split off the pipes,
 * print a parse error Junos's way (the caret under the offending column, counted from the start
 * of the prompt line, then the message and any `Possible completions:`), and show the output
 * through the text filters, the timestamp line and the pager.
 */
import type { CliSession } from './cli-session.js';
import { formatCompletions, type CompletionEntry } from './config-words-format.js';
import { applyTextPipes, splitPipeline, type PipePlan } from './pipes.js';
import { timestampLine } from './prompt.js';

export interface SplitLine {
  readonly command: string;
  readonly plan: PipePlan;
}

/** The caret line under `column` of the typed text, then `message` (and the candidates). */
export function caretError(session: CliSession, column: number, message: string, candidates?: readonly CompletionEntry[]): string {
  const list = candidates === undefined || candidates.length === 0 ? '' : `${formatCompletions(candidates)}\n`;
  return `${' '.repeat(session.prompt().length + column)}^\n${message}\n${list}`;
}

/** The command and its pipes, or undefined after printing the error and the prompt. */
export function splitLine(session: CliSession, line: string): SplitLine | undefined {
  const split = splitPipeline(line);
  if (split.ok) return { command: split.command, plan: split.plan };
  const candidates = split.completions?.map((entry): CompletionEntry => ({ marker: ' ', name: entry.name, help: entry.help }));
  session.finish(split.caret ? caretError(session, split.column, split.message, candidates) : `${split.message}\n`);
  return undefined;
}

/** Shows a command's text output through the pipes' filters and the pager, then the prompt. */
export async function showOutput(session: CliSession, text: string, plan: PipePlan | undefined): Promise<void> {
  const filtered = plan === undefined ? text : applyTextPipes(text, plan.filters);
  const stamped = session.settings.timestamp ? `${timestampLine(session.router.clock.now())}\n${filtered}` : filtered;
  await session.page(stamped, plan?.paging ?? true);
  session.finish('');
}
