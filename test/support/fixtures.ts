/** Reads the configuration fixtures kept under test/fixtures (resolved from the compiled dist/ tree too). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** test/fixtures, whether running from test/support or dist/test/support. */
export const fixturesDir = here.includes(`${join('dist', 'test')}`) ? join(here, '..', '..', '..', 'test', 'fixtures') : join(here, '..', 'fixtures');

export function fixture(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}
