/**
 * Loading configuration data into a session's candidate, shared by `<load-configuration>` and
 * `<edit-config>`: the four input forms, the permission check of what they change, and mgd's
 * `load`.
 *
 * Owns:
 * - Inputs: curly-brace text and `set` commands go to mgd as they are (`ConfigSession.load`);
 *   XML (and JSON, read as XML by `config-json-element.ts`) becomes `set`/`delete`/… commands
 *   (`config-xml-commands.ts`) loaded with `load set` — or, for `override`/`update`, as the whole
 *   new configuration. A load is all or nothing (mgd's rule): any error loads nothing.
 * - Permission: every statement path the input changes must pass `mayEditConfiguration`
 *   (`override`/`update`, and set input that navigates with `edit`/`up`/`top`, change the whole
 *   configuration: `[]`); otherwise nothing is loaded and the answer is `permission denied`.
 * - `testOnly` (`<test-option>test-only</test-option>`): the input is checked on a copy of the
 *   candidate, which is left as it was.
 * Errors and warnings come back as `XmlRpcError`s (`rpc-errors.ts`): the issues with their
 * `[edit …]` path and bad-element, or mgd's refusal (a lock held elsewhere is `in-use`).
 */
import { loadConfiguration } from '../../config/load.js';
import { newConfiguration } from '../../config/node.js';
import { parseSet } from '../../config/parse-set.js';
import { renderSet } from '../../config/render-set.js';
import { hasErrors } from '../../config/validate.js';
import type { ConfigSession, LoadAction } from '../../daemons/mgd/index.js';
import { splitWords } from '../../rpc/operational-command.js';
import { mayEditConfiguration, type Login } from '../auth/index.js';
import { jsonConfigurationElement } from './config-json-element.js';
import { xmlToCommands } from './config-xml-commands.js';
import { fromConfigIssue, fromMgdError, permissionDeniedFor, rpcError } from './rpc-errors.js';
import type { XmlElement, XmlRpcError } from './xml-rpc-types.js';

export type LoadInput =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'set'; readonly text: string }
  | { readonly kind: 'xml'; readonly configuration: XmlElement }
  | { readonly kind: 'json'; readonly text: string };

export interface LoadRequest {
  readonly input: LoadInput;
  readonly action: LoadAction;
  /** The RPC, for `permission denied`'s bad-element. */
  readonly rpc: string;
  /** Honour `replace="replace"` in XML. */
  readonly replaceAttribute?: boolean;
  /** `<edit-config>`'s `<default-operation>`. */
  readonly defaultOperation?: 'merge' | 'replace' | 'none';
  readonly testOnly?: boolean;
}

export interface LoadOutcome {
  readonly ok: boolean;
  /** Errors (when not ok) and warnings. */
  readonly errors: readonly XmlRpcError[];
}

const WHOLE: readonly string[][] = [[]];
const NAVIGATION = new Set(['edit', 'up', 'top']);

/** The statement paths of set commands (`[]` for navigation, which may reach anything). */
function setPaths(text: string): string[][] {
  const paths: string[][] = [];
  for (const line of text.split('\n')) {
    const split = splitWords(line.trim());
    if (!split.ok) return [...WHOLE];
    const words = split.words.map((word) => word.text);
    const verb = words[0];
    if (verb === undefined || verb.startsWith('#')) continue;
    if (NAVIGATION.has(verb)) return [...WHOLE];
    paths.push(verb === 'annotate' ? words.slice(1, -1) : words.slice(1));
  }
  return paths;
}

interface Prepared {
  readonly text: string;
  readonly format: 'text' | 'set';
  readonly action: LoadAction;
  readonly paths: readonly (readonly string[])[];
}

function prepare(session: ConfigSession, request: LoadRequest): { readonly ok: true; readonly value: Prepared } | { readonly ok: false; readonly errors: XmlRpcError[] } {
  const { input } = request;
  const whole = request.action === 'override' || request.action === 'update';
  const schema = session.candidate.schema;
  if (input.kind === 'set') return { ok: true, value: { text: input.text, format: 'set', action: 'set', paths: setPaths(input.text) } };
  if (input.kind === 'text') {
    const parsed = loadConfiguration(input.text, schema, 'text');
    return { ok: true, value: { text: input.text, format: 'text', action: request.action === 'set' ? 'merge' : request.action, paths: whole ? WHOLE : setPaths(renderSet(parsed.tree)) } };
  }
  let configuration: XmlElement;
  if (input.kind === 'json') {
    try {
      configuration = jsonConfigurationElement(input.text);
    } catch (error) {
      return { ok: false, errors: [rpcError(`syntax error: ${error instanceof Error ? error.message : String(error)}`, { badElement: 'configuration-json' })] };
    }
  } else {
    configuration = input.configuration;
  }
  const current = whole ? newConfiguration(schema) : session.candidate;
  const commands = xmlToCommands(configuration, schema, { current, replaceAttribute: request.replaceAttribute === true, ...(request.defaultOperation === undefined ? {} : { defaultOperation: request.defaultOperation }) });
  if (commands.errors.length > 0) return { ok: false, errors: commands.errors };
  return { ok: true, value: { text: commands.lines.join('\n'), format: 'set', action: whole ? request.action : 'set', paths: whole ? WHOLE : commands.paths } };
}

/** What a load would say, without changing the candidate. */
function dryRun(session: ConfigSession, prepared: Prepared): LoadOutcome {
  const schema = session.candidate.schema;
  const issues =
    prepared.format === 'set' && (prepared.action === 'set' || prepared.action === 'merge' || prepared.action === 'replace')
      ? parseSet(prepared.text, schema, { into: session.candidate.clone() }).issues
      : loadConfiguration(prepared.text, schema, prepared.format).issues;
  return { ok: !hasErrors(issues), errors: issues.map(fromConfigIssue) };
}

/** Loads `request` into the session's candidate. */
export function loadInto(session: ConfigSession, login: Login, request: LoadRequest): LoadOutcome {
  const prepared = prepare(session, request);
  if (!prepared.ok) return { ok: false, errors: prepared.errors };
  const { value } = prepared;
  if (!value.paths.every((path) => mayEditConfiguration(login, path))) return { ok: false, errors: [permissionDeniedFor(request.rpc)] };
  if (request.testOnly === true) return dryRun(session, value);
  const loaded = session.load(value.text, value.action, value.format);
  if (!loaded.ok) return { ok: false, errors: fromMgdError(loaded.error, 'edit') };
  return { ok: true, errors: loaded.value.map(fromConfigIssue) };
}
