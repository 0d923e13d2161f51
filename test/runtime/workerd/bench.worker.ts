// The benchmark inside workerd: the floor (cached-key sign + verify around an in-Worker mock
// fetch) against AlipayClient.execute with the same fetch. workerd reports each export's wall
// time; run.mjs divides by the iterations. Exports run in name order: warm-up first.
import { AlipayClient } from '../../../src/index.ts';
import { buildRequestParams, buildSignContent, encodeRequest, importPrivateKey, importPublicKey, signContent, verifyContent } from '../../../src/protocol.ts';
import { SAMPLE_CARD } from '../../../mocks/data.ts';
import { generateKeyPair } from '../../../mocks/keys.ts';

const ITERATIONS = 300; // (not exported: every export of a Worker module must be a handler)
const METHOD = 'alipay.marketing.card.query';
const BIZ = { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' } as const;

const setup = (async () => {
  const [app, alipay] = await Promise.all([generateKeyPair(), generateKeyPair()]);
  const { user_id: _user, schema_url, pass_id, ...card_info } = SAMPLE_CARD;
  const node = JSON.stringify({ code: '10000', msg: 'Success', card_info, schema_url, pass_id });
  const body = `{"alipay_marketing_card_query_response":${node},"sign":"${await signContent(node, await importPrivateKey(alipay.privateKey))}"}`;
  // The in-Worker gateway: reads the request like a server would, answers the pre-signed body.
  const mockFetch: typeof fetch = async (input, init) => {
    await new Request(input, init).arrayBuffer();
    return new Response(body, { headers: { 'content-type': 'text/html;charset=utf-8' } });
  };
  const signer = await importPrivateKey(app.privateKey);
  const verifier = await importPublicKey(alipay.publicKey);
  const client = new AlipayClient({ appId: '2014072300007148', privateKey: app.privateKey, alipayPublicKey: alipay.publicKey, fetch: mockFetch, maxRetries: 0 });
  const floor = async () => {
    const params = buildRequestParams({ appId: '2014072300007148', method: METHOD, signType: 'RSA2', bizContent: BIZ });
    params.sign = await signContent(buildSignContent(params), signer);
    const request = encodeRequest('https://openapi.alipay.com/gateway.do', params);
    const text = await (await mockFetch(request.url, { method: 'POST', body: request.body, headers: request.headers })).text();
    const start = text.indexOf(':') + 1;
    const end = text.lastIndexOf(',"sign":');
    if (!(await verifyContent(text.slice(start, end), text.slice(end + 9, -2), verifier))) throw new Error('floor: bad signature');
    JSON.parse(text.slice(start, end));
  };
  const ours = async () => {
    await client.execute(METHOD, BIZ);
  };
  return { floor, ours };
})();

const repeat = async (fn: () => Promise<void>, n: number) => {
  for (let i = 0; i < n; i++) await fn();
};

export const bench_0_warmup = {
  async test(): Promise<void> {
    const { floor, ours } = await setup;
    await repeat(floor, 200);
    await repeat(ours, 200);
  },
};
// Four interleaved pairs: drift in the machine's state hits both alike.
export const bench_1_floor = { test: async () => repeat((await setup).floor, ITERATIONS) };
export const bench_2_execute = { test: async () => repeat((await setup).ours, ITERATIONS) };
export const bench_3_floor = { test: async () => repeat((await setup).floor, ITERATIONS) };
export const bench_4_execute = { test: async () => repeat((await setup).ours, ITERATIONS) };
export const bench_5_floor = { test: async () => repeat((await setup).floor, ITERATIONS) };
export const bench_6_execute = { test: async () => repeat((await setup).ours, ITERATIONS) };
export const bench_7_floor = { test: async () => repeat((await setup).floor, ITERATIONS) };
export const bench_8_execute = { test: async () => repeat((await setup).ours, ITERATIONS) };
