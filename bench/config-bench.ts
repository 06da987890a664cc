/**
 * Benchmark of the configuration language: parse, expand groups and render a generated
 * 100,000-line configuration. Reports lines/s, MB/s and peak memory (issue #2: at least
 * 1,000,000 lines/s for parse and for render on a 2-core machine).
 */
import { expandGroups } from '../src/config/groups.js';
import { parseSet } from '../src/config/parse-set.js';
import { parseText } from '../src/config/parse-text.js';
import { renderInheritance } from '../src/config/render-inheritance.js';
import { renderJson } from '../src/config/render-json.js';
import { renderXml } from '../src/config/render-xml.js';
import { renderSet } from '../src/config/render-set.js';
import { renderText } from '../src/config/render-text.js';
import { junosSchema } from '../src/schema/junos.js';
import { generateConfig } from './generate-config.js';
import { grouped, measure, spread, type Timing } from './measure.js';

const TARGET_LINES_PER_SECOND = 1_000_000;

interface Row {
  readonly name: string;
  readonly lines: number;
  readonly bytes: number;
  readonly timing: Timing;
  readonly target?: number;
}

function report(row: Row): string {
  const seconds = row.timing.medianMs / 1000;
  const linesPerSecond = row.lines / seconds;
  const mbPerSecond = row.bytes / 1e6 / seconds;
  const verdict = row.target === undefined ? '' : linesPerSecond >= row.target ? '  [target met]' : '  [BELOW TARGET]';
  return `${row.name.padEnd(23)} ${grouped(linesPerSecond).padStart(11)} lines/s ${mbPerSecond.toFixed(1).padStart(7)} MB/s  ${spread(row.timing)}${verdict}`;
}

export function runConfigBench(targetLines = 100_000): string[] {
  const { text, lines } = generateConfig(targetLines);
  const bytes = Buffer.byteLength(text);
  const out: string[] = [`configuration: ${grouped(lines)} lines, ${(bytes / 1e6).toFixed(2)} MB of text`];

  const parsed = parseText(text, junosSchema);
  if (parsed.issues.length > 0) throw new Error(`generated configuration does not parse: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  const tree = parsed.tree;
  const rendered = renderText(tree);
  out.push(`text round trip identical: ${rendered === text ? 'yes' : 'NO'}`);
  const expansion = expandGroups(tree, { re: 're0' });
  const expandedLines = renderText(expansion.tree).split('\n').length - 1;
  const setText = renderSet(tree);
  const setLines = setText.split('\n').length - 1;
  const setBytes = Buffer.byteLength(setText);

  const rows: Row[] = [
    { name: 'parse text', lines, bytes, timing: measure(() => parseText(text, junosSchema)), target: TARGET_LINES_PER_SECOND },
    { name: 'parse text, cold heap', lines, bytes, timing: measure(() => parseText(text, junosSchema), { freshHeap: true }) },
    { name: 'render text', lines, bytes, timing: measure(() => renderText(tree)), target: TARGET_LINES_PER_SECOND },
    { name: 'parse set', lines: setLines, bytes: setBytes, timing: measure(() => parseSet(setText, junosSchema)) },
    { name: 'render set', lines: setLines, bytes: setBytes, timing: measure(() => renderSet(tree)) },
    { name: 'expand groups (re0)', lines, bytes, timing: measure(() => expandGroups(tree, { re: 're0' })) },
    { name: 'render inheritance', lines: expandedLines, bytes, timing: measure(() => renderInheritance(expansion)) },
    { name: 'render xml', lines, bytes, timing: measure(() => renderXml(tree)) },
    { name: 'render json', lines, bytes, timing: measure(() => renderJson(tree)) },
  ];
  out.push(...rows.map(report));
  out.push(`(set form: ${grouped(setLines)} lines; expanded for re0: ${grouped(expandedLines)} lines; rates are per line of the form named)`);
  return out;
}
