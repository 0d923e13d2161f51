// The membership-card journey: every typed API against the mock gateway (success and documented
// errors, JSON and XML), request validation, the multipart upload, and the activation flow.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AlipayApiError, AlipayClient, AlipayError, completeActivation, parseActivationCallback, untyped } from '../../src/index.ts';
import { buildSignContent, importPublicKey, verifyContent } from '../../src/protocol.ts';
import type { ApiRequest, KnownMethod } from '../../src/index.ts';
import type { MockGateway } from '../../mocks/index.ts';
import { readFileSync } from 'node:fs';
import { mockSetup, rejectionOf } from '../support.ts';

const USER = '2088102150477652';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const style = { card_show_name: 'Demo', logo_id: 'img1', background_id: 'img1' };

let clock = new Date('2024-05-01T04:00:00Z');

async function setup(format: 'json' | 'xml' = 'json') {
  clock = new Date('2024-05-01T04:00:00Z');
  const { gateway, client, keys } = await mockSetup({ now: () => clock }, { format });
  return { gateway, client, app: keys.app };
}

/** Template, form and link: the steps before a user applies. */
async function readyTemplate(client: AlipayClient) {
  const { template_id } = await client.execute('alipay.marketing.card.template.create', { request_id: 'r1', template_style_info: style, biz_no_prefix: 'mk', biz_no_suffix_len: '10' });
  await client.execute('alipay.marketing.card.formtemplate.set', { template_id, fields: { required: { common_fields: ['OPEN_FORM_FIELD_MOBILE'] }, optional: { common_fields: ['OPEN_FORM_FIELD_NAME'] } } });
  const { apply_card_url } = await client.execute('alipay.marketing.card.activateurl.apply', { template_id, callback: 'https://merchant.example/cb', out_string: 'ctx' });
  return { template_id, apply_card_url };
}

/** The user applied and the callback's code is exchanged: the token and the form's request id. */
async function authorised(gateway: MockGateway, client: AlipayClient) {
  const { template_id, apply_card_url } = await readyTemplate(client);
  const callback = parseActivationCallback(gateway.submitActivationForm(apply_card_url, { user_id: USER, fields: { OPEN_FORM_FIELD_MOBILE: '1' } }));
  const token = await client.execute('alipay.system.oauth.token', { grant_type: 'authorization_code', code: callback.authCode });
  return { template_id, callback, token };
}

async function activated(gateway: MockGateway, client: AlipayClient) {
  const { template_id, apply_card_url } = await readyTemplate(client);
  const callback = gateway.submitActivationForm(apply_card_url, { user_id: USER, fields: { OPEN_FORM_FIELD_MOBILE: '13800000000', OPEN_FORM_FIELD_NAME: '李四' } });
  return { template_id, callback, activation: await completeActivation(client, callback, { templateId: template_id }) };
}

async function openedCard(gateway: MockGateway, client: AlipayClient) {
  const { template_id, activation } = await activated(gateway, client);
  const opened = await client.execute(
    'alipay.marketing.card.open',
    { out_serial_no: 's1', card_template_id: template_id, card_user_info: activation.cardUserInfo, card_ext_info: { external_card_no: 'E1', point: '10', balance: '1.00' } },
    { authToken: activation.accessToken },
  );
  return { template_id, activation, bizCardNo: opened.card_info.biz_card_no! };
}

const expectApiError = async (call: Promise<unknown>, subCode: string) => {
  const err = await rejectionOf(() => call);
  expect(err).toBeInstanceOf(AlipayApiError);
  expect(err).toMatchObject({ subCode, verified: true });
};

