/**
 * Route ages as `show route` prints them.
 *
 * Brief and terse (`<age>` text): `00:04:56` under a day, `3d 07:52:04` under a week,
 * `1w5d 18:53:31` beyond [C: public captures]. Detail: `10` under a minute, `2:34`, `51:54`,
 * `2:56:14` under a day, then as the brief form [C for the short forms; U beyond a day].
 */

const two = (n: number): string => String(n).padStart(2, '0');

function parts(seconds: number): { weeks: number; days: number; hours: number; minutes: number; secs: number } {
  const total = Math.max(0, Math.floor(seconds));
  return {
    weeks: Math.floor(total / 604800),
    days: Math.floor((total % 604800) / 86400),
    hours: Math.floor((total % 86400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    secs: total % 60,
  };
}

export function briefAge(seconds: number): string {
  const { weeks, days, hours, minutes, secs } = parts(seconds);
  const clock = `${two(hours)}:${two(minutes)}:${two(secs)}`;
  if (weeks > 0) return `${weeks}w${days}d ${clock}`;
  if (days > 0) return `${days}d ${clock}`;
  return clock;
}

export function detailAge(seconds: number): string {
  const { weeks, days, hours, minutes, secs } = parts(seconds);
  if (weeks > 0 || days > 0) return briefAge(seconds);
  if (hours > 0) return `${hours}:${two(minutes)}:${two(secs)}`;
  if (minutes > 0) return `${minutes}:${two(secs)}`;
  return String(secs);
}
