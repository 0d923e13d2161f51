// send() at its edges: what reaches fetch, how the answer is bounded (streamed, declared, compressed,
// non-standard objects), which failures map to which AlipayError code and what their messages name,
// what is cancelled or released when a call is refused or given up, and what the reply carries.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AlipayError } from '../../src/index.ts';
import { type OutgoingRequest, type SendOptions, send } from '../../src/client/transport.ts';
import { rejectionOf } from '../support.ts';

const URL_ = 'https://openapi.alipay.com/gateway.do';
const request: OutgoingRequest = { url: URL_, headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' }, body: 'a=1' };
const enc = new TextEncoder();

/** send() with a fetch answering `respond`, a 1 KiB bound and no timeout unless given. */
function sendWith(respond: (url: string, init: RequestInit) => unknown, options: Partial<SendOptions> = {}, req: OutgoingRequest = request) {
  return send(req, { fetch: ((url: string, init: RequestInit) => respond(url, init)) as typeof fetch, timeout: Infinity, maxResponseBytes: 1024, ...options });
}

/** A stream delivering `chunks` in order, one per read, recording how many were pulled and whether it was cancelled. */
function chunked(chunks: Uint8Array[]) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[state.pulled];
      if (next === undefined) return controller.close();
      state.pulled++;
      controller.enqueue(next);
    },
    cancel() {
      state.cancelled = true;
    },
  }, { highWaterMark: 0 }); // pulled only when read
  return { state, stream };
}

const bytes = (n: number, fill = 0x61) => new Uint8Array(n).fill(fill);

afterEach(() => {
  vi.useRealTimers();
});