describe.each(['json', 'xml'] as const)('every typed API against the mock gateway (%s)', (format) => {
  it('alipay.offline.material.image.upload: success, UNKNOWN_FORMAT', async () => {
    const { client, gateway } = await setup(format);
    const image = await client.execute('alipay.offline.material.image.upload', { image_type: 'png', image_name: 'logo', image_content: PNG });
    expect(image.image_id).toMatch(/^mock/);
    expect(gateway.state.images.get(image.image_id)).toEqual({ name: 'logo', type: 'png', bytes: 8 });
    await expectApiError(client.execute('alipay.offline.material.image.upload', { image_type: 'exe', image_name: 'x', image_content: new Blob([PNG]) }), 'UNKNOWN_FORMAT');
  });

  it('alipay.marketing.card.template.create / .modify / .query: success, TEMPLATE_NOT_EXIT', async () => {
    const { client } = await setup(format);
    const { template_id } = await client.execute('alipay.marketing.card.template.create', { request_id: 'r1', template_style_info: style, card_level_conf: [{ level: 'VIP1', level_show_name: 'Silver' }] });
    expect((await client.execute('alipay.marketing.card.template.modify', { request_id: 'r2', template_id, template_style_info: { ...style, card_show_name: 'New' } })).template_id).toBe(template_id);
    const template = await client.execute('alipay.marketing.card.template.query', { template_id });
    expect(template).toMatchObject({ card_type: 'OUT_MEMBER_CARD', template_style_info: { card_show_name: 'New' }, card_level_confs: [{ level: 'VIP1', level_show_name: 'Silver' }] });
    await expectApiError(client.execute('alipay.marketing.card.template.modify', { request_id: 'r3', template_id: 'nope', template_style_info: style }), 'TEMPLATE_NOT_EXIT');
    await expectApiError(client.execute('alipay.marketing.card.template.query', { template_id: 'nope' }), 'TEMPLATE_NOT_EXIT');
  });

  it('alipay.marketing.card.formtemplate.set: objects sent as JSON strings; CARD_TEMPLATE_NOT_EXIST, DUPLICATE_FORM_FIELD', async () => {
    const { client, gateway } = await setup(format);
    const { template_id } = await client.execute('alipay.marketing.card.template.create', { request_id: 'r1', template_style_info: style });
    await client.execute('alipay.marketing.card.formtemplate.set', { template_id, fields: { required: { common_fields: ['OPEN_FORM_FIELD_MOBILE'] } } });
    const sent = JSON.parse(gateway.requests.at(-1)!.params.biz_content!);
    expect(sent.fields.required).toBe('{"common_fields":["OPEN_FORM_FIELD_MOBILE"]}');
    await expectApiError(client.execute('alipay.marketing.card.formtemplate.set', { template_id: 'nope', fields: { required: { common_fields: ['OPEN_FORM_FIELD_MOBILE'] } } }), 'CARD_TEMPLATE_NOT_EXIST');
    await expectApiError(
      client.execute('alipay.marketing.card.formtemplate.set', { template_id, fields: { required: { common_fields: ['OPEN_FORM_FIELD_MOBILE'] }, optional: { common_fields: ['OPEN_FORM_FIELD_MOBILE'] } } }),
      'DUPLICATE_FORM_FIELD',
    );
  });

  it('alipay.marketing.card.activateurl.apply: the link decoded; OPEN_FORM_TEMPLATE_NOT_EXIST', async () => {
    const { client } = await setup(format);
    const { apply_card_url } = await readyTemplate(client);
    expect(apply_card_url).toMatch(/^https:\/\/memberprod\.alipay\.com\/account\/openform\/activecard\.htm\?app_id=/);
    expect(new URL(apply_card_url).searchParams.get('callback')).toBe('https://merchant.example/cb');
    const { template_id } = await client.execute('alipay.marketing.card.template.create', { request_id: 'r9', template_style_info: style });
    await expectApiError(client.execute('alipay.marketing.card.activateurl.apply', { template_id }), 'OPEN_FORM_TEMPLATE_NOT_EXIST');
  });

  it('alipay.system.oauth.token: tokens for a code, refresh; a reused code is isv.code-invalid (error_response)', async () => {
    const { client, gateway } = await setup(format);
    const { apply_card_url } = await readyTemplate(client);
    const callback = parseActivationCallback(gateway.submitActivationForm(apply_card_url, { user_id: USER, fields: { OPEN_FORM_FIELD_MOBILE: '1' } }));
    const token = await client.execute('alipay.system.oauth.token', { grant_type: 'authorization_code', code: callback.authCode });
    expect(token).toMatchObject({ user_id: USER, expires_in: 3600, re_expires_in: 2_592_000 });
    expect(token.code).toBeUndefined(); // success without code
    const sent = gateway.requests.at(-1)!.params;
    expect(sent).toMatchObject({ grant_type: 'authorization_code', code: callback.authCode });
    expect(sent.biz_content).toBeUndefined();
    const refreshed = await client.execute('alipay.system.oauth.token', { grant_type: 'refresh_token', refresh_token: token.refresh_token! });
    expect(refreshed.access_token).not.toBe(token.access_token);
    await expectApiError(client.execute('alipay.system.oauth.token', { grant_type: 'authorization_code', code: callback.authCode }), 'isv.code-invalid');
    await expectApiError(client.execute('alipay.system.oauth.token', { grant_type: 'refresh_token', refresh_token: token.refresh_token! }), 'isv.refresh-token-invalid');
  });

  it('alipay.marketing.card.open: success; CARD_HAS_OPENED, USER_AUTH_FAIL', async () => {
    const { client, gateway } = await setup(format);
    const { template_id, activation, bizCardNo } = await openedCard(gateway, client);
    expect(bizCardNo).toMatch(/^mk\d{10}$/);
    const again = { out_serial_no: 's2', card_template_id: template_id, card_user_info: activation.cardUserInfo, card_ext_info: { external_card_no: 'E1' } };
    await expectApiError(client.execute('alipay.marketing.card.open', again, { authToken: activation.accessToken }), 'CARD_HAS_OPENED');
    await expectApiError(client.execute('alipay.marketing.card.open', again, { authToken: 'forged' }), 'USER_AUTH_FAIL');
  });

  it('alipay.marketing.card.update and .delete: success; CARD_NOT_EXIT, CARD_IS_DELETED_ALREADY', async () => {
    const { client, gateway } = await setup(format);
    const { bizCardNo } = await openedCard(gateway, client);
    await client.execute('alipay.marketing.card.update', { target_card_no: bizCardNo, target_card_no_type: 'BIZ_CARD', occur_time: '2024-05-02 09:30:00', card_info: { point: '99', open_date: '2030-01-01 00:00:00' } });
    const card = await client.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: bizCardNo });
    expect(card.card_info.point).toBe('99');
    expect(card.card_info.open_date).not.toBe('2030-01-01 00:00:00'); // open_date cannot change
    await expectApiError(client.execute('alipay.marketing.card.update', { target_card_no: '404', target_card_no_type: 'BIZ_CARD', occur_time: '2024-05-02 09:30:00', card_info: {} }), 'CARD_NOT_EXIT');
    const del = { out_serial_no: 'd1', target_card_no: bizCardNo, target_card_no_type: 'BIZ_CARD', reason_code: 'CANCEL' } as const;
    expect((await client.execute('alipay.marketing.card.delete', del)).biz_serial_no).toBeDefined();
    await expectApiError(client.execute('alipay.marketing.card.delete', del), 'CARD_IS_DELETED_ALREADY');
    await expectApiError(client.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: bizCardNo }), 'CARD_NOT_EXIT');
  });
});

