// The mock gateway as a product: gateway-like checks, business errors from state, formats and
// sign types, seeded fault injection, and the loopback HTTP server with its CLI.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AlipayApiError, AlipayClient, AlipayError, untyped } from '../../src/index.ts';
import { xml } from '../../src/xml.ts';
import { buildSignContent, importPrivateKey, signContent } from '../../src/protocol.ts';
import { unescapeHtml } from '../../src/tools.ts';
import { type FaultRule, type MockFault, SAMPLE_AUTH_TOKEN, SAMPLE_REQUEST_ID, SAMPLE_TEMPLATE_ID, createGatewayCore } from '../../mocks/index.ts';
import { startMockServer } from '../../mocks/server.ts';
import { ACTIVATEFORM, CARD_QUERY, cardBiz, formBiz, mockSetup, rejectionOf, startCli, testKeys } from '../support.ts';

/** A signed raw request to the core, with `mutate` applied to the params before sending. */
async function rawCall(mutate: (params: Record<string, string>) => void, sign = true) {
  const { app, alipay } = await testKeys();
  const core = await createGatewayCore({ appPublicKey: app.publicKey, alipayKeys: alipay });
  const params: Record<string, string> = {
    app_id: core.appId, method: CARD_QUERY, format: 'JSON', charset: 'utf-8', sign_type: 'RSA2',
    timestamp: '2024-05-13 17:49:20', version: '1.0', biz_content: JSON.stringify(cardBiz),
  };
  if (sign) params.sign = await signContent(buildSignContent(params), await importPrivateKey(app.privateKey));
  mutate(params);
  const response = await core.handle(new Request(`https://openapi.alipay.com/gateway.do?${new URLSearchParams(params)}`, { method: 'POST' }));
  return JSON.parse(await response.text()) as Record<string, Record<string, string> | string>;
}

