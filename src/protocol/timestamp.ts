// The gateway reads `timestamp` as China Standard Time (UTC+8, no daylight saving). Formatting in
// the host's local zone (as the official Node SDK does) is off by eight hours on every UTC server.

import { AlipayError } from '../errors.ts';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * Formats an instant as the gateway's `timestamp`: `yyyy-MM-dd HH:mm:ss` in China time,
 * whatever the host's time zone.
 *
 * @example
 * ```ts
 * chinaTimestamp(new Date('2024-05-13T09:49:20Z')); // '2024-05-13 17:49:20'
 * ```
 */
export function chinaTimestamp(date: Date = new Date()): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new AlipayError('ERR_REQUEST_INVALID', 'chinaTimestamp needs a valid Date.');
  // Shift the instant by +8 h and read it with the UTC getters: no dependence on the host zone.
  const china = new Date(date.getTime() + CHINA_OFFSET_MS);
  return (
    `${china.getUTCFullYear()}-${pad(china.getUTCMonth() + 1)}-${pad(china.getUTCDate())} ` +
    `${pad(china.getUTCHours())}:${pad(china.getUTCMinutes())}:${pad(china.getUTCSeconds())}`
  );
}