describe('the activation flow', () => {
  it('the whole journey: template → form → link → callback → form read → open card', async () => {
    const { client, gateway } = await setup();
    const { template_id, activation, bizCardNo } = await openedCard(gateway, client);
    expect(activation).toMatchObject({
      userId: USER,
      templateId: template_id,
      outString: 'ctx',
      fields: { OPEN_FORM_FIELD_MOBILE: '13800000000', OPEN_FORM_FIELD_NAME: '李四' },
      cardUserInfo: { user_uni_id: USER, user_uni_id_type: 'UID' },
      memberExtInfo: { cell: '13800000000', name: '李四' },
    });
    expect(gateway.cards.get(bizCardNo)).toMatchObject({ user_id: USER, template_id });
  });

  it('a reused auth_code is refused', async () => {
    const { client, gateway } = await setup();
    const { template_id, callback } = await activated(gateway, client);
    await expectApiError(completeActivation(client, callback, { templateId: template_id }), 'isv.code-invalid');
  });

  it('an expired auth_code is refused', async () => {
    const { client, gateway } = await setup();
    const { template_id, apply_card_url } = await readyTemplate(client);
    const callback = gateway.submitActivationForm(apply_card_url, { user_id: USER, fields: { OPEN_FORM_FIELD_MOBILE: '1' } });
    clock = new Date(clock.getTime() + 6 * 60_000);
    await expectApiError(completeActivation(client, callback, { templateId: template_id }), 'isv.code-invalid');
  });

  it('an expired request_id is refused', async () => {
    const { client, gateway } = await setup();
    const { template_id, callback, token } = await authorised(gateway, client);
    clock = new Date(clock.getTime() + 31 * 60_000);
    await expectApiError(
      client.execute('alipay.marketing.card.activateform.query', { biz_type: 'MEMBER_CARD', template_id, request_id: callback.requestId }, { authToken: token.access_token }),
      'REQUEST_ID_EXPIRE',
    );
  });

  it('an expired access token is refused', async () => {
    const { client, gateway } = await setup();
    const { template_id, callback, token } = await authorised(gateway, client);
    clock = new Date(clock.getTime() + 61 * 60_000);
    const err = await rejectionOf(() => client.execute('alipay.marketing.card.activateform.query', { biz_type: 'MEMBER_CARD', template_id, request_id: callback.requestId }, { authToken: token.access_token }));
    expect(err).toMatchObject({ code: '20001', subCode: 'aop.invalid-auth-token' });
  });

  it('a callback for another template is refused before any call', async () => {
    const { client, gateway } = await setup();
    const { apply_card_url } = await readyTemplate(client);
    const callback = gateway.submitActivationForm(apply_card_url, { user_id: USER, fields: { OPEN_FORM_FIELD_MOBILE: '1' } });
    const before = gateway.requests.length;
    expect(await rejectionOf(() => completeActivation(client, callback, { templateId: 'other' }))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'template_id' });
    expect(gateway.requests).toHaveLength(before);
  });

  it.each([
    ['no auth_code', '?request_id=1', 'auth_code'],
    ['no request_id', '?auth_code=a', 'request_id'],
    ['auth_code twice', '?auth_code=a&auth_code=b&request_id=1', 'auth_code'],
    ['a malformed auth_code', '?auth_code=a%26b%3Dc&request_id=1', 'auth_code'],
    ['a malformed template_id', '?auth_code=a&request_id=1&template_id=%3Cscript%3E', 'template_id'],
    ['an over-long out_string', `?auth_code=a&request_id=1&out_string=${'x'.repeat(300)}`, 'out_string'],
  ])('parseActivationCallback refuses %s', (_name, query, path) => {
    expect(() => parseActivationCallback(`https://merchant.example/cb${query}`)).toThrow(expect.objectContaining({ code: 'ERR_REQUEST_INVALID', path }));
  });

  it('parseActivationCallback reads the FAQ example, optional params optional', () => {
    const faq = 'https://www.abc.com/?isv_app_id=2016091401901234&app_id=2014100900011234&auth_code=7f3dc16c1f8641a39e8a27f95abcQX20&state=bWNhcmQ%3D&scope=auth_base%2Cauth_user%2Cauth_ecard&template_id=20170614000000000286130000301234&request_id=20190508010231370623158141234&out_string=123';
    expect(parseActivationCallback(faq)).toEqual({
      authCode: '7f3dc16c1f8641a39e8a27f95abcQX20',
      requestId: '20190508010231370623158141234',
      templateId: '20170614000000000286130000301234',
      outString: '123',
      appId: '2014100900011234',
      scope: ['auth_base', 'auth_user', 'auth_ecard'],
      state: 'bWNhcmQ=',
    });
    expect(parseActivationCallback('auth_code=a&request_id=1')).toEqual({ authCode: 'a', requestId: '1' });
  });
});

