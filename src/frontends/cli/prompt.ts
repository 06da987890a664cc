/**
 * The texts around the Junos CLI's prompt (spec §0, clients.md §8, procedure §0.2 and 9.B7):
 * the mastership banner line (`{master}`, `{backup}`, and in configuration mode with the edit
 * level: `{master}[edit interfaces fxp0]`), the prompt itself (`lab@r1-re0> `, `lab@r1-re0# `),
 * and the login lines (`Last login: Fri Mar  8 14:19:44 2024 from 10.255.0.50`, `--- JUNOS ...`).
 *
 * Choices [U]: an RE without a host name prompts `lab> `; an RE that is neither master nor
 * backup (still electing) prints no banner. Times are UTC (retwin has no `time-zone` support).
 */
import { editHeader } from '../../config/errors.js';

export type BannerRole = 'master' | 'backup' | 'none';

/** The line printed before the prompt: `{master}`, `{backup}[edit system]`, `[edit]` or empty. */
export function bannerLine(role: BannerRole, editPath: readonly string[] | undefined): string {
  const banner = role === 'none' ? '' : `{${role}}`;
  return editPath === undefined ? banner : `${banner}${editHeader(editPath)}`;
}

/** `lab@r1-re0> ` in operational mode, `lab@r1-re0# ` in configuration mode. */
export function promptText(user: string, hostName: string | undefined, configuration: boolean): string {
  return `${user}${hostName === undefined ? '' : `@${hostName}`}${configuration ? '#' : '>'} `;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const two = (n: number): string => String(n).padStart(2, '0');

/** `Fri Mar  8 14:19:44 2024` (ctime layout, day padded with a space). */
export function ctime(ms: number): string {
  const d = new Date(ms);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${day} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

/** `Mar 11 09:02:55`: the line `set cli timestamp` prints before each command's output. */
export function timestampLine(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/** `Last login: Fri Mar  8 14:19:44 2024 from 10.255.0.50`. */
export function lastLoginLine(ms: number, from: string): string {
  return `Last login: ${ctime(ms)} from ${from}`;
}

/** `--- JUNOS 17.3R1.10 Kernel 64-bit  JNPR-10.3-20170822.8b2f1e3_buil`. */
export function junosBannerLine(loginBanner: string): string {
  return `--- ${loginBanner}`;
}
