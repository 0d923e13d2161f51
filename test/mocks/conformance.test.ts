// Conformance with the official Node SDK (npm alipay-sdk, a devDependency used here only): the
// same signatures for the same params, and its exec (signature checking on) accepts our mock.
import { createPrivateKey } from 'node:crypto';
import { AlipaySdk } from 'alipay-sdk';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AlipayClient } from '../../src/index.ts';
import { buildSignContent, importPrivateKey, signContent } from '../../src/protocol.ts';
import { SAMPLE_AUTH_TOKEN } from '../../mocks/index.ts';
import { type MockServer, startMockServer } from '../../mocks/server.ts';
import { ACTIVATEFORM, APP_ID, CARD_QUERY, bare, cardBiz, formBiz, testKeys } from '../support.ts';
const chineseBiz = {
  target_card_no_type: 'BIZ_CARD',
  target_card_no: '000001',
  card_user_info: { user_uni_id: '2088302463082075', user_uni_id_type: 'UID' },
  ext_info: '会员卡查询 "测试" & <ok>',
};

/** The official SDK's signed params for a call (sdkExecute returns them URL-encoded). */
function officialParams(sdk: AlipaySdk, method: string, params: Record<string, unknown>): Record<string, string> {
  const query = sdk.sdkExecute(method, params);
  return Object.fromEntries(query.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]));
}

describe('signatures equal the official SDK\'s', async () => {
  const { app } = await testKeys();
  const pkcs8 = createPrivateKey(app.privateKey).export({ type: 'pkcs8', format: 'pem' }) as string;
  const pkcs1 = createPrivateKey(app.privateKey).export({ type: 'pkcs1', format: 'pem' }) as string;

  it.each([
    ['RSA2', 'PKCS8', pkcs8],
    ['RSA2', 'PKCS1', pkcs1],
    ['RSA', 'PKCS8', pkcs8],
    ['RSA', 'PKCS1', pkcs1],
  ] as const)('%s with a %s key, Chinese text in biz_content', async (signType, keyType, pem) => {
    const sdk = new AlipaySdk({ appId: APP_ID, privateKey: bare(pem), signType, keyType });
    const theirs = officialParams(sdk, CARD_QUERY, { bizContent: chineseBiz, notifyUrl: 'https://m.example/notify?a=1&b=2' });
    expect(theirs.biz_content).toContain('会员卡查询');
    // Our sign content and signature for exactly their params (timestamp included).
    const ours = await signContent(buildSignContent(theirs), await importPrivateKey(pem, signType));
    expect(ours).toBe(theirs.sign);
  });

  it('our client\'s request equals the official SDK\'s for the same call and instant', async () => {
    // The official SDK stamps local time; in China's zone both must produce the same request.
    const originalTz = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-05-13T09:49:20Z'));
    try {
      const sdk = new AlipaySdk({ appId: APP_ID, privateKey: bare(pkcs1), signType: 'RSA2' });
      const theirs = officialParams(sdk, CARD_QUERY, { bizContent: chineseBiz, format: 'JSON' });
      let sent: Record<string, string> = {};
      const client = new AlipayClient({
        appId: APP_ID,
        privateKey: pkcs1,
        alipayPublicKey: (await testKeys()).alipay.publicKey,
        fetch: async (input, init) => {
          sent = Object.fromEntries([...new URL(String(input)).searchParams, ...new URLSearchParams(String(init?.body))]);
          return new Response('{}');
        },
      });
      await client.execute(CARD_QUERY, chineseBiz as never).catch(() => {});
      expect(sent.timestamp).toBe('2024-05-13 17:49:20');
      expect(sent).toEqual(theirs);
    } finally {
      vi.useRealTimers();
      if (originalTz === undefined) delete process.env.TZ;
      else process.env.TZ = originalTz;
    }
  });
});

