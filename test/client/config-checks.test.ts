// Configuration checks: each broken configuration fails with ERR_CONFIG and a sentence that says
// what to fix; the corrected one passes.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AlipayClient, AlipayError } from '../../src/index.ts';
import { CARD_QUERY, cardBiz, certSetup, keyConfig, mockSetup, rejectionOf, testKeys, testPki, thrownBy } from '../support.ts';

function configFailure(make: () => unknown): AlipayError {
  const err = thrownBy(make);
  expect(err).toBeInstanceOf(AlipayError);
  expect((err as AlipayError).code).toBe('ERR_CONFIG');
  return err as AlipayError;
}

const rsa = (bits: number) => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return { privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, publicKey: publicKey.export({ type: 'spki', format: 'pem' }) as string };
};

describe('configuration checks', () => {
  it('alipayPublicKey is the public half of the app\'s own privateKey', async () => {
    const { app } = await testKeys();
    const err = configFailure(() => new AlipayClient({ appId: '1', privateKey: app.privateKey, alipayPublicKey: app.publicKey }));
    expect(err.message).toMatch(/public half of your own privateKey.*Alipay's public key.*支付宝公钥/);
    const right = await keyConfig();
    expect(() => new AlipayClient(right)).not.toThrow();
  });

  it('a key or certificate pasted with its quotes, and an app id with whitespace around it, are named as such', async () => {
    const right = await keyConfig();
    for (const quote of ['"', "'"]) {
      const quoted = thrownBy(() => new AlipayClient({ ...right, privateKey: `${quote}${right.privateKey}${quote}` }));
      expect(quoted).toMatchObject({ code: 'ERR_KEY_INVALID' });
      expect((quoted as Error).message).toMatch(/^privateKey starts or ends with a quote: it was copied with its quotes .*Remove them\.$/);
      expect((quoted as Error).message).not.toContain(right.privateKey.slice(40, 80)); // no key material
    }
    const oneSided = thrownBy(() => new AlipayClient({ ...right, alipayPublicKey: `${right.alipayPublicKey}"` }));
    expect((oneSided as Error).message).toMatch(/^alipayPublicKey starts or ends with a quote/);
    const { ca, appCert, alipayCert } = await certSetup();
    const certs = { appCert, alipayPublicCert: `'${alipayCert}'`, alipayRootCert: ca.rootCert };
    const cert = thrownBy(() => new AlipayClient({ appId: '1', privateKey: right.privateKey, ...certs }));
    expect(cert).toMatchObject({ code: 'ERR_CERT_INVALID' });
    expect((cert as Error).message).toMatch(/^alipayPublicCert starts or ends with a quote/);
    const spaced = configFailure(() => new AlipayClient({ ...right, appId: ` ${right.appId}\n` }));
    expect(spaced.message).toMatch(/appId " \d+\\n" has whitespace around it .*trim it/);
  });

  it('a private key under 2048 bits with RSA2 (fine with legacy RSA)', async () => {
    const { alipay } = await testKeys();
    const small = rsa(1024);
    const err = configFailure(() => new AlipayClient({ appId: '1', privateKey: small.privateKey, alipayPublicKey: alipay.publicKey }));
    expect(err.message).toMatch(/1024-bit RSA key, and RSA2 needs at least 2048 bits: create a new key pair \(npx alipay-edge keygen\)/);
    expect(() => new AlipayClient({ appId: '1', privateKey: small.privateKey, alipayPublicKey: alipay.publicKey, signType: 'RSA' })).not.toThrow();
    expect(() => new AlipayClient({ appId: '1', privateKey: rsa(2048).privateKey, alipayPublicKey: alipay.publicKey })).not.toThrow();
  });

  it('a key that is not RSA', async () => {
    const { alipay } = await testKeys();
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const err = configFailure(() => new AlipayClient({ appId: '1', privateKey: ec, alipayPublicKey: alipay.publicKey }));
    expect(err.message).toMatch(/another algorithm than RSA.*RSA-2048 key pair/);
  });

  it('both alipayPublicKey and certificate options, or neither', async () => {
    const { app, alipay } = await testKeys();
    const ca = await testPki();
    const cert = { appCert: await ca.issueAppCert(app.publicKey), alipayPublicCert: await ca.issueAlipayCert(alipay), alipayRootCert: ca.rootCert };
    expect(configFailure(() => new AlipayClient({ appId: '1', privateKey: app.privateKey, alipayPublicKey: alipay.publicKey, ...cert })).message).toMatch(/either alipayPublicKey.*or appCert, alipayPublicCert and alipayRootCert.*not both/);
    expect(configFailure(() => new AlipayClient({ appId: '1', privateKey: app.privateKey })).message).toMatch(/alipayPublicKey is required.*certificate mode/);
    expect(configFailure(() => new AlipayClient({ appId: '1', privateKey: app.privateKey, appCert: cert.appCert })).message).toMatch(/needs all three/);
    expect(() => new AlipayClient({ appId: '1', privateKey: app.privateKey, ...cert })).not.toThrow();
  });

  it('certificate mode: an appCert of another key, or the app certificate given as Alipay\'s (at first use)', async () => {
    const { gateway, client: right, ca, app, appCert, alipayCert } = await certSetup({ certificates: ({ alipayCert }) => ({ alipayCert }) });
    const base = { appId: gateway.appId, privateKey: app.privateKey, alipayRootCert: ca.rootCert, fetch: gateway.fetch };
    const otherApp = await ca.issueAppCert(rsa(2048).publicKey);
    const wrongAppCert = new AlipayClient({ ...base, appCert: otherApp, alipayPublicCert: alipayCert });
    expect(await rejectionOf(() => wrongAppCert.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_CONFIG', message: expect.stringMatching(/appCert is not the certificate of privateKey/) });
    const swapped = new AlipayClient({ ...base, appCert, alipayPublicCert: appCert });
    expect(await rejectionOf(() => swapped.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_CONFIG', message: expect.stringMatching(/alipayPublicCert holds your own app key/) });
    expect((await right.execute(CARD_QUERY, cardBiz)).card_info.balance).toBe('124.89');
    expect(gateway.requests).toHaveLength(1); // the broken ones sent nothing
  });

  it.each([
    ['authToken', ' 20130319e9b8\n', /authToken contains whitespace.*trim it/],
    ['authToken', 'token&x=1', /authToken does not look like an Alipay token/],
    ['appAuthToken', '202501BB\t', /appAuthToken contains whitespace/],
    ['appAuthToken', '<script>', /appAuthToken does not look like an Alipay token.*app_auth_token/],
  ])('%s %j', async (option, value, reason) => {
    const { gateway, client } = await mockSetup();
    const err = await rejectionOf(() => client.execute(CARD_QUERY, cardBiz, { [option]: value }));
    expect(err).toMatchObject({ code: 'ERR_CONFIG', message: expect.stringMatching(reason) });
    expect(gateway.requests).toHaveLength(0);
    await expect(client.execute(CARD_QUERY, cardBiz, { [option]: value.trim().replace(/[^A-Za-z0-9]/g, '') })).resolves.toBeDefined();
  });

  it('appId given as a number (as many configs write it) must be quoted; other non-strings are named', async () => {
    const right = await keyConfig();
    const number = configFailure(() => new AlipayClient({ ...right, appId: 2014072300007148 as never }));
    expect(number.message).toBe("appId must be a string: quote it (appId: '2014072300007148'). A number is exact only up to 9007199254740991, and the gateway compares the id as text.");
    // Past 2^53 the digits have already changed: the message does not pretend to know the id.
    const rounded = configFailure(() => new AlipayClient({ ...right, appId: 20210041000000001 as never }));
    expect(rounded.message).toMatch(/^appId must be a string: quote it \(20210041000000000 is past 2\^53: its digits may have changed\)/);
    expect(configFailure(() => new AlipayClient({ ...right, appId: 2014072300007148n as never })).message).toMatch(/quote it \(appId: '2014072300007148'\)/);
    expect(configFailure(() => new AlipayClient({ ...right, appId: { id: '1' } as never })).message).toBe('appId must be a string (the app id from the Alipay console), got an object.');
    expect(configFailure(() => new AlipayClient({ ...right, appId: undefined as never })).message).toMatch(/^appId is required/);
    expect(new AlipayClient({ ...right, appId: '2014072300007148' }).appId).toBe('2014072300007148');
  });

  it('the retired sandbox host; sandbox: true; gateway overrides both', async () => {
    const base = await keyConfig();
    expect(configFailure(() => new AlipayClient({ ...base, gateway: 'https://openapi.alipaydev.com/gateway.do' })).message).toMatch(/retired sandbox host.*isv.invalid-app-id.*sandbox: true/);
    expect(new AlipayClient({ ...base, sandbox: true }).gateway).toBe('https://openapi-sandbox.dl.alipaydev.com/gateway.do');
    expect(new AlipayClient({ ...base, sandbox: true, gateway: 'https://gw.example/gateway.do' }).gateway).toBe('https://gw.example/gateway.do');
    expect(new AlipayClient(base).gateway).toBe('https://openapi.alipay.com/gateway.do');
  });
});