describe('request validation: ERR_REQUEST_INVALID, nothing sent', () => {
  const cases: Array<[KnownMethod, unknown, string]> = [
    ['alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD' }, 'target_card_no'],
    ['alipay.marketing.card.activateform.query', { biz_type: 'MEMBER_CARD', template_id: '1' }, 'request_id'],
    ['alipay.system.oauth.token', { grant_type: 'authorization_code' }, 'code'],
    ['alipay.marketing.card.template.create', { request_id: 'r1' }, 'template_style_info'],
    ['alipay.marketing.card.template.modify', { request_id: 'r1', template_style_info: style }, 'template_id'],
    ['alipay.marketing.card.template.query', {}, 'template_id'],
    ['alipay.marketing.card.formtemplate.set', { template_id: '1', fields: {} }, 'fields.required'],
    ['alipay.marketing.card.activateurl.apply', { out_string: 'x' }, 'template_id'],
    ['alipay.marketing.card.open', { out_serial_no: 's', card_template_id: 't', card_ext_info: {} }, 'card_user_info'],
    ['alipay.marketing.card.update', { target_card_no: '1', target_card_no_type: 'BIZ_CARD', card_info: {} }, 'occur_time'],
    ['alipay.marketing.card.delete', { out_serial_no: 's', target_card_no: '1', target_card_no_type: 'BIZ_CARD' }, 'reason_code'],
    ['alipay.offline.material.image.upload', { image_type: 'png', image_name: 'logo' }, 'image_content'],
  ];

  it.each(cases)('%s without %s', async (method, request, path) => {
    const { client, gateway } = await setup();
    const err = await rejectionOf(() => client.execute(method, request as ApiRequest<typeof method> as never));
    expect(err).toBeInstanceOf(AlipayError);
    expect(err).toMatchObject({ code: 'ERR_REQUEST_INVALID', path });
    expect((err as Error).message).toMatch(/Nothing was sent/);
    expect(gateway.requests).toHaveLength(0);
  });

  it.each([
    ['a callback with a query string', 'alipay.marketing.card.activateurl.apply', { template_id: '1', callback: 'https://m.example/cb?x=1' }, 'callback'],
    ['a float balance', 'alipay.marketing.card.open', { out_serial_no: 's', card_template_id: 't', card_user_info: { user_uni_id: '2088', user_uni_id_type: 'UID' }, card_ext_info: { balance: 1.5 } }, 'card_ext_info.balance'],
    ['biz_card_no in a request', 'alipay.marketing.card.update', { target_card_no: '1', target_card_no_type: 'BIZ_CARD', occur_time: '2024-05-02 09:30:00', card_info: { biz_card_no: '1' } }, 'card_info.biz_card_no'],
    ['an unknown field name', 'alipay.marketing.card.formtemplate.set', { template_id: '1', fields: { required: { common_fields: ['MOBILE'] } } }, 'fields.required'],
    ['a user without an id', 'alipay.marketing.card.open', { out_serial_no: 's', card_template_id: 't', card_user_info: { user_uni_id_type: 'UID' }, card_ext_info: {} }, 'card_user_info'],
    ['an image over 5 MiB', 'alipay.offline.material.image.upload', { image_type: 'png', image_name: 'big', image_content: new Uint8Array(5_242_881) }, 'image_content'],
  ] as const)('malformed: %s', async (_name, method, request, path) => {
    const { client, gateway } = await setup();
    expect(await rejectionOf(() => client.execute(method, request as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path });
    expect(gateway.requests).toHaveLength(0);
  });

  it('unknown methods are not validated', async () => {
    const { client, gateway } = await setup();
    await rejectionOf(() => client.execute(untyped('alipay.not.typed'), { anything: 1 }));
    expect(gateway.requests).toHaveLength(1);
  });
});

