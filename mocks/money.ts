// Money in the mock gateway: yuan as decimal text, counted in integer fen (BigInt), never as
// floating-point numbers, so that 0.10 + 0.20 is 0.30 and many partial refunds sum exactly.
import { mockError } from './checks.ts';

const YUAN = /^(0|[1-9]\d{0,11})(?:\.(\d{1,2}))?$/;

/** The largest amount Alipay takes for a trade: 100,000,000.00 yuan. */
export const MAX_FEN = 10_000_000_000n;

/**
 * Yuan as Alipay writes them (`'88.88'`, `'0.1'`, `'100'`: at most two decimals, no sign, no
 * exponent, no leading zero) in fen; `undefined` for anything else, numbers included.
 *
 * @example
 * ```ts
 * toFen('0.10'); // 10n
 * toFen('88.888'); // undefined
 * ```
 */
export function toFen(yuan: unknown): bigint | undefined {
  if (typeof yuan !== 'string') return undefined;
  const match = YUAN.exec(yuan);
  if (!match) return undefined;
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/**
 * Fen as yuan with two decimals, as the gateway writes amounts (`'0.01'`, `'99999999.99'`).
 *
 * @example
 * ```ts
 * toYuan(1050n); // '10.50'
 * ```
 */
export function toYuan(fen: bigint): string {
  if (typeof fen !== 'bigint') throw mockError(`toYuan takes fen as a bigint (such as 1050n), got ${typeof fen}.`);
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
