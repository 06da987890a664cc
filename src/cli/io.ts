/**
 * The command-line tool's access to files and streams: reading an input file or `-` for
 * standard input, and writing results. Kept apart so that commands stay testable with strings.
 */
import { readFile } from 'node:fs/promises';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Reads a file, or standard input when `path` is `-`. */
export async function readInput(path: string): Promise<string> {
  if (path !== '-') return readFile(path, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A usage problem: printed with a hint at --help, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
