// The official SDK 4.14's pageExecute and sdkExecute vectors (../shared/call-styles/vectors, read
// where found): with the same inputs and the pinned time, our URL, form or order string carries the
// same sign content and signature, except where the sheets name the official behaviour a bug
// (parameter names rewritten, non-strings sent as `[object Object]`, local time, form escaping);
// there, each test shows what we do instead and why it is right.
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AlipayClient, type AlipayClientConfig, type PageExecuteOptions } from '../../src/index.ts';
import { buildSignContent, decodeForm, importPublicKey, verifyContent } from '../../src/protocol.ts';
import { callStyleVectors, rejectionOf } from '../support.ts';

interface PayVector {
  id: string;
  callStyle: 'pageExecute' | 'sdkExecute';
  env: { TZ: string; nowMs: number };
  keys: Record<string, string>;
  config: { appId: string; privateKeyRef: string; signType?: 'RSA' | 'RSA2'; certMode?: boolean; encryptKeyRef?: string; wsServiceUrl?: string; gateway?: string; effective?: { gateway: string } };
  input: { method: string; httpMethod?: string; params: Record<string, unknown> };
  sdkOutput: { output?: string; error?: { name: string; message: string } };
  signContent?: string;
  signature?: string;
}

const dir = callStyleVectors();
const all: PayVector[] = dir ? readdirSync(dir).filter((f) => /^(page|sdk)-.*\.json$/.test(f)).map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as PayVector) : [];
const byId = (id: string) => all.find((v) => v.id === id)!;

afterEach(() => vi.useRealTimers());

function clientFor(vector: PayVector): AlipayClient {
  const { keys, config } = vector;
  const credentials: Partial<AlipayClientConfig> = config.certMode
    ? { appCert: keys.appCertPem!, alipayPublicCert: keys.alipayCertPem!, alipayRootCert: keys.rootCertBundlePem! }
    : { alipayPublicKey: keys.alipayPublicKeyPem! };
  return new AlipayClient({
    appId: config.appId,
    privateKey: keys[config.privateKeyRef]!,
    ...credentials,
    ...(config.signType && { signType: config.signType }),
    ...(config.encryptKeyRef && { encryptKey: keys[config.encryptKeyRef]! }),
    gateway: config.gateway ?? config.effective?.gateway ?? 'https://openapi.alipay.com/gateway.do',
  });
}

/**
 * The vector's call in our API. Our options take the common parameters by name; every other
 * parameter is sent as given. The official pageExecute adds `alipay_sdk` (and `ws_service_url`
 * from its config) by itself; here they are passed, so that the same parameters are signed.
 */
function ourCall(vector: PayVector): { biz: unknown; options: PageExecuteOptions } {
  const { bizContent, biz_content: bizSnake, needEncrypt, method, ...rest } = vector.input.params;
  const options: PageExecuteOptions & { params: Record<string, string> } = { params: {} };
  if (vector.callStyle === 'pageExecute') {
    options.httpMethod = String(vector.input.httpMethod ?? method ?? 'POST').toUpperCase() === 'GET' ? 'GET' : 'POST';
    options.params.alipay_sdk = 'alipay-sdk-nodejs-4.0.0';
  }
  if (vector.config.wsServiceUrl) options.params.ws_service_url = vector.config.wsServiceUrl;
  for (const [key, value] of Object.entries(rest)) {
    if (key === 'returnUrl' || key === 'return_url') options.returnUrl = value as string;
    else if (key === 'notifyUrl' || key === 'notify_url') options.notifyUrl = value as string;
    else if (key === 'appAuthToken' || key === 'app_auth_token') options.appAuthToken = value as string;
    else options.params[key] = value as string;
  }
  if (needEncrypt) options.needEncrypt = true;
  return { biz: bizContent ?? bizSnake, options };
}

