// v3: success or failure is read from what is signed (the body), never from the HTTP status, which
// the signature does not cover. A signed error answer moved under a 200 is still an AlipayApiError
// (through execute, request() and the building block); a signed success moved under a 4xx is
// refused; an unsigned answer is never data.
import { describe, expect, it } from 'vitest';
import { AlipayApiError, AlipayError } from '../../src/index.ts';
import { aesEncrypt, importAesKey } from '../../src/tools.ts';
import { importPublicKey, isV3ErrorAnswer, v3ApiError, verifyV3Answer } from '../../src/protocol.ts';
import { AES_KEY, CARD_QUERY, cardBiz, clientAnswering, rejectionOf, signedV3Answer, testKeys } from '../support.ts';

const v3 = { protocol: 'v3' as const };
const ERROR = '{"code":"CARD_NOT_EXIT","message":"卡不存在","links":[{"link":"https://open.alipay.com/x","desc":"解决方案"}]}';
const update = { target_card_no: '000001', target_card_no_type: 'BIZ_CARD', occur_time: '2024-05-02 09:30:00', card_info: { point: '188' } } as const;
const remove = { out_serial_no: 'del-1', target_card_no: '000001', target_card_no_type: 'BIZ_CARD', reason_code: 'USER_UNBUND' } as const;

/** The building block's view of one signed answer. */
async function blockVerdict(body: string, status: number, options: Parameters<typeof verifyV3Answer>[2] = {}) {
  const response = (await signedV3Answer(body, { status }))();
  const key = await importPublicKey((await testKeys()).alipay.publicKey);
  return verifyV3Answer({ status: response.status, headers: response.headers, body }, key, { method: 'POST /v3/x', ...options });
}

describe('the rule: a string code and a string message', () => {
  it.each([
    [{ code: 'invalid-parameter', message: '参数有误' }, true],
    [{ code: 'x', message: '', links: 'https://open.alipay.com/y' }, true],
    [{ code: '10000', msg: 'Success', card_info: {} }, false],
    [{ code: 'x' }, false],
    [{ message: 'x' }, false],
    [{ code: 40004, message: 'x' }, false],
    [{ code: 'x', message: { text: 'y' } }, false],
    [[{ code: 'x', message: 'y' }], false],
    ['{"code":"x","message":"y"}', false],
    [null, false],
    [undefined, false],
  ])('%j → %s', (value, expected) => expect(isV3ErrorAnswer(value)).toBe(expected));

  it('reads code and message once each; a getter that throws is an AlipayError', () => {
    let reads = 0;
    const shifting = { get code() { reads++; return reads === 1 ? 'x' : 1; }, message: 'y' };
    expect(isV3ErrorAnswer(shifting)).toBe(true);
    expect(reads).toBe(1);
    const err = (() => { try { return isV3ErrorAnswer({ get code(): string { throw new Error('boom'); } }); } catch (e) { return e; } })();
    expect(err).toBeInstanceOf(AlipayError);
    expect(err).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
  });
});

describe('a signed error answer under HTTP 200 is an AlipayApiError, verified', () => {
  it('through request()', async () => {
    const { client } = await clientAnswering(await signedV3Answer(ERROR, { status: 200 }), v3);
    const err = await rejectionOf(() => client.request('POST', '/v3/alipay/marketing/card/query', { body: cardBiz }));
    expect(err).toBeInstanceOf(AlipayApiError);
    expect(err).toMatchObject({ code: 'CARD_NOT_EXIT', msg: '卡不存在', status: 200, verified: true, traceId: 'trace-1', links: [{ link: 'https://open.alipay.com/x', desc: '解决方案' }] });
  });

  it('through execute on a v3 client: the card query, and card.update and card.delete, whose result fields are all optional', async () => {
    const { client } = await clientAnswering(await signedV3Answer(ERROR, { status: 200 }), v3);
    for (const call of [() => client.execute(CARD_QUERY, cardBiz), () => client.execute('alipay.marketing.card.update', update), () => client.execute('alipay.marketing.card.delete', remove)]) {
      const err = await rejectionOf(call);
      expect(err).toBeInstanceOf(AlipayApiError);
      expect(err).toMatchObject({ code: 'CARD_NOT_EXIT', status: 200, verified: true });
    }
  });

  it('through the building block verifyV3Answer, with any 2xx status', async () => {
    for (const status of [200, 201, 202]) {
      const err = await rejectionOf(() => blockVerdict(ERROR, status));
      expect(err).toBeInstanceOf(AlipayApiError);
      expect(err).toMatchObject({ code: 'CARD_NOT_EXIT', method: 'POST /v3/x', status, verified: true, traceId: 'trace-1' });
    }
  });

  it('also when the call asked for AES: a plain error body, or an encrypted one', async () => {
    const aes = await importAesKey(AES_KEY);
    for (const body of [ERROR, await aesEncrypt(ERROR, aes)]) {
      const { client } = await clientAnswering(await signedV3Answer(body, { status: 200 }), { ...v3, encryptKey: AES_KEY });
      const err = await rejectionOf(() => client.request('POST', '/v3/x', { body: cardBiz, needEncrypt: true }));
      expect(err).toBeInstanceOf(AlipayApiError);
      expect(err).toMatchObject({ code: 'CARD_NOT_EXIT', status: 200, verified: true });
    }
  });

  it('a signed error under its own status stays what it was', async () => {
    const err = await rejectionOf(() => blockVerdict(ERROR, 400));
    expect(err).toMatchObject({ name: 'AlipayApiError', code: 'CARD_NOT_EXIT', status: 400, verified: true });
  });
});