describe('the official SDK against our HTTP mock server', () => {
  let server: MockServer;
  let sdk: AlipaySdk;
  beforeAll(async () => {
    const { app, alipay } = await testKeys();
    server = await startMockServer({ appPublicKey: app.publicKey, alipayKeys: alipay });
    sdk = new AlipaySdk({
      appId: server.gateway.appId,
      privateKey: bare(app.privateKey),
      keyType: 'PKCS8',
      alipayPublicKey: bare(server.gateway.alipayPublicKey),
      gateway: server.gatewayUrl,
    });
  });
  afterAll(() => server.close());

  it('exec with signature checking succeeds for both APIs', async () => {
    const card = await sdk.exec(CARD_QUERY, { bizContent: cardBiz }, { validateSign: true });
    expect(card).toMatchObject({ code: '10000', cardInfo: { balance: '124.89', bizCardNo: '000001' } });
    const form = await sdk.exec(
      ACTIVATEFORM,
      { bizContent: formBiz, authToken: SAMPLE_AUTH_TOKEN },
      { validateSign: true },
    );
    expect(form).toMatchObject({ code: '10000' });
    expect(JSON.parse(form.infos as string)).toEqual([{ OPEN_FORM_FIELD_GENDER: 'Male' }, { OPEN_FORM_FIELD_MOBILE: '13888888888' }, { OPEN_FORM_FIELD_NAME: 'Tom' }]);
  });

  it.each([
    ['alipay.boss.fnc.invoice.apply', { biz_id: 'B1', memo: '会员卡 "发票"' }],
    ['alipay.marketing.activity.query', { activity_id: '2016042700826004508401111111', merchant_id: '2088202967380463' }],
    ['alipay.fund.auth.order.freeze', { out_order_no: 'F1', out_request_no: 'R1', amount: '0.01', order_title: 'x' }],
    ['alipay.user.certify.open.initialize', { outer_order_no: 'O1', biz_code: 'FACE' }],
  ])('exec with signature checking: any operation of the catalogue (%s) answers, verified', async (method, biz) => {
    // Times in an answer are the gateway's: stopped, so that the two calls may land in other seconds.
    server.gateway.clock.set(Date.now());
    const { traceId, ...result } = await sdk.exec(method, { bizContent: biz }, { validateSign: true });
    expect(result).toMatchObject({ code: '10000', msg: 'Success' });
    expect(traceId).toMatch(/^[0-9a-f]+$/);
    // The same request, the same answer (the trace id is the exchange's own).
    const { traceId: _again, ...again } = await sdk.exec(method, { bizContent: biz }, { validateSign: true });
    expect(again).toEqual(result);
  });

  it('exec with signature checking fails on a tampered answer', async () => {
    server.gateway.faults.push({ fault: { kind: 'tampered-body' }, times: 1 });
    await expect(sdk.exec(CARD_QUERY, { bizContent: cardBiz }, { validateSign: true })).rejects.toThrow(/验签失败/);
  });

  it('a business error reaches the official SDK as the gateway sent it', async () => {
    const result = await sdk.exec(CARD_QUERY, { bizContent: { target_card_no_type: 'BIZ_CARD', target_card_no: '404' } }, { validateSign: true });
    expect(result).toMatchObject({ code: '40004', subCode: 'CARD_NOT_EXIT' });
  });

  it('our client against the same server succeeds', async () => {
    const { app } = await testKeys();
    const client = new AlipayClient({ appId: server.gateway.appId, privateKey: app.privateKey, alipayPublicKey: server.gateway.alipayPublicKey, gateway: server.gatewayUrl });
    expect((await client.execute(CARD_QUERY, cardBiz)).card_info.balance).toBe('124.89');
    const form = await client.execute(ACTIVATEFORM, formBiz, { authToken: SAMPLE_AUTH_TOKEN });
    expect(form.fields.OPEN_FORM_FIELD_NAME).toBe('Tom');
  });
});

