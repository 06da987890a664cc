/**
 * `request-reboot`, `request-halt`, `request-power-off` — `request system reboot | halt |
 * power-off [other-routing-engine | both-routing-engines] [in <minutes>] [message "text"]`:
 * takes this RE, the other one or both down, built by one factory.
 *
 * What happens is the router's: the RPC asks each RE concerned to go down after
 * `SHUTDOWN_DELAY_MS` of the router's clock (`RouterView.scheduleShutdown`), so the answer
 * reaches the user first; the halt, reboot or power-down itself, and whether the other RE takes
 * over (keepalives, GRES), are the router's and chassisd's, as for any halt. The other RE is
 * asked over the internal link: when it cannot be reached, `other-routing-engine` fails with
 * `error: Could not connect to re1 : No route to host` and `both-routing-engines` goes on with
 * this RE after that line as a warning [U].
 *
 * The question is the CLI's, asked before it calls the RPC (`shutdownPrompt`): `Reboot the
 * system ? [yes,no] (no) `, `Halt the system ? [yes,no] (no) `, `Power Off the system ? [yes,no]
 * (no) ` [C: PyEZ fixtures `request-reboot.xml`, `request-halt.xml`, `request-power-off.xml`],
 * the same with `other-routing-engine`, `both-routing-engines` or `in` [U]. Before it, on a
 * chassis whose other slot is empty, `warning: Other routing-engine not present` [C: CAP-VN1,
 * `halt both-routing-engines`; U for the other options]; for `halt` and `power-off` of this RE
 * alone with another RE in the chassis, `warning: This command will not halt the other
 * routing-engine.` and `If planning to switch off power, use the both-routing-engines option.`
 * [C: the fixtures' `<xnm:warning>`; the CLI layout is R]. The RPC itself never asks (NETCONF
 * clients cannot answer) and does not repeat the warnings. The CLI prints an empty line after
 * the answer, as for the mastership questions.
 *
 * Answer [C: the fixtures; `Shutdown NOW!` / `[pid 1542]` also in a captured SRX session]:
 * this RE `Shutdown NOW!` (with `in`: `Shutdown at Mon Mar 11 09:25:00 2024`) then `[pid N]`;
 * the other RE `Rebooting re1` / `Halting re1` / `Powering off re1` [U]; with both, the other
 * RE's line first. XML: `<request-reboot-results>` (for all three RPCs, as the fixtures show)
 * with one `<request-reboot-status reboot-time="<seconds>">` per RE, its lines one level deeper.
 * The pid is derived from the clock [U]. The wall message FreeBSD's shutdown sends every
 * terminal (`*** FINAL System shutdown message from lab@r1-re0 ***`, then `message` if given)
 * is `shutdownBroadcast`, for the front ends that show it; the RPC accepts `message` and leaves
 * it to them. `at <time>` and `media` are not implemented (refused as unknown arguments).
 */
import type { RoutingEngineSlot } from '../../config/groups.js';
import { defineRpc, type RegisteredRpc, type RpcArgs, type RpcOutcome } from '../rpc-definition.js';
import { blockLeaf, element } from '../rpc-element.js';
import { couldNotConnect, rpcError, type RpcError } from '../rpc-error.js';
import type { RouterView, ShutdownAction } from '../router-view.js';

/** How long after the answer the RE goes down, on the router's clock. */
export const SHUTDOWN_DELAY_MS = 500;

/** The CLI's question for each action. */
export const SHUTDOWN_QUESTIONS: Readonly<Record<ShutdownAction, string>> = {
  reboot: 'Reboot the system ? [yes,no] (no) ',
  halt: 'Halt the system ? [yes,no] (no) ',
  'power-off': 'Power Off the system ? [yes,no] (no) ',
};

export const OTHER_NOT_PRESENT = 'warning: Other routing-engine not present';
export const WILL_NOT_HALT_OTHER = ['warning: This command will not halt the other routing-engine.', 'If planning to switch off power, use the both-routing-engines option.'] as const;

/** Which REs a request names. */
export type ShutdownTarget = 'this' | 'other' | 'both';

const RPC_NAMES: Readonly<Record<ShutdownAction, string>> = { reboot: 'request-reboot', halt: 'request-halt', 'power-off': 'request-power-off' };
const HELP: Readonly<Record<ShutdownAction, string>> = { reboot: 'Reboot the system', halt: 'Halt the system', 'power-off': 'Power off the system' };
const OTHER_LINE: Readonly<Record<ShutdownAction, string>> = { reboot: 'Rebooting', halt: 'Halting', 'power-off': 'Powering off' };

const otherSlot = (slot: RoutingEngineSlot): RoutingEngineSlot => (slot === 're0' ? 're1' : 're0');

/** The target the arguments name (`both-routing-engines` wins over `other-routing-engine`). */
export function shutdownTarget(args: RpcArgs): ShutdownTarget {
  if (args['both-routing-engines'] === true) return 'both';
  return args['other-routing-engine'] === true ? 'other' : 'this';
}

