// Where a client sends its calls. A client configured for another gateway (a mock, the sandbox)
// never reaches production by default: v2 calls, v3 calls, request() and payment URLs all go to the
// gateway or endpoint that was set, the other derived from it. The gateway and endpoint URLs are
// checked at construction, each mistake named with the expected form.
import { describe, expect, it } from 'vitest';
import { AlipayClient, type AlipayClientConfig, AlipayError, SANDBOX_GATEWAY_URL, SANDBOX_V3_ENDPOINT } from '../../src/index.ts';
import { startMockServer } from '../../mocks/server.ts';
import { CARD_QUERY, cardBiz, keyConfig, rejectionOf, testKeys, thrownBy } from '../support.ts';

const order = { out_trade_no: '20240513000001', total_amount: '88.88', subject: 'Gold', product_code: 'FAST_INSTANT_TRADE_PAY' };

/** Every URL a client's operations reach (sent or handed to a browser), with a fetch that records and fails. */
async function reached(config: Partial<AlipayClientConfig>): Promise<string[]> {
  const urls: string[] = [];
  const fetch = (async (input: string) => {
    urls.push(input);
    throw new TypeError('recorded, not sent');
  }) as unknown as typeof globalThis.fetch;
  const base = { ...(await keyConfig()), fetch, maxRetries: 0, ...config };
  await rejectionOf(() => new AlipayClient(base).execute(CARD_QUERY, cardBiz));
  await rejectionOf(() => new AlipayClient({ ...base, protocol: 'v3' }).execute(CARD_QUERY, cardBiz));
  await rejectionOf(() => new AlipayClient(base).request('POST', '/v3/alipay/marketing/card/query', { body: cardBiz }));
  urls.push(await new AlipayClient(base).pageExecute('alipay.trade.page.pay', order, { httpMethod: 'GET' }));
  return urls;
}

describe('a client set up for another gateway never reaches production by default', () => {
  it.each<[string, Partial<AlipayClientConfig>, string]>([
    ['gateway on loopback, with a path prefix', { gateway: 'http://127.0.0.1:9/prefix/gateway.do' }, 'http://127.0.0.1:9/prefix/'],
    ['gateway of the sandbox', { gateway: SANDBOX_GATEWAY_URL }, `${SANDBOX_V3_ENDPOINT}/`],
    ['gateway with a query of its own (not carried to v3)', { gateway: 'https://gw.example/gateway.do?tenant=7' }, 'https://gw.example/'],
    ['endpoint only', { endpoint: 'http://127.0.0.1:9/p/' }, 'http://127.0.0.1:9/p/'],
    ['sandbox: true', { sandbox: true }, `${SANDBOX_V3_ENDPOINT}/`],
    ['sandbox: true and a gateway: the gateway wins for both', { sandbox: true, gateway: 'http://localhost:8080/gateway.do' }, 'http://localhost:8080/'],
  ])('%s', async (_name, config, prefix) => {
    const urls = await reached(config);
    expect(urls).toHaveLength(4);
    for (const url of urls) expect(url.startsWith(prefix)).toBe(true);
    expect(urls.map((url) => new URL(url).pathname.replace(/^\/(?:prefix|p)/, ''))).toEqual(['/gateway.do', '/v3/alipay/marketing/card/query', '/v3/alipay/marketing/card/query', '/gateway.do']);
  });

  it('nothing set: production, for both', async () => {
    for (const url of await reached({})) expect(new URL(url).origin).toBe('https://openapi.alipay.com');
  });

  it('the derived pair, as the client reports it; both set: each as given', async () => {
    const base = await keyConfig();
    expect(new AlipayClient({ ...base, gateway: 'http://127.0.0.1:9/a/b/gateway.do' })).toMatchObject({ gateway: 'http://127.0.0.1:9/a/b/gateway.do', endpoint: 'http://127.0.0.1:9/a/b' });
    expect(new AlipayClient({ ...base, gateway: SANDBOX_GATEWAY_URL, protocol: 'v3' }).endpoint).toBe(SANDBOX_V3_ENDPOINT);
    expect(new AlipayClient({ ...base, endpoint: 'https://v3.example' })).toMatchObject({ gateway: 'https://v3.example/gateway.do', endpoint: 'https://v3.example' });
    expect(new AlipayClient({ ...base, gateway: 'https://a.example/gateway.do', endpoint: 'https://b.example' })).toMatchObject({ gateway: 'https://a.example/gateway.do', endpoint: 'https://b.example' });
  });

  it('protocol v3 with only the mock server\'s gateway URL calls the mock (the issue\'s case: it called production)', async () => {
    const { app, alipay } = await testKeys();
    const server = await startMockServer({ appPublicKey: app.publicKey, alipayKeys: alipay });
    try {
      const client = new AlipayClient({ appId: server.gateway.appId, privateKey: app.privateKey, alipayPublicKey: server.gateway.alipayPublicKey, protocol: 'v3', gateway: server.gatewayUrl });
      expect((await client.execute(CARD_QUERY, cardBiz)).card_info.balance).toBe('124.89');
      expect(server.gateway.requests.at(-1)).toMatchObject({ method: CARD_QUERY, protocol: 'v3' });
    } finally {
      await server.close();
    }
  });
});

