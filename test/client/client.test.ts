// AlipayClient.execute end to end: the seeds' samples, forgeries, and every failure mode as an
// AlipayError with a literal code.
import { describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { AlipayApiError, AlipayClient, AlipayError, untyped } from '../../src/index.ts';
import { ACTIVATEFORM, ACTIVATEFORM_SEED, CARD_QUERY, CARD_QUERY_SEED, type Responder, alipaySign, cardBiz, clientAnswering, formBiz, keyConfig, rejectionOf, seedSamples, signedJsonAnswer, signedJsonSample as signed, testKeys } from '../support.ts';

describe('the seeds\' JSON samples', () => {
  it('card query: the response sample becomes the typed result', async () => {
    const samples = seedSamples(CARD_QUERY_SEED);
    const { client } = await clientAnswering(await signed(samples.json, CARD_QUERY));
    const card = await client.execute(CARD_QUERY, cardBiz);
    expect(card).toEqual(JSON.parse(samples.json).alipay_marketing_card_query_response);
    expect(card.card_info.balance).toBe('124.89');
    expect(card.card_info.point).toBe('88');
    expect(card.card_info.mdcode_info?.time_stamp).toBe(1496996459);
    expect(card.card_info.front_text_list).toEqual([{ label: 'Major', value: 'Finance and trading' }]);
    expect(card.schema_url).toBe('alipays://platformapi/startapp?appId=20000021&b=m&p=111');
  });

  it('activation form: infos decoded into a list and a merged record', async () => {
    const samples = seedSamples(ACTIVATEFORM_SEED);
    const { client } = await clientAnswering(await signed(samples.json, ACTIVATEFORM));
    const form = await client.execute(ACTIVATEFORM, formBiz, { authToken: '20130319e9b8d53d09034da8998caefa756c4006' });
    expect(form).toEqual({
      code: '10000',
      msg: 'Success',
      infos: [{ OPEN_FORM_FIELD_GENDER: 'Male' }, { OPEN_FORM_FIELD_MOBILE: '13888888888' }, { OPEN_FORM_FIELD_NAME: 'Tom' }],
      fields: { OPEN_FORM_FIELD_GENDER: 'Male', OPEN_FORM_FIELD_MOBILE: '13888888888', OPEN_FORM_FIELD_NAME: 'Tom' },
    });
  });

  it.each([
    [CARD_QUERY, CARD_QUERY_SEED],
    [ACTIVATEFORM, ACTIVATEFORM_SEED],
  ])('%s: the exception sample becomes a verified AlipayApiError', async (method, seed) => {
    const body = await signed(seedSamples(seed).exception, method);
    const { client } = await clientAnswering(() => new Response(body, { headers: { trace_id: '0b8d1f2e17' } }));
    const biz = method === CARD_QUERY ? cardBiz : formBiz;
    const err = await rejectionOf(() => client.execute(method as typeof CARD_QUERY, biz as never));
    expect(err).toBeInstanceOf(AlipayApiError);
    expect(err).toBeInstanceOf(AlipayError);
    expect(err).toMatchObject({
      code: '20000',
      msg: 'Service Currently Unavailable',
      subCode: 'isp.unknow-error',
      subMsg: 'The system is busy.',
      method,
      traceId: '0b8d1f2e17',
      verified: true,
    });
  });

  it('the samples\' placeholder sign does not verify', async () => {
    const { client } = await clientAnswering(seedSamples(CARD_QUERY_SEED).json);
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_SIGNATURE_INVALID' });
  });
});

describe('forgeries never return unsigned data', () => {
  const good = async () => signed(seedSamples(CARD_QUERY_SEED).json, CARD_QUERY);

  it('a tampered value', async () => {
    const body = (await good()).replace('"124.89"', '"999.89"');
    const { client } = await clientAnswering(body);
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_SIGNATURE_INVALID' });
  });

  it('a success without sign', async () => {
    const body = (await good()).replace(/,\s*"sign":\s*"[^"]*"/, '');
    expect(body).not.toContain('"sign"');
    const { client } = await clientAnswering(body);
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_SIGNATURE_MISSING' });
  });

  it('the node twice (a signed copy and a forged copy)', async () => {
    const body = await good();
    const forged = body.replace(/^\{/, '{"alipay_marketing_card_query_response":{"code":"10000","card_info":{"balance":"1000000.00"}},');
    const { client } = await clientAnswering(forged);
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
  });

  it('the node name inside a string value of a signed error', async () => {
    const node = JSON.stringify({ code: '40004', msg: 'Business Failed', sub_code: 'CARD_NOT_EXIT', sub_msg: '"alipay_marketing_card_query_response":{"code":"10000"}' });
    const { client } = await clientAnswering(await signedJsonAnswer('error_response', node));
    const err = await rejectionOf(() => client.execute(CARD_QUERY, cardBiz));
    expect(err).toBeInstanceOf(AlipayApiError);
    expect(err).toMatchObject({ code: '40004', subCode: 'CARD_NOT_EXIT', verified: true });
  });

  it('a nested node of the same name beside a signed error', async () => {
    const node = '{"code":"40004","msg":"Business Failed","sub_code":"CARD_NOT_EXIT"}';
    const sign = await alipaySign(node);
    const body = `{"wrapper":{"alipay_marketing_card_query_response":{"code":"10000","card_info":{}}},"error_response":${node},"sign":"${sign}"}`;
    const { client } = await clientAnswering(body);
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: '40004', subCode: 'CARD_NOT_EXIT' });
  });

  it('a signed success node moved into error_response is not a success', async () => {
    const body = (await good()).replace('alipay_marketing_card_query_response', 'error_response');
    const { client } = await clientAnswering(body);
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
  });

  it('an unsigned error_response is an unverified AlipayApiError', async () => {
    const { client } = await clientAnswering('{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-app-id","sub_msg":"无效的AppID参数"}}');
    const err = await rejectionOf(() => client.execute(CARD_QUERY, cardBiz));
    expect(err).toBeInstanceOf(AlipayApiError);
    expect(err).toMatchObject({ code: '40002', subCode: 'isv.invalid-app-id', verified: false });
    expect((err as Error).message).toMatch(/not verified/);
  });

  it('data that breaks the schema is ERR_RESPONSE_INVALID with the path', async () => {
    const node = '{"code":"10000","msg":"Success","card_info":{"open_date":"2014-02-20 21:20:46","valid_date":"x","balance":124.89},"schema_url":"alipays://x"}';
    const { client } = await clientAnswering(await signedJsonAnswer('alipay_marketing_card_query_response', node));
    const err = await rejectionOf(() => client.execute(CARD_QUERY, cardBiz));
    expect(err).toMatchObject({ code: 'ERR_RESPONSE_INVALID', path: 'card_info.balance' });
  });

  it('infos that is not JSON is ERR_RESPONSE_INVALID', async () => {
    const node = '{"code":"10000","msg":"Success","infos":"[{\\"a\\":"}';
    const { client } = await clientAnswering(await signedJsonAnswer('alipay_marketing_card_activateform_query_response', node));
    expect(await rejectionOf(() => client.execute(ACTIVATEFORM, formBiz))).toMatchObject({ code: 'ERR_RESPONSE_INVALID', path: 'infos' });
  });
});

