// OpenAPI v3 end to end against the mock gateway: every typed method over v3 with its verb and
// parameter placement, the same validated results as v2, request() for any path, and verification
// that fails closed (missing, repeated or stale signature headers, forged or tampered answers,
// unsigned errors), retries with a fresh nonce, certificate mode and AES.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { AlipayApiError, AlipayClient, AlipayError, SANDBOX_V3_ENDPOINT, V3_ENDPOINT, completeActivation } from '../../src/index.ts';
import { certSnFromPem } from '../../src/cert.ts';
import { SAMPLE_AUTH_TOKEN, generateKeyPair } from '../../mocks/index.ts';
import { AES_KEY, CARD_QUERY, ACTIVATEFORM, cardBiz, certSetup, clientAnswering, formBiz, mockSetup, rejectionOf, signedV3Answer, testKeys } from '../support.ts';

/** A v3 client on the mock gateway, recording method, path and headers of what it sends. */
async function v3Setup(gatewayOptions: Parameters<typeof mockSetup>[0] = {}, clientOptions: Record<string, unknown> = {}) {
  const sent: Request[] = [];
  const setup = await mockSetup(gatewayOptions, (gateway) => ({
    protocol: 'v3',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      sent.push(request.clone());
      return gateway.fetch(request);
    },
    ...clientOptions,
  }));
  return { ...setup, sent };
}

const line = (request: Request) => `${request.method} ${new URL(request.url).pathname}${new URL(request.url).search}`;

