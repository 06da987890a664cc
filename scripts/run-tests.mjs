#!/usr/bin/env node
// Runs the compiled unit and end-to-end tests (dist/**/*.test.js) with node's test runner.
//
// Owns: finding the test files, running them, and the closing summary line
// "N passed, M failed" that CI reads. Does not build: `npm test` runs `npm run build` first.
//
// Usage: node scripts/run-tests.mjs [--node-test-flag ...] [path-substring ...]
//   flags (starting with "-") go to `node --test`, e.g. --test-name-pattern=commit;
//   other arguments keep only the test files whose path contains one of them.
// Exits non-zero when a test fails, when nothing ran, or when no test file is found.
// A dist file whose .ts source is gone (left over from an earlier build) is skipped.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DIST = 'dist';
const args = process.argv.slice(2);
const nodeFlags = args.filter((a) => a.startsWith('-'));
const filters = args.filter((a) => !a.startsWith('-'));

const compiled = existsSync(DIST)
  ? readdirSync(DIST, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.test.js'))
      .map((f) => join(DIST, f))
      .sort()
  : [];
const stale = compiled.filter((f) => !existsSync(f.slice(DIST.length + 1).replace(/\.js$/, '.ts')));
const files = compiled
  .filter((f) => !stale.includes(f))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)));

for (const f of stale) console.log(`skipping ${f}: its source is gone (stale build output)`);
if (files.length === 0) {
  console.log(`no test files found under ${DIST}/${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  console.log('0 passed, 0 failed');
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), 'retwin-test-'));
const tap = join(tmp, 'report.tap');
const run = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...nodeFlags,
    ...files,
  ],
  { stdio: 'inherit' },
);

const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
rmSync(tmp, { recursive: true, force: true });
/** The last "# <name> N" summary line of the TAP report (the top-level totals). */
const count = (name) => {
  const all = [...report.matchAll(new RegExp(`^# ${name} (\\d+)$`, 'gm'))];
  return all.length ? Number(all[all.length - 1][1]) : 0;
};
const passed = count('pass');
const failed = count('fail') + count('cancelled');

console.log(`${passed} passed, ${failed} failed`);
if (run.error) console.error(`could not run node --test: ${run.error.message}`);
const ok = run.status === 0 && failed === 0 && passed > 0;
process.exit(ok ? 0 : run.status || 1);
