// Shared test fixtures: the vectors in ../shared/vectors (read at test time, never copied), the
// seeds' samples, and key pairs.
import { existsSync, readFileSync } from 'node:fs';
import { AlipayClient, type AlipayClientConfig, buildRequestParams, buildSignContent, encodeRequest, importPrivateKey, signContent } from '../src/index.ts';
import { type MockGateway, type MockGatewayOptions, createMockGateway, generateKeyPair, type PemKeyPair } from '../mocks/index.ts';

// ../shared beside the repository; found by walking up, so copies of the repository (Stryker's
// sandbox under .stryker-tmp/) find it too.
const SHARED = (() => {
  for (let dir = new URL('../', import.meta.url); dir.pathname !== '/'; dir = new URL('../', dir)) {
    const candidate = new URL('../shared/', dir);
    if (existsSync(new URL('vectors/', candidate))) return candidate;
  }
  return new URL('../../shared/', import.meta.url);
})();

export function readShared(path: string): string {
  return readFileSync(new URL(path, SHARED), 'utf8');
}

export function vectors<T>(file: string): T[] {
  return JSON.parse(readShared(`vectors/${file}`)) as T[];
}

export interface RequestVector {
  id: string;
  sign_type: 'RSA' | 'RSA2';
  private_key_pem: string;
  private_key_format: 'pkcs1' | 'pkcs8';
  public_key_pem: string;
  params: Record<string, string>;
  sign_content: string;
  expected_sign: string;
}

export interface ResponseVector {
  id: string;
  format: 'json' | 'xml';
  method: string;
  sign_type: 'RSA' | 'RSA2';
  body: string;
  public_key_pem?: string;
  alipay_cert_pem?: string;
  expected_signed_content: string;
  expected: 'valid' | 'invalid';
}

/** The samples of a seed API document: JSON and XML response samples, JSON exception sample. */
export interface SeedSamples {
  json: string;
  xml: string;
  exception: string;
}

export function seedSamples(file: string): SeedSamples {
  const text = readShared(`seeds/${file}`);
  const section = (from: string, to: string) => {
    const start = text.indexOf(from);
    const end = text.indexOf(to, start + from.length);
    if (start < 0 || end < 0) throw new Error(`sample ${from} not found in ${file}`);
    return text.slice(start + from.length, end).trim();
  };
  return {
    json: section('Response sample\n\nJSON\n\ncopy\n', '\n\nXML'),
    xml: section('\n\nXML\n\ncopy\n', '\n\nException sample'),
    exception: text.slice(text.indexOf('Exception sample\n\nJSON\n\ncopy\n') + 'Exception sample\n\nJSON\n\ncopy\n'.length).trim(),
  };
}

export const CARD_QUERY_SEED = '000_c1a1d6ee0291f844.txt';
export const ACTIVATEFORM_SEED = '003_f95bca44519cedf5.txt';

let appKeys: Promise<PemKeyPair> | undefined;
let alipayKeys: Promise<PemKeyPair> | undefined;

/** One app key pair and one Alipay-side key pair for the whole test file (key generation is slow). */
export function testKeys(): Promise<{ app: PemKeyPair; alipay: PemKeyPair }> {
  appKeys ??= generateKeyPair();
  alipayKeys ??= generateKeyPair();
  return Promise.all([appKeys, alipayKeys]).then(([app, alipay]) => ({ app, alipay }));
}

/** A mock gateway and a client wired to it through the gateway's injected fetch. */
export async function mockSetup(
  gatewayOptions: Partial<MockGatewayOptions> = {},
  clientOptions: Partial<AlipayClientConfig> = {},
): Promise<{ gateway: MockGateway; client: AlipayClient; keys: { app: PemKeyPair; alipay: PemKeyPair } }> {
  const keys = await testKeys();
  const gateway = await createMockGateway({ appPublicKey: keys.app.publicKey, alipayKeys: keys.alipay, ...gatewayOptions });
  const client = new AlipayClient({
    appId: gateway.appId,
    privateKey: keys.app.privateKey,
    alipayPublicKey: gateway.alipayPublicKey,
    fetch: gateway.fetch,
    ...clientOptions,
  });
  return { gateway, client, keys };
}

/** Runs `fn`, expecting it to reject; returns the rejection. */
export async function rejectionOf(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection, but the call succeeded');
}

/**
 * Sends a signed request straight to a mock gateway core, bypassing the client's request
 * validation: for testing how the gateway answers requests the client would refuse to send.
 */
export async function signedCall(
  gateway: { appId: string; handle(request: Request): Promise<Response> },
  method: string,
  bizContent: unknown,
  options: { authToken?: string; params?: Record<string, string> } = {},
): Promise<Record<string, unknown>> {
  const { app } = await testKeys();
  const params = buildRequestParams({ appId: gateway.appId, method, signType: 'RSA2', bizContent, ...(options.authToken && { authToken: options.authToken }), ...(options.params && { params: options.params }) });
  params.sign = await signContent(buildSignContent(params), await importPrivateKey(app.privateKey));
  const { url, body, headers } = encodeRequest('https://openapi.alipay.com/gateway.do', params);
  const response = await gateway.handle(new Request(url, { method: 'POST', body, headers }));
  const parsed = JSON.parse(await response.text()) as Record<string, unknown>;
  return (parsed[`${method.replaceAll('.', '_')}_response`] ?? parsed.error_response) as Record<string, unknown>;
}
