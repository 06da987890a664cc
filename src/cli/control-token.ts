/**
 * The control API's bearer token, kept per state directory in `<stateDir>/control-token`
 * (mode 0600: only the user who runs retwin may read it).
 *
 * Owns creating it (`retwin start`: 32 random bytes, hex, written once at the first start and
 * reused afterwards, so that scripts keep working across restarts) and reading it (`retwin
 * console`, `retwin fault`). Delete the file to get a new token at the next start.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './io.js';

export const TOKEN_FILE = 'control-token';

export function tokenPath(stateDir: string): string {
  return join(stateDir, TOKEN_FILE);
}

/** The token of `stateDir`, created (mode 0600) if the directory has none yet. */
export function ensureToken(stateDir: string): string {
  const path = tokenPath(stateDir);
  try {
    const existing = readFileSync(path, 'utf8').trim();
    if (existing !== '') {
      chmodSync(path, 0o600);
      return existing;
    }
  } catch (caught) {
    if ((caught as NodeJS.ErrnoException).code !== 'ENOENT') throw caught;
  }
  const token = randomBytes(32).toString('hex');
  writeFileSync(path, `${token}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return token;
}

/** The token of a running `retwin start` on `stateDir`; a UsageError says how to get one. */
export function readToken(stateDir: string): string {
  const path = tokenPath(stateDir);
  let token: string;
  try {
    token = readFileSync(path, 'utf8').trim();
  } catch (_caught) {
    throw new UsageError(`cannot read the control token ${path}: start the router first ('retwin start --state-dir ${stateDir}') or pass the same --state-dir`);
  }
  if (token === '') throw new UsageError(`the control token ${path} is empty: delete it and restart 'retwin start'`);
  return token;
}
