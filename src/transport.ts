// Sending the request: one `fetch` bounded by a timeout and the caller's signal, every failure
// mapped to an AlipayError with a literal code.
import { AlipayError } from './errors.ts';
import { excerpt } from './protocol/json-span.ts';
import type { EncodedRequest } from './protocol/request.ts';

/** What came back: the body text and the gateway's trace id. */
export interface GatewayReply {
  text: string;
  traceId?: string;
}

/** How a call is bounded. */
export interface SendOptions {
  fetch: typeof fetch;
  /** Milliseconds for the whole exchange, body included; `Infinity` for none. */
  timeout: number;
  signal?: AbortSignal;
}

/**
 * Posts the request and reads the answer's text.
 *
 * @throws AlipayError `ERR_TIMEOUT`, `ERR_ABORTED`, `ERR_NETWORK` or `ERR_HTTP_STATUS`.
 */
export async function send(request: EncodedRequest, options: SendOptions): Promise<GatewayReply> {
  const { signal } = options;
  if (signal?.aborted) throw new AlipayError('ERR_ABORTED', 'The call was aborted before it was sent.', { cause: signal.reason });
  const controller = new AbortController();
  let timedOut = false;
  const timer = Number.isFinite(options.timeout)
    ? setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, options.timeout)
    : undefined;
  const forward = () => controller.abort();
  signal?.addEventListener('abort', forward, { once: true });
  // Racing against the abort too means a `fetch` that ignores its signal still cannot hang the call.
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  aborted.catch(() => {});
  const fail = (cause: unknown, during: string): AlipayError => {
    if (cause instanceof AlipayError) return cause;
    if (timedOut) return new AlipayError('ERR_TIMEOUT', `The gateway did not answer within ${options.timeout} ms (${during}).`, { cause });
    if (signal?.aborted) return new AlipayError('ERR_ABORTED', `The call was aborted (${during}).`, { cause: signal.reason });
    return new AlipayError('ERR_NETWORK', `The request to the gateway failed (${during}): ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  };
  try {
    let response: Response;
    // Called detached, never as `options.fetch(…)`: workerd's fetch throws "Illegal invocation"
    // when `this` is any object other than the global one.
    const fetchFn = options.fetch;
    try {
      response = await Promise.race([
        fetchFn(request.url, { method: 'POST', headers: request.headers, body: request.body, signal: controller.signal }),
        aborted,
      ]);
    } catch (cause) {
      throw fail(cause, 'while connecting');
    }
    if (!(response instanceof Response) && (typeof response !== 'object' || response === null || typeof (response as Response).text !== 'function')) {
      throw new AlipayError('ERR_NETWORK', 'The injected fetch did not return a Response.');
    }
    const traceId = response.headers?.get('trace_id') ?? response.headers?.get('alipay-trace-id') ?? undefined;
    let text: string;
    try {
      text = await Promise.race([response.text(), aborted]);
    } catch (cause) {
      throw fail(cause, 'while reading the answer');
    }
    if (response.status >= 400) {
      throw new AlipayError('ERR_HTTP_STATUS', `The gateway answered HTTP ${response.status}${text ? ` with ${excerpt(text)}` : ''}.`, { status: response.status });
    }
    return traceId === undefined ? { text } : { text, traceId };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}
