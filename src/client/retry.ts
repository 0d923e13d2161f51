// Retrying a call on the gateway's bad days: network errors, HTTP 5xx, 20000 isp.unknow-error and
// SYSTEM_ERROR. Every attempt is built and signed anew (fresh timestamp); the call's timeout and
// signal bound all attempts together.
import { AlipayApiError, AlipayError } from '../errors.ts';
import { isInstance } from '../guard.ts';
import type { RequestEvent, ResponseEvent } from './options.ts';

/**
 * Retries of a retried-by-default method when the client does not say.
 *
 * @example
 * ```ts
 * new AlipayClient({ ...config, maxRetries: DEFAULT_MAX_RETRIES + 1 });
 * ```
 */
export const DEFAULT_MAX_RETRIES = 2;

/**
 * Backoff: full jitter, `random(0, min(maxMs, baseMs × 2^(attempt−1)))`.
 *
 * @example
 * ```ts
 * new AlipayClient({ ...config, retryBackoff: { baseMs: 200, maxMs: 5_000 } });
 * ```
 */
export interface RetryBackoff {
  /** First attempt's ceiling (default 100 ms). */
  baseMs?: number;
  /** Largest wait between attempts (default 2 000 ms). */
  maxMs?: number;
}

/**
 * Whether a failure is worth another attempt: the gateway was not reached or was busy. A timeout
 * (the call's budget is spent), an abort, a bad signature or a malformed body are not.
 *
 * @example
 * ```ts
 * isRetryable(new AlipayError('ERR_NETWORK', 'fetch failed')); // true
 * ```
 */
export function isRetryable(err: unknown): boolean {
  if (!isInstance(err, AlipayError)) return false;
  // Each field read once; an error whose fields cannot be read is not worth another attempt.
  let code: unknown, subCode: unknown, status: unknown;
  try {
    ({ code, subCode, status } = err as AlipayApiError);
  } catch {
    return false;
  }
  const serverError = typeof status === 'number' && status >= 500;
  if (isInstance(err, AlipayApiError)) {
    // v2: 20000 and its sub_codes; v3: the same failure as a code, or any HTTP 5xx error answer.
    return code === '20000' || subCode === 'isp.unknow-error' || subCode === 'SYSTEM_ERROR' || code === 'unknow-error' || code === 'SYSTEM_ERROR' || serverError;
  }
  return code === 'ERR_NETWORK' || (code === 'ERR_HTTP_STATUS' && serverError);
}

/** What the retry loop needs of a call, v2 or v3. */
export interface RetriedCall {
  /** The method name, or `VERB /v3/…`: what hooks report. */
  label: string;
  /** The gateway or endpoint called. */
  target: string;
  signal?: AbortSignal | undefined;
  maxRetries: number;
  timeout: number;
}

/** The hooks and backoff of a client. */
export interface RetryPolicy {
  backoff: RetryBackoff;
  onRequest?: (event: RequestEvent) => void;
  onResponse?: (event: ResponseEvent) => void;
}

/**
 * Runs attempts until one succeeds, the failure is not worth another, or the retries or the
 * call's time are spent. One deadline for every attempt: the timeout bounds the whole call. The
 * hooks see every attempt.
 */
export async function withRetries<T extends { traceId?: string }>(policy: RetryPolicy, call: RetriedCall, run: (timeout: number, seen: { traceId?: string }) => Promise<T>): Promise<T> {
  const { onRequest, onResponse, backoff } = policy;
  const { label: method, signal, maxRetries, target } = call;
  const deadline = Date.now() + call.timeout;
  for (let number = 1; ; number++) {
    const started = Date.now();
    onRequest?.({ method, attempt: number, gateway: target });
    const seen: { traceId?: string } = {};
    try {
      const outcome = await run(Math.max(1, deadline - Date.now()), seen);
      onResponse?.({ method, attempt: number, durationMs: Date.now() - started, ...(outcome.traceId !== undefined && { traceId: outcome.traceId }), willRetry: false });
      return outcome;
    } catch (err) {
      // The wait is only needed after a failure: a successful call never loads it.
      const { backoffDelay, sleep } = await import('./backoff.ts');
      const delay = backoffDelay(number, backoff);
      const willRetry = number <= maxRetries && isRetryable(err) && !signal?.aborted && Date.now() + delay < deadline;
      if (err instanceof AlipayError) {
        onResponse?.({ method, attempt: number, durationMs: Date.now() - started, ...(seen.traceId !== undefined && { traceId: seen.traceId }), error: err, willRetry });
      }
      if (!willRetry) throw err;
      await sleep(delay, signal);
    }
  }
}
