// ESLint flat config for retwin.
//
// Owns: the lint rules, the layer (import direction) rule from ../shared/design.md, the socket
// rule ("transports are the only code that opens sockets") and the file-naming rule.
//
// File naming: every file and folder under src/, test/ and bench/ is kebab-case
// (lower-case words joined by "-", e.g. routing-engine.ts, commit-sync.test.ts). Enforced below
// for .ts/.js/.mjs files by a glob that matches upper-case letters and underscores in paths;
// data files (test fixtures, captures) are not checked.
//
// Layers, lowest first. A module may import only from its own layer and the layers before it:
//   lib ← schema ← config ← daemons ← router ← rpc ← frontends ← transports ← lab ← main.ts
//   cli (the command-line tool) may import lib … frontends; only main.ts imports cli.
// Unit tests (*.test.ts), test/ and bench/ are exempt from the layer rule.
//
// How: ESLint's own no-restricted-imports, with regexes on the relative import path. A file at
// src/<layer>/a/b.ts is 2 folders below src/, so "../../X" names src/X; one block per
// (layer, depth) gives each file the exact prefix that reaches src/. Only relative imports are
// checked (there are no path aliases). Dynamic import() is not checked.
//
// Note: ESLint does not merge options of the same rule across blocks; the last matching block
// wins. So each block below carries the whole no-restricted-imports setting for its files.

import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Layer folders under src/, lowest first, and what each may import (besides itself). */
const LAYERS = ['lib', 'schema', 'config', 'daemons', 'router', 'rpc', 'frontends', 'transports', 'lab'];
const ALLOWED = Object.fromEntries(LAYERS.map((layer, i) => [layer, LAYERS.slice(0, i + 1)]));
ALLOWED.cli = [...LAYERS.slice(0, LAYERS.indexOf('transports')), 'cli'];
/** Everything that can be named at the top of src/ (main.ts included). */
const TOP = [...LAYERS, 'cli', 'main'];
/** Layer folders may nest this deep below src/ (src/a/b/c/d/e/f/g/h/x.ts is depth 8). */
const MAX_DEPTH = 8;

/** Modules that open sockets: allowed only in src/transports/, src/cli/ and src/main.ts. */
const SOCKET_MODULES = ['net', 'http', 'https', 'http2', 'tls', 'dgram'];
const SOCKET_RULE = {
  paths: [
    ...SOCKET_MODULES.flatMap((m) => [m, `node:${m}`]).map((name) => ({
      name,
      message: 'Only src/transports/ (and src/cli/, src/main.ts) may open sockets.',
    })),
    { name: 'ssh2', message: 'Only src/transports/ (and src/cli/, src/main.ts) may use ssh2.' },
  ],
  patterns: [
    { regex: '^ssh2/', message: 'Only src/transports/ (and src/cli/, src/main.ts) may use ssh2.' },
  ],
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The no-restricted-imports options for a non-test file in src/<layer>/ at the given depth. */
function layerRule(layer, depth) {
  const forbidden = TOP.filter((name) => !ALLOWED[layer].includes(name));
  const up = `(?:\\.\\./){${depth}}`;
  const sockets = layer === 'transports' || layer === 'cli' ? { paths: [], patterns: [] } : SOCKET_RULE;
  return [
    'error',
    {
      paths: sockets.paths,
      patterns: [
        ...sockets.patterns,
        {
          regex: `^${up}(?:${forbidden.map(escape).join('|')})(?:/|\\.[cm]?[jt]s$|$)`,
          caseSensitive: true,
          message:
            `src/${layer}/ may import only from src/{${ALLOWED[layer].join(',')}}/ ` +
            '(imports flow one way; see ../shared/design.md).',
        },
        {
          regex: `^(?:\\.\\./){${depth + 1},}(?!package\\.json$)`,
          caseSensitive: true,
          message: 'Code in src/ must not import from outside src/.',
        },
      ],
    },
  ];
}

const layerBlocks = Object.keys(ALLOWED).flatMap((layer) =>
  Array.from({ length: MAX_DEPTH }, (_, i) => ({
    name: `retwin/layers/${layer}/depth-${i + 1}`,
    files: [`src/${layer}/${'*/'.repeat(i)}*.ts`],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': layerRule(layer, i + 1) },
  })),
);

export default defineConfig(
  { name: 'retwin/ignores', ignores: ['dist/', 'node_modules/', 'retwin-state/', 'coverage/'] },

  js.configs.recommended,

  // TypeScript: the recommended type-checked rules (they catch floating promises, which matter
  // in an event-driven router). They use tsconfig.json, so every .ts file must be in it.
  {
    name: 'retwin/typescript',
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // node:test's test()/describe()/it() return promises the runner already awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  {
    name: 'retwin/node-scripts',
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
  },

  // Sockets: nowhere in src/ but transports/, cli/ and main.ts (layer blocks below refine this).
  {
    name: 'retwin/sockets',
    files: ['src/**/*.ts'],
    ignores: ['src/transports/**', 'src/cli/**', 'src/main.ts'],
    rules: { 'no-restricted-imports': ['error', SOCKET_RULE] },
  },

  ...layerBlocks,

  // A folder under src/ that is not in the layer table has no place in the import order yet.
  {
    name: 'retwin/unknown-layer',
    files: ['src/*/**'],
    ignores: Object.keys(ALLOWED).map((layer) => `src/${layer}/**`),
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Program', message: 'Unknown folder under src/: add it to LAYERS in eslint.config.js.' },
      ],
    },
  },

  // File naming: kebab-case (no upper-case letters or underscores in file or folder names).
  {
    name: 'retwin/kebab-case',
    files: [
      '{src,test,bench,scripts}/**/*[A-Z_]*.{ts,js,mjs}',
      '{src,test,bench,scripts}/**/*[A-Z_]*/**/*.{ts,js,mjs}',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Program', message: 'File and folder names are kebab-case (e.g. routing-engine.ts).' },
      ],
    },
  },
);