describe('common parameters, like the real gateway', () => {
  it.each([
    ['method', 'error_response', 'isv.missing-method'],
    ['app_id', 'alipay_marketing_card_query_response', 'isv.missing-app-id'],
    ['sign_type', 'alipay_marketing_card_query_response', 'isv.missing-signature-type'],
    ['sign', 'alipay_marketing_card_query_response', 'isv.missing-signature'],
    ['timestamp', 'alipay_marketing_card_query_response', 'isv.missing-timestamp'],
    ['version', 'alipay_marketing_card_query_response', 'isv.missing-version'],
  ])('missing %s → 40001 %s', async (param, node, subCode) => {
    const body = await rawCall((p) => delete p[param]);
    expect(body[node]).toMatchObject({ code: '40001', msg: 'Missing Required Arguments', sub_code: subCode });
  });

  it.each([
    ['timestamp', '2024/05/13', 'isv.invalid-timestamp'],
    ['charset', 'latin-1', 'isv.invalid-charset'],
    ['format', 'yaml', 'isv.invalid-format'],
    ['sign_type', 'RSA3', 'isv.invalid-signature-type'],
  ])('invalid %s → 40002 %s', async (param, value, subCode) => {
    const body = await rawCall((p) => (p[param] = value));
    expect(body.alipay_marketing_card_query_response).toMatchObject({ code: '40002', sub_code: subCode });
  });

  it('an unknown app id → unsigned error_response 40002 isv.invalid-app-id', async () => {
    const body = await rawCall((p) => (p.app_id = '2021000000000000'));
    expect(body).toEqual({ error_response: { code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.invalid-app-id', sub_msg: '无效的AppID参数' } });
  });

  it('a bad signature → 40002 isv.invalid-signature echoing the sign content HTML-escaped', async () => {
    let sent: Record<string, string> = {};
    const body = await rawCall((p) => {
      p.biz_content = JSON.stringify({ ...cardBiz, ext_info: '"中文" <x>' }); // changed after signing
      sent = { ...p };
    });
    const node = body.alipay_marketing_card_query_response as Record<string, string>;
    expect(node).toMatchObject({ code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.invalid-signature' });
    expect(body.sign).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const echoed = node.sub_msg!.split('验签字符串为：')[1]!;
    expect(echoed).toContain('&amp;');
    expect(echoed).toContain('\\&quot;中文\\&quot; &lt;x&gt;');
    expect(unescapeHtml(echoed)).toBe(buildSignContent(sent));
  });

  it('an unknown method → error_response 40004 isv.invalid-method', async () => {
    const { client } = await mockSetup();
    expect(await rejectionOf(() => client.execute(untyped('alipay.no.such.api'), {}))).toMatchObject({ code: '40004', subCode: 'isv.invalid-method', verified: true });
  });
});

describe('business errors from state', () => {
  it('OPEN_PROFILE_QUERY_FAIL when the profile cannot be read', async () => {
    const { client } = await mockSetup({
      forms: [{ request_id: SAMPLE_REQUEST_ID, template_id: SAMPLE_TEMPLATE_ID, user_id: '2088302463082075', infos: [], profile_unavailable: true }],
    });
    expect(await rejectionOf(() => client.execute(ACTIVATEFORM, formBiz, { authToken: SAMPLE_AUTH_TOKEN }))).toMatchObject({ code: '40004', subCode: 'OPEN_PROFILE_QUERY_FAIL' });
  });

  it('a token of another user cannot read the form (REQUEST_ID_INVALID)', async () => {
    const { client } = await mockSetup({ authTokens: { other: '2088000000000001' } });
    expect(await rejectionOf(() => client.execute(ACTIVATEFORM, formBiz, { authToken: 'other' }))).toMatchObject({ subCode: 'REQUEST_ID_INVALID' });
  });

  it('cards and forms given to the gateway are served', async () => {
    const { client } = await mockSetup({
      cards: [{ biz_card_no: '42', open_date: '2024-01-01 00:00:00', valid_date: '2034-01-01 00:00:00', balance: '0.01', schema_url: 'alipays://x' }],
    });
    const card = await client.execute(CARD_QUERY, { target_card_no_type: 'BIZ_CARD', target_card_no: '42' });
    expect(card.card_info).toEqual({ biz_card_no: '42', open_date: '2024-01-01 00:00:00', valid_date: '2034-01-01 00:00:00', balance: '0.01' });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ subCode: 'CARD_NOT_EXIT' });
  });
});

describe('JSON and XML, RSA2 and RSA, as the request asks', () => {
  it.each([
    ['json', 'RSA2'],
    ['json', 'RSA'],
    ['xml', 'RSA2'],
    ['xml', 'RSA'],
  ] as const)('%s with %s', async (format, signType) => {
    const { client, gateway } = await mockSetup({}, { format, signType });
    const form = await client.execute(ACTIVATEFORM, formBiz, { authToken: SAMPLE_AUTH_TOKEN });
    expect(form.fields.OPEN_FORM_FIELD_MOBILE).toBe('13888888888');
    expect(gateway.requests[0]!.params).toMatchObject({ format: format.toUpperCase(), sign_type: signType });
  });
});

describe('fault injection', () => {
  const cases: Array<[string, MockFault, Record<string, unknown>]> = [
    ['HTTP 5xx', { kind: 'http-error' }, { code: 'ERR_HTTP_STATUS', status: 502 }],
    ['HTTP 503', { kind: 'http-error', status: 503 }, { code: 'ERR_HTTP_STATUS', status: 503 }],
    ['20000 isp.unknow-error', { kind: 'system-busy' }, { code: '20000', subCode: 'isp.unknow-error', verified: true }],
    ['SYSTEM_ERROR', { kind: 'business-error', subCode: 'SYSTEM_ERROR' }, { code: '40004', subCode: 'SYSTEM_ERROR' }],
    ['a malformed body', { kind: 'malformed-body' }, { code: 'ERR_RESPONSE_MALFORMED' }],
    ['a wrong signature', { kind: 'wrong-signature' }, { code: 'ERR_SIGNATURE_INVALID' }],
    ['a tampered body', { kind: 'tampered-body' }, { code: 'ERR_SIGNATURE_INVALID' }],
    ['a dropped connection', { kind: 'drop-connection' }, { code: 'ERR_NETWORK' }],
  ];

  it.each(cases)('%s', async (_name, fault, expected) => {
    for (const format of ['json', 'xml'] as const) {
      const { client } = await mockSetup({ faults: [{ fault }] }, { format, maxRetries: 0 });
      const err = await rejectionOf(() => client.execute(CARD_QUERY, cardBiz));
      expect(err).toBeInstanceOf(AlipayError);
      expect(err).toMatchObject(expected);
    }
  });

  it('latency delays the answer; a shorter client timeout fires', async () => {
    const { client } = await mockSetup({ faults: [{ fault: { kind: 'latency', ms: 120 } }] });
    const started = Date.now();
    await client.execute(CARD_QUERY, cardBiz);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz, { timeout: 30 }))).toMatchObject({ code: 'ERR_TIMEOUT' });
  });

  it('per method: other methods are untouched', async () => {
    const { client } = await mockSetup({ faults: [{ method: ACTIVATEFORM, fault: { kind: 'system-busy' } }] });
    await expect(client.execute(CARD_QUERY, cardBiz)).resolves.toBeDefined();
    expect(await rejectionOf(() => client.execute(ACTIVATEFORM, formBiz, { authToken: SAMPLE_AUTH_TOKEN }))).toBeInstanceOf(AlipayApiError);
  });

  it('`times` limits a rule; rules can be added later', async () => {
    // maxRetries 0: this is about the gateway's faults, not the client's retries.
    const { client, gateway } = await mockSetup({ faults: [{ fault: { kind: 'http-error' }, times: 2 }] }, { maxRetries: 0 });
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push(await client.execute(CARD_QUERY, cardBiz).then(() => 'ok', (e: AlipayError) => e.code));
    expect(outcomes).toEqual(['ERR_HTTP_STATUS', 'ERR_HTTP_STATUS', 'ok']);
    expect(gateway.faults).toHaveLength(0);
    gateway.faults.push({ fault: { kind: 'drop-connection' }, times: 1 });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_NETWORK' });
  });

  it('is deterministic for a seed', async () => {
    const run = async (seed: number) => {
      const rules: FaultRule[] = [{ fault: { kind: 'system-busy' }, probability: 0.5 }];
      const { client } = await mockSetup({ faults: rules, seed });
      const outcomes: string[] = [];
      for (let i = 0; i < 16; i++) outcomes.push(await client.execute(CARD_QUERY, cardBiz).then(() => '.', () => 'x'));
      return outcomes.join('');
    };
    const first = await run(7);
    expect(await run(7)).toBe(first);
    expect(first).toMatch(/x/);
    expect(first).toMatch(/\./);
    expect(await run(8)).not.toBe(first);
  });
});

