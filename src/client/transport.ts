// Sending the request: one `fetch` bounded by a timeout and the caller's signal, the answer read
// within maxResponseBytes, every failure mapped to an AlipayError with a literal code.
import { AlipayError } from '../errors.ts';
import { excerpt } from '../guard.ts';

/** What came back: the body text, the HTTP status and headers, and the gateway's trace id. */
export interface GatewayReply {
  text: string;
  status: number;
  headers: Headers;
  traceId?: string;
}

/** The HTTP request to send. */
export interface OutgoingRequest {
  url: string;
  method?: string;
  headers: Record<string, string>;
  body?: string | FormData | Uint8Array;
}

/** How a call is bounded. */
export interface SendOptions {
  fetch: typeof fetch;
  /** Milliseconds for the whole exchange, body included; `Infinity` for none. */
  timeout: number;
  signal?: AbortSignal;
  /** Largest body accepted, in decoded bytes; a larger one is refused before it is parsed. */
  maxResponseBytes: number;
  /** Charset the body is decoded with (`utf-8` unless the request asked for another). */
  charset?: string;
  /** Whether an HTTP status of 400 or more is returned (v3 answers carry errors in them) instead of thrown. */
  acceptErrorStatus?: boolean;
}

function tooLarge(limit: number): AlipayError {
  return new AlipayError('ERR_RESPONSE_TOO_LARGE', `The gateway answer exceeds maxResponseBytes (${limit} bytes); it was not parsed.`);
}

/**
 * Reads the body, counting the bytes the stream delivers (decoded: after any content-encoding),
 * and refuses it as soon as they pass `limit`. `content-length` only refuses early: a compressed
 * answer's header counts the compressed bytes, and an injected fetch may lie.
 */
async function readBody(response: Response, limit: number, charset: string, signal: AbortSignal): Promise<string> {
  // Absent (null: 0), empty (0) or not a number (NaN): no declared length over the limit.
  const declared = Number(response.headers?.get('content-length'));
  const encoded = Boolean(response.headers?.get('content-encoding'));
  const body = response.body;
  if (!encoded && declared > limit) {
    // Released, not awaited: a tee'd body's cancel settles only when its twin is cancelled too.
    void body?.cancel().catch(() => {});
    throw tooLarge(limit);
  }
  if (!body) {
    // No stream: an empty answer, or an injected fetch's own object. Read it, then hold it to the bound.
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > limit) throw tooLarge(limit);
    return decoderOf(charset).decode(bytes);
  }
  const reader = body.getReader();
  // Stop reading when the call is given up (timeout, abort): nothing more is pulled off the wire.
  // (The signal is this call's own: the listener goes with it.)
  const cancel = () => void reader.cancel().catch(() => {});
  signal.addEventListener('abort', cancel);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  // A gateway answer usually arrives in one chunk: decoded as it is, without a copy.
  if (chunks.length === 1) return decoderOf(charset).decode(chunks[0]);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return decoderOf(charset).decode(bytes);
}

const utf8Decoder = new TextDecoder();
/** A decoder for a charset: one for UTF-8, shared (decode without `stream` keeps no state). */
const decoderOf = (charset: string): TextDecoder => (charset === 'utf-8' ? utf8Decoder : new TextDecoder(charset));

/**
 * Sends the request and reads the answer's text.
 *
 * @throws AlipayError `ERR_TIMEOUT`, `ERR_ABORTED`, `ERR_NETWORK`, `ERR_RESPONSE_TOO_LARGE` or
 * `ERR_HTTP_STATUS`.
 */
