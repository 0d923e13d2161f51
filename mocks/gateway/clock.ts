// The mock gateway's clock, which tests move: it follows the real clock (or the `now` option)
// until a test sets it to an instant or advances it. Expiring trades, a buyer's late
// confirmation and notification retries happen on it, when it moves and when a request arrives,
// so no test waits in real time.
import { AlipayError } from '../../src/index.ts';

/**
 * The gateway's clock: `gateway.clock`.
 *
 * @example
 * ```ts
 * gateway.clock.set('2024-05-13 10:00:00'); // China time
 * gateway.clock.advance('31m'); // an order with timeout_express 30m is now closed
 * await gateway.notifications.settled();
 * ```
 */
export interface MockClock {
  /** The gateway's time. */
  now(): Date;
  /**
   * Stops the clock at an instant: a `Date`, milliseconds since the epoch, an ISO 8601 text, or
   * `yyyy-MM-dd HH:mm:ss` in China time (as Alipay writes times). Returns the new time.
   */
  set(instant: Date | number | string): Date;
  /**
   * Moves the clock forward by milliseconds or a duration (`'500ms'`, `'30s'`, `'31m'`, `'2h'`,
   * `'1d'`); the gateway then does what fell due (trades expire, buyers confirm, notifications are
   * retried). Returns the new time.
   */
  advance(by: number | string): Date;
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const CHINA_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * `yyyy-MM-dd HH:mm:ss` in China time (UTC+8, no daylight saving) as epoch milliseconds, or
 * `undefined` when it is not such a time (or not a real date).
 *
 * @example
 * ```ts
 * parseChinaTime('2024-05-13 17:49:20'); // Date.UTC(2024, 4, 13, 9, 49, 20)
 * ```
 */
export function parseChinaTime(text: unknown): number | undefined {
  const match = typeof text === 'string' ? CHINA_TIME.exec(text) : null;
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(year, month - 1, day, hour - 8, minute, second);
  // Date.UTC rolls 2024-02-30 over to March: refuse what does not come back the same.
  const back = new Date(ms + 8 * 3_600_000);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return undefined;
  return ms;
}

function instantOf(instant: unknown): number {
  let ms: number | undefined;
  if (instant instanceof Date) ms = instant.getTime();
  else if (typeof instant === 'number') ms = instant;
  else if (typeof instant === 'string') ms = parseChinaTime(instant) ?? (/^\d{4}-\d{2}-\d{2}T/.test(instant) ? Date.parse(instant) : Number.NaN);
  if (ms === undefined || !Number.isFinite(ms)) {
    throw new AlipayError('ERR_CONFIG', `clock.set: ${JSON.stringify(String(instant))} is not an instant; give a Date, epoch milliseconds, an ISO 8601 text or 'yyyy-MM-dd HH:mm:ss' (China time).`);
  }
  return ms;
}

function durationOf(by: unknown): number {
  if (typeof by === 'number' && Number.isFinite(by) && by >= 0) return by;
  const match = typeof by === 'string' ? /^(\d+)(ms|s|m|h|d)$/.exec(by) : null;
  if (!match) throw new AlipayError('ERR_CONFIG', `clock.advance: ${JSON.stringify(String(by))} is not a duration; give milliseconds (≥ 0) or a text such as '30s', '31m', '2h', '1d'.`);
  return Number(match[1]) * UNITS[match[2]!]!;
}

/**
 * A clock over `base` (the real clock by default), calling `onMove` after every set and advance.
 *
 * @example
 * ```ts
 * const clock = createClock(() => new Date(), () => sweep());
 * clock.advance('1h');
 * ```
 */
export function createClock(base: () => Date = () => new Date(), onMove: () => void = () => {}): MockClock {
  let fixed: number | undefined;
  let offset = 0;
  const now = () => new Date(fixed ?? base().getTime() + offset);
  return {
    now,
    set(instant) {
      fixed = instantOf(instant);
      onMove();
      return now();
    },
    advance(by) {
      const ms = durationOf(by);
      if (fixed !== undefined) fixed += ms;
      else offset += ms;
      onMove();
      return now();
    },
  };
}
