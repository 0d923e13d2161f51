// Verifying a v3 answer: the signature in `alipay-signature` covers
// `alipay-timestamp\nalipay-nonce\nbody\n`, with Alipay's key (in certificate mode the key of
// `alipay-sn`). Fail-closed where the official SDK is not: a missing header is never replaced by
// the text "undefined", a duplicated one is refused, and a timestamp far from this host's clock is
// refused (a replayed answer). The status is not signed: what the answer is (data or an error)
// is read from the verified body (./answer.ts).
import { verifyContent } from '../../crypto/sign.ts';
import { AlipayError } from '../../errors.ts';
import { expectCryptoKey, expectRecord, fieldsOf, headerOf, isInstance, kind, readOnce, textOf } from '../../guard.ts';
import { readV3Body, readV3Plaintext, v3ApiError } from './answer.ts';
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
  if (!isInstance(headers, Headers)) throw new AlipayError('ERR_REQUEST_INVALID', `headers must be a Headers object, got ${kind(headers)}.`, { path: 'headers' });
  const parts: V3AnswerSignature = {};
  for (const [name, field, pattern] of [
    ['alipay-signature', 'signature', /^[A-Za-z0-9+/=]+$/],
    ['alipay-timestamp', 'timestamp', /^\d{1,16}$/],
    ['alipay-nonce', 'nonce', /^[\x21-\x2b\x2d-\x7e]{1,128}$/],
    ['alipay-sn', 'sn', /^[\x21-\x2b\x2d-\x7e]{1,128}$/],
  ] as const) {
    // The platform's get, once per header: a subclass's own get is not asked.
    const value = headerOf(headers, name);
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
  /** What errors call the call (`'POST /v3/alipay/…'`): their `method`, and the start of messages. */
  method?: string;
  /** The trace id errors carry (default: the answer's `alipay-trace-id`). */
  traceId?: string;
  /** An AES-encrypted answer (`needEncrypt`): the key to decrypt the verified body with (`importAesKey`). */
  decryptKey?: CryptoKey;
}

/** The answer's three parts, each read once and checked. */
function answerOf(value: unknown): V3Answer {
  const answer = expectRecord(value, 'answer');
  const status = readOnce(answer, 'status', 'answer.status');
  const headers = readOnce(answer, 'headers', 'answer.headers');
  const body = readOnce(answer, 'body', 'answer.body');
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
    throw new AlipayError('ERR_REQUEST_INVALID', `answer.status must be the HTTP status (an integer from 100 to 599), got ${typeof status === 'number' ? status : kind(status)}.`, { path: 'answer.status' });
  }
  if (!isInstance(headers, Headers)) throw new AlipayError('ERR_REQUEST_INVALID', `answer.headers must be a Headers object, got ${kind(headers)}.`, { path: 'answer.headers' });
  // Never a signature over the text "undefined": the body is the text received, or nothing is verified.
  if (typeof body !== 'string') throw new AlipayError('ERR_REQUEST_INVALID', `answer.body must be the body's text, got ${kind(body)}.`, { path: 'answer.body' });
  return { status, headers, body };
}

const loadAes = () => import('../../crypto/aes.ts');

/**
 * Verifies a v3 answer's signature over `timestamp\nnonce\nbody\n` and its freshness, then reads
 * it: resolves to its data (the JSON object or array of the body, decrypted first with
 * `decryptKey`; `null` for an empty 204). What the answer is comes from the signed body, never
 * from the (unsigned) status: an error answer (`{ code, message }`, see `isV3ErrorAnswer`) rejects
 * with its AlipayApiError whatever the status, and any other body under a status outside 2xx is
 * refused. An unsigned answer with a status of 400 or more rejects with its AlipayApiError,
 * `verified: false`; an unsigned answer is never data.
 *
 * @throws AlipayApiError for an error answer (`verified` says whether it was signed).
 * @throws AlipayError `ERR_SIGNATURE_MISSING` when a signature header is absent,
 * `ERR_SIGNATURE_INVALID` when one is repeated or malformed, the timestamp is outside the window,
 * or the signature does not verify; `ERR_HTTP_STATUS` for a body that is not an error under a
 * status outside 2xx; `ERR_RESPONSE_MALFORMED` for a body that is not a JSON object or array, or
 * has a key twice; `ERR_DECRYPTION_FAILED`.
 * @example
 * ```ts
 * const data = await verifyV3Answer({ status: response.status, headers: response.headers, body: await response.text() }, alipayPublicKey, {
 *   method: 'POST /v3/alipay/marketing/card/query',
 * });
 * ```
 */
export async function verifyV3Answer(answer: V3Answer, key: CryptoKey, options?: V3VerifyOptions): Promise<unknown> {
  const { status, headers, body } = answerOf(answer);
  expectCryptoKey(key, 'key');
  const opts = fieldsOf(options, ['now', 'maxSkewMs', 'method', 'traceId', 'decryptKey'], 'options');
  const { now = Date.now(), maxSkewMs = DEFAULT_CLOCK_SKEW_MS } = opts;
  if (typeof now !== 'number' || !Number.isFinite(now)) throw new AlipayError('ERR_REQUEST_INVALID', 'options.now must be epoch milliseconds.', { path: 'options.now' });
  if (typeof maxSkewMs !== 'number' || !(maxSkewMs >= 0)) throw new AlipayError('ERR_REQUEST_INVALID', 'options.maxSkewMs must be a number of milliseconds (0 or more).', { path: 'options.maxSkewMs' });
  if (opts.decryptKey !== undefined) expectCryptoKey(opts.decryptKey, 'options.decryptKey');
  const { signature, timestamp, nonce } = readV3Signature(headers);
  const traceId = textOf(opts.traceId) ?? headerOf(headers, 'alipay-trace-id') ?? undefined;
  const context = { method: textOf(opts.method) ?? '', status, ...(traceId !== undefined && { traceId }), verified: false };
  // The gateway cannot sign some errors (an unknown app id): reported, unverified.
  if (signature === undefined && status >= 400) throw v3ApiError(body, context);
  const missing = [signature === undefined && 'alipay-signature', timestamp === undefined && 'alipay-timestamp', nonce === undefined && 'alipay-nonce'].filter(Boolean);
  if (missing.length > 0) throw new AlipayError('ERR_SIGNATURE_MISSING', `The answer has no ${missing.join(', ')}: unsigned data is never returned.`);
  const skew = Number(timestamp) - now;
  if (!(Math.abs(skew) <= maxSkewMs)) {
    throw new AlipayError(
      'ERR_SIGNATURE_INVALID',
      `The answer's alipay-timestamp is ${Math.round(Math.abs(skew) / 1000)} s ${skew < 0 ? 'behind' : 'ahead of'} this host's clock (at most ${Math.round(maxSkewMs / 1000)} s allowed): refused as a possible replay. If this host's clock is wrong, fix it (NTP).`,
    );
  }
  if (!(await verifyContent(`${timestamp}\n${nonce}\n${body}\n`, signature!, key))) {
    throw new AlipayError('ERR_SIGNATURE_INVALID', "The answer's alipay-signature does not verify (forged, altered, or the wrong Alipay key configured).");
  }
  const verified = { ...context, verified: true };
  const data = readV3Body(body, verified, opts.decryptKey !== undefined);
  if (opts.decryptKey === undefined || data === null) return data;
  return readV3Plaintext(await (await loadAes()).aesDecrypt(data as string, opts.decryptKey, 'utf-8'), verified);
}