describe('the multipart image upload', () => {
  afterEach(() => vi.restoreAllMocks());

  it('signs exactly the common params and the text params; the file part is not signed', async () => {
    const { gateway, app } = await setup();
    let captured: Request | undefined;
    const spy = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      captured = new Request(input, init);
      return gateway.fetch(captured.clone());
    });
    const spied = new AlipayClient({ appId: gateway.appId, privateKey: app.privateKey, alipayPublicKey: gateway.alipayPublicKey, fetch: spy as typeof fetch });
    await spied.execute('alipay.offline.material.image.upload', { image_type: 'png', image_name: 'logo', image_content: PNG, file_name: 'logo.png' });
    const query = Object.fromEntries(new URL(captured!.url).searchParams);
    expect(captured!.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const form = await captured!.formData();
    const text = Object.fromEntries([...form].filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    const file = form.get('image_content') as File;
    expect(text).toEqual({ image_type: 'png', image_name: 'logo' });
    expect(file.name).toBe('logo.png');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PNG);
    expect(Object.keys(query).sort()).toEqual(['app_id', 'charset', 'format', 'method', 'sign', 'sign_type', 'timestamp', 'version']);
    // The documented sign content: common params + image_type + image_name, no image_content.
    const { sign, ...signed } = { ...query, ...text };
    const content = buildSignContent(signed);
    expect(content).toMatch(/^app_id=\d+&charset=utf-8&format=JSON&image_name=logo&image_type=png&method=alipay\.offline\.material\.image\.upload&sign_type=RSA2&timestamp=[\d :-]+&version=1\.0$/);
    const key = await importPublicKey(app.publicKey);
    expect(await verifyContent(content, sign!, key)).toBe(true);
    expect(await verifyContent(`${content}&image_content=x`, sign!, key)).toBe(false);
  });
});