/** Calls pageExecute or sdkExecute at the vector's instant. */
async function run(vector: PayVector, biz: unknown, options: PageExecuteOptions): Promise<string> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(vector.env.nowMs);
  const client = clientFor(vector);
  return vector.callStyle === 'pageExecute' ? client.pageExecute(vector.input.method, biz as never, options) : client.sdkExecute(vector.input.method, biz as never, options);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
/** What a browser submits for our output: a URL's query, or the form's action query and inputs. */
function submitted(output: string): Record<string, string> {
  const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]!);
  let raw = output.slice(output.indexOf('?') + 1);
  const action = /action="([^"]*)"/.exec(output);
  if (action) {
    const inputs = [...output.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map(([, name, value]) => [decode(name!), decode(value!)]);
    raw = `${decode(action[1]!).split('?')[1]}&${new URLSearchParams(inputs)}`;
  }
  return Object.fromEntries(decodeForm(raw.replaceAll('%20', '+'), 'utf-8'));
}

/**
 * The sign content and signature of what was submitted, checked against the app's public key. A
 * gateway URL's own query parameters (`unsigned`) travel along but are not signed.
 */
async function signedBy(vector: PayVector, output: string, unsigned: string[] = []) {
  const params = submitted(output);
  const content = buildSignContent(params, { exclude: unsigned });
  const valid = await verifyContent(content, params.sign!, await importPublicKey(vector.keys.appPublicKeyPem!, vector.config.signType ?? 'RSA2'));
  return { params, content, sign: params.sign, valid };
}

