/**
 * The logged-in user as the CLI sees it: a name and the decisions of the user's login class
 * (which commands, configuration mode, which hierarchies, commit). The login service
 * (`../auth`) makes one from the RE's configuration; tests may make their own.
 */

export interface CliUser {
  /** The login name, shown in the prompt (`lab@r1-re0> `). */
  readonly name: string;
  /** May run the operational command named by these full words (`show chassis hardware`). */
  mayRun(words: readonly string[]): boolean;
  /** May enter configuration mode. */
  mayConfigure(): boolean;
  /** May change the configuration at this path (`['system', 'host-name']`). */
  mayEdit(path: readonly string[]): boolean;
  /** May commit. */
  mayCommit(): boolean;
}

/** A user whose class allows everything (super-user). */
export function superUser(name: string): CliUser {
  return { name, mayRun: () => true, mayConfigure: () => true, mayEdit: () => true, mayCommit: () => true };
}
