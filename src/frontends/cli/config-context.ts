/**
 * What a CLI session holds while in configuration mode: mgd's configuration session (shared,
 * private or exclusive), the edit level (`[edit interfaces fxp0]`) as statements (a keyword with
 * its key, or a nokeyword key, is one level: `up` leaves one), the levels `edit` came from so
 * that `exit` can go back to them, and when this session last changed the candidate (the
 * `## Last changed:` line). Owned by `configuration-mode.ts`.
 */
import type { ConfigSession } from '../../daemons/mgd/index.js';

export interface ConfigContext {
  readonly session: ConfigSession;
  /** The edit level, one entry per statement level (`[['interfaces'], ['fxp0']]`); empty at `[edit]`. */
  levels: string[][];
  /** The levels left by `edit`, most recent last. */
  readonly previous: string[][][];
  /** When this session last changed the candidate, ms since the epoch. */
  changedAt: number | undefined;
}

/** The edit level's words (`['interfaces', 'fxp0']`). */
export function editPath(context: ConfigContext): string[] {
  return context.levels.flat();
}
