/**
 * `retwin config check|show FILE`: the configuration library as an offline command.
 *
 * Owns the command's options and what it prints; all the work is done by `config/`.
 */
import { parseArgs } from 'node:util';
import { formatIssue, type ConfigIssue } from '../config/errors.js';
import { loadConfiguration, type InputFormat } from '../config/load.js';
import { renderSet } from '../config/render-set.js';
import { renderText } from '../config/render-text.js';
import { junosSchema } from '../schema/junos.js';
import { CONFIG_HELP } from './help.js';
import { readInput, UsageError, type Output } from './io.js';

const FORMATS = ['text', 'set', 'xml', 'json'] as const;
type OutputFormat = (typeof FORMATS)[number];
const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'text', 'set'];

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got '${value}')`);
  }
  return value as T;
}

function printIssues(issues: readonly ConfigIssue[], source: string, output: Output): void {
  for (const issue of issues) output.err(`${formatIssue(issue, source)}\n`);
}

export async function runConfigCommand(args: readonly string[], output: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      re: { type: 'string' },
      inheritance: { type: 'boolean', default: false },
      'input-format': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [action, file, ...extra] = positionals;
  if (values.help || action === undefined) {
    output.out(CONFIG_HELP);
    return values.help ? 0 : 2;
  }
  if (action !== 'check' && action !== 'show') throw new UsageError(`unknown config action '${action}' (use check or show)`);
  if (file === undefined) throw new UsageError(`config ${action} needs a FILE (or - for standard input)`);
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
  const format = oneOf<OutputFormat>(values.format, FORMATS, '--format', 'text');
  const inputFormat = oneOf(values['input-format'], INPUT_FORMATS, '--input-format', 'auto');

  let input: string;
  try {
    input = await readInput(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const source = file === '-' ? 'terminal' : file;
  const { tree, issues } = loadConfiguration(input, junosSchema, inputFormat);
  const errors = issues.filter((issue) => issue.severity === 'error');
  printIssues(issues, source, output);
  if (errors.length > 0) return 1;
  if (action === 'check') {
    output.out('configuration check succeeds\n');
    return 0;
  }
  output.out(format === 'set' ? renderSet(tree) : renderText(tree));
  return 0;
}
