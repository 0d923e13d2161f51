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
  /** Largest body accepted, in bytes; a larger one is refused before it is parsed. */
  maxResponseBytes: number;
  /** Charset the body is decoded with (`utf-8` unless the request asked for another). */
  charset?: string;
}

function tooLarge(limit: number): AlipayError {
  return new AlipayError('ERR_RESPONSE_TOO_LARGE', `The gateway answer exceeds maxResponseBytes (${limit} bytes); it was not parsed.`);
}

/** Reads the body as text, refusing it as soon as it grows past `limit` bytes. */
async function readBody(response: Response, limit: number, charset: string): Promise<string> {
  const header = response.headers?.get('content-length');
  const declared = header === null || header === undefined || header === '' ? -1 : Number(header);
  if (declared > limit) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge(limit);
  }
  const decoder = new TextDecoder(charset);
  // A declared length within the bound: one native read (the runtime enforces the length).
  if (!response.body || declared >= 0) return decoder.decode(new Uint8Array(await response.arrayBuffer()));
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decoder.decode(bytes);
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
    if (!(response instanceof Response) && (typeof response !== 'object' || response === null || typeof (response as Response).arrayBuffer !== 'function')) {
      throw new AlipayError('ERR_NETWORK', 'The injected fetch did not return a Response.');
    }
    const traceId = response.headers?.get('trace_id') ?? response.headers?.get('alipay-trace-id') ?? undefined;
    let text: string;
    try {
      text = await Promise.race([readBody(response, options.maxResponseBytes, options.charset ?? 'utf-8'), aborted]);
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