export async function send(request: OutgoingRequest, options: SendOptions): Promise<GatewayReply> {
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
  signal?.addEventListener('abort', forward); // removed when the call ends
  // Racing against the abort too means a `fetch` that ignores its signal still cannot hang the call.
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason));
  });
  aborted.catch(() => {});
  // `status` once the headers are in: the body was being read.
  const fail = (cause: unknown, status?: number): AlipayError => {
    if (cause instanceof AlipayError) return cause;
    const { code, reason } = readCause(cause);
    const during = status === undefined ? phaseBefore(code) : `while reading the answer's body, after its headers (HTTP ${status})`;
    if (timedOut) return new AlipayError('ERR_TIMEOUT', `The gateway did not answer within ${options.timeout} ms (${during}).`, { cause });
    if (signal?.aborted) return new AlipayError('ERR_ABORTED', `The call was aborted (${during}).`, { cause: signal.reason });
    return new AlipayError('ERR_NETWORK', `The request to ${hostOf(request.url)} failed (${during}): ${reason ?? String(cause)}`, { cause });
  };
  let pending: Promise<Response> | undefined;
  try {
    let response: Response;
    // Called detached, never as `options.fetch(…)`: workerd's fetch throws "Illegal invocation"
    // when `this` is any object other than the global one.
    const fetchFn = options.fetch;
    try {
      pending = Promise.resolve(fetchFn(request.url, { method: request.method ?? 'POST', headers: request.headers, ...(request.body !== undefined && { body: request.body as BodyInit }), signal: controller.signal }));
      response = await Promise.race([pending, aborted]);
    } catch (cause) {
      throw fail(cause);
    }
    if (!(response instanceof Response) && (typeof response !== 'object' || response === null || typeof (response as Response).arrayBuffer !== 'function')) {
      throw new AlipayError('ERR_NETWORK', 'The injected fetch did not return a Response.');
    }
    const traceId = response.headers?.get('trace_id') ?? response.headers?.get('alipay-trace-id') ?? undefined;
    const status = typeof response.status === 'number' ? response.status : 200;
    let text: string;
    try {
      text = await Promise.race([readBody(response, options.maxResponseBytes, options.charset ?? 'utf-8', controller.signal), aborted]);
    } catch (cause) {
      controller.abort(); // stops the read if it is still going (a refusal cancels it itself)
      throw fail(cause, status);
    }
    if (status >= 400 && !options.acceptErrorStatus) {
      throw new AlipayError('ERR_HTTP_STATUS', `The gateway answered HTTP ${status}${text ? ` with ${excerpt(text)}` : ''}.`, { status });
    }
    const headers = response.headers instanceof Headers ? response.headers : new Headers();
    return traceId === undefined ? { text, status, headers } : { text, status, headers, traceId };
  } catch (err) {
    // A fetch that answers after the call was given up: its body is never read, so release it.
    if (controller.signal.aborted) pending?.then((late) => late?.body?.cancel().catch(() => {}), () => {});
    // An injected fetch's own answer object whose headers or status cannot be read.
    throw err instanceof AlipayError ? err : new AlipayError('ERR_NETWORK', 'The injected fetch answered with an object that cannot be read.', { cause: err });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

// What a failure before the answer's headers says of where it was: fetch tells only that no
// headers came, but its cause's code often says more (a refused connection, or a socket closed
// after connecting). A timeout has no such cause: it says both possibilities.
const CONNECTING = /^(?:E(?:NOTFOUND|AI_AGAIN|AI_FAIL|CONNREFUSED|HOSTUNREACH|NETUNREACH|HOSTDOWN|NETDOWN|ADDRNOTAVAIL)$|UND_ERR_CONNECT_TIMEOUT$|ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$)/;
const CONNECTED = /^(?:UND_ERR_(?:SOCKET|HEADERS_TIMEOUT|HEADERS_OVERFLOW)$|HPE_)/;

function phaseBefore(code: string | undefined): string {
  if (code !== undefined && CONNECTING.test(code)) return 'while connecting';
  if (code !== undefined && CONNECTED.test(code)) return "while waiting for the answer's headers, connected";
  return "before the answer's headers arrived: connecting, or connected and waiting for the answer";
}

/** The host of a URL for messages, or the URL as given. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Why a request failed, for the message: the root cause code (`ECONNREFUSED`, `ENOTFOUND`…) sits
 * levels down in `fetch`'s error chain.
 */
function readCause(cause: unknown): { code?: string; reason?: string } {
  // The deepest error that names a code (ECONNREFUSED, ENOTFOUND, UND_ERR_SOCKET…) says why.
  let code: string | undefined;
  let coded: string | undefined;
  let deepest: string | undefined;
  for (let at: unknown = cause, depth = 0; typeof at === 'object' && at !== null && depth < 6; depth++) {
    const { code: atCode, message } = at as { code?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : '';
    if (typeof atCode === 'string') {
      code = atCode;
      coded = text.includes(atCode) ? text : `${atCode}${text ? `: ${text}` : ''}`;
    }
    if (text) deepest = text;
    at = (at as { cause?: unknown }).cause ?? (at as { errors?: unknown[] }).errors?.[0];
  }
  const reason = coded ?? deepest;
  return { ...(code !== undefined && { code }), ...(reason !== undefined && { reason }) };
}
