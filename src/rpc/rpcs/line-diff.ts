/**
 * The differences between two texts in `diff`'s default ("normal") format, as `file compare
 * files` prints them: one hunk per change, `NcM` / `NdM` / `NaM` with ranges `N,M`, the old
 * lines as `< line`, `---` between old and new in a change, the new lines as `> line`;
 * `\ No newline at end of file` after a last line without one. Identical texts give nothing.
 *
 * Owns the line matching: a longest common subsequence after the common head and tail are set
 * aside (the files compared are configurations and logs, small enough for a table of
 * |a|×|b| cells once their common ends are gone); when the middle is too big for that, it is
 * shown as one change [U: diff would find a finer script].
 */

/** Above this many cells the middle parts are reported as one change. */
const MAX_CELLS = 25_000_000;

interface Lines {
  readonly lines: readonly string[];
  /** The text does not end with a line break (its last line is incomplete). */
  readonly noFinalNewline: boolean;
}

function splitLines(text: string): Lines {
  if (text === '') return { lines: [], noFinalNewline: false };
  const noFinalNewline = !text.endsWith('\n');
  const lines = (noFinalNewline ? text : text.slice(0, -1)).split('\n');
  return { lines, noFinalNewline };
}

/** Pairs of matching line indexes (a, b), increasing, of a longest common subsequence. */
function commonLines(a: readonly string[], b: readonly string[]): [number, number][] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const pairs: [number, number][] = [];
  for (let i = 0; i < head; i += 1) pairs.push([i, i]);
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n > 0 && m > 0 && n * m <= MAX_CELLS) {
    // lengths[i][j]: LCS length of a[head+i..] and b[head+j..], one flat table.
    const width = m + 1;
    const lengths = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i -= 1) {
      for (let j = m - 1; j >= 0; j -= 1) {
        lengths[i * width + j] = a[head + i] === b[head + j] ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[head + i] === b[head + j]) {
        pairs.push([head + i, head + j]);
        i += 1;
        j += 1;
      } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) i += 1;
      else j += 1;
    }
  }
  for (let k = tail; k > 0; k -= 1) pairs.push([a.length - k, b.length - k]);
  return pairs;
}

const range = (from: number, to: number): string => (from === to ? String(from) : `${from},${to}`);

/** The normal-format diff of `oldText` and `newText` (empty when they are the same), lines ending with `\n`. */
export function normalDiff(oldText: string, newText: string): string {
  if (oldText === newText) return '';
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const out: string[] = [];
  const show = (marker: '<' | '>', side: Lines, from: number, to: number): void => {
    for (let k = from; k < to; k += 1) {
      out.push(`${marker} ${side.lines[k] ?? ''}`);
      if (k === side.lines.length - 1 && side.noFinalNewline) out.push('\\ No newline at end of file');
    }
  };
  let i = 0;
  let j = 0;
  // The final line's newline counts: the same last line with and without one differs.
  const pairs = commonLines(a.lines, b.lines).filter(([x, y]) => !(x === a.lines.length - 1 && y === b.lines.length - 1 && a.noFinalNewline !== b.noFinalNewline));
  for (const [x, y] of [...pairs, [a.lines.length, b.lines.length] as [number, number]]) {
    if (x > i && y > j) {
      out.push(`${range(i + 1, x)}c${range(j + 1, y)}`);
      show('<', a, i, x);
      out.push('---');
      show('>', b, j, y);
    } else if (x > i) {
      out.push(`${range(i + 1, x)}d${j}`);
      show('<', a, i, x);
    } else if (y > j) {
      out.push(`${i}a${range(j + 1, y)}`);
      show('>', b, j, y);
    }
    i = x + 1;
    j = y + 1;
  }
  return out.map((line) => `${line}\n`).join('');
}