describe('every failure is an AlipayError with a literal code', () => {
  const cases: Array<[string, Responder, string]> = [
    ['a truncated body', '{"alipay_marketing_card_query_response":{"code":"10000","msg":"Su', 'ERR_RESPONSE_MALFORMED'],
    ['an empty body', '', 'ERR_RESPONSE_MALFORMED'],
    ['an HTML body', '<!DOCTYPE html><html><body>系统繁忙</body></html>', 'ERR_RESPONSE_MALFORMED'],
    ['the wrong node', '{"alipay_trade_query_response":{"code":"10000"},"sign":"eA=="}', 'ERR_RESPONSE_MALFORMED'],
    ['a JSON array', '[]', 'ERR_RESPONSE_MALFORMED'],
    ['JSON null', 'null', 'ERR_RESPONSE_MALFORMED'],
    ['a node with invalid JSON inside', '{"alipay_marketing_card_query_response":{"code":"10000",,},"sign":"eA=="}', 'ERR_SIGNATURE_INVALID'],
    ['an unsigned node with invalid JSON inside', '{"alipay_marketing_card_query_response":{"code":01}}', 'ERR_RESPONSE_MALFORMED'],
    ['HTTP 502', () => new Response('<html>Bad Gateway</html>', { status: 502 }), 'ERR_HTTP_STATUS'],
    ['HTTP 404', () => new Response('', { status: 404 }), 'ERR_HTTP_STATUS'],
    ['a network failure', () => Promise.reject(new TypeError('fetch failed')), 'ERR_NETWORK'],
    ['a fetch that returns no Response', () => undefined as unknown as Response, 'ERR_NETWORK'],
    ['a body that fails while reading', () => new Response(new ReadableStream({ pull: (c) => c.error(new TypeError('terminated')) })), 'ERR_NETWORK'],
  ];

  it.each(cases)('%s', async (_name, respond, code) => {
    const { client } = await clientAnswering(respond);
    const err = await rejectionOf(() => client.execute(CARD_QUERY, cardBiz));
    expect(err).toBeInstanceOf(AlipayError);
    expect(err).not.toBeInstanceOf(TypeError);
    expect(err).not.toBeInstanceOf(SyntaxError);
    expect((err as AlipayError).code).toBe(code);
  });

  it('HTTP status is kept on the error', async () => {
    const { client } = await clientAnswering(() => new Response('busy', { status: 503 }));
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_HTTP_STATUS', status: 503 });
  });

  it('a timeout fires even when fetch ignores its signal', async () => {
    const { client } = await clientAnswering(() => new Promise<Response>(() => {}), { timeout: 50 });
    const started = Date.now();
    const err = await rejectionOf(() => client.execute(CARD_QUERY, cardBiz));
    expect(err).toMatchObject({ code: 'ERR_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a per-call timeout covers a body that never ends', async () => {
    const { client } = await clientAnswering(() => new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"a')) })));
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz, { timeout: 50 }))).toMatchObject({ code: 'ERR_TIMEOUT' });
  });

  it('the caller\'s signal aborts the call', async () => {
    const { client } = await clientAnswering((request) => new Promise<Response>((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason))));
    const controller = new AbortController();
    const pending = rejectionOf(() => client.execute(CARD_QUERY, cardBiz, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    expect(await pending).toMatchObject({ code: 'ERR_ABORTED' });
  });

  it('an already aborted signal sends nothing', async () => {
    const { client, requests } = await clientAnswering('{}');
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz, { signal: AbortSignal.abort() }))).toMatchObject({ code: 'ERR_ABORTED' });
    expect(requests).toHaveLength(0);
  });

  it('bizContent that cannot be serialised is ERR_REQUEST_INVALID, nothing sent', async () => {
    const { client, requests } = await clientAnswering('{}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(await rejectionOf(() => client.execute(untyped('alipay.any.method'), cyclic))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    expect(requests).toHaveLength(0);
  });
});

