/**
 * `retwin config check|show FILE`: the configuration library as an offline command.
 *
 * Owns the command's options and what it prints; all the work is done by `config/`.
 */
import { parseArgs } from 'node:util';
import { formatIssue, type ConfigIssue } from '../config/errors.js';
import { expandGroups, type RoutingEngineSlot } from '../config/groups.js';
import { loadConfiguration, type InputFormat } from '../config/load.js';
import type { ConfigNode } from '../config/node.js';
import { renderInheritance } from '../config/render-inheritance.js';
import { renderJson } from '../config/render-json.js';
import { junosNamespace, renderXml } from '../config/render-xml.js';
import { renderSet } from '../config/render-set.js';
import { renderText } from '../config/render-text.js';
import { checkoutFailedLine, hasErrors, validateConfig } from '../config/validate.js';
import { junosSchema } from '../schema/junos.js';
import { CONFIG_HELP } from './help.js';
import { readInput, UsageError, type Output } from './io.js';

const FORMATS = ['text', 'set', 'xml', 'json'] as const;
type OutputFormat = (typeof FORMATS)[number];
const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'text', 'set'];
const SLOTS: readonly RoutingEngineSlot[] = ['re0', 're1'];
/** The release whose XML namespace standalone XML output declares. */
const RELEASE = '17.3R1';

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

/**
 * Commit-checks the configuration as each RE in `slots` sees it. Issues every RE has are printed
 * once; the others under a `reX:` header, as `commit synchronize` prints them. Returns the exit
 * status.
 */
function check(tree: ConfigNode, slots: readonly RoutingEngineSlot[], output: Output): number {
  const perRe = slots.map((re) => validateConfig(expandGroups(tree, { re }).tree, { re, source: tree }));
  const texts = perRe.map((issues) => issues.map((issue) => formatIssue(issue)));
  const common = (texts[0] ?? []).filter((text) => texts.every((list) => list.includes(text)));
  for (const text of common) output.err(`${text}\n`);
  texts.forEach((list, index) => {
    const own = list.filter((text) => !common.includes(text));
    if (own.length > 0) output.err(`${slots[index]}:\n${own.join('\n')}\n`);
  });
  const all = perRe.flat();
  if (hasErrors(all)) {
    output.err(`${checkoutFailedLine(all) ?? 'error: configuration check-out failed'}\n`);
    return 1;
  }
  output.out('configuration check succeeds\n');
  return 0;
}

function render(tree: ConfigNode, format: OutputFormat): string {
  switch (format) {
    case 'text':
      return renderText(tree);
    case 'set':
      return renderSet(tree);
    case 'xml':
      return `${renderXml(tree, { junosNamespace: junosNamespace(RELEASE) })}\n`;
    case 'json':
      return `${renderJson(tree)}\n`;
  }
}

/** What `show` prints: the configuration as written, or as one RE sees it with groups applied. */
function show(tree: ConfigNode, format: OutputFormat, re: RoutingEngineSlot | undefined, inheritance: boolean): string {
  if (re === undefined && !inheritance) return render(tree, format);
  const expansion = expandGroups(tree, { re: re ?? 're0' });
  if (inheritance && format === 'text') return renderInheritance(expansion);
  return render(expansion.tree, format);
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
  const re = values.re === undefined ? undefined : oneOf(values.re, SLOTS, '--re', 're0');

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

  if (errors.length > 0) {
    const count = `${errors.length} error${errors.length === 1 ? '' : 's'}`;
    output.err(`error: ${count} in ${source}; correct ${errors.length === 1 ? 'it' : 'them'} and run again\n`);
    return 1;
  }
  if (action === 'check') return check(tree, re === undefined ? SLOTS : [re], output);
  output.out(show(tree, format, re, values.inheritance));
  return 0;
}
