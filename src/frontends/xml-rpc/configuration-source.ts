/**
 * Which configuration a read RPC (`get-configuration`, `get-config`, the diff) sees, and the
 * registry `RouterView` that shows it.
 *
 * Owns the choice of tree:
 * - `committed`: mgd's committed configuration of the session's RE (with its last commit).
 * - `candidate`: the session's own candidate (shared, or its private copy after
 *   `<open-configuration><private/>`) when a configuration session is open; otherwise the shared
 *   candidate, read through a configuration session opened and closed at once (mgd keeps the
 *   shared candidate private to its sessions), which leaves no trace.
 * - `viewWith(context, transform)`: `routerView` whose `configuration(database)` answers those
 *   trees, passed through `transform` (the subtree filter, group expansion), so the registry's
 *   `get-configuration` renders them in every format; it carries the session's login name, so
 *   `file list` and relative file paths start from `/var/home/<user>/` as on the CLI (PyEZ's
 *   `HOME` fact is `<file-list><path>~</path></file-list>`, clients.md §2.2).
 */
import { newConfiguration, type ConfigNode } from '../../config/node.js';
import { routerView } from '../../rpc/router-adapter.js';
import type { ConfigurationDatabase, ConfigurationView, RouterView } from '../../rpc/router-view.js';
import { junosSchema } from '../../schema/junos.js';
import type { XmlRpcContext } from './xml-rpc-types.js';

/** The candidate the session sees (see the header). */
export function candidateTree(context: XmlRpcContext): ConfigNode {
  const session = context.config.current();
  if (session !== undefined) return session.candidate;
  const database = context.router.re(context.slot).database;
  if (database === undefined || database.closed) return newConfiguration(junosSchema);
  const opened = database.openSession({ user: context.login.user, client: 'netconf' });
  if (!opened.ok) return database.committed;
  try {
    return opened.value.candidate.clone();
  } finally {
    opened.value.close();
  }
}

/** The configuration `database` as the registry's view carries it. */
export function configurationOf(context: XmlRpcContext, database: ConfigurationDatabase): ConfigurationView {
  const base = routerView(context.router, context.slot);
  return database === 'committed' ? base.configuration('committed') : { tree: candidateTree(context) };
}

/** The RE's view, its configurations passed through `transform`. */
export function viewWith(context: XmlRpcContext, transform: (tree: ConfigNode) => ConfigNode = (tree) => tree): RouterView {
  const base = routerView(context.router, context.slot);
  return {
    ...base,
    user: context.login.user,
    configuration: (database) => {
      const source = configurationOf(context, database);
      return { ...source, tree: transform(source.tree) };
    },
  };
}