describe('what reaches fetch', () => {
  it('the URL, the method (POST by default), the headers, the body and a signal of its own', async () => {
    const seen: Array<[string, RequestInit]> = [];
    await sendWith((url, init) => (seen.push([url, init]), new Response('ok')));
    await sendWith((url, init) => (seen.push([url, init]), new Response('ok')), {}, { url: `${URL_}?x=1`, method: 'GET', headers: { accept: 'text/plain' } });
    const [[url1, init1], [url2, init2]] = seen as [[string, RequestInit], [string, RequestInit]];
    expect(url1).toBe(URL_);
    expect(init1).toMatchObject({ method: 'POST', headers: request.headers, body: 'a=1' });
    expect(init1.signal).toBeInstanceOf(AbortSignal);
    expect(url2).toBe(`${URL_}?x=1`);
    expect(init2).toMatchObject({ method: 'GET', headers: { accept: 'text/plain' } });
    expect('body' in init2).toBe(false); // a GET carries no body
  });

  it("the caller's signal aborts the request's signal while the call runs", async () => {
    const caller = new AbortController();
    let requestSignal: AbortSignal | undefined;
    const err = await rejectionOf(() =>
      sendWith(
        (_url, init) => {
          requestSignal = init.signal!;
          caller.abort(new Error('user gave up'));
          return new Promise(() => {}); // a fetch that never answers
        },
        { signal: caller.signal },
      ),
    );
    expect(requestSignal?.aborted).toBe(true);
    expect(err).toMatchObject({ code: 'ERR_ABORTED', message: "The call was aborted (before the answer's headers arrived: connecting, or connected and waiting for the answer).", cause: caller.signal.reason });
  });

  it("a finished call lets go of the caller's signal: aborting it later aborts nothing of that call", async () => {
    const caller = new AbortController();
    const signals: AbortSignal[] = [];
    for (let i = 0; i < 3; i++) await sendWith((_url, init) => (signals.push(init.signal!), new Response('ok')), { signal: caller.signal });
    caller.abort();
    expect(signals.map((s) => s.aborted)).toEqual([false, false, false]);
  });

  it('a signal aborted before the call: ERR_ABORTED with its reason, and fetch is never called', async () => {
    const fetchSpy = vi.fn(() => new Response('ok'));
    const reason = new Error('already');
    const err = await rejectionOf(() => sendWith(fetchSpy, { signal: AbortSignal.abort(reason) }));
    expect(err).toBeInstanceOf(AlipayError);
    expect(err).toMatchObject({ code: 'ERR_ABORTED', message: 'The call was aborted before it was sent.', cause: reason });
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('timeouts', () => {
  it('timeout Infinity sets no timer: a slow answer is awaited', async () => {
    const reply = await sendWith(() => new Promise((resolve) => setTimeout(() => resolve(new Response('late but fine')), 30)), { timeout: Infinity });
    expect(reply.text).toBe('late but fine');
  });

  it('a fetch that ignores its signal and never answers: ERR_TIMEOUT naming the timeout and the phase', async () => {
    vi.useFakeTimers();
    let requestSignal: AbortSignal | undefined;
    const pending = rejectionOf(() =>
      sendWith(
        (_url, init) => {
          requestSignal = init.signal!;
          return new Promise(() => {});
        },
        { timeout: 5000 },
      ),
    );
    await vi.advanceTimersByTimeAsync(4999);
    expect(requestSignal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const err = await pending;
    expect(requestSignal?.aborted).toBe(true);
    expect(err).toMatchObject({ code: 'ERR_TIMEOUT', message: "The gateway did not answer within 5000 ms (before the answer's headers arrived: connecting, or connected and waiting for the answer).", cause: expect.objectContaining({ name: 'AbortError' }) });
  });

  it('a body that stalls past the timeout: ERR_TIMEOUT while reading, and the body is cancelled', async () => {
    vi.useFakeTimers();
    const state = { cancelled: false };
    const stream = new ReadableStream<Uint8Array>({
      pull: () => new Promise(() => {}), // never delivers
      cancel() {
        state.cancelled = true;
      },
    });
    const pending = rejectionOf(() => sendWith(() => new Response(stream), { timeout: 1000 }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(await pending).toMatchObject({ code: 'ERR_TIMEOUT', message: "The gateway did not answer within 1000 ms (while reading the answer's body, after its headers (HTTP 200))." });
    expect(state.cancelled).toBe(true);
  });

  it('no timer is left behind by a finished call, answered or failed', async () => {
    vi.useFakeTimers();
    await sendWith(() => new Response('ok'), { timeout: 60_000 });
    expect(vi.getTimerCount()).toBe(0);
    await rejectionOf(() => sendWith(() => new Response('nope', { status: 500 }), { timeout: 60_000 }));
    await rejectionOf(() => sendWith(() => Promise.reject(new TypeError('fetch failed')), { timeout: 60_000 }));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an answer that arrives after the call was given up is released: its body cancelled, never read', async () => {
    const caller = new AbortController();
    let answer!: (response: Response) => void;
    const { state, stream } = chunked([bytes(10)]);
    const pending = rejectionOf(() => sendWith(() => new Promise<Response>((resolve) => (answer = resolve)), { signal: caller.signal }));
    caller.abort();
    expect(await pending).toMatchObject({ code: 'ERR_ABORTED' });
    answer(new Response(stream));
    await expect.poll(() => state.cancelled).toBe(true);
    expect(state.pulled).toBe(0);
  });

  it('a late answer that is nothing, or has no body, is let go without an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      for (const late of [undefined, null, { arrayBuffer: async () => new ArrayBuffer(0) }]) {
        const caller = new AbortController();
        let answer!: (value: unknown) => void;
        const pending = rejectionOf(() => sendWith(() => new Promise((resolve) => (answer = resolve)), { signal: caller.signal }));
        caller.abort();
        expect(await pending).toMatchObject({ code: 'ERR_ABORTED' });
        answer(late);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('the bound on the answer', () => {
  it('streamed: exactly maxResponseBytes is read; one byte more is ERR_RESPONSE_TOO_LARGE naming the bound, and the body is cancelled', async () => {
    const exact = chunked([bytes(1000), bytes(24, 0x62)]);
    const reply = await sendWith(() => new Response(exact.stream));
    expect(reply.text).toBe('a'.repeat(1000) + 'b'.repeat(24));

    const over = chunked([bytes(1000), bytes(25), bytes(1)]);
    const err = await rejectionOf(() => sendWith(() => new Response(over.stream)));
    expect(err).toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE', message: 'The gateway answer exceeds maxResponseBytes (1024 bytes); it was not parsed.' });
    expect(over.state.cancelled).toBe(true);
    expect(over.state.pulled).toBeLessThanOrEqual(2);
  });

  it('a declared content-length over the bound is refused before reading; one at the bound is read', async () => {
    const over = chunked([bytes(10)]);
    expect(await rejectionOf(() => sendWith(() => new Response(over.stream, { headers: { 'content-length': '1025' } })))).toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE' });
    expect(over.state.pulled).toBe(0);
    expect(over.state.cancelled).toBe(true);

    const at = chunked([bytes(1024)]);
    expect((await sendWith(() => new Response(at.stream, { headers: { 'content-length': '1024' } }))).text).toHaveLength(1024);
  });

  it('a content-length smaller than the body does not truncate it: every byte delivered is kept, in order', async () => {
    const body = chunked([bytes(3, 0x61), bytes(200, 0x62), bytes(5, 0x63), bytes(600, 0x64)]);
    const reply = await sendWith(() => new Response(body.stream, { headers: { 'content-length': '3' } }));
    expect(reply.text).toBe('a'.repeat(3) + 'b'.repeat(200) + 'c'.repeat(5) + 'd'.repeat(600));
  });

  it('a body without content-length, in many chunks, is read whole', async () => {
    const parts = Array.from({ length: 40 }, (_, i) => bytes(997, 0x41 + (i % 26)));
    const reply = await sendWith(() => new Response(chunked(parts).stream), { maxResponseBytes: 64 * 1024 });
    expect(reply.text).toBe(parts.map((p) => String.fromCharCode(p[0]!).repeat(997)).join(''));
  });

  it('with a content-encoding, content-length refuses nothing (it counts other bytes) and is never allocated', async () => {
    // A lying (or compressed-size) header far over the bound: the decoded bytes are what count.
    const small = chunked([enc.encode('{"ok":true}')]);
    const reply = await sendWith(() => new Response(small.stream, { headers: { 'content-encoding': 'gzip', 'content-length': String(2 ** 40) } }), { maxResponseBytes: 2 ** 41 });
    expect(reply.text).toBe('{"ok":true}');
    // …and the bound still holds on the decoded bytes.
    const big = chunked([bytes(2000)]);
    expect(await rejectionOf(() => sendWith(() => new Response(big.stream, { headers: { 'content-encoding': 'gzip', 'content-length': '10' } })))).toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE' });
  });

  it('a very large bound is not allocated up front: a small answer under a huge maxResponseBytes is read', async () => {
    const parts = [bytes(20_000), bytes(20_000, 0x62)];
    const reply = await sendWith(() => new Response(chunked(parts).stream), { maxResponseBytes: Number.MAX_SAFE_INTEGER });
    expect(reply.text).toBe('a'.repeat(20_000) + 'b'.repeat(20_000));
  });

  it('an empty body is the empty text', async () => {
    expect((await sendWith(() => new Response(null))).text).toBe('');
    expect((await sendWith(() => new Response(''))).text).toBe('');
  });

  it('a body-less answer declaring a length over the bound is refused as too large', async () => {
    expect(await rejectionOf(() => sendWith(() => new Response(null, { headers: { 'content-length': '5000' } })))).toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE' });
  });

  it('an absent, empty or non-numeric content-length refuses nothing', async () => {
    for (const length of [undefined, '', 'lots']) {
      const headers = new Headers(length === undefined ? {} : { 'content-length': length });
      // A lookalike object: a real Response would not carry an invalid content-length.
      const reply = await sendWith(() => ({ headers, arrayBuffer: async () => enc.encode('{}').buffer }));
      expect(reply.text).toBe('{}');
    }
  });

  it('the body is decoded with the given charset (utf-8 by default)', async () => {
    const gbk = new Uint8Array([0xbb, 0xe1, 0xd4, 0xb1, 0xbf, 0xa8]); // 会员卡 in GBK
    expect((await sendWith(() => new Response(gbk), { charset: 'GBK' })).text).toBe('会员卡');
    expect((await sendWith(() => new Response(enc.encode('会员卡')))).text).toBe('会员卡');
  });
});

describe('non-standard answers from an injected fetch', () => {
  /** An object that is not a Response but has arrayBuffer(), like some polyfills'. */
  const lookalike = (body: Uint8Array, extra: Record<string, unknown> = {}) => ({ arrayBuffer: async () => body.slice().buffer, ...extra });

  it('an object with arrayBuffer() is read and held to the bound (at the bound read, one more refused)', async () => {
    const reply = await sendWith(() => lookalike(bytes(1024)));
    expect(reply.text).toBe('a'.repeat(1024));
    expect(reply.status).toBe(200); // no status given: a success
    expect(reply.headers).toBeInstanceOf(Headers);
    expect('traceId' in reply).toBe(false);
    expect(await rejectionOf(() => sendWith(() => lookalike(bytes(1025))))).toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE' });
  });

  it('its status and headers are used when it has them', async () => {
    const headers = new Headers({ trace_id: 'T1', 'content-length': '2000' });
    expect(await rejectionOf(() => sendWith(() => lookalike(bytes(5), { status: 200, headers })))).toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE' });
    const reply = await sendWith(() => lookalike(enc.encode('x'), { status: 201, headers: new Headers({ trace_id: 'T2' }) }));
    expect(reply).toMatchObject({ text: 'x', status: 201, traceId: 'T2' });
    expect(await rejectionOf(() => sendWith(() => lookalike(enc.encode('x'), { status: 503 })))).toMatchObject({ code: 'ERR_HTTP_STATUS', status: 503 });
  });

  it('a fetch answering something that is not a Response is ERR_NETWORK, and what it answered is left alone', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      for (const answer of [null, undefined, 'text', 42, {}, { arrayBuffer: 'no' }, { body: 'not a stream' }]) {
        const err = await rejectionOf(() => sendWith(() => answer));
        expect(err).toBeInstanceOf(AlipayError);
        expect(err).toMatchObject({ code: 'ERR_NETWORK', message: 'The injected fetch did not return a Response.' });
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('the reply', () => {
  it('carries the text, the status, the headers and the trace id (trace_id, else alipay-trace-id)', async () => {
    const r1 = await sendWith(() => new Response('a', { headers: { trace_id: 'T-1', 'alipay-trace-id': 'T-2' } }));
    expect(r1).toMatchObject({ text: 'a', status: 200, traceId: 'T-1' });
    expect(r1.headers.get('alipay-trace-id')).toBe('T-2');
    const r2 = await sendWith(() => new Response('b', { status: 201, headers: { 'alipay-trace-id': 'T-2' } }));
    expect(r2).toMatchObject({ text: 'b', status: 201, traceId: 'T-2' });
    const r3 = await sendWith(() => new Response('c'));
    expect(r3).toStrictEqual({ text: 'c', status: 200, headers: expect.any(Headers) });
  });

  it('HTTP 400 and above is ERR_HTTP_STATUS with the status and an excerpt of the body; 399 is returned', async () => {
    expect((await sendWith(() => new Response('moved', { status: 399 }))).status).toBe(399);
    expect(await rejectionOf(() => sendWith(() => new Response('bad request', { status: 400 })))).toMatchObject({
      code: 'ERR_HTTP_STATUS',
      status: 400,
      message: 'The gateway answered HTTP 400 with "bad request".',
    });
    expect(await rejectionOf(() => sendWith(() => new Response('', { status: 502 })))).toMatchObject({ code: 'ERR_HTTP_STATUS', status: 502, message: 'The gateway answered HTTP 502.' });
  });

  it('with acceptErrorStatus, an error status is returned with its body (v3 errors are answers)', async () => {
    const reply = await sendWith(() => new Response('{"code":"invalid-parameter"}', { status: 400 }), { acceptErrorStatus: true });
    expect(reply).toMatchObject({ status: 400, text: '{"code":"invalid-parameter"}' });
  });
});

describe('network failures name the host and the root cause', () => {
  const failWith = (cause: unknown, req: OutgoingRequest = request) => rejectionOf(() => sendWith(() => Promise.reject(cause), {}, req));

  it('the deepest error naming a code gives the reason, its message kept when it names the code', async () => {
    const root = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' });
    const cause = new TypeError('fetch failed', { cause: root });
    const err = await failWith(cause);
    expect(err).toBeInstanceOf(AlipayError);
    expect(err).toMatchObject({ code: 'ERR_NETWORK', message: 'The request to openapi.alipay.com failed (while connecting): connect ECONNREFUSED 127.0.0.1:443', cause });
  });

  it('a code its message does not name is put in front; a code without a message stands alone', async () => {
    const named = await failWith(new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo failed'), { code: 'ENOTFOUND' }) }));
    expect(named).toMatchObject({ message: 'The request to openapi.alipay.com failed (while connecting): ENOTFOUND: getaddrinfo failed' });
    const bareCode = await failWith(new TypeError('fetch failed', { cause: { code: 'UND_ERR_SOCKET' } }));
    expect(bareCode).toMatchObject({ message: "The request to openapi.alipay.com failed (while waiting for the answer's headers, connected): UND_ERR_SOCKET" });
  });

  it('the deeper code wins over a shallower one; a non-string code is ignored', async () => {
    const deep = { code: 'ECONNRESET', message: 'read ECONNRESET' };
    expect(await failWith({ code: 'UND_ERR', message: 'outer', cause: deep })).toMatchObject({ message: expect.stringMatching(/: read ECONNRESET$/) });
    expect(await failWith({ code: 42, message: 'numeric code', cause: { code: null, message: 'inner text' } })).toMatchObject({ message: expect.stringMatching(/\): inner text$/) });
  });

  it('without any code, the deepest message; a non-string message is skipped', async () => {
    const err = await failWith(new TypeError('fetch failed', { cause: { message: 'socket hang up', cause: { message: 17 } } }));
    expect(err).toMatchObject({ message: "The request to openapi.alipay.com failed (before the answer's headers arrived: connecting, or connected and waiting for the answer): socket hang up" });
  });

  it('an AggregateError is followed through its first error (several addresses tried)', async () => {
    const agg = new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:443'), { code: 'ECONNREFUSED' }), new Error('second')], '');
    expect(await failWith(new TypeError('fetch failed', { cause: agg }))).toMatchObject({ message: expect.stringMatching(/\): connect ECONNREFUSED ::1:443$/) });
  });

  it('the chain is followed six levels deep, no further', async () => {
    const chain = (codeAt: number) => {
      let node: Record<string, unknown> = { message: `level ${codeAt}`, code: `E_AT_${codeAt}` };
      for (let level = codeAt - 1; level >= 0; level--) node = { message: `level ${level}`, cause: node };
      return node;
    };
    expect(await failWith(chain(5))).toMatchObject({ message: expect.stringMatching(/\): E_AT_5: level 5$/) });
    expect(await failWith(chain(6))).toMatchObject({ message: expect.stringMatching(/\): level 5$/) });
  });

  it.each([
    ['ENOTFOUND', 'while connecting'],
    ['EAI_AGAIN', 'while connecting'],
    ['ECONNREFUSED', 'while connecting'],
    ['EHOSTUNREACH', 'while connecting'],
    ['UND_ERR_CONNECT_TIMEOUT', 'while connecting'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'while connecting'],
    ['CERT_HAS_EXPIRED', 'while connecting'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'while connecting'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'while connecting'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'while connecting'],
    ['UND_ERR_SOCKET', "while waiting for the answer's headers, connected"],
    ['UND_ERR_HEADERS_TIMEOUT', "while waiting for the answer's headers, connected"],
    ['HPE_INVALID_CONSTANT', "while waiting for the answer's headers, connected"],
    ['ECONNRESET', "before the answer's headers arrived: connecting, or connected and waiting for the answer"],
    ['XENOTFOUND', "before the answer's headers arrived: connecting, or connected and waiting for the answer"],
    ['UND_ERR_SOCKETS', "before the answer's headers arrived: connecting, or connected and waiting for the answer"],
  ])('the cause code %s places a failure before the headers: %s', async (code, phase) => {
    expect(await failWith(new TypeError('fetch failed', { cause: { code } }))).toMatchObject({ message: `The request to openapi.alipay.com failed (${phase}): ${code}` });
  });

  it('a thrown non-object is given as text; an unparsable URL is named as given', async () => {
    expect(await failWith('boom')).toMatchObject({ code: 'ERR_NETWORK', message: "The request to openapi.alipay.com failed (before the answer's headers arrived: connecting, or connected and waiting for the answer): boom" });
    expect(await failWith(new TypeError(''), { url: 'not a url', headers: {} })).toMatchObject({ message: "The request to not a url failed (before the answer's headers arrived: connecting, or connected and waiting for the answer): TypeError" });
  });

  it('a body that fails while read is ERR_NETWORK while reading the answer', async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }));
      },
    });
    expect(await rejectionOf(() => sendWith(() => new Response(stream)))).toMatchObject({
      code: 'ERR_NETWORK',
      message: "The request to openapi.alipay.com failed (while reading the answer's body, after its headers (HTTP 200)): UND_ERR_SOCKET: other side closed",
    });
  });

  it('a fetch that throws instead of rejecting is ERR_NETWORK too', async () => {
    const err = await rejectionOf(() =>
      sendWith(() => {
        throw new TypeError('Failed to parse URL');
      }),
    );
    expect(err).toMatchObject({ code: 'ERR_NETWORK', message: "The request to openapi.alipay.com failed (before the answer's headers arrived: connecting, or connected and waiting for the answer): Failed to parse URL" });
  });

  it('a fetch that throws at once because the caller aborted meanwhile: ERR_ABORTED', async () => {
    const caller = new AbortController();
    const err = await rejectionOf(() =>
      sendWith(
        () => {
          caller.abort(new Error('user gave up'));
          throw new DOMException('This operation was aborted', 'AbortError');
        },
        { signal: caller.signal },
      ),
    );
    expect(err).toMatchObject({ code: 'ERR_ABORTED', message: "The call was aborted (before the answer's headers arrived: connecting, or connected and waiting for the answer).", cause: caller.signal.reason });
  });

  it('a fetch rejecting with null is ERR_NETWORK naming it', async () => {
    expect(await failWith(null)).toMatchObject({ code: 'ERR_NETWORK', message: "The request to openapi.alipay.com failed (before the answer's headers arrived: connecting, or connected and waiting for the answer): null" });
  });

  it('an AlipayError thrown by fetch is passed through as it is', async () => {
    const own = new AlipayError('ERR_CONFIG', 'from a wrapper');
    expect(await failWith(own)).toBe(own);
  });
});
