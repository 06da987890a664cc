/**
 * Reading a configuration from text whose form may be either Junos format: curly-brace text or a
 * sequence of set commands. Owns the choice between the two parsers, nothing else.
 */
import type { SchemaNode } from '../schema/compile.js';
import type { ConfigIssue } from './errors.js';
import type { ConfigNode } from './node.js';
import { parseSet } from './parse-set.js';
import { parseText } from './parse-text.js';

export type InputFormat = 'text' | 'set' | 'auto';

const SET_COMMAND = /^(?:set|delete|deactivate|activate|annotate|protect|unprotect|edit|up|top)(?:\s|$)/;

/** `set` when the first statement line is a configuration command, else `text`. */
export function detectFormat(input: string): 'text' | 'set' {
  for (const raw of input.split('\n', 200)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('/*')) continue;
    return SET_COMMAND.test(line) ? 'set' : 'text';
  }
  return 'text';
}

export function loadConfiguration(input: string, schema: SchemaNode, format: InputFormat = 'auto'): { tree: ConfigNode; issues: ConfigIssue[] } {
  const chosen = format === 'auto' ? detectFormat(input) : format;
  return chosen === 'set' ? parseSet(input, schema) : parseText(input, schema);
}
