// Calling the catalogue: by definition and by name (with the client's `apis`), the request checked
// before signing (unknown fields refused with the nearest known name, unless the call opts in),
// the v2 placement of the gateway's top-level fields, v3 path parameters, the result validated
// with nothing lost when it does not match, the untyped form, and hostile arguments.
import { describe, expect, it } from 'vitest';
import { AlipayClient, AlipayError, untyped } from '../../src/index.ts';
import { alipayFundAuthOrderFreeze, alipayMarketingActivityQuery, alipayMarketingCardOpen, alipayMarketingCardUpdate, alipayMobilePublicQrcodeCreate, alipayTradeQuery, alipayTradeRefund } from '../../src/apis.ts';
import { allApis } from '../../src/apis-all.ts';
import { nearestName } from '../../src/apis/unknown-field-message.ts';
import { isRead } from '../../src/apis/definition.ts';
import { alipaySign, clientAnswering, keyConfig, rejectionOf, signedV3Answer } from '../support.ts';

/** A client whose gateway answers every v2 call with `node` (raw JSON text) as a signed success. */
async function v2Answering(node = '{"code":"10000","msg":"Success"}', headers: Record<string, string> = {}) {
  const sign = await alipaySign(node);
  return clientAnswering((request) => {
    const method = new URL(request.url).searchParams.get('method')!;
    return new Response(`{"${method.replaceAll('.', '_')}_response":${node},"sign":"${sign}"}`, { headers });
  });
}
const bizOf = async (request: Request) => JSON.parse(new URLSearchParams(await request.text()).get('biz_content')!);

describe('unknown request fields', () => {
  it('a typo in a hand-written request (card.update, card_info.ponit) is refused before signing, naming the nearest field', async () => {
    const { client, requests } = await v2Answering();
    const biz = { target_card_no: '1', target_card_no_type: 'BIZ_CARD', occur_time: '2024-05-13 17:49:20', card_info: { ponit: '188' } };
    const err = await rejectionOf(() => client.execute(alipayMarketingCardUpdate, biz as never));
    expect(err).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'card_info.ponit' });
    expect((err as Error).message).toMatch(/card_info\.ponit \(did you mean 'point'\?\)\. Nothing was sent\. .*allowUnknownFields: true/);
    expect(requests).toHaveLength(0);
  });

  it('in a generated request, at any depth, arrays of objects included', async () => {
    const { client, requests } = await v2Answering();
    expect(await rejectionOf(() => client.execute(alipayTradeQuery, { out_trade_noo: '1' } as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'out_trade_noo', message: expect.stringContaining("did you mean 'out_trade_no'") });
    const refund = { out_trade_no: '1', refund_amount: '1.00', refund_royalty_parameters: [{ amount: '1.00' }, { amout: '1.00' }] };
    expect(await rejectionOf(() => client.execute(alipayTradeRefund, refund as never))).toMatchObject({ path: 'refund_royalty_parameters.1.amout', message: expect.stringContaining("did you mean 'amount'") });
    expect(requests).toHaveLength(0);
  });

  it('a name far from every known one lists the known names instead of guessing', async () => {
    const { client } = await v2Answering();
    const err = (await rejectionOf(() => client.execute(alipayTradeQuery, { completely_different: '1' } as never))) as Error;
    expect(err.message).toMatch(/completely_different \(known here: org_pid, out_trade_no, query_options, trade_no\)/);
    expect(nearestName('Point', ['point'])).toBe('point');
    expect(nearestName('xyz', ['point'])).toBeUndefined();
  });

  it('allowUnknownFields: true sends a field newer than the catalogue as it is', async () => {
    const { client, requests } = await v2Answering();
    await client.execute(alipayTradeQuery, { out_trade_no: '1', brand_new_field: 'x' } as never, { allowUnknownFields: true });
    expect(await bizOf(requests[0]!)).toEqual({ out_trade_no: '1', brand_new_field: 'x' });
    expect(await rejectionOf(() => client.execute(alipayTradeQuery, {}, { allowUnknownFields: 'yes' as never }))).toMatchObject({ code: 'ERR_CONFIG' });
  });

  it('a hand-written API accepts what only Alipay’s description has, and checks its type against the description', async () => {
    const { client, requests } = await v2Answering('{"code":"10000","msg":"Success","card_info":{"biz_card_no":"1"}}');
    const open = { out_serial_no: 's', card_template_id: 't', card_user_info: { user_uni_id: '2088', user_uni_id_type: 'UID' }, card_ext_info: { open_date: '2024-05-13 17:49:20', valid_date: '2029-05-13 17:49:20' } };
    await client.execute(alipayMarketingCardOpen, { ...open, paid_outer_card_info: { action: 'OPEN' } } as never, { authToken: 'token' });
    expect((await bizOf(requests[0]!)).paid_outer_card_info).toEqual({ action: 'OPEN' });
    expect(await rejectionOf(() => client.execute(alipayMarketingCardOpen, { ...open, paid_outer_card_info: { action: 5 } } as never, { authToken: 'token' }))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'paid_outer_card_info.action' });
    expect(await rejectionOf(() => client.execute(alipayMarketingCardOpen, { ...open, paid_outer_card_info: { actoin: 'OPEN' } } as never, { authToken: 'token' }))).toMatchObject({ path: 'paid_outer_card_info.actoin', message: expect.stringContaining("did you mean 'action'") });
  });
});