/** What the CLI prints before the question (whole lines), and the question. */
export function shutdownPrompt(view: RouterView, action: ShutdownAction, target: ShutdownTarget): { readonly warnings: readonly string[]; readonly question: string } {
  const other = view.routingEngines().find((engine) => engine.slot === otherSlot(view.slot));
  const absent = other === undefined || other.state === 'empty';
  const warnings = absent ? (target === 'this' ? [] : [OTHER_NOT_PRESENT]) : target === 'this' && action !== 'reboot' ? [...WILL_NOT_HALT_OTHER] : [];
  return { warnings, question: SHUTDOWN_QUESTIONS[action] };
}

/** One RE's part of the answer. */
export interface RebootStatus {
  /** When the RE goes down, ms since the epoch. */
  readonly at: number;
  readonly lines: readonly string[];
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/** `ctime(3)` without its line break, in UTC: `Wed Jul  9 18:15:00 2014`. */
export function ctime(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()] ?? ''} ${MONTHS[d.getUTCMonth()] ?? ''} ${String(d.getUTCDate()).padStart(2)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

/** The pid shutdown(8) would have had [U: derived from the clock]. */
function pidAt(now: number, slot: RoutingEngineSlot): number {
  return 10_000 + ((Math.floor(now / 1000) * 7 + (slot === 're0' ? 0 : 3)) % 80_000);
}

/** `in` as a delay in ms (`now`: at once), or the error for a value that is not a number of minutes. */
function delayOf(args: RpcArgs): { ok: true; ms: number; now: boolean } | { ok: false; error: RpcError } {
  const minutes = args.in;
  if (minutes === undefined) return { ok: true, ms: SHUTDOWN_DELAY_MS, now: true };
  if (typeof minutes !== 'string' || !/^\d{1,5}$/.test(minutes)) return { ok: false, error: rpcError(`invalid value for in: ${String(minutes)}`, { badElement: String(minutes) }) };
  const ms = Number(minutes) * 60_000;
  return ms === 0 ? { ok: true, ms: SHUTDOWN_DELAY_MS, now: true } : { ok: true, ms, now: false };
}

/** Carries out a request from `view`: the REs concerned go down after the delay. */
export function requestShutdown(view: RouterView, action: ShutdownAction, args: RpcArgs): RpcOutcome<readonly RebootStatus[]> {
  const delay = delayOf(args);
  if (!delay.ok) return { ok: false, errors: [delay.error] };
  const target = shutdownTarget(args);
  const now = view.now();
  const at = now + delay.ms;
  const statuses: RebootStatus[] = [];
  const warnings: RpcError[] = [];
  if (target !== 'this') {
    const slot = otherSlot(view.slot);
    const peer = view.peer(slot);
    if (!peer.ok) {
      const error = couldNotConnect(slot, peer.reason);
      if (target === 'other') return { ok: false, errors: [error] };
      warnings.push({ ...error, severity: 'warning' });
    } else {
      peer.view.scheduleShutdown(action, delay.ms);
      statuses.push({ at, lines: [`${OTHER_LINE[action]} ${slot}`] });
    }
  }
  if (target !== 'other') {
    view.scheduleShutdown(action, delay.ms);
    const when = delay.now ? 'Shutdown NOW!' : `Shutdown at ${ctime(at)}`;
    statuses.push({ at, lines: [when, `[pid ${pidAt(now, view.slot)}]`] });
  }
  return { ok: true, data: statuses, warnings };
}

/**
 * The wall message every terminal of the RE gets (FreeBSD shutdown(8)): `*** FINAL System
 * shutdown message from lab@r1-re0 ***` and `System going down IMMEDIATELY` (with `in`:
 * `*** System shutdown message …` and `System going down in N minutes`), an empty line, then
 * the `message` if any. Whole lines, without the terminal's padding and bells.
 */
export function shutdownBroadcast(user: string, host: string, minutes = 0, message?: string): string[] {
  const final = minutes === 0;
  const when = final ? 'System going down IMMEDIATELY' : `System going down in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  return ['', `*** ${final ? 'FINAL ' : ''}System shutdown message from ${user}@${host} ***`, when, '', ...(message === undefined ? [] : [message])];
}

function shutdownRpc(action: ShutdownAction): RegisteredRpc {
  return defineRpc<readonly RebootStatus[]>({
    name: RPC_NAMES[action],
    commands: [{ words: ['request', 'system', action], help: HELP[action] }],
    arguments: [
      { kind: 'flag', name: 'other-routing-engine', help: `${HELP[action]} on the other Routing Engine` },
      { kind: 'flag', name: 'both-routing-engines', help: `${HELP[action]} on both Routing Engines` },
      { kind: 'value', name: 'in', help: 'Number of minutes to delay before the operation' },
      { kind: 'value', name: 'message', help: 'Message to display to all users' },
    ],
    run: (view, args) => requestShutdown(view, action, args),
    element: (statuses) =>
      element(
        'request-reboot-results',
        statuses.map((status) => blockLeaf('request-reboot-status', `${status.lines.join('\n')}\n`, [['reboot-time', String(Math.floor(status.at / 1000))]])),
      ),
    text: (statuses) => statuses.flatMap((status) => status.lines.map((line) => `${line}\n`)).join(''),
  });
}

export const requestReboot = shutdownRpc('reboot');
export const requestHalt = shutdownRpc('halt');
export const requestPowerOff = shutdownRpc('power-off');