describe.runIf(dir)('pageExecute and sdkExecute vectors of the official SDK', () => {
  it('has the 16 vectors', () => expect(all).toHaveLength(16));

  it.each(['page-get-basic', 'page-post-basic', 'page-two-arg-default-post', 'page-two-arg-method-get'])('%s: the same sign content and signature', async (id) => {
    const vector = byId(id);
    const { biz, options } = ourCall(vector);
    const ours = await signedBy(vector, await run(vector, biz, options));
    expect(ours.valid).toBe(true);
    expect(ours.content).toBe(vector.signContent);
    expect(ours.sign).toBe(vector.signature);
  });

  it('sdk-app-pay-basic: the same, once the order names its fields as the SDK sent them', async () => {
    const vector = byId('sdk-app-pay-basic');
    const { options } = ourCall(vector);
    // The official SDK rewrote the names (outTradeNo → out_trade_no); we send names as given.
    const sentBiz = JSON.parse(decodeForm(vector.signContent!.replace(/.*biz_content=(\{.*\})&charset=.*/, 'b=$1').replace(/%/g, '%25').replace(/\+/g, '%2B'), 'utf-8')[0]![1]);
    const output = await run(vector, sentBiz, options);
    expect(output).not.toContain('+'); // the app SDK decodes %20, never +
    const ours = await signedBy(vector, output);
    expect(ours.content).toBe(vector.signContent);
    expect(ours.sign).toBe(vector.signature);
  });

  it.each(['page-get-wap-cert-aes-apptoken-utc', 'sdk-app-pay-cert-aes-apptoken-utc'])('%s: China time where the SDK stamps the host\'s (UTC) time; everything else signed the same', async (id) => {
    const vector = byId(id);
    expect(vector.env.TZ).toBe('UTC');
    const { biz, options } = ourCall(vector);
    const ours = await signedBy(vector, await run(vector, biz, options), ['foo']);
    expect(ours.valid).toBe(true);
    expect(ours.params.timestamp).toBe('2024-05-13 17:49:20'); // 09:49:20Z in China time; the SDK wrote 09:49:20
    expect(ours.content).toBe(vector.signContent!.replace('timestamp=2024-05-13 09:49:20', 'timestamp=2024-05-13 17:49:20'));
    if (id.startsWith('page')) expect(submitted(await run(vector, biz, options))).toMatchObject({ foo: 'bar', charset: 'utf-8' }); // the gateway URL's own query, charset replaced
  });

  it('page-get-bizcontent-json-string: a JSON string bizContent is read and signed compactly', async () => {
    const vector = byId('page-get-bizcontent-json-string');
    // As given, the order lacks total_amount (it says totalAmount) and product_code: refused, nothing signed.
    const { biz, options } = ourCall(vector);
    expect(await rejectionOf(() => run(vector, biz, options))).toMatchObject({ code: 'ERR_REQUEST_INVALID', message: expect.stringMatching(/Nothing was signed/) });
    const complete = JSON.stringify({ ...JSON.parse(biz as string), total_amount: '2.00', product_code: 'FAST_INSTANT_TRADE_PAY' });
    const ours = await signedBy(vector, await run(vector, complete, options));
    expect(JSON.parse(ours.params.biz_content!)).toEqual(JSON.parse(complete));
    expect(ours.params.biz_content).not.toMatch(/": /); // compact, whatever spacing the string had
    expect(ours.valid).toBe(true);
  });

  it('page-get-key-conversion and sdk-app-pay-no-snakecase: names are sent as given, never rewritten', async () => {
    const vector = byId('page-get-key-conversion');
    const { biz, options } = ourCall(vector);
    // outTradeNo is not out_trade_no: the gateway would refuse the order, so do we.
    expect(await rejectionOf(() => run(vector, biz, options))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'out_trade_no' });
    const { outTradeNo, ...others } = biz as Record<string, unknown>;
    const order = { out_trade_no: outTradeNo, product_code: 'FAST_INSTANT_TRADE_PAY', subject: 's', ...others };
    const ours = await signedBy(vector, await run(vector, order, options));
    expect(JSON.parse(ours.params.biz_content!)).toEqual(order); // key_1, HTTPUrl, k.dot, 中文… as given (the SDK sent key1, http_url, k_dot and an empty name)
    expect(vector.signContent).toContain('"key1":"a"');
    const app = byId('sdk-app-pay-no-snakecase');
    expect(await rejectionOf(() => run(app, ourCall(app).biz, ourCall(app).options))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'out_trade_no' });
  });

  it.each(['page-get-nonstring-toplevel', 'sdk-app-pay-nonstring'])('%s: a non-string top-level value is refused before signing (the SDK signs JSON, sends [object Object])', async (id) => {
    const vector = byId(id);
    const { biz, options } = ourCall(vector);
    expect(await rejectionOf(() => run(vector, biz, options))).toMatchObject({ code: 'ERR_REQUEST_INVALID', message: expect.stringMatching(/must be a string.*Nothing was signed/) });
  });

  it.each(['page-null-value-throws', 'sdk-app-pay-null-throws', 'sdk-app-pay-string-bizcontent-throws'])('%s: an AlipayError, never a raw TypeError', async (id) => {
    const vector = byId(id);
    expect(vector.sdkOutput.error).toBeDefined();
    const { biz, options } = ourCall(vector);
    const err = await rejectionOf(() => run(vector, biz, options)).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID' });
  });

  it('page-post-html-escaping: a line break in a form field is refused; every other value reaches the gateway as signed', async () => {
    const vector = byId('page-post-html-escaping');
    const { biz, options } = ourCall(vector);
    expect(await rejectionOf(() => run(vector, biz, options))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'terminal_info' });
    const oneLine = { ...options, params: { ...options.params, terminal_info: options.params!.terminal_info!.replace('\n', ' ') } };
    const form = await run(vector, biz, oneLine);
    // What a browser decodes from our attributes is exactly what was signed (the SDK's escaping of
    // `"` alone turned &amp; into & and &#39; into ' in the browser).
    const ours = await signedBy(vector, form);
    expect(ours.valid).toBe(true);
    expect(JSON.parse(ours.params.biz_content!).subject).toBe((biz as { subject: string }).subject);
    expect(ours.params.terminal_info).toBe(oneLine.params.terminal_info);
    expect(form).not.toMatch(/value="[^"]*[<>'][^"]*"/);
  });
});