describe('by name: known through the client’s apis', () => {
  it('with apis, a name is validated and routed like its definition; without, v2 sends it unchecked', async () => {
    const { client: plain, requests } = await v2Answering();
    await plain.execute('alipay.trade.query', { out_trade_noo: '1' } as never);
    expect(await bizOf(requests[0]!)).toEqual({ out_trade_noo: '1' });
    const sign = await alipaySign('{"code":"10000","msg":"Success"}');
    const known = new AlipayClient({ ...(await keyConfig()), apis: [alipayTradeQuery], fetch: async () => new Response(`{"alipay_trade_query_response":{"code":"10000","msg":"Success"},"sign":"${sign}"}`) });
    expect(await rejectionOf(() => known.execute('alipay.trade.query', { out_trade_noo: '1' } as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    expect(await known.execute('alipay.trade.query', { out_trade_no: '1' })).toEqual({ code: '10000', msg: 'Success' });
  });

  it('allApis holds every operation, the hand-written definitions where the library has them', () => {
    expect(allApis).toHaveLength(747);
    expect(new Set(allApis.map((api) => api.method)).size).toBe(747);
    expect(allApis.find((api) => api.method === 'alipay.marketing.card.open')).toBe(alipayMarketingCardOpen);
  });

  it.each([
    ['a string', 'alipayTradeQuery'],
    ['a list holding something else', [{ method: 'alipay.trade.query' }]],
    ['a list holding null', [null]],
  ])('apis as %s is ERR_CONFIG', async (_name, apis) => {
    expect(await rejectionOf(async () => new AlipayClient({ ...(await keyConfig()), apis: apis as never }))).toMatchObject({ code: 'ERR_CONFIG', message: expect.stringContaining('alipay-edge/apis') });
  });
});

describe('v2 placement', () => {
  it('the gateway’s top-level fields of a request (notify_url, auth_token…) travel as parameters, not in biz_content', async () => {
    const { client, requests } = await v2Answering();
    await client.execute(alipayFundAuthOrderFreeze, { out_order_no: 'o', amount: '1.00', notify_url: 'https://shop.example/notify' });
    const url = new URL(requests[0]!.url);
    expect(url.searchParams.get('notify_url')).toBe('https://shop.example/notify');
    expect(await bizOf(requests[0]!)).toEqual({ out_order_no: 'o', amount: '1.00' });
  });

  it('the same parameter as a field and as an option must agree', async () => {
    const { client, requests } = await v2Answering();
    await client.execute(alipayFundAuthOrderFreeze, { notify_url: 'https://a.example/n' }, { notifyUrl: 'https://a.example/n' });
    expect(await rejectionOf(() => client.execute(alipayFundAuthOrderFreeze, { notify_url: 'https://a.example/n' }, { notifyUrl: 'https://b.example/n' }))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'notify_url' });
    expect(requests).toHaveLength(1);
  });
});

describe('v3 routes', () => {
  it('a path parameter is one encoded segment; empty, "." and ".." are refused before anything is sent', async () => {
    const answer = await signedV3Answer('{}');
    const { client, requests } = await clientAnswering(() => answer(), { protocol: 'v3' });
    await client.execute(alipayMarketingActivityQuery, { activity_id: 'a/b c?#%', merchant_id: 'm 1' });
    expect(new URL(requests[0]!.url).pathname).toBe('/v3/alipay/marketing/activity/a%2Fb%20c%3F%23%25');
    expect(new URL(requests[0]!.url).searchParams.get('merchant_id')).toBe('m 1');
    for (const activity_id of ['', '.', '..']) expect(await rejectionOf(() => client.execute(alipayMarketingActivityQuery, { activity_id }))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'activity_id' });
    expect(await rejectionOf(() => client.execute(alipayMarketingActivityQuery, {} as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'activity_id' });
    expect(requests).toHaveLength(1);
  });

  it('untyped over v3 needs its route; its verb and path are checked', async () => {
    const { client } = await clientAnswering(() => new Response('{}'), { protocol: 'v3' });
    expect(await rejectionOf(() => client.execute(untyped('alipay.some.new.method'), {}))).toMatchObject({ code: 'ERR_REQUEST_INVALID', message: expect.stringContaining("untyped('alipay.some.new.method', { verb: 'POST' })") });
    expect(() => untyped('alipay.x', { verb: 'FETCH' as never })).toThrow(AlipayError);
    expect(() => untyped('alipay.x', { verb: 'GET', path: 'v3/x?y=1' })).toThrow(/no query or fragment/);
    expect(() => untyped(42 as never)).toThrow(AlipayError);
  });
});

describe('results', () => {
  it('a verified answer that fails its schema is never lost: error.response holds it, error.traceId the trace id', async () => {
    const node = '{"code":"10000","msg":"Success","trade_no":"2024","total_amount":88.88,"trade_status":"TRADE_SUCCESS"}';
    const { client } = await v2Answering(node, { trace_id: 'trace-9' });
    const err = (await rejectionOf(() => client.execute(alipayTradeQuery, { out_trade_no: '1' }))) as AlipayError;
    expect(err).toMatchObject({ code: 'ERR_RESPONSE_INVALID', path: 'total_amount', traceId: 'trace-9' });
    expect(err.response).toEqual(JSON.parse(node));
    expect(err.message).toContain('trace-9');
  });

  it('a result field named like the v2 envelope (code as an integer in the description) reads the v2 envelope and the v3 value', async () => {
    const { client } = await v2Answering('{"code":"10000","msg":"Success","code_img":"https://img"}');
    expect(await client.execute(alipayMobilePublicQrcodeCreate, {})).toEqual({ code: '10000', msg: 'Success', code_img: 'https://img' });
    const answer = await signedV3Answer('{"code":200,"msg":"ok","code_img":"https://img","expire_second":"60"}');
    const { client: v3 } = await clientAnswering(() => answer(), { protocol: 'v3' });
    expect(await v3.execute(alipayMobilePublicQrcodeCreate, {})).toEqual({ code: 200, msg: 'ok', code_img: 'https://img', expire_second: 60 });
  });
});

describe('what execute accepts as its method', () => {
  it.each([
    ['null', null],
    ['a number', 42],
    ['an object that is not a definition', { method: 'alipay.trade.query' }],
    ['a definition whose schema getter throws', { method: 'alipay.trade.query', shape: () => ({}), v3: alipayTradeQuery.v3, get request(): never { throw new TypeError('boom'); } }],
    ['a definition with a broken route', { ...alipayTradeQuery, v3: { verb: 'GET', path: 'no-slash', query: [], body: 'none', files: [], data: false }, request: alipayTradeQuery.request, response: alipayTradeQuery.response }],
  ])('%s: ERR_REQUEST_INVALID, nothing sent', async (_name, method) => {
    const { client, requests } = await v2Answering();
    expect(await rejectionOf(() => (client.execute as (method: unknown, biz: unknown) => Promise<unknown>)(method, {}))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    expect(requests).toHaveLength(0);
  });

  it('reads are retried by default: GET operations and methods whose last segment holds "query" or is "get"', () => {
    expect([isRead('alipay.trade.query', 'POST'), isRead('alipay.x.batchquery', 'POST'), isRead('alipay.mobile.public.menu.get', 'POST'), isRead('alipay.x.create', 'GET')]).toEqual([true, true, true, true]);
    expect([isRead('alipay.trade.refund', 'POST'), isRead('alipay.trade.pay', 'POST'), isRead('alipay.x.delete', 'DELETE')]).toEqual([false, false, false]);
    expect([alipayTradeQuery.retried, alipayTradeRefund.retried, alipayMarketingActivityQuery.retried]).toEqual([true, false, true]);
  });
});
