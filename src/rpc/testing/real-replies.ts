/**
 * Reads the real Junos replies kept beside the project in `../shared/spec/real-replies`
 * (PyEZ fixtures; the project does not copy them). Tests that use them skip when they are
 * not there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The project root, from src/rpc/testing or dist/src/rpc/testing. */
const root = here.includes(join('dist', 'src')) ? join(here, '..', '..', '..', '..') : join(here, '..', '..', '..');

/** The text of real reply `file`, or undefined when the folder is not beside the project. */
export function realReply(file: string): string | undefined {
  const path = join(root, '..', 'shared', 'spec', 'real-replies', file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
