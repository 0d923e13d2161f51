// Verifying a v3 answer: the signature in `alipay-signature` covers
// `alipay-timestamp\nalipay-nonce\nbody\n`, with Alipay's key (in certificate mode the key of
// `alipay-sn`). Fail-closed where the official SDK is not: a missing header is never replaced by
// the text "undefined", a duplicated one is refused, and a timestamp far from this host's clock is
// refused (a replayed answer).
import { verifyContent } from '../../crypto/sign.ts';
import { AlipayError } from '../../errors.ts';
import { expectRecord } from '../../guard.ts';
import { DEFAULT_CLOCK_SKEW_MS } from './endpoints.ts';

export { DEFAULT_CLOCK_SKEW_MS } from './endpoints.ts';

/**
 * A v3 answer as received: status, headers and the body text.
 *
 * @example
 * ```ts
 * const answer: V3Answer = { status: response.status, headers: response.headers, body: await response.text() };
 * ```
 */
export interface V3Answer {
  status: number;
  headers: Headers;
  body: string;
}

/**
 * What signs a v3 answer: its three headers, and `alipay-sn` in certificate mode.
 *
 * @example
 * ```ts
 * const { timestamp, nonce, signature, sn }: V3AnswerSignature = readV3Signature(response.headers);
 * ```
 */
export interface V3AnswerSignature {
  signature?: string;
  timestamp?: string;
  nonce?: string;
  /** Certificate mode: the SN of the Alipay certificate whose key signed the answer. */
  sn?: string;
}

/**
 * Reads the signature headers (names in any case). A header given twice is refused: `Headers`
 * joins repeated values with ", ", which none of these values may contain.
 *
 * @throws AlipayError `ERR_SIGNATURE_INVALID` for a repeated or malformed header.
 * @example
 * ```ts
 * const parts = readV3Signature(response.headers);
 * ```
 */
export function readV3Signature(headers: Headers): V3AnswerSignature {
  if (!(headers instanceof Headers)) throw new AlipayError('ERR_REQUEST_INVALID', 'headers must be a Headers object.', { path: 'headers' });
  const parts: V3AnswerSignature = {};
  for (const [name, field, pattern] of [
    ['alipay-signature', 'signature', /^[A-Za-z0-9+/=]+$/],
    ['alipay-timestamp', 'timestamp', /^\d{1,16}$/],
    ['alipay-nonce', 'nonce', /^[\x21-\x2b\x2d-\x7e]{1,128}$/],
    ['alipay-sn', 'sn', /^[\x21-\x2b\x2d-\x7e]{1,128}$/],
  ] as const) {
    const value = headers.get(name);
    if (value === null) continue;
    if (value.includes(',')) throw new AlipayError('ERR_SIGNATURE_INVALID', `The answer carries ${name} more than once: refused.`);
    if (!pattern.test(value)) throw new AlipayError('ERR_SIGNATURE_INVALID', `The answer's ${name} is malformed: refused.`);
    parts[field] = value;
  }
  return parts;
}

/**
 * Options of {@link verifyV3Answer}.
 *
 * @example
 * ```ts
 * await verifyV3Answer(answer, key, { maxSkewMs: 60_000 });
 * ```
 */
export interface V3VerifyOptions {
  /** This host's clock, epoch milliseconds (default `Date.now()`). */
  now?: number;
  /** Largest distance accepted between `alipay-timestamp` and `now` (default 5 minutes). */
  maxSkewMs?: number;
}

/**
 * Verifies a v3 answer's signature over `timestamp\nnonce\nbody\n`. Resolves when it verifies and
 * is fresh.
 *
 * @throws AlipayError `ERR_SIGNATURE_MISSING` when a signature header is absent,
 * `ERR_SIGNATURE_INVALID` when one is repeated or malformed, the timestamp is outside the window,
 * or the signature does not verify.
 * @example
 * ```ts
 * await verifyV3Answer({ status: 200, headers: response.headers, body: text }, alipayPublicKey);
 * const data = JSON.parse(text);
 * ```
 */
export async function verifyV3Answer(answer: V3Answer, key: CryptoKey, options?: V3VerifyOptions): Promise<void> {
  expectRecord(answer, 'answer');
  const { now = Date.now(), maxSkewMs = DEFAULT_CLOCK_SKEW_MS } = options ?? {};
  const { signature, timestamp, nonce } = readV3Signature(answer.headers);
  const missing = [signature === undefined && 'alipay-signature', timestamp === undefined && 'alipay-timestamp', nonce === undefined && 'alipay-nonce'].filter(Boolean);
  if (missing.length > 0) throw new AlipayError('ERR_SIGNATURE_MISSING', `The answer has no ${missing.join(', ')}: unsigned data is never returned.`);
  const skew = Number(timestamp) - now;
  if (!(Math.abs(skew) <= maxSkewMs)) {
    throw new AlipayError(
      'ERR_SIGNATURE_INVALID',
      `The answer's alipay-timestamp is ${Math.round(Math.abs(skew) / 1000)} s ${skew < 0 ? 'behind' : 'ahead of'} this host's clock (at most ${Math.round(maxSkewMs / 1000)} s allowed): refused as a possible replay. If this host's clock is wrong, fix it (NTP).`,
    );
  }
  if (!(await verifyContent(`${timestamp}\n${nonce}\n${answer.body}\n`, signature!, key))) {
    throw new AlipayError('ERR_SIGNATURE_INVALID', "The answer's alipay-signature does not verify (forged, altered, or the wrong Alipay key configured).");
  }
}
