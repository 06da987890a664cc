/**
 * `show | compare` (and `compare rollback N`): the differences between two configuration
 * trees, as Junos prints them.
 *
 * Owns the walk and the order of the output. Both trees are walked together; children are in
 * display order and matched by identity (statement name, plus the key of a list entry).
 * Changes are grouped under `[edit <path>]` headers, printed when the walk reaches them: a
 * header is printed whenever the level of the next line differs from that of the last header,
 * so `[edit]` comes back after `[edit system]` if the walk returns to the top. The statement
 * text and the columns come from `compare-lines.ts` (which renders through `render-text.ts`).
 * The result is '' when nothing differs, else lines ending with a newline.
 *
 * Rules:
 * - A statement only in the new tree: `+` and the whole statement as `show` prints it; only in
 *   the old: `-`. The entries of a block list (`groups`, `name-server`) that is wholly new or
 *   wholly gone are printed inside their wrapper (`+ groups {`); otherwise the wrapper is part
 *   of the header (`[edit system name-server]`) and its entries are compared one by one.
 * - A leaf, a leaf-list or a one-line statement (`backup-router ...;`, `routing-engine 0 master;`,
 *   `route 0.0.0.0/0 next-hop 10.0.0.1;`) whose content changed: `-` old line, then `+` new line.
 *   A leaf-list is one line: `- apply-groups re0;` / `+ apply-groups [ re0 re1 ];`.
 * - Entries of one list: a new entry is printed where it stands in the new list; old entries
 *   that are gone are printed before the next entry both trees share, so where an entry was
 *   replaced by another the `+` comes before the `-` (as on devices:
 *   `+ address 10.0.50.1/24;` then `- address 10.0.12.1/24;`).
 * - Statements inside a flat container are shown under the header of the flat container's
 *   parent, with its name in front (`[edit interfaces ge-0/0/1 unit 0]`, `+ family mpls;`).
 * - A statement deactivated or activated: `!     inactive: unit 0 { ... }` / `! active: ...`
 *   (the whole line for leaves and one-line statements), one column right of a `+` line; each
 *   such line gets its header printed again (devices show `[edit interfaces ge-0/0/0]` twice in a
 *   row, once for a `+` and once for a `!`). Changes inside a block statement follow under its
 *   own header. A leaf or one-line statement whose content changed too is shown as `-`/`+`
 *   instead (the `+` line carrying `inactive:`).
 *
 * Choices where Junos is unclear (no device output found; revisit with one):
 * - `active:` for a reactivated statement; `protect:` / `unprotect:` for protection changes,
 *   in the same `!` form.
 * - An annotation changed on a statement present in both: `-` old comment lines, `+` new ones,
 *   then the statement as a context line (` ` sign, `name { ... }` when it has children).
 * - The `!` form for a leaf or one-line statement whose content changed along with its mark
 *   (shown as `-`/`+` here, see above). The `replace:` tag of loaded text is not compared.
 * - Reordering alone (same entries, another order) prints nothing. Devices print the entry
 *   before an insertion in a user-ordered list as context (`     term 2 { ... }`); that needs an
 *   `ordered-by user` flag the schema does not carry yet, so it is not done.
 * - Columns follow procedure.md 9.B5 refined by device outputs (Juniper's EVPN/OISM guide,
 *   go-junos, public lab notes): list entries always sit one column right of leaves, even on
 *   one line (`+    route 10.142.0.0/20 next-hop ...;` under `[edit routing-options static]`);
 *   a block list wrapper is not a level (`[edit groups G policy-options]` puts a
 *   `community ...;` entry at column 5, `[edit ... pool pool-1 address]` its entries at 2 +
 *   depth) and its `name {` line sits at the leaf column (`+ groups {` under `[edit]`,
 *   `+  name-server {` under `[edit system]`). This differs from procedure.md 4.1
 *   (`+  groups {`) and 8.5 (`-    backup-router` under `[edit groups re1 system]`) by one
 *   column; see compare.test.ts.
 */
import type { SchemaNode } from '../schema/compile.js';
import {
  annotationLines,
  columnOf,
  contentText,
  isOneLiner,
  statementLines,
  summaryLine,
  wrapperColumn,
  wrapperLines,
} from './compare-lines.js';
import { isLeafLike, type ConfigNode } from './node.js';
import { quoteValue } from './quote.js';

type Sign = '+' | '-' | '!' | ' ';

/** The level whose children are being compared. */
interface Level {
  /** Header words (`groups re1 system`). */
  readonly words: readonly string[];
  /** Flat containers passed since the header's node, new-tree side (outermost first). */
  readonly flats: readonly ConfigNode[];
}

/** The words a statement adds to a header: `system`, `unit 0`, `fxp0`, `re1`. */
function headerWords(node: ConfigNode): string[] {
  if (node.key === undefined) return [node.name];
  const key = quoteValue(node.key);
  return node.schema.def.nokeyword === true || node.schema.def.block === true ? [key] : [node.name, key];
}

/** The children of two nodes paired by schema, in display order. */
function bySchema(left: ConfigNode, right: ConfigNode): { schema: SchemaNode; olds: ConfigNode[]; news: ConfigNode[] }[] {
  const groups = new Map<SchemaNode, { schema: SchemaNode; olds: ConfigNode[]; news: ConfigNode[] }>();
  const group = (schema: SchemaNode) => {
    let found = groups.get(schema);
    if (found === undefined) {
      found = { schema, olds: [], news: [] };
      groups.set(schema, found);
    }
    return found;
  };
  for (const child of left.children) group(child.schema).olds.push(child);
  for (const child of right.children) group(child.schema).news.push(child);
  return [...groups.values()].sort((a, b) => a.schema.order - b.schema.order);
}

