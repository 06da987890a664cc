/**
 * Small formats shared by the RPCs: Junos's date and duration wording, temperatures, and the
 * release string of the XML namespaces.
 *
 * Choices:
 * - Times print in UTC (`2024-03-11 09:03:05 UTC`), as on a router without `system time-zone`;
 *   other time zones are not rendered yet.
 * - Durations (`Uptime`) name days, hours, minutes and seconds from the first non-zero unit
 *   down, seconds always (`7 days, 2 hours, 50 minutes, 25 seconds`, `6 minutes, 25 seconds`,
 *   `0 seconds`); a unit of 1 is singular (`1 day`). Zero units after the first are kept
 *   (`1 hour, 0 minutes, 5 seconds`) [U: procedure 9.B20 leaves singulars to retwin].
 * - Fahrenheit is truncated, not rounded: every real capture shows 41 °C as 105 °F.
 * - The namespace release is the version up to its release number: `17.3R1.10` → `17.3R1`,
 *   `15.1F5.15-C1.12` → `15.1F5`, `22.4R3.25-EVO` → `22.4R3`.
 */

const two = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD HH:MM:SS UTC` for a time in ms since the epoch. */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC`;
}

function unit(count: number, name: string): string {
  return `${count} ${name}${count === 1 ? '' : 's'}`;
}

/** `5 days, 3 hours, 24 minutes, 13 seconds` for a duration in whole seconds. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const parts = [
    [Math.floor(seconds / 86400), 'day'],
    [Math.floor((seconds % 86400) / 3600), 'hour'],
    [Math.floor((seconds % 3600) / 60), 'minute'],
  ] as const;
  const first = parts.findIndex(([count]) => count > 0);
  const shown = first === -1 ? [] : parts.slice(first).map(([count, name]) => unit(count, name));
  return [...shown, unit(seconds % 60, 'second')].join(', ');
}

/** Degrees Fahrenheit as Junos prints them (truncated). */
export function fahrenheit(celsius: number): number {
  return Math.floor((celsius * 9) / 5 + 32);
}

/** `41 degrees C / 105 degrees F`. */
export function formatTemperature(celsius: number): string {
  return `${celsius} degrees C / ${fahrenheit(celsius)} degrees F`;
}

/** The release in XML namespaces for a Junos version string. */
export function namespaceRelease(version: string): string {
  return /^\d+\.\d+[A-Z]\d+/.exec(version)?.[0] ?? version;
}

/** `http://xml.juniper.net/junos/<release>/junos-<area>`, the default namespace of a reply. */
export function replyNamespace(release: string, area: 'chassis' | 'alarm' | 'interface' | 'routing' | 'l2al'): string {
  return `http://xml.juniper.net/junos/${release}/junos-${area}`;
}
