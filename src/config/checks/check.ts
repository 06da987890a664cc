/**
 * What a commit-time check is: a pure function from the expanded configuration of one Routing
 * Engine (and a little context) to the issues it finds. Every check reports all it finds; none
 * stops at the first problem, and none changes the tree. `validate.ts` runs them all.
 */
import type { ConfigIssue, IssueCode, Severity } from '../errors.js';
import type { RoutingEngineSlot } from '../groups.js';
import type { ConfigNode } from '../node.js';


export interface CheckContext {
  /** The RE whose expanded configuration is checked. */
  readonly re: RoutingEngineSlot;
  /** This RE's management interface, resolved (`fxp0`, `em0`, `me0`, `re1:mgmt-0`). */
  readonly managementInterface: string;
  /** The configuration before group expansion, for checks about groups themselves. */
  readonly source: ConfigNode | undefined;
}

export type Check = (expanded: ConfigNode, context: CheckContext) => ConfigIssue[];

/** Builds an issue; `statement` is the quoted statement, also the NETCONF bad-element. */
export function issueAt(
  severity: Severity,
  code: IssueCode,
  path: readonly string[],
  statement: string | undefined,
  message: string,
): ConfigIssue {
  return statement === undefined
    ? { severity, code, path, message }
    : { severity, code, path, statement, badElement: statement, message };
}
