/**
 * The `Possible completions:` list of the Junos CLI, as text: entries in, text out.
 *
 * Owns the entry shape, Junos's order of the entries and the column layout. It knows nothing of
 * the configuration schema, so operational mode (`show ?`) uses it as configuration mode does;
 * what goes into the list is the caller's business (`config-words.ts` for configuration words).
 *
 * Layout, from captures of real routers (Junos 12 to 25):
 *
 *     Possible completions:
 *       <[Enter]>            Execute this command
 *     > accounting           System accounting configuration
 *     + apply-groups-except  Don't inherit configuration data from these groups
 *       query-last-member-interval  When to send group query messages (seconds)
 *       |                    Pipe through a command
 *
 * Each line is the marker, a space, the name padded to 19 characters, two spaces, the help: the
 * help starts in column 23. A longer name is followed by two spaces and the help (the line is not
 * wrapped and the other lines keep their layout), as the captures show. A line without help ends
 * after the name (no trailing blanks: our choice).
 *
 * Order: `<[Enter]>` first, then the placeholders (`<name>`), then every other entry by code
 * units (which is how Junos orders `[`, digits, upper and lower case), and `|` last.
 * `No valid completions` (nothing to list) is printed from memory of real routers, not from a
 * capture.
 */

/** `>` a statement with statements below it, `+` one that takes a set of values, ` ` the rest. */
export type CompletionMarker = ' ' | '>' | '+';

export interface CompletionEntry {
  readonly marker: CompletionMarker;
  /** The word to type, or a placeholder in angle brackets (`<host-name>`, `<[Enter]>`). */
  readonly name: string;
  readonly help: string;
  /**
   * Not a word that Tab or Space completes to: placeholders, `<[Enter]>`, `[`, `]` and `|`.
   * Absent for keywords, enumeration values and existing keys.
   */
  readonly placeholder?: boolean;
}

export const ENTER_ENTRY: CompletionEntry = { marker: ' ', name: '<[Enter]>', help: 'Execute this command', placeholder: true };
export const PIPE_ENTRY: CompletionEntry = { marker: ' ', name: '|', help: 'Pipe through a command', placeholder: true };

export const COMPLETIONS_HEADER = 'Possible completions:';
export const NO_COMPLETIONS = 'No valid completions';

/** Width of the name field; the help starts two columns after it. */
const NAME_WIDTH = 19;

function rank(name: string): number {
  if (name === ENTER_ENTRY.name) return 0;
  if (name === PIPE_ENTRY.name) return 3;
  return name.startsWith('<') ? 1 : 2;
}

/** Junos's order of completion entries (see the module header). */
export function compareEntries(a: CompletionEntry, b: CompletionEntry): number {
  const byRank = rank(a.name) - rank(b.name);
  if (byRank !== 0) return byRank;
  if (a.name === b.name) return 0;
  return a.name < b.name ? -1 : 1;
}

/** A sorted copy of `entries`, without repeated names (the first of each name is kept). */
export function sortEntries(entries: readonly CompletionEntry[]): CompletionEntry[] {
  const seen = new Set<string>();
  const unique: CompletionEntry[] = [];
  for (const entry of entries) {
    if (seen.has(entry.name)) continue;
    seen.add(entry.name);
    unique.push(entry);
  }
  return unique.sort(compareEntries);
}

/** One line of the list: `> accounting           System accounting configuration`. */
export function formatEntry(entry: CompletionEntry): string {
  if (entry.help === '') return `${entry.marker} ${entry.name}`;
  return `${entry.marker} ${entry.name.padEnd(NAME_WIDTH)}  ${entry.help}`;
}

/**
 * The text Junos prints for `?`: `Possible completions:` and one line per entry, in Junos's
 * order, lines joined by `\n` without a final newline; `No valid completions` when empty.
 */
export function formatCompletions(entries: readonly CompletionEntry[]): string {
  if (entries.length === 0) return NO_COMPLETIONS;
  return [COMPLETIONS_HEADER, ...sortEntries(entries).map(formatEntry)].join('\n');
}
