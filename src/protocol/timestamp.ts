// The gateway reads `timestamp` as China Standard Time (UTC+8, no daylight saving). Formatting in
// the host's local zone (as the official Node SDK does) is off by eight hours on every UTC server.

import { AlipayError } from '../errors.ts';
import { isInstance } from '../guard.ts';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** A Date's time value, NaN for an object that only looks like one. */
function timeOf(date: Date): number {
  try {
    return Date.prototype.getTime.call(date);
  } catch {
    return Number.NaN;
  }
}

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
  // The instant is read once, with the platform's getTime: a subclass's own cannot answer another.
  const time = isInstance(date, Date) ? timeOf(date) : Number.NaN;
  if (Number.isNaN(time)) throw new AlipayError('ERR_REQUEST_INVALID', 'chinaTimestamp needs a valid Date.');
  // Shift the instant by +8 h and read it with the UTC getters: no dependence on the host zone.
  const china = new Date(time + CHINA_OFFSET_MS);
  // yyyy: a year of four digits, or the text is not the gateway's format (and past the last Date, no time at all).
  const year = china.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) throw new AlipayError('ERR_REQUEST_INVALID', 'chinaTimestamp needs a Date between the years 1000 and 9999 (yyyy).');
  return (
    `${china.getUTCFullYear()}-${pad(china.getUTCMonth() + 1)}-${pad(china.getUTCDate())} ` +
    `${pad(china.getUTCHours())}:${pad(china.getUTCMinutes())}:${pad(china.getUTCSeconds())}`
  );
}
