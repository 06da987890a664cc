/**
 * Golden CLI transcripts over a real SSH connection. A transcript file is the screen of one
 * session exactly as the user sees it (lines end with `\n` here, `\r\n` on the wire; every
 * prompt ends with one space, except the last one of the file), plus directive lines that are
 * not part of the screen:
 *
 *     # a comment
 *     @at 09:05:10        the simulated clock moves to this time of the procedure's day
 *                         before the next input is typed
 *
 * The inputs are read off the screen itself: the text after a prompt (`lab@r1-re0> show
 * version`, `lab@r1-re0# commit`) and after a question's `(no) ` / `(yes) `. The runner types
 * each one followed by `\r`, waits for the next prompt, and in the end compares the whole
 * screen with the file. With RETWIN_GOLDEN_UPDATE=1 it rewrites the file instead (review the
 * diff before committing it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ssh2 from 'ssh2';
import type { SimulatedClock } from '../../src/lib/clock.js';

const PROMPT_LINE = /^([\w.-]+(?:@[\w.-]+)?[>#] )(.*)$/;
const QUESTION_LINE = /^(.*\[yes,no\] \((?:no|yes)\) )(.*)$/;
const AT_PROMPT = /(?:[>#] |\[yes,no\] \((?:no|yes)\) )$/;

export type Step = { readonly kind: 'input'; readonly text: string } | { readonly kind: 'at'; readonly time: number };

export interface Transcript {
  readonly steps: readonly Step[];
  /** The expected screen (directives removed). */
  readonly screen: string;
}

export function parseTranscript(text: string, at: (time: string) => number): Transcript {
  const steps: Step[] = [];
  const screen: string[] = [];
  for (const line of text.replace(/\n$/, '').split('\n')) {
    if (line.startsWith('#') || line.startsWith('@login ')) continue;
    if (line.startsWith('@at ')) {
      steps.push({ kind: 'at', time: at(line.slice(4).trim()) });
      continue;
    }
    screen.push(line);
    const prompt = PROMPT_LINE.exec(line) ?? QUESTION_LINE.exec(line);
    if (prompt !== null && screen.length > 0) steps.push({ kind: 'input', text: prompt[2] ?? '' });
  }
  // The last prompt of the file is where the session stops: nothing is typed there.
  const last = steps.at(-1);
  if (last?.kind === 'input' && last.text === '') steps.pop();
  return { steps, screen: screen.join('\n') };
}

export interface ShellConnection {
  readonly received: () => string;
  write(data: string): void;
  close(): void;
}

/** Logs in over SSH and opens a shell with a pty of 80 columns and 500 rows (no paging in practice). */
export function openShell(port: number, user: string, password: string): Promise<ShellConnection> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    let buffer = '';
    client
      .on('ready', () => {
        client.shell({ term: 'vt100', cols: 80, rows: 500, width: 0, height: 0 }, (error, stream) => {
          if (error) return reject(error);
          stream.on('data', (data: Buffer) => {
            buffer += data.toString('utf8');
          });
          resolve({ received: () => buffer, write: (data) => stream.write(data), close: () => client.end() });
        });
      })
      .on('error', reject)
      .connect({ host: '127.0.0.1', port, username: user, password, readyTimeout: 10_000 });
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the shell's output ends at a prompt or a question; moves the clock when a command waits on it. */
export async function waitForPrompt(shell: ShellConnection, from: number, clock: SimulatedClock): Promise<void> {
  let waited = 0;
  for (let polls = 0; polls < 4000; polls += 1) {
    const text = shell.received().slice(from);
    if (AT_PROMPT.test(text)) {
      await sleep(5);
      if (shell.received().length === from + text.length) return;
      continue;
    }
    await sleep(2);
    waited += 2;
    if (waited >= 200) clock.advance(1000);
  }
  throw new Error(`no prompt; the screen so far:\n${shell.received()}`);
}

/** The screen as a transcript file holds it: `\n` line ends, no trailing space after the final prompt. */
export function screenOf(raw: string): string {
  return raw.replace(/\r\n/g, '\n').replace(/ $/, '');
}

/** The `@login re0 lab lab123` directive of a transcript: where and as whom to log in. */
export function loginOf(path: string): { readonly target: string; readonly user: string; readonly password: string } {
  const line = readFileSync(path, 'utf8')
    .split('\n')
    .find((text) => text.startsWith('@login '));
  const [target, user, password] = (line ?? '@login re0 lab lab123').slice('@login '.length).trim().split(/\s+/);
  return { target: target ?? 're0', user: user ?? 'lab', password: password ?? 'lab123' };
}

/** Runs a transcript file on an open shell; returns the screen and the expected screen. */
export async function runTranscript(path: string, shell: ShellConnection, clock: SimulatedClock, at: (time: string) => number): Promise<{ actual: string; expected: string }> {
  const transcript = parseTranscript(readFileSync(path, 'utf8'), at);
  await waitForPrompt(shell, 0, clock);
  for (const step of transcript.steps) {
    if (step.kind === 'at') {
      clock.advanceTo(step.time);
      continue;
    }
    const from = shell.received().length;
    shell.write(`${step.text}\r`);
    await waitForPrompt(shell, from, clock);
  }
  const actual = screenOf(shell.received());
  if (process.env.RETWIN_GOLDEN_UPDATE === '1') {
    writeFileSync(path, withDirectives(readFileSync(path, 'utf8'), actual));
    return { actual, expected: actual };
  }
  return { actual, expected: transcript.screen };
}

/** The new screen with the old file's comments and `@at` lines kept before the same inputs. */
function withDirectives(old: string, screen: string): string {
  const directives = new Map<number, string[]>();
  const leading: string[] = [];
  let started = false;
  let inputs = 0;
  let pending: string[] = [];
  for (const line of old.replace(/\n$/, '').split('\n')) {
    if (line.startsWith('#') || line.startsWith('@')) {
      (started ? pending : leading).push(line);
      continue;
    }
    started = true;
    if (PROMPT_LINE.test(line) || QUESTION_LINE.test(line)) {
      if (pending.length > 0) directives.set(inputs, pending);
      pending = [];
      inputs += 1;
    }
  }
  const out: string[] = [...leading];
  inputs = 0;
  for (const line of screen.split('\n')) {
    if (PROMPT_LINE.test(line) || QUESTION_LINE.test(line)) {
      // Before the prompt's banner line (`{master}`), when it has one.
      const banner = out.length > 0 && /^\{/.test(out[out.length - 1] ?? '') ? out.pop() : undefined;
      out.push(...(directives.get(inputs) ?? []));
      if (banner !== undefined) out.push(banner);
      inputs += 1;
    }
    out.push(line);
  }
  return `${out.join('\n')}\n`;
}