describe('requests', () => {
  it('common params in the query, biz_content in the form body, China time whatever TZ', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-05-13T09:49:20Z'));
    const original = process.env.TZ;
    try {
      for (const zone of ['UTC', 'America/Los_Angeles']) {
        process.env.TZ = zone;
        const { client, requests } = await clientAnswering('{}');
        await rejectionOf(() =>
          client.execute(CARD_QUERY, cardBiz, { authToken: 'tok', appAuthToken: 'app-tok', notifyUrl: 'https://m.example/notify' }),
        );
        const request = requests[0]!;
        const query = new URL(request.url).searchParams;
        expect(request.method).toBe('POST');
        expect(request.headers.get('content-type')).toBe('application/x-www-form-urlencoded;charset=utf-8');
        expect(query.get('timestamp')).toBe('2024-05-13 17:49:20');
        expect(Object.fromEntries(query)).toMatchObject({
          app_id: '2014072300007148',
          method: CARD_QUERY,
          format: 'JSON',
          charset: 'utf-8',
          sign_type: 'RSA2',
          version: '1.0',
          auth_token: 'tok',
          app_auth_token: 'app-tok',
          notify_url: 'https://m.example/notify',
        });
        expect(query.get('sign')).toMatch(/^[A-Za-z0-9+/]{342}==$/);
        expect(query.has('biz_content')).toBe(false);
        const body = new URLSearchParams(await request.text());
        expect([...body.keys()]).toEqual(['biz_content']);
        expect(body.get('biz_content')).toBe(JSON.stringify(cardBiz));
      }
    } finally {
      vi.useRealTimers();
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('uses globalThis.fetch at call time when none is injected', async () => {
    const client = new AlipayClient(await keyConfig());
    const spy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('<html>', { status: 200 }));
    try {
      expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
      expect(spy).toHaveBeenCalledOnce();
      expect(String(spy.mock.calls[0]![0])).toMatch(/^https:\/\/openapi\.alipay\.com\/gateway\.do\?/);
    } finally {
      spy.mockRestore();
    }
  });

  it('calls an injected fetch detached, as workerd requires (no foreign `this`)', async () => {
    let receiver: unknown = 'not called';
    const strictFetch = function (this: unknown) {
      receiver = this;
      return Promise.resolve(new Response('<html>'));
    } as unknown as typeof fetch;
    const client = new AlipayClient({ ...(await keyConfig()), fetch: strictFetch });
    await rejectionOf(() => client.execute(CARD_QUERY, cardBiz));
    expect(receiver).toBeUndefined();
  });

  it('RSA (SHA-1) signs and verifies too', async () => {
    const node = '{"code":"10000","msg":"Success","file_id":"F1"}';
    const { client, requests } = await clientAnswering(await signedJsonAnswer('alipay_open_file_upload_response', node, 'RSA'), { signType: 'RSA' });
    expect(await client.execute('alipay.open.file.upload', {})).toEqual({ code: '10000', msg: 'Success', file_id: 'F1' });
    expect(new URL(requests[0]!.url).searchParams.get('sign_type')).toBe('RSA');
  });

  it('a generic method validates with the caller\'s schema', async () => {
    const node = '{"code":"10000","msg":"Success","file_id":"F1"}';
    const { client } = await clientAnswering(await signedJsonAnswer('alipay_open_file_upload_response', node));
    const typed = await client.execute(untyped('alipay.open.file.upload'), {}, { schema: v.object({ file_id: v.string() }) });
    expect(typed).toEqual({ file_id: 'F1' });
    const failing = await rejectionOf(() => client.execute(untyped('alipay.open.file.upload'), {}, { schema: v.object({ file_id: v.number() }) }));
    expect(failing).toMatchObject({ code: 'ERR_RESPONSE_INVALID', path: 'file_id' });
  });

  it('imports each key once per client', async () => {
    const importKey = vi.spyOn(crypto.subtle, 'importKey');
    try {
      const body = await signedJsonAnswer('alipay_x_y_response', '{"code":"10000","msg":"Success"}');
      importKey.mockClear();
      const { client } = await clientAnswering(body);
      await Promise.all([client.execute(untyped('alipay.x.y'), {}), client.execute(untyped('alipay.x.y'), {})]);
      await client.execute(untyped('alipay.x.y'), {});
      expect(importKey).toHaveBeenCalledTimes(2); // one private, one public
    } finally {
      importKey.mockRestore();
    }
  });
});

describe('configuration', () => {
  it.each([
    ['no appId', { appId: '' }, 'ERR_CONFIG'],
    ['a bad signType', { signType: 'RSA3' }, 'ERR_CONFIG'],
    ['a bad timeout', { timeout: -1 }, 'ERR_CONFIG'],
    ['a bad gateway', { gateway: 'not a url' }, 'ERR_CONFIG'],
    ['a bad private key', { privateKey: 'nope' }, 'ERR_KEY_INVALID'],
    ['a private key as alipayPublicKey', { alipayPublicKey: 'PRIVATE' }, 'ERR_KEY_INVALID'],
  ])('%s fails at construction', async (_name, override, code) => {
    const { app } = await testKeys();
    const config = { ...(await keyConfig()), ...override } as Record<string, unknown>;
    if (config.alipayPublicKey === 'PRIVATE') config.alipayPublicKey = app.privateKey;
    expect(() => new AlipayClient(config as never)).toThrow(expect.objectContaining({ code }));
  });

  it('sandbox selects the sandbox gateway; gateway overrides it', async () => {
    const base = await keyConfig();
    expect(new AlipayClient({ ...base, sandbox: true }).gateway).toBe('https://openapi-sandbox.dl.alipaydev.com/gateway.do');
    expect(new AlipayClient({ ...base, sandbox: true, gateway: 'https://gw.example/gateway.do' }).gateway).toBe('https://gw.example/gateway.do');
  });
});