describe('the README journey example', () => {
  it('runs against the mock gateway', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await import('../runtime/examples/journey.ts');
    expect(log.mock.calls.map((c) => c[0])).toEqual([
      expect.stringMatching(/^template \d+, form for 张三 \(shop-42\)$/),
      expect.stringMatching(/^card demo\d{12}: 188 points, 20\.00 yuan, then deleted$/),
    ]);
    log.mockRestore();
  });

  it('is in the card journey guide verbatim', () => {
    const example = readFileSync(new URL('../runtime/examples/journey.ts', import.meta.url), 'utf8').trim();
    expect(readFileSync(new URL('../../docs/card-journey.md', import.meta.url), 'utf8')).toContain(`\`\`\`ts\n${example}\n\`\`\``);
  });
});

describe('registry', () => {
  // isHandWritten keeps its own list of the methods loaded on demand so that checking a name does
  // not load their chunk; this keeps that list and the lazily loaded definitions the same set.
  it('every on-demand definition is a hand-written method, and every hand-written on-demand method has a definition', async () => {
    const { onDemandApis: journeyApis } = await import('../../src/apis/card-journey.ts');
    const { apiDefinition, isHandWritten } = await import('../../src/apis/registry.ts');
    const methods = Object.keys(journeyApis);
    expect(methods.length).toBeGreaterThan(0);
    for (const method of methods) {
      expect(isHandWritten(method), method).toBe(true);
      expect(await apiDefinition(method), method).toBe(journeyApis[method as keyof typeof journeyApis]);
      expect(journeyApis[method as keyof typeof journeyApis].method).toBe(method);
    }
    expect(isHandWritten('alipay.marketing.card.unknown')).toBe(false);
    expect(await apiDefinition('alipay.marketing.card.unknown')).toBeUndefined();
  });
});
