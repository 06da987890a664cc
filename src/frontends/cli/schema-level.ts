/**
 * The schema statement an edit level stands at (`[edit interfaces fxp0]` → the `interface` list
 * entry's level), read with the configuration library's own path resolution, so that the CLI
 * and `load set` agree on what the words name.
 */
import { resolvePath } from '../../config/path.js';
import type { SchemaNode } from '../../schema/compile.js';

/** The level `path` (full words, as the edit level holds them) reaches from `root`. */
export function schemaLevel(root: SchemaNode, path: readonly string[]): SchemaNode {
  if (path.length === 0) return root;
  const resolution = resolvePath(
    path.map((text) => ({ text, quoted: false })),
    0,
    root,
    { partial: true, wildcards: true, editPath: [] },
  );
  return resolution.level;
}