describe('the HTTP server on 127.0.0.1', () => {
  const servers: Array<{ close(): Promise<void> }> = [];
  afterAll(async () => Promise.all(servers.map((s) => s.close())));

  it('serves our client over real HTTP (global fetch), JSON and XML', async () => {
    const { app, alipay } = await testKeys();
    const lines: string[] = [];
    const server = await startMockServer({ appPublicKey: app.publicKey, alipayKeys: alipay, onExchange: (line) => lines.push(line) });
    servers.push(server);
    expect(server.gatewayUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/gateway\.do$/);
    const client = new AlipayClient({ appId: server.gateway.appId, privateKey: app.privateKey, alipayPublicKey: server.gateway.alipayPublicKey, gateway: server.gatewayUrl, maxRetries: 0, xml });
    expect((await client.execute(CARD_QUERY, cardBiz)).card_info.balance).toBe('124.89');
    expect((await client.execute(CARD_QUERY, cardBiz, { format: 'xml' })).card_info.balance).toBe('124.89');
    expect(lines[0]).toMatch(/POST alipay\.marketing\.card\.query sign_type=RSA2 format=JSON → HTTP 200 code=10000 \(signed/);
    server.gateway.faults.push({ fault: { kind: 'drop-connection' }, times: 1 });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_NETWORK' });
    expect((await fetch(server.gatewayUrl.replace('gateway.do', 'other'))).status).toBe(404);
  });

  it('refuses to listen beyond loopback', async () => {
    const { app } = await testKeys();
    await expect(startMockServer({ appPublicKey: app.publicKey, host: '0.0.0.0' as never })).rejects.toThrow(/loopback/);
  });

  it('the CLI prints the config as ALIPAY_* lines (and an env file), answers a client, and stops cleanly on SIGINT', async () => {
    const envFile = join(mkdtempSync(join(tmpdir(), 'alipay-edge-mock-')), 'mock.env');
    const { run, exited, stop } = startCli(['mock-gateway', '--port', '0', '--write-env', envFile]);
    await expect.poll(() => run.output, { timeout: 15_000 }).toMatch(/listening on/);
    const config = Object.fromEntries([...run.output.matchAll(/^(ALIPAY_\w+)=(.*)$/gm)].map(([, key, value]) => [key, value])) as Record<string, string>;
    expect(config.ALIPAY_GATEWAY).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/gateway\.do$/);
    // The lines, between the marker comments a later run replaces them by (test/cli/files.test.ts).
    const written = readFileSync(envFile, 'utf8').trim().split('\n');
    expect(written.filter((line) => !line.startsWith('#'))).toEqual(Object.entries(config).map(([key, value]) => `${key}=${value}`));
    expect([written[0], written.at(-1)]).toEqual([expect.stringMatching(/^# >>> alipay-edge mock-gateway/), '# <<< alipay-edge mock-gateway']);
    const client = new AlipayClient({ appId: config.ALIPAY_APP_ID!, privateKey: config.ALIPAY_PRIVATE_KEY!, alipayPublicKey: config.ALIPAY_PUBLIC_KEY!, gateway: config.ALIPAY_GATEWAY! });
    expect((await client.execute(CARD_QUERY, cardBiz)).card_info.biz_card_no).toBe('000001');
    const v3 = new AlipayClient({ appId: config.ALIPAY_APP_ID!, privateKey: config.ALIPAY_PRIVATE_KEY!, alipayPublicKey: config.ALIPAY_PUBLIC_KEY!, protocol: 'v3', endpoint: config.ALIPAY_ENDPOINT! });
    expect((await v3.execute(ACTIVATEFORM, formBiz, { authToken: config.ALIPAY_USER_TOKEN! })).fields.OPEN_FORM_FIELD_NAME).toBe('Tom');
    await expect.poll(() => run.output).toMatch(/→ HTTP 200 code=10000/);
    stop('SIGINT');
    expect(await exited).toBe(0);
    expect(run.output).toMatch(/mock gateway stopped \(SIGINT\)/);
  });
});
