// End to end against the mock gateway (mocks/): both APIs, the seeds' error codes, and the
// invalid-signature diagnosis.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlipayApiError, untyped } from '../../src/index.ts';
import { SAMPLE_AUTH_TOKEN, generateKeyPair } from '../../mocks/index.ts';
import { ACTIVATEFORM, CARD_QUERY, cardBiz, formBiz, mockSetup, rejectionOf, signedCall } from '../support.ts';

describe('both APIs against the mock gateway', () => {
  it('card query by card number, with the user', async () => {
    const { client } = await mockSetup();
    const card = await client.execute(CARD_QUERY, {
      target_card_no_type: 'BIZ_CARD',
      target_card_no: '000001',
      card_user_info: { user_uni_id: '2088302463082075', user_uni_id_type: 'UID' },
    });
    expect(card.code).toBe('10000');
    expect(card.card_info).toMatchObject({ biz_card_no: '000001', balance: '124.89', point: '88', level: 'VIP1' });
    expect(card.card_info.mdcode_info?.time_stamp).toBe(1496996459);
    expect(card.pass_id).toBe('21942125');
  });

  it('card query by dynamic code', async () => {
    const { client } = await mockSetup();
    const card = await client.execute(CARD_QUERY, { target_card_no_type: 'D_QR_CODE', target_card_no: '1KFCDY0002' });
    expect(card.card_info.biz_card_no).toBe('000001');
  });

  it('activation form with the user\'s auth token', async () => {
    const { client } = await mockSetup();
    const form = await client.execute(ACTIVATEFORM, formBiz, { authToken: SAMPLE_AUTH_TOKEN });
    expect(form.fields).toEqual({ OPEN_FORM_FIELD_GENDER: 'Male', OPEN_FORM_FIELD_MOBILE: '13888888888', OPEN_FORM_FIELD_NAME: 'Tom' });
  });

  it('RSA (SHA-1) end to end', async () => {
    const { client, gateway } = await mockSetup({}, { signType: 'RSA' });
    await client.execute(CARD_QUERY, cardBiz);
    expect(gateway.requests[0]!.params.sign_type).toBe('RSA');
  });
});