describe('gateway and endpoint URLs are checked at construction', () => {
  const refusal = async (config: Partial<AlipayClientConfig>): Promise<string> => {
    const right = (base ??= await keyConfig());
    const err = thrownBy(() => new AlipayClient({ ...right, ...config }));
    expect(err).toBeInstanceOf(AlipayError);
    expect((err as AlipayError).code).toBe('ERR_CONFIG');
    return (err as AlipayError).message;
  };
  let base: Awaited<ReturnType<typeof keyConfig>> | undefined;

  it.each<[string, Partial<AlipayClientConfig>, RegExp]>([
    ['a gateway without /gateway.do', { gateway: 'https://openapi.alipay.com' }, /^gateway must end in \/gateway\.do: "https:\/\/openapi\.alipay\.com" would answer every call with HTTP 404\. Expected https:\/\/openapi\.alipay\.com\/gateway\.do \(a mock: http:\/\/127\.0\.0\.1:PORT\/gateway\.do\)\. \(A v3 origin goes in endpoint\.\)$/],
    ['a gateway with another path', { gateway: 'http://127.0.0.1:8080/gateway' }, /^gateway must end in \/gateway\.do: "http:\/\/127\.0\.0\.1:8080\/gateway" would answer every call with HTTP 404\. Expected [^(]*\([^)]*\)\.$/],
    ['a gateway with a #fragment', { gateway: 'https://openapi.alipay.com/gateway.do#top' }, /^gateway has a #fragment \("https:\/\/openapi\.alipay\.com\/gateway\.do#top"\): it is never sent, and a payment URL's signed parameters would land in it\. Remove it\.$/],
    ['a gateway with an empty #', { gateway: 'https://openapi.alipay.com/gateway.do#' }, /gateway has a #fragment/],
    ['a gateway with credentials', { gateway: 'https://user:s3cret@openapi.alipay.com/gateway.do' }, /^gateway holds a user:password@: remove it \(the gateway takes none; it would go with every call\)\.$/],
    ['a gateway with another scheme', { gateway: 'ftp://openapi.alipay.com/gateway.do' }, /^gateway must be an https URL, got ftp: \("ftp:\/\/openapi\.alipay\.com\/gateway\.do"\)\. Expected https:/],
    ['a gateway with a line break', { gateway: 'https://openapi.alipay.com/gateway.do\n' }, /^gateway has whitespace in it \("https:\/\/openapi\.alipay\.com\/gateway\.do\\n"\): remove it\.$/],
    ['a gateway that is not a URL', { gateway: 'openapi.alipay.com/gateway.do' }, /^gateway is not a URL: "openapi\.alipay\.com\/gateway\.do"\. Expected https:\/\/openapi\.alipay\.com\/gateway\.do/],
    ['an endpoint with /gateway.do', { endpoint: 'http://127.0.0.1:9/gateway.do' }, /^endpoint is the v3 origin, not the gateway URL: drop \/gateway\.do from "http:\/\/127\.0\.0\.1:9\/gateway\.do" \(or set it as gateway\)\.$/],
    ['an endpoint with /v3', { endpoint: 'https://openapi.alipay.com/v3/' }, /^endpoint is what \/v3\/… paths are added to: drop the \/v3 from "https:\/\/openapi\.alipay\.com\/v3\/"\.$/],
    ['an endpoint with a query', { endpoint: 'https://openapi.alipay.com?x=1' }, /^endpoint takes no query: "https:\/\/openapi\.alipay\.com\?x=1"\. Expected https:\/\/openapi\.alipay\.com \(a mock: http:\/\/127\.0\.0\.1:PORT\)\.$/],
    ['an endpoint with a #fragment', { endpoint: 'https://openapi.alipay.com#x' }, /^endpoint has a #fragment/],
    ['an endpoint with credentials', { endpoint: 'https://u:p@openapi.alipay.com' }, /^endpoint holds a user:password@/],
    ['an endpoint with another scheme', { endpoint: 'ws://127.0.0.1:9' }, /^endpoint must be an https URL, got ws:/],
    ['the retired sandbox host as endpoint', { endpoint: 'https://openapi.alipaydev.com' }, /retired sandbox host.*sandbox: true/],
  ])('%s', async (_name, config, reason) => {
    const message = await refusal(config);
    expect(message).toMatch(reason);
    expect(message).not.toContain('s3cret');
  });

  it('accepted: loopback and other hosts over http (test setups), a query of its own, a path prefix', async () => {
    base ??= await keyConfig();
    for (const gateway of ['http://127.0.0.1:8080/gateway.do', 'http://localhost/gateway.do', 'http://[::1]:9/gateway.do', 'http://gw.internal/gateway.do', 'https://gw.example/a/gateway.do?tenant=7']) {
      expect(new AlipayClient({ ...base, gateway }).gateway).toBe(gateway);
    }
  });

  it('sandbox must be a boolean: the text "false" from an environment variable is refused', async () => {
    expect(await refusal({ sandbox: 'false' as never })).toMatch(/^sandbox must be true or false, got "false" \(an environment variable is text/);
  });
});