describe('the official SDK\'s v3 curl against our HTTP mock server', () => {
  let server: MockServer;
  let sdk: AlipaySdk;
  beforeAll(async () => {
    const { app, alipay } = await testKeys();
    server = await startMockServer({ appPublicKey: app.publicKey, alipayKeys: alipay });
    sdk = new AlipaySdk({
      appId: server.gateway.appId,
      privateKey: bare(app.privateKey),
      keyType: 'PKCS8',
      alipayPublicKey: bare(server.gateway.alipayPublicKey),
      endpoint: server.gatewayUrl.replace('/gateway.do', ''),
    });
  });
  afterAll(() => server.close());

  it('card query (POST, JSON body) and activation-form query (GET, query parameters) succeed', async () => {
    const card = await sdk.curl('POST', '/v3/alipay/marketing/card/query', { body: cardBiz });
    expect(card.responseHttpStatus).toBe(200);
    expect(card.data).toMatchObject({ card_info: { balance: '124.89', biz_card_no: '000001' } });
    const form = await sdk.curl('GET', '/v3/alipay/marketing/card/activateform/query', { query: { auth_token: SAMPLE_AUTH_TOKEN, ...formBiz } });
    expect(JSON.parse(form.data.infos as string)).toEqual([{ OPEN_FORM_FIELD_GENDER: 'Male' }, { OPEN_FORM_FIELD_MOBILE: '13888888888' }, { OPEN_FORM_FIELD_NAME: 'Tom' }]);
    expect(form.traceId).toMatch(/^[0-9a-f]{24}$/);
  });

  it('rejects a tampered answer', async () => {
    server.gateway.faults.push({ fault: { kind: 'tampered-body' }, times: 1 });
    await expect(sdk.curl('POST', '/v3/alipay/marketing/card/query', { body: cardBiz })).rejects.toMatchObject({ code: 'response-signature-verify-error' });
  });

  it.each([
    ['GET', '/v3/alipay/marketing/activity/2016042700826004508401111111', { query: { merchant_id: '2088202967380463' } }, 'activity_id'],
    ['GET', '/v3/alipay/open/mini/version/list/query', { query: { bundle_id: 'com.alipay.alipaywallet' } }, undefined],
    ['POST', '/v3/alipay/boss/fnc/invoice/apply', { body: { biz_id: 'B1' } }, undefined],
    ['DELETE', '/v3/alipay/iservice/ccm/agent/delete', { query: { id: 'A1' } }, undefined],
  ] as const)('curl %s %s: any operation of the catalogue answers on its verb and path, verified', async (verb, path, options, echoed) => {
    const { data, responseHttpStatus } = await sdk.curl(verb, path, options as never);
    expect(responseHttpStatus).toBe(200);
    expect(typeof data).toBe('object');
    if (echoed) expect((data as Record<string, unknown>)[echoed]).toBe(path.split('/').pop());
  });

  it('gets the gateway\'s v3 error for a card that does not exist, and our client the same', async () => {
    await expect(sdk.curl('POST', '/v3/alipay/marketing/card/query', { body: { target_card_no_type: 'BIZ_CARD', target_card_no: '404' } })).rejects.toMatchObject({ code: 'CARD_NOT_EXIT', responseHttpStatus: 400 });
    const { app } = await testKeys();
    const client = new AlipayClient({ appId: server.gateway.appId, privateKey: app.privateKey, alipayPublicKey: server.gateway.alipayPublicKey, protocol: 'v3', endpoint: server.gatewayUrl.replace('/gateway.do', '') });
    await expect(client.execute(CARD_QUERY, { target_card_no_type: 'BIZ_CARD', target_card_no: '404' })).rejects.toMatchObject({ code: 'CARD_NOT_EXIT', status: 400, verified: true });
    expect((await client.execute(ACTIVATEFORM, formBiz, { authToken: SAMPLE_AUTH_TOKEN })).fields.OPEN_FORM_FIELD_NAME).toBe('Tom');
  });
});