describe('the seeds\' error codes', () => {
  const cases: Array<[string, () => Promise<unknown>, Record<string, unknown>]> = [
    ['CARD_NOT_EXIT for an unknown card', async () => (await mockSetup()).client.execute(CARD_QUERY, { target_card_no_type: 'BIZ_CARD', target_card_no: '999999' }), { code: '40004', subCode: 'CARD_NOT_EXIT' }],
    ['CARD_NOT_EXIT for another user\'s card', async () => (await mockSetup()).client.execute(CARD_QUERY, { target_card_no_type: 'BIZ_CARD', target_card_no: '000001', card_user_info: { user_uni_id: '2088000000000000', user_uni_id_type: 'UID' } }), { subCode: 'CARD_NOT_EXIT' }],
    ['REQUEST_ID_INVALID for an unknown request id', async () => (await mockSetup()).client.execute(ACTIVATEFORM, { ...formBiz, request_id: '1' }, { authToken: SAMPLE_AUTH_TOKEN }), { subCode: 'REQUEST_ID_INVALID' }],
    ['REQUEST_ID_INVALID for another template', async () => (await mockSetup()).client.execute(ACTIVATEFORM, { ...formBiz, template_id: '1' }, { authToken: SAMPLE_AUTH_TOKEN }), { subCode: 'REQUEST_ID_INVALID' }],
    ['REQUEST_ID_EXPIRE after the form\'s lifetime', async () => {
      let clock = new Date('2024-05-13T09:00:00Z');
      const { client } = await mockSetup({ now: () => clock });
      await client.execute(ACTIVATEFORM, formBiz, { authToken: SAMPLE_AUTH_TOKEN });
      clock = new Date('2024-05-13T09:31:00Z');
      return client.execute(ACTIVATEFORM, formBiz, { authToken: SAMPLE_AUTH_TOKEN });
    }, { subCode: 'REQUEST_ID_EXPIRE' }],
    ['aop.invalid-auth-token without an auth token', async () => (await mockSetup()).client.execute(ACTIVATEFORM, formBiz), { code: '20001', subCode: 'aop.invalid-auth-token' }],
    ['aop.invalid-auth-token for an unknown auth token', async () => (await mockSetup()).client.execute(ACTIVATEFORM, formBiz, { authToken: 'nope' }), { subCode: 'aop.invalid-auth-token' }],
    ['isv.invalid-method for an unknown method', async () => (await mockSetup()).client.execute(untyped('alipay.no.such.method'), {}), { subCode: 'isv.invalid-method' }],
  ];

  it.each(cases)('%s', async (_name, call, expected) => {
    const err = await rejectionOf(call);
    expect(err).toBeInstanceOf(AlipayApiError);
    expect(err).toMatchObject({ verified: true, ...expected });
  });

  // Requests the client refuses to send (ERR_REQUEST_INVALID) reach the gateway signed by hand.
  it.each([
    ['NO_CARD_TYPE for an unknown card type', CARD_QUERY, { target_card_no_type: 'PHONE', target_card_no: '1' }, 'NO_CARD_TYPE'],
    ['INVALID_PARAMETER for a missing card number', CARD_QUERY, { target_card_no_type: 'BIZ_CARD' }, 'INVALID_PARAMETER'],
    ['INVALID_PARAMETER for a wrong biz_type', ACTIVATEFORM, { ...formBiz, biz_type: 'COUPON' }, 'INVALID_PARAMETER'],
  ])('%s (signed by hand: the client refuses to send it)', async (_name, method, biz, subCode) => {
    const { gateway, client } = await mockSetup();
    expect(await signedCall(gateway, method, biz, { authToken: SAMPLE_AUTH_TOKEN })).toMatchObject({ code: '40004', sub_code: subCode });
    expect(await rejectionOf(() => client.execute(method as typeof CARD_QUERY, biz as never, { authToken: SAMPLE_AUTH_TOKEN }))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    expect(gateway.requests).toHaveLength(1); // only the hand-signed one
  });

  it('an unknown app id gets an unsigned error_response', async () => {
    const { client } = await mockSetup({}, { appId: '2021000000000000' });
    const err = await rejectionOf(() => client.execute(CARD_QUERY, cardBiz));
    expect(err).toMatchObject({ code: '40002', subCode: 'isv.invalid-app-id', verified: false });
  });
});

describe('isv.invalid-signature diagnosis', () => {
  it('a wrong app key: same sign content, so the message blames the key pair', async () => {
    const wrong = await generateKeyPair();
    const { client } = await mockSetup({}, { privateKey: wrong.privateKey });
    const err = await rejectionOf(() => client.execute(CARD_QUERY, cardBiz));
    expect(err).toBeInstanceOf(AlipayApiError);
    expect(err).toMatchObject({ code: '40002', subCode: 'isv.invalid-signature', verified: true });
    expect((err as AlipayApiError).subMsg).toMatch(/&amp;/); // echoed HTML-escaped, like the real gateway
    expect((err as Error).message).toMatch(/same sign content.*private key does not match the app public key/s);
  });

  it('a parameter changed in transit: the message shows the first difference', async () => {
    // A proxy that rewrites the card number after signing.
    const { client } = await mockSetup({}, (gateway) => ({
      fetch: async (input, init) => gateway.fetch(input, { ...init, body: String(init?.body).replace('000001', '000002') }),
    }));
    const err = await rejectionOf(() => client.execute(CARD_QUERY, cardBiz));
    expect((err as Error).message).toMatch(/first difference at character \d+: gateway ".*000002.*", client ".*000001.*"/);
  });

  it('user tokens are masked in the diagnosis', async () => {
    const { client } = await mockSetup({}, (gateway) => ({
      fetch: async (input, init) => gateway.fetch(String(input).replace('auth_token=secret-token', 'auth_token=secret-tokem'), init),
    }));
    const err = await rejectionOf(() => client.execute(ACTIVATEFORM, formBiz, { authToken: 'secret-token' }));
    expect((err as Error).message).toMatch(/first difference/);
    expect((err as Error).message).not.toMatch(/secret-toke/);
    expect((err as AlipayApiError).subMsg).toMatch(/secret-tokem/); // the field keeps the gateway's text
  });
});

describe('through msw setupServer and the global fetch', () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('serves the client with no injected fetch', async () => {
    const { gateway, client } = await mockSetup({}, { fetch: undefined }); // the global fetch, which msw intercepts
    server.use(...gateway.handlers);
    const card = await client.execute(CARD_QUERY, cardBiz);
    expect(card.card_info.balance).toBe('124.89');
  });
});