describe('a signed success body under a status outside 2xx is refused', () => {
  const success = '{"card_info":{"biz_card_no":"000001","balance":"124.89"}}';

  it.each([400, 404, 302, 500])('HTTP %i: ERR_HTTP_STATUS, through request(), execute and the building block', async (status) => {
    const { client } = await clientAnswering(await signedV3Answer(success, { status }), { ...v3, maxRetries: 0 });
    for (const call of [() => client.request('POST', '/v3/x', { body: {} }), () => client.execute(CARD_QUERY, cardBiz), () => blockVerdict(success, status)]) {
      const err = await rejectionOf(call);
      expect(err).toBeInstanceOf(AlipayError);
      expect(err).not.toBeInstanceOf(AlipayApiError);
      expect(err).toMatchObject({ code: 'ERR_HTTP_STATUS', status, message: expect.stringMatching(/which is not an error answer \(\{ code, message \}\): refused/) });
    }
  });

  it('a v2-style body with code and msg (no message) under a 4xx is refused too, not an error answer', async () => {
    expect(await rejectionOf(() => blockVerdict('{"code":"10000","msg":"Success"}', 400))).toMatchObject({ name: 'AlipayError', code: 'ERR_HTTP_STATUS', status: 400 });
  });
});

describe('what stays as it was', () => {
  it('a real success, with or without v2-style code and msg, is data', async () => {
    const { client } = await clientAnswering(await signedV3Answer('{"code":"10000","msg":"Success","card_info":{"balance":"124.89"}}'), v3);
    expect((await client.request('POST', '/v3/x', { body: {} })).data).toEqual({ code: '10000', msg: 'Success', card_info: { balance: '124.89' } });
    expect(await blockVerdict('{"template_id":"1"}', 200)).toEqual({ template_id: '1' });
    expect(await blockVerdict('[{"code":"x","message":"y"}]', 200)).toEqual([{ code: 'x', message: 'y' }]);
  });

  it('a 204 with an empty signed body is null', async () => {
    const { client } = await clientAnswering(await signedV3Answer('', { status: 204 }), v3);
    expect(await client.request('DELETE', '/v3/x')).toEqual({ data: null, traceId: 'trace-1', status: 204 });
    expect(await blockVerdict('', 204)).toBeNull();
  });

  it('an unsigned error answer is reported unverified, only with a status of 400 or more; an unsigned 200 is never data', async () => {
    const { client } = await clientAnswering(() => new Response(ERROR, { status: 400 }), v3);
    expect(await rejectionOf(() => client.request('POST', '/v3/x', { body: {} }))).toMatchObject({ name: 'AlipayApiError', code: 'CARD_NOT_EXIT', status: 400, verified: false });
    const { client: ok } = await clientAnswering(() => new Response(ERROR, { status: 200 }), v3);
    expect(await rejectionOf(() => ok.request('POST', '/v3/x', { body: {} }))).toMatchObject({ name: 'AlipayError', code: 'ERR_SIGNATURE_MISSING' });
    const key = await importPublicKey((await testKeys()).alipay.publicKey);
    expect(await rejectionOf(() => verifyV3Answer({ status: 403, headers: new Headers(), body: ERROR }, key))).toMatchObject({ name: 'AlipayApiError', status: 403, verified: false });
    expect(await rejectionOf(() => verifyV3Answer({ status: 200, headers: new Headers(), body: ERROR }, key))).toMatchObject({ code: 'ERR_SIGNATURE_MISSING' });
  });

  it('v3ApiError: an error body by the same rule, anything else ERR_HTTP_STATUS', () => {
    expect(v3ApiError(ERROR, { method: 'm', status: 400, verified: false })).toMatchObject({ name: 'AlipayApiError', code: 'CARD_NOT_EXIT', msg: '卡不存在', verified: false });
    for (const body of ['{"code":"invalid-app-id"}', '{"code":40004,"message":"x"}', '<html>502</html>', '']) {
      expect(v3ApiError(body, { method: 'm', status: 502, verified: false })).toMatchObject({ name: 'AlipayError', code: 'ERR_HTTP_STATUS', status: 502 });
    }
  });
});