describe('execute over v3: the typed methods, each with its verb and parameter placement', () => {
  it('the card queries: POST with a JSON body; GET with query parameters and auth_token', async () => {
    const { client, sent } = await v3Setup();
    const v2 = (await mockSetup()).client;
    const card = await client.execute(CARD_QUERY, cardBiz);
    expect(card).toEqual(await v2.execute(CARD_QUERY, cardBiz).then(({ code: _c, msg: _m, ...rest }) => rest));
    expect(card.card_info.balance).toBe('124.89');
    const form = await client.execute(ACTIVATEFORM, formBiz, { authToken: SAMPLE_AUTH_TOKEN });
    expect(form.fields).toEqual((await v2.execute(ACTIVATEFORM, formBiz, { authToken: SAMPLE_AUTH_TOKEN })).fields);
    expect(sent.map(line)).toEqual([
      'POST /v3/alipay/marketing/card/query',
      `GET /v3/alipay/marketing/card/activateform/query?auth_token=${SAMPLE_AUTH_TOKEN}&biz_type=MEMBER_CARD&template_id=${formBiz.template_id}&request_id=${formBiz.request_id}`,
    ]);
    expect(await sent[0]!.text()).toBe(JSON.stringify(cardBiz));
    expect(sent[0]!.headers.get('content-type')).toBe('application/json');
    expect(sent[1]!.headers.get('content-type')).toBeNull();
    expect(await sent[1]!.text()).toBe('');
  });

  it('the whole card journey: upload (multipart), templates, form, link, OAuth, open (auth_token in the query), update, query, delete (DELETE)', async () => {
    const { client, gateway, sent } = await v3Setup();
    const logo = await client.execute('alipay.offline.material.image.upload', { image_type: 'png', image_name: 'logo', image_content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
    const { template_id } = await client.execute('alipay.marketing.card.template.create', {
      request_id: 'tpl-v3-0001', card_type: 'OUT_MEMBER_CARD', biz_no_prefix: 'v3', biz_no_suffix_len: '12', write_off_type: 'qrcode',
      template_style_info: { card_show_name: 'V3 Card', logo_id: logo.image_id, background_id: logo.image_id },
      column_info_list: [{ code: 'POINT', title: 'Points', operate_type: 'staticinfo' }],
      field_rule_list: [{ field_name: 'Point', rule_name: 'ASSIGN_FROM_REQUEST', rule_value: 'Point' }],
    });
    expect((await client.execute('alipay.marketing.card.template.query', { template_id })).template_style_info?.card_show_name).toBe('V3 Card');
    await client.execute('alipay.marketing.card.template.modify', { request_id: 'tpl-v3-0002', template_id, template_style_info: { card_show_name: 'V3 Card 2', logo_id: logo.image_id, background_id: logo.image_id } });
    await client.execute('alipay.marketing.card.formtemplate.set', { template_id, fields: { required: { common_fields: ['OPEN_FORM_FIELD_MOBILE'] } } });
    const { apply_card_url } = await client.execute('alipay.marketing.card.activateurl.apply', { template_id, callback: 'https://merchant.example/cb' });
    const callback = gateway.submitActivationForm(apply_card_url, { user_id: '2088102150477652', fields: { OPEN_FORM_FIELD_MOBILE: '13800000000' } });
    const activation = await completeActivation(client, callback, { templateId: template_id });
    const opened = await client.execute('alipay.marketing.card.open', {
      out_serial_no: 'open-v3-0001', card_template_id: template_id, card_user_info: activation.cardUserInfo,
      card_ext_info: { external_card_no: 'EXT-V3', point: '0', balance: '0.00' },
    }, { authToken: activation.accessToken });
    const bizCardNo = opened.card_info.biz_card_no!;
    await client.execute('alipay.marketing.card.update', { target_card_no: bizCardNo, target_card_no_type: 'BIZ_CARD', occur_time: '2024-05-02 09:30:00', card_info: { point: '188' } });
    expect((await client.execute(CARD_QUERY, { target_card_no_type: 'BIZ_CARD', target_card_no: bizCardNo })).card_info.point).toBe('188');
    await client.execute('alipay.marketing.card.delete', { out_serial_no: 'del-v3-0001', target_card_no: bizCardNo, target_card_no_type: 'BIZ_CARD', reason_code: 'USER_UNBUND' });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, { target_card_no_type: 'BIZ_CARD', target_card_no: bizCardNo }))).toMatchObject({ code: 'CARD_NOT_EXIT', status: 400, verified: true });
    const lines = sent.map(line);
    expect(lines[0]).toBe('POST /v3/alipay/offline/material/image/upload');
    expect(sent[0]!.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(lines).toContain(`GET /v3/alipay/marketing/card/template/query?template_id=${template_id}`);
    expect(lines).toContain('POST /v3/alipay/system/oauth/token');
    expect(lines).toContain(`POST /v3/alipay/marketing/card/open?auth_token=${activation.accessToken}`);
    expect(lines.find((l) => l.startsWith('DELETE '))).toBe(`DELETE /v3/alipay/marketing/card/delete?out_serial_no=del-v3-0001&target_card_no=${bizCardNo}&target_card_no_type=BIZ_CARD&reason_code=USER_UNBUND`);
  });

  it('a request that fails its schema is refused before anything is signed or sent', async () => {
    const { client, sent } = await v3Setup();
    expect(await rejectionOf(() => client.execute(CARD_QUERY, { target_card_no_type: 'BIZ_CARD' } as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    expect(sent).toHaveLength(0);
  });
});

describe('request(): any v3 path', () => {
  it('GET and POST, data validated by a schema, the trace id and status', async () => {
    const { client } = await v3Setup();
    const got = await client.request('POST', '/v3/alipay/marketing/card/query', { body: cardBiz, schema: v.looseObject({ card_info: v.looseObject({ balance: v.string() }) }) });
    expect(got.data.card_info.balance).toBe('124.89');
    expect(got.status).toBe(200);
    expect(got.traceId).toMatch(/^[0-9a-f]{24}$/);
    const raw = await client.request('GET', '/v3/alipay/marketing/card/activateform/query', { query: { auth_token: SAMPLE_AUTH_TOKEN, ...formBiz }, requestId: 'my-request-1' });
    expect(raw.data).toMatchObject({ infos: expect.stringContaining('OPEN_FORM_FIELD_NAME') });
    const invalid = await rejectionOf(() => client.request('POST', '/v3/alipay/marketing/card/query', { body: cardBiz, schema: v.object({ nope: v.string() }) }));
    expect(invalid).toMatchObject({ code: 'ERR_RESPONSE_INVALID', path: 'nope' });
  });

  it('refuses what cannot be sent, before signing', async () => {
    const { client, sent } = await v3Setup();
    expect(await rejectionOf(() => client.request('GET', '/v3/x', { body: { a: 1 } }))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    expect(await rejectionOf(() => client.request('POST', 'v3/no-slash'))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    expect(await rejectionOf(() => client.request('POST', '/v3/x', { query: { a: { b: 1 } as never } }))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    expect(await rejectionOf(() => client.request('POST', '/v3/x', { needEncrypt: true }))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    expect(sent).toHaveLength(0);
  });

  it('sends the app auth token as a header (signed as the fifth line) and a fresh nonce and timestamp on each retry', async () => {
    const { client, gateway, sent } = await v3Setup({ faults: [{ fault: { kind: 'system-busy' }, times: 1 }] });
    expect((await client.execute(CARD_QUERY, cardBiz, { appAuthToken: '202405BB1234567890' })).card_info.balance).toBe('124.89');
    expect(sent).toHaveLength(2);
    expect(sent[0]!.headers.get('alipay-app-auth-token')).toBe('202405BB1234567890');
    const auth = sent.map((request) => request.headers.get('authorization')!);
    expect(auth[0]).toMatch(/^ALIPAY-SHA256withRSA app_id=2014072300007148,nonce=[0-9a-f-]{36},timestamp=\d{13},sign=[A-Za-z0-9+/]+=*$/);
    expect(auth[0]!.match(/nonce=([^,]+)/)![1]).not.toBe(auth[1]!.match(/nonce=([^,]+)/)![1]);
    expect(sent[0]!.headers.get('alipay-request-id')).not.toBe(sent[1]!.headers.get('alipay-request-id'));
    expect(gateway.requests.every((r) => r.protocol === 'v3')).toBe(true);
  });
});

describe('v3 answers: fail-closed verification', () => {
  const v3 = { protocol: 'v3' as const };

  it('a valid answer; the trace id from alipay-trace-id, else the request id', async () => {
    const { client } = await clientAnswering(await signedV3Answer('{"a":1}'), v3);
    expect(await client.request('POST', '/v3/x', { body: {} })).toEqual({ data: { a: 1 }, traceId: 'trace-1', status: 200 });
    const { client: noTrace } = await clientAnswering(await signedV3Answer('{"a":1}', { headers: { 'alipay-trace-id': null } }), v3);
    expect((await noTrace.request('POST', '/v3/x', { body: {}, requestId: 'req-7' })).traceId).toBe('req-7');
  });

  it.each(['alipay-signature', 'alipay-timestamp', 'alipay-nonce'])('no %s: ERR_SIGNATURE_MISSING, never a substituted "undefined"', async (header) => {
    const { client } = await clientAnswering(await signedV3Answer('{"a":1}', { headers: { [header]: null } }), v3);
    expect(await rejectionOf(() => client.request('POST', '/v3/x', { body: {} }))).toMatchObject({ code: 'ERR_SIGNATURE_MISSING' });
  });

  it.each(['alipay-signature', 'alipay-timestamp', 'alipay-nonce'])('%s twice: ERR_SIGNATURE_INVALID', async (header) => {
    const answer = await signedV3Answer('{"a":1}');
    const { client } = await clientAnswering(() => {
      const response = answer();
      const headers = new Headers(response.headers);
      headers.append(header, headers.get(header)!);
      return new Response('{"a":1}', { headers });
    }, v3);
    expect(await rejectionOf(() => client.request('POST', '/v3/x', { body: {} }))).toMatchObject({ code: 'ERR_SIGNATURE_INVALID' });
  });

  it('a timestamp outside the clock-skew window is refused (default ±5 minutes, configurable)', async () => {
    const stale = await signedV3Answer('{"a":1}', { timestamp: Date.now() - 6 * 60_000 });
    const { client } = await clientAnswering(stale, v3);
    expect(await rejectionOf(() => client.request('POST', '/v3/x', { body: {} }))).toMatchObject({ code: 'ERR_SIGNATURE_INVALID', message: expect.stringMatching(/behind this host's clock/) });
    const { client: lenient } = await clientAnswering(stale, { ...v3, clockSkewMs: 10 * 60_000 });
    expect((await lenient.request('POST', '/v3/x', { body: {} })).data).toEqual({ a: 1 });
    const { client: ahead } = await clientAnswering(await signedV3Answer('{"a":1}', { timestamp: Date.now() + 6 * 60_000 }), v3);
    expect(await rejectionOf(() => ahead.request('POST', '/v3/x', { body: {} }))).toMatchObject({ code: 'ERR_SIGNATURE_INVALID' });
  });

  it('a tampered or wrongly signed answer is ERR_SIGNATURE_INVALID (mock faults)', async () => {
    for (const kind of ['tampered-body', 'wrong-signature'] as const) {
      const { client } = await v3Setup({ faults: [{ fault: { kind } }] });
      expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_SIGNATURE_INVALID' });
    }
  });

  it('errors: a signed one verified, an unsigned one unverified, links as a list or a string, status and trace id', async () => {
    const signed = await signedV3Answer('{"code":"invalid-parameter","message":"参数有误","links":[{"link":"https://open.alipay.com/x","desc":"解决方案"}]}', { status: 400 });
    const { client } = await clientAnswering(signed, v3);
    const err = await rejectionOf(() => client.request('POST', '/v3/x', { body: {} }));
    expect(err).toBeInstanceOf(AlipayApiError);
    expect(err).toMatchObject({ code: 'invalid-parameter', msg: '参数有误', status: 400, traceId: 'trace-1', verified: true, links: [{ link: 'https://open.alipay.com/x', desc: '解决方案' }] });
    const { client: unsigned } = await clientAnswering(() => new Response('{"code":"invalid-app-id","message":"无效的AppID参数","links":"https://open.alipay.com/y"}', { status: 400 }), v3);
    expect(await rejectionOf(() => unsigned.request('POST', '/v3/x', { body: {} }))).toMatchObject({ code: 'invalid-app-id', verified: false, links: 'https://open.alipay.com/y' });
    const forged = await signedV3Answer('{"code":"x","message":"y"}', { status: 400, headers: { 'alipay-signature': 'AAAA' } });
    expect(await rejectionOf(async () => (await clientAnswering(forged, v3)).client.request('POST', '/v3/x', { body: {} }))).toMatchObject({ code: 'ERR_SIGNATURE_INVALID' });
  });

  it('nothing raw escapes: an HTML error page, an empty or non-JSON body', async () => {
    const html = await clientAnswering(() => new Response('<html>502</html>', { status: 502 }), v3);
    expect(await rejectionOf(() => html.client.request('POST', '/v3/x', { body: {} }))).toMatchObject({ code: 'ERR_HTTP_STATUS', status: 502 });
    for (const body of ['', 'not json', '"a string"']) {
      const { client } = await clientAnswering(await signedV3Answer(body), v3);
      const err = await rejectionOf(() => client.request('POST', '/v3/x', { body: {} }));
      expect(err).toBeInstanceOf(AlipayError);
      expect(err).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED' });
    }
  });

  it('maxResponseBytes and the timeout bound v3 answers too', async () => {
    const { client } = await clientAnswering(await signedV3Answer(`{"a":"${'x'.repeat(4096)}"}`), { ...v3, maxResponseBytes: 1024 });
    expect(await rejectionOf(() => client.request('POST', '/v3/x', { body: {} }))).toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE' });
    const { client: slow } = await v3Setup({ faults: [{ fault: { kind: 'latency', ms: 500 } }] }, { timeout: 50 });
    expect(await rejectionOf(() => slow.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_TIMEOUT' });
  });
});

describe('v3 in certificate mode and with AES', () => {
  it('certificate mode: app_cert_sn in the auth string, alipay-root-cert-sn, answers by alipay-sn; a rotated certificate is trusted as in v2', async () => {
    const { client: v2client, gateway, ca, appCert } = await certSetup();
    const { app } = await testKeys();
    const sent: Request[] = [];
    const client = new AlipayClient({
      appId: gateway.appId, privateKey: app.privateKey, appCert, alipayPublicCert: [...gateway.alipayCerts.values()][0]!, alipayRootCert: ca.rootCert, protocol: 'v3',
      endpoint: 'https://openapi.alipay.com',
      fetch: async (input, init) => {
        sent.push(new Request(input, init).clone());
        return gateway.fetch(input, init);
      },
    });
    expect((await client.execute(CARD_QUERY, cardBiz)).card_info.balance).toBe('124.89');
    expect(sent[0]!.headers.get('authorization')).toContain(`app_cert_sn=${certSnFromPem(appCert)},`);
    expect(sent[0]!.headers.get('alipay-root-cert-sn')).toBe(ca.rootCertSn);
    const next = await generateKeyPair();
    gateway.rotate(next, await ca.issueAlipayCert(next));
    expect((await client.execute(CARD_QUERY, cardBiz)).card_info.balance).toBe('124.89');
    expect(sent.map(line).filter((l) => l.startsWith('POST /gateway.do?'))).toHaveLength(1); // the rotated certificate, downloaded once over v2
    const attacker = await generateKeyPair();
    gateway.rotate(attacker, await ca.issueAppCert(attacker.publicKey));
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_CERT_INVALID' });
    expect(v2client).toBeDefined();
  });

  it('AES: the body is ciphertext (text/plain, signed as sent), the answer verified then decrypted', async () => {
    const { client, sent } = await v3Setup({ encryptKey: AES_KEY }, { encryptKey: AES_KEY });
    expect((await client.execute(CARD_QUERY, cardBiz, { needEncrypt: true })).card_info.balance).toBe('124.89');
    expect(sent[0]!.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(sent[0]!.headers.get('alipay-encrypt-type')).toBe('AES');
    expect(await sent[0]!.text()).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(await rejectionOf(() => client.execute(ACTIVATEFORM, formBiz, { authToken: SAMPLE_AUTH_TOKEN, needEncrypt: true }))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
  });
});

describe('v3 configuration', () => {
  it('endpoint: production by default, the sandbox host with sandbox: true, checked', async () => {
    const { app, alipay } = await testKeys();
    const base = { appId: '1', privateKey: app.privateKey, alipayPublicKey: alipay.publicKey, protocol: 'v3' as const };
    expect(new AlipayClient(base).endpoint).toBe(V3_ENDPOINT);
    expect(new AlipayClient({ ...base, sandbox: true }).endpoint).toBe(SANDBOX_V3_ENDPOINT);
    expect(new AlipayClient({ ...base, endpoint: 'http://127.0.0.1:9/gw/' }).endpoint).toBe('http://127.0.0.1:9/gw');
    expect(new AlipayClient({ ...base, endpoint: 'http://127.0.0.1:9' }).gateway).toBe('http://127.0.0.1:9/gateway.do');
    expect(() => new AlipayClient({ ...base, endpoint: 'not a url' })).toThrow(expect.objectContaining({ code: 'ERR_CONFIG' }));
    expect(() => new AlipayClient({ ...base, protocol: 'v4' as never })).toThrow(expect.objectContaining({ code: 'ERR_CONFIG' }));
    expect(() => new AlipayClient({ ...base, clockSkewMs: -1 })).toThrow(expect.objectContaining({ code: 'ERR_CONFIG' }));
  });
});