class Differ {
  readonly #out: string[] = [];
  /** Identity of the level the last header was printed for. */
  #context: string | undefined;
  readonly #base: readonly string[];

  constructor(base: readonly string[]) {
    this.#base = base;
  }

  get text(): string {
    return this.#out.length === 0 ? '' : `${this.#out.join('\n')}\n`;
  }

  #emit(level: Level, sign: Sign, column: number, lines: readonly string[], context = level.words.join('\u0000')): void {
    if (lines.length === 0) return;
    if (context !== this.#context) {
      const words = [...this.#base, ...level.words];
      this.#out.push(words.length === 0 ? '[edit]' : `[edit ${words.join(' ')}]`);
      this.#context = context;
    }
    const pad = ' '.repeat(column - 1);
    for (const line of lines) this.#out.push(`${sign}${pad}${line}`);
  }

  #whole(level: Level, sign: '+' | '-', node: ConfigNode): void {
    this.#emit(level, sign, columnOf(node), statementLines(node, level.flats));
  }

  /** Compares the children of two nodes standing at the same level. */
  children(left: ConfigNode, right: ConfigNode, level: Level): void {
    for (const { schema, olds, news } of bySchema(left, right)) {
      if (schema.kind === 'list' && schema.def.block === true) {
        this.#blockList(schema, olds, news, level);
      } else if (schema.kind === 'list') {
        this.#entries(olds, news, level);
      } else {
        const [old] = olds;
        const [next] = news;
        if (old === undefined && next !== undefined) this.#whole(level, '+', next);
        else if (next === undefined && old !== undefined) this.#whole(level, '-', old);
        else if (old !== undefined && next !== undefined) this.#matched(old, next, level);
      }
    }
  }

  #blockList(schema: SchemaNode, olds: ConfigNode[], news: ConfigNode[], level: Level): void {
    const parent = schema.parent as SchemaNode;
    const column = wrapperColumn(schema.path.length);
    if (olds.length === 0) {
      this.#emit(level, '+', column, wrapperLines(parent, news));
    } else if (news.length === 0) {
      this.#emit(level, '-', column, wrapperLines(parent, olds));
    } else {
      this.#entries(olds, news, { words: [...level.words, ...level.flats.map((flat) => flat.name), schema.name], flats: [] });
    }
  }

  /** Entries of one list: new ones where they stand, gone ones before the next shared entry. */
  #entries(olds: ConfigNode[], news: ConfigNode[], level: Level): void {
    const kept = new Set(news.map((entry) => entry.key));
    const oldAt = new Map(olds.map((entry, index) => [entry.key, index]));
    let next = 0;
    const flushGone = (upTo: number) => {
      for (; next < upTo; next += 1) {
        const old = olds[next] as ConfigNode;
        if (!kept.has(old.key)) this.#whole(level, '-', old);
      }
    };
    for (const entry of news) {
      const index = oldAt.get(entry.key);
      if (index === undefined) {
        this.#whole(level, '+', entry);
        continue;
      }
      flushGone(index);
      next = Math.max(next, index + 1);
      this.#matched(olds[index] as ConfigNode, entry, level);
    }
    flushGone(olds.length);
  }

  /** A statement present in both trees. */
  #matched(old: ConfigNode, next: ConfigNode, level: Level): void {
    const wholeLine = isLeafLike(next) || (next.schema.def.oneliner !== undefined && (isOneLiner(old) || isOneLiner(next)));
    if (wholeLine) {
      if (contentText(old) !== contentText(next)) {
        this.#whole(level, '-', old);
        this.#whole(level, '+', next);
        return;
      }
      this.#marks(old, next, level);
      return;
    }
    this.#marks(old, next, level);
    const inner: Level =
      next.schema.def.flat === true
        ? { words: level.words, flats: [...level.flats, next] }
        : { words: [...level.words, ...level.flats.map((flat) => flat.name), ...headerWords(next)], flats: [] };
    this.children(old, next, inner);
  }

  /** Inactive, protect and annotation changes of a statement present in both trees. */
  #marks(old: ConfigNode, next: ConfigNode, level: Level): void {
    const column = columnOf(next);
    const bang = (word: string) => {
      const context = `${level.words.join('\u0000')}\u0001${next.identity}`;
      this.#emit(level, '!', column + 1, [`${word}: ${summaryLine(next, level.flats)}`], context);
    };
    if (old.inactive !== next.inactive) bang(next.inactive ? 'inactive' : 'active');
    if (old.protect !== next.protect) bang(next.protect ? 'protect' : 'unprotect');
    if (old.annotation !== next.annotation) {
      this.#emit(level, '-', column, annotationLines(old));
      this.#emit(level, '+', column, annotationLines(next));
      this.#emit(level, ' ', column, [summaryLine(next, level.flats)]);
    }
  }
}

/**
 * The `show | compare` text turning `oldTree` into `newTree` ('' when they are equal). Both
 * nodes stand at the same level: the roots, or the statements at `editPath` (the words of the
 * current `[edit ...]` level, which every header then starts with).
 */
export function compareConfig(oldTree: ConfigNode, newTree: ConfigNode, editPath: readonly string[] = []): string {
  const differ = new Differ(editPath);
  differ.children(oldTree, newTree, { words: [], flats: [] });
  return differ.text;
}
