// The official SDK 4.14's OpenAPI v3 vectors (../shared/call-styles/vectors, read where found,
// never copied): with their pinned nonce, timestamp and request id, our signing reproduces each
// request's sign content, authorization header and body, through the building blocks and through
// the client itself; each answer gets the verdict a fail-closed client must give. Where the sheet
// names the official behaviour wrong, the expected verdict says so.
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AlipayClient, type AlipayClientConfig } from '../../src/index.ts';
import { aesEncrypt, importAesKey } from '../../src/tools.ts';
import { buildV3Request, importPrivateKey, signContent, v3Authorization } from '../../src/protocol.ts';
import { callStyleVectors, rejectionOf } from '../support.ts';

interface V3Vector {
  id: string;
  callStyle: string;
  env: { nowMs: number; uuidsInCallOrder: string[] };
  keys: Record<string, string>;
  config: { appId: string; privateKeyRef?: string; signType?: 'RSA' | 'RSA2'; certMode?: boolean; appCertSn?: string; encryptKeyRef?: string; additionalAuthInfo?: string; effective: { endpoint: string } };
  input: { httpMethod: string; path: string; options: { query?: Record<string, string | number>; body?: Record<string, unknown>; appAuthToken?: string; requestId?: string; needEncrypt?: boolean; form?: unknown } };
  sdkRequest: { method: string; url: string; headers: Record<string, string>; bodyUtf8?: string };
  signContent: string;
  serverResponse?: { status: number; headers: Record<string, string> | Array<[string, string]>; bodyUtf8?: string };
  sdkResult?: { outcome: 'accepted' | 'rejected'; data?: unknown; traceId?: string; error?: { code?: string; name: string } };
}

const dir = callStyleVectors();
if (!dir) console.warn('call-style vectors not found (set ALIPAY_CALL_STYLES or place ../shared/call-styles/vectors): the official SDK conformance cases were skipped');
const all: V3Vector[] = dir ? readdirSync(dir).filter((f) => /^v3-.*\.json$/.test(f)).map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as V3Vector).filter((v) => v.callStyle === 'v3') : [];
const requests = all.filter((v) => !v.id.startsWith('v3-resp-'));
const responses = all.filter((v) => v.id.startsWith('v3-resp-'));

/** The nonce is the first UUID when the call names its request id, else the second. */
const nonceOf = (vector: V3Vector) => vector.env.uuidsInCallOrder[vector.input.options.requestId === undefined ? 1 : 0]!;

/** The body line the SDK signed (the 4th line of its sign content). */
const bodyLine = (vector: V3Vector) => vector.signContent.split('\n')[3]!;

/**
 * Where we differ on purpose: with an endpoint path prefix and no query, the SDK signs the bare
 * path argument while it sends the prefixed one; we sign the request-target we send.
 */
const SIGNS_WHAT_IS_SENT = new Set(['v3-path-with-endpoint-prefix-no-query']);

function clientFor(vector: V3Vector, fetchImpl: typeof fetch): AlipayClient {
  const { keys, config } = vector;
  const credentials: Partial<AlipayClientConfig> = config.certMode
    ? { appCert: keys.appCertPem!, alipayPublicCert: keys.alipayCertPem!, alipayRootCert: keys.rootCertBundlePem! }
    : { alipayPublicKey: keys.alipayPublicKeyPem! };
  return new AlipayClient({
    appId: config.appId,
    privateKey: keys[config.privateKeyRef ?? 'appPrivateKeyPkcs1Pem']!,
    ...credentials,
    ...(config.signType && { signType: config.signType }),
    ...(config.encryptKeyRef && { encryptKey: keys[config.encryptKeyRef]! }),
    protocol: 'v3',
    endpoint: config.effective.endpoint,
    fetch: fetchImpl,
  });
}

