// The benchmark inside workerd: the floor (test/bench/floor.ts: no library code, cached-key sign +
// verify around one fetch) against AlipayClient.execute, v2 and v3, with the same in-Worker mock
// fetch answering a pre-signed body, with a declared length or streamed in two chunks. workerd
// reports each export's wall time; test/bench/workerd.mjs divides by the iterations. Exports run in
// name order: warm-up first, then interleaved pairs.
import { AlipayClient } from '../../../src/index.ts';
import { importPrivateKey, signContent } from '../../../src/protocol.ts';
import { SAMPLE_CARD } from '../../../mocks/data.ts';
import { generateKeyPair } from '../../../mocks/keys.ts';
import { floorKeys, floorV2, floorV3 } from '../../bench/floor.ts';

const ITERATIONS = 300; // (not exported: every export of a Worker module must be a handler)
const METHOD = 'alipay.marketing.card.query';
const BIZ = { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' } as const;

// Built in the first handler, not at load: workerd's clock reads 0 at global scope (the v3 answer's
// timestamp would be 1970).
let prepared: Promise<Record<string, { floor: () => Promise<unknown>; ours: () => Promise<unknown> }>> | undefined;
const setup = () => (prepared ??= (async () => {
  const [app, alipay] = await Promise.all([generateKeyPair(), generateKeyPair()]);
  const key = await importPrivateKey(alipay.privateKey);
  const { user_id: _user, schema_url, pass_id, ...card_info } = SAMPLE_CARD;
  const node = JSON.stringify({ code: '10000', msg: 'Success', card_info, schema_url, pass_id });
  const v2 = `{"alipay_marketing_card_query_response":${node},"sign":"${await signContent(node, key)}"}`;
  const v3 = JSON.stringify({ card_info, schema_url, pass_id });
  const timestamp = String(Date.now());
  const v3Headers = { 'alipay-timestamp': timestamp, 'alipay-nonce': 'bench-nonce-0001', 'alipay-signature': await signContent(`${timestamp}\nbench-nonce-0001\n${v3}\n`, key) };
  const utf8 = new TextEncoder();
  // The in-Worker gateway: reads the request like a server would, answers the pre-signed body,
  // with its length (a string body) or as a stream of two chunks.
  const mockFetch =
    (streamed: boolean): typeof fetch =>
    async (input, init) => {
      const request = new Request(input, init);
      await request.arrayBuffer();
      const isV3 = new URL(request.url).pathname.includes('/v3/');
      const text = isV3 ? v3 : v2;
      const headers = isV3 ? { 'content-type': 'application/json', ...v3Headers } : { 'content-type': 'text/html;charset=utf-8' };
      if (!streamed) return new Response(text, { headers });
      const bytes = utf8.encode(text);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.subarray(0, bytes.length >> 1));
          controller.enqueue(bytes.subarray(bytes.length >> 1));
          controller.close();
        },
      });
      return new Response(body, { headers });
    };
  const keys = await floorKeys(app.privateKey, alipay.publicKey);
  const base = { appId: '2014072300007148', privateKey: app.privateKey, alipayPublicKey: alipay.publicKey, maxRetries: 0 };
  const pairs: Record<string, { floor: () => Promise<unknown>; ours: () => Promise<unknown> }> = {};
  for (const streamed of [false, true]) {
    const fetcher = mockFetch(streamed);
    const v2Client = new AlipayClient({ ...base, fetch: fetcher });
    const v3Client = new AlipayClient({ ...base, fetch: fetcher, protocol: 'v3' });
    const shape = streamed ? 'stream' : 'length';
    pairs[`v2_${shape}`] = { floor: () => floorV2(fetcher, 'https://openapi.alipay.com/gateway.do', keys), ours: () => v2Client.execute(METHOD, BIZ) };
    pairs[`v3_${shape}`] = { floor: () => floorV3(fetcher, 'https://openapi.alipay.com', keys), ours: () => v3Client.execute(METHOD, BIZ) };
  }
  return pairs;
})());

const repeat = async (fn: () => Promise<unknown>, n: number) => {
  for (let i = 0; i < n; i++) await fn();
};

export const bench_0_warmup = {
  async test(): Promise<void> {
    for (const { floor, ours } of Object.values(await setup())) {
      await repeat(floor, 100);
      await repeat(ours, 100);
    }
  },
};
// Per case, three interleaved pairs: drift in the machine's state hits both alike.
const pair = (name: string, which: 'floor' | 'ours') => ({ test: async () => repeat((await setup())[name]![which], ITERATIONS) });
export const bench_01_v2_length_floor = pair('v2_length', 'floor');
export const bench_02_v2_length_execute = pair('v2_length', 'ours');
export const bench_03_v2_length_floor = pair('v2_length', 'floor');
export const bench_04_v2_length_execute = pair('v2_length', 'ours');
export const bench_05_v2_length_floor = pair('v2_length', 'floor');
export const bench_06_v2_length_execute = pair('v2_length', 'ours');
export const bench_07_v2_stream_floor = pair('v2_stream', 'floor');
export const bench_08_v2_stream_execute = pair('v2_stream', 'ours');
export const bench_09_v2_stream_floor = pair('v2_stream', 'floor');
export const bench_10_v2_stream_execute = pair('v2_stream', 'ours');
export const bench_11_v2_stream_floor = pair('v2_stream', 'floor');
export const bench_12_v2_stream_execute = pair('v2_stream', 'ours');
export const bench_13_v3_length_floor = pair('v3_length', 'floor');
export const bench_14_v3_length_execute = pair('v3_length', 'ours');
export const bench_15_v3_length_floor = pair('v3_length', 'floor');
export const bench_16_v3_length_execute = pair('v3_length', 'ours');
export const bench_17_v3_length_floor = pair('v3_length', 'floor');
export const bench_18_v3_length_execute = pair('v3_length', 'ours');
export const bench_19_v3_stream_floor = pair('v3_stream', 'floor');
export const bench_20_v3_stream_execute = pair('v3_stream', 'ours');
export const bench_21_v3_stream_floor = pair('v3_stream', 'floor');
export const bench_22_v3_stream_execute = pair('v3_stream', 'ours');
export const bench_23_v3_stream_floor = pair('v3_stream', 'floor');
export const bench_24_v3_stream_execute = pair('v3_stream', 'ours');
