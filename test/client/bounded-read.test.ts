// What the client reads is bounded in decoded bytes (compressed answers over real loopback HTTP),
// and a body is cancelled when refused or given up (false content-length, ignored abort signal).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants as zlibConstants, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlipayClient } from '../../src/index.ts';
import { CARD_QUERY, cardBiz, clientAnswering, keyConfig, rejectionOf } from '../support.ts';

/** A body of `chunks` × 1 MiB that records how much was pulled and whether it was cancelled. */
function endlessBody(chunks: number) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= chunks) return controller.close();
      state.pulled++;
      controller.enqueue(new Uint8Array(1024 * 1024));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { state, stream };
}

describe('4. what is read is bounded, and released when refused or given up', () => {
  let server: ReturnType<typeof createServer>;
  let base = '';
  // 16 MiB inflating from a few kilobytes; the cap below is 1 MiB.
  const bomb = Buffer.alloc(16 * 1024 * 1024, 0x41);
  const fast = { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 1 } };
  const encodings: Record<string, Buffer> = { gzip: gzipSync(bomb, { level: 1 }), deflate: deflateSync(bomb, { level: 1 }), br: brotliCompressSync(bomb, fast) };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const encoding = new URL(req.url ?? '/', 'http://x').searchParams.get('encoding')!;
      req.resume();
      res.writeHead(200, { 'content-encoding': encoding, 'content-type': 'application/json', 'content-length': String(encodings[encoding]!.length) });
      res.end(encodings[encoding]);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/gateway.do`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each(['gzip', 'deflate', 'br'])('a %s answer is counted in decoded bytes (global fetch, real loopback HTTP)', async (encoding) => {
    expect(encodings[encoding]!.length).toBeLessThan(1024 * 1024); // small on the wire…
    const client = new AlipayClient({ ...(await keyConfig()), gateway: `${base}?encoding=${encoding}`, maxResponseBytes: 1024 * 1024 });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE' }); // …refused once decoded
  });

  it('an injected fetch with a false content-length is held to the bound, and its body cancelled', async () => {
    const { state, stream } = endlessBody(50);
    const { client } = await clientAnswering(() => new Response(stream, { headers: { 'content-length': '100' } }), { maxResponseBytes: 2 * 1024 * 1024 });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE' });
    expect(state.pulled).toBeLessThanOrEqual(4);
    expect(state.cancelled).toBe(true);
  });

  it('a fetch that ignores the abort signal: after ERR_TIMEOUT its body is cancelled, not read on', async () => {
    const state = { pulled: 0, cancelled: false };
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        state.pulled++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        controller.enqueue(new Uint8Array(1024));
      },
      cancel() {
        state.cancelled = true;
      },
    });
    const { client } = await clientAnswering(() => new Response(stream), { timeout: 100, maxRetries: 0 });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_TIMEOUT' });
    await expect.poll(() => state.cancelled).toBe(true);
    const pulledAtCancel = state.pulled;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(state.pulled).toBeLessThanOrEqual(pulledAtCancel + 1);
  });

  it('a declared length over the bound is refused before reading, and the body cancelled', async () => {
    const { state, stream } = endlessBody(50);
    const { client } = await clientAnswering(() => new Response(stream, { headers: { 'content-length': String(50 * 1024 * 1024) } }), { maxResponseBytes: 1024 * 1024 });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE' });
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThanOrEqual(1);
  });
});
