// The wait between attempts: loaded on the first failure (a successful call never waits).
import { AlipayError } from '../errors.ts';
import type { RetryBackoff } from './retry.ts';

/**
 * The wait before attempt `attempt + 1`: full jitter over an exponentially growing, capped window.
 *
 * @example
 * ```ts
 * backoffDelay(3, { baseMs: 100, maxMs: 2000 }); // somewhere in [0, 400)
 * ```
 */
export function backoffDelay(attempt: number, backoff: RetryBackoff = {}, random: () => number = Math.random): number {
  const base = backoff.baseMs ?? 100;
  const max = backoff.maxMs ?? 2_000;
  return Math.floor(random() * Math.min(max, base * 2 ** (attempt - 1)));
}

/** Waits `ms`, or rejects with `ERR_ABORTED` as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AlipayError('ERR_ABORTED', 'The call was aborted between retries.', { cause: signal.reason }));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AlipayError('ERR_ABORTED', 'The call was aborted between retries.', { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