/** Pins the clock and the UUIDs to the vector's. */
function pin(vector: V3Vector) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(vector.env.nowMs);
  const uuids = [...vector.env.uuidsInCallOrder];
  vi.spyOn(crypto, 'randomUUID').mockImplementation(() => uuids.shift() as `${string}-${string}-${string}-${string}-${string}`);
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe.runIf(dir)('v3 request vectors: sign content, authorization and body', () => {
  it('has the request vectors', () => expect(requests.length).toBe(12));

  it.each(requests.map((v) => [v.id, v] as const))('%s, through the building blocks', async (id, vector) => {
    const { options } = vector.input;
    const built = buildV3Request({
      appId: vector.config.appId,
      httpMethod: vector.input.httpMethod,
      endpoint: vector.config.effective.endpoint,
      path: vector.input.path,
      ...(options.query && { query: options.query }),
      body: bodyLine(vector),
      ...(options.appAuthToken && { appAuthToken: options.appAuthToken }),
      ...(vector.config.certMode && { appCertSn: vector.config.appCertSn! }),
      ...(vector.config.additionalAuthInfo && { additionalAuthInfo: vector.config.additionalAuthInfo }),
      nonce: nonceOf(vector),
      timestamp: vector.env.nowMs,
    });
    const sign = await signContent(built.signContent, await importPrivateKey(vector.keys[vector.config.privateKeyRef ?? 'appPrivateKeyPkcs1Pem']!));
    if (SIGNS_WHAT_IS_SENT.has(id)) {
      // The request line the SDK sent is what we sign.
      expect(built.target).toBe(vector.sdkRequest.url);
      expect(built.signContent).toBe(vector.signContent.replace(`\n${vector.input.path}\n`, `\n${vector.sdkRequest.url}\n`));
      return;
    }
    expect(built.signContent).toBe(vector.signContent);
    expect(built.target).toBe(vector.sdkRequest.url);
    expect(v3Authorization(built.authString, sign)).toBe(vector.sdkRequest.headers.authorization);
    // The body on the wire: the JSON the SDK sent, or its AES ciphertext (zero IV: deterministic).
    if (options.body && !options.form) {
      const json = JSON.stringify(options.body);
      const wire = options.needEncrypt ? await aesEncrypt(json, await importAesKey(vector.keys[vector.config.encryptKeyRef!]!)) : json;
      expect(wire).toBe(vector.sdkRequest.bodyUtf8);
    }
  });

  it.each(requests.filter((v) => !v.input.options.form && !v.config.additionalAuthInfo && !SIGNS_WHAT_IS_SENT.has(v.id)).map((v) => [v.id, v] as const))('%s, through client.request', async (_id, vector) => {
    pin(vector);
    const sent: Request[] = [];
    const client = clientFor(vector, async (input, init) => {
      sent.push(new Request(input, init));
      return new Response('{}', { status: 599 });
    });
    const { options } = vector.input;
    await rejectionOf(() =>
      client.request(vector.input.httpMethod, vector.input.path, {
        ...(options.query && { query: options.query }),
        ...(options.body && { body: options.body }),
        ...(options.appAuthToken && { appAuthToken: options.appAuthToken }),
        ...(options.requestId && { requestId: options.requestId }),
        ...(options.needEncrypt && { needEncrypt: true }),
      }),
    );
    const request = sent[0]!;
    expect(request.method).toBe(vector.sdkRequest.method);
    expect(`${new URL(request.url).pathname}${new URL(request.url).search}`).toBe(vector.sdkRequest.url);
    expect(request.headers.get('authorization')).toBe(vector.sdkRequest.headers.authorization);
    expect(request.headers.get('alipay-request-id')).toBe(vector.sdkRequest.headers['alipay-request-id']);
    for (const header of ['content-type', 'alipay-app-auth-token', 'alipay-root-cert-sn', 'alipay-encrypt-type']) {
      expect(request.headers.get(header)?.replace(/;charset=utf-8$/, '') ?? null, header).toBe(vector.sdkRequest.headers[header] ?? null);
    }
    expect(await request.text()).toBe(vector.sdkRequest.bodyUtf8 ?? '');
  });
});

/** What a fail-closed client answers to each response vector (and where the SDK answered otherwise). */
const VERDICTS: Record<string, { accepted: true } | { code: string; sdkDiffers?: string }> = {
  'v3-resp-valid': { accepted: true },
  'v3-resp-header-case': { accepted: true },
  'v3-resp-signature-with-spaces': { accepted: true },
  'v3-resp-sn-absent-cert-mode': { accepted: true },
  'v3-resp-sn-ignored-key-mode': { accepted: true },
  'v3-resp-tampered-body': { code: 'ERR_SIGNATURE_INVALID' },
  'v3-resp-wrong-key': { code: 'ERR_SIGNATURE_INVALID' },
  'v3-resp-missing-timestamp-nonce': { code: 'ERR_SIGNATURE_MISSING' },
  'v3-resp-missing-signature': { code: 'ERR_SIGNATURE_MISSING', sdkDiffers: 'raw TypeError' },
  'v3-resp-duplicate-signature': { code: 'ERR_SIGNATURE_INVALID', sdkDiffers: 'raw TypeError' },
  'v3-resp-missing-headers-signed-undefined': { code: 'ERR_SIGNATURE_MISSING', sdkDiffers: 'accepted: it verified the text "undefined"' },
  'v3-resp-stale-timestamp': { code: 'ERR_SIGNATURE_INVALID', sdkDiffers: 'accepted: no freshness check' },
  'v3-resp-error-400': { code: 'ERR_SIGNATURE_INVALID', sdkDiffers: 'an unverified AlipayRequestError: it ignores the (bogus) signature of error answers' },
  'v3-resp-error-500-not-json': { code: 'ERR_HTTP_STATUS', sdkDiffers: 'raw SyntaxError' },
  'v3-resp-empty-body-200': { code: 'ERR_RESPONSE_MALFORMED', sdkDiffers: 'raw SyntaxError' },
  'v3-resp-not-json-200': { code: 'ERR_RESPONSE_MALFORMED', sdkDiffers: 'raw SyntaxError' },
  'v3-resp-sn-mismatch-cert-mode': { code: 'ERR_CERT_INVALID' },
  'v3-resp-aes-wrong-key': { code: 'ERR_DECRYPTION_FAILED' },
};

describe.runIf(dir)('v3 response vectors: the fail-closed verdict', () => {
  it('has the 18 response vectors, each with a verdict', () => {
    expect(responses.map((v) => v.id).sort()).toEqual(Object.keys(VERDICTS).sort());
  });

  it.each(responses.map((v) => [v.id, v] as const))('%s', async (id, vector) => {
    pin(vector);
    const answer = vector.serverResponse!;
    const client = clientFor(vector, async () => new Response(answer.bodyUtf8 ?? '', { status: answer.status, headers: new Headers(answer.headers as HeadersInit) }));
    const { options } = vector.input;
    const call = () => client.request(vector.input.httpMethod, vector.input.path, { ...(options.body && { body: options.body }), ...(options.needEncrypt && { needEncrypt: true }) });
    const verdict = VERDICTS[id]!;
    if ('accepted' in verdict) {
      expect(vector.sdkResult?.outcome).toBe('accepted');
      const result = await call();
      expect(result.data).toEqual(vector.sdkResult!.data);
      expect(result.traceId).toBe(vector.sdkResult!.traceId);
    } else {
      expect(await rejectionOf(call)).toMatchObject({ name: expect.stringMatching(/^Alipay(Api)?Error$/), code: verdict.code });
      if (!verdict.sdkDiffers) expect(vector.sdkResult?.outcome).toBe('rejected');
    }
  });
});
