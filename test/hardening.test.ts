// The attack run's findings, each reproduced: a forged certificate-mode answer, notifications whose
// data no signature covers, raw TypeErrors and RangeErrors from unsigned input, unbounded reads,
// and the smaller holes (non-canonical base64, control characters in keys, lone surrogates,
// DOCTYPE behind AES).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlipayApiError, AlipayClient, AlipayError, verifyNotify } from '../src/index.ts';
import { buildSignContent, extractJsonSpan, importPrivateKey, importPublicKey, parsePublicKey, signContent, verifyContent, verifySignedSpan } from '../src/protocol.ts';
import { certSnFromPem, parseCertificate, readPemCertificates } from '../src/cert.ts';
import { aesDecrypt, aesEncrypt, importAesKey } from '../src/tools.ts';
import { extractXmlSpan, parseXmlNode } from '../src/xml.ts';
import { main } from '../src/cli/main.ts';
import { FAILED_SN_TTL_MS, MAX_DOWNLOADS_PER_MINUTE } from '../src/client/certificates.ts';
import { createMockGateway, createTestPki, generateKeyPair } from '../mocks/index.ts';
import { rejectionOf, testKeys } from './helpers.ts';

const CARD_QUERY = 'alipay.marketing.card.query';
const NODE = 'alipay_marketing_card_query_response';
const DOWNLOAD = 'alipay.open.app.alipaycert.download';
const cardBiz = { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' } as const;
const pki = createTestPki();

/** A client in certificate mode against a mock gateway in certificate mode. */
async function certSetup() {
  const { app, alipay } = await testKeys();
  const ca = await pki;
  const alipayCert = await ca.issueAlipayCert(alipay);
  const appCert = await ca.issueAppCert(app.publicKey);
  const gateway = await createMockGateway({ appPublicKey: app.publicKey, alipayKeys: alipay, certificates: { alipayCert, appCertSn: certSnFromPem(appCert), rootCertSn: ca.rootCertSn } });
  const client = new AlipayClient({ appId: gateway.appId, privateKey: app.privateKey, appCert, alipayPublicCert: alipayCert, alipayRootCert: ca.rootCert, fetch: gateway.fetch });
  return { gateway, client, ca, app, appCert };
}

const downloads = (gateway: { requests: Array<{ method: string | undefined }> }) => gateway.requests.filter((r) => r.method === DOWNLOAD).length;

/** A notification signed with `privateKey`, naming `sn`. */
async function notification(privateKey: string, sn: string, extra: Record<string, string> = {}) {
  const params: Record<string, string> = { notify_id: 'n1', trade_status: 'TRADE_SUCCESS', total_amount: '88.00', charset: 'utf-8', sign_type: 'RSA2', alipay_cert_sn: sn, ...extra };
  params.sign = await signContent(buildSignContent(params, { exclude: ['sign_type'] }), await importPrivateKey(privateKey));
  return params;
}

describe('1. certificate mode trusts only Alipay\'s own certificate', () => {
  it('a merchant\'s app certificate (same CA) serving as the rotated certificate is refused: execute and verifyNotify', async () => {
    const { gateway, client, ca } = await certSetup();
    // The attacker: any certificate-mode merchant, holding its own app key and app certificate.
    const attacker = await generateKeyPair();
    const attackerCert = await ca.issueAppCert(attacker.publicKey);
    gateway.rotate(attacker, attackerCert); // answers now signed by the attacker, naming its SN, served by the download
    const err = await rejectionOf(() => client.execute(CARD_QUERY, cardBiz));
    expect(err).toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/not to the subject of the configured alipayPublicCert/) });
    // Nothing was cached under the attacker's SN: a notification it signs is not Alipay's.
    expect(await client.verifyNotify(await notification(attacker.privateKey, certSnFromPem(attackerCert)))).toBe(false);
  });

  it('Alipay\'s certificate for another merchant (another subject) is refused; the same subject is accepted', async () => {
    const { gateway, client, ca } = await certSetup();
    const other = await generateKeyPair();
    gateway.rotate(other, await ca.issueAlipayCert(other, { subject: { CN: '支付宝(中国)网络技术有限公司-2088999999999999', O: 'Another merchant' } }));
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/is issued to/) });
    const next = await generateKeyPair();
    gateway.rotate(next, await ca.issueAlipayCert(next));
    expect((await client.execute(CARD_QUERY, cardBiz)).card_info.balance).toBe('124.89');
  });

  it('verifyNotify resolves false for an SN that cannot be had, and downloads it once while it is remembered as failed', async () => {
    const { gateway, client } = await certSetup();
    const stranger = await generateKeyPair();
    const unknown = 'ffffffffffffffffffffffffffffffff';
    const results = await Promise.all(Array.from({ length: 5 }, async () => client.verifyNotify(await notification(stranger.privateKey, unknown))));
    expect(results).toEqual([false, false, false, false, false]);
    expect(downloads(gateway)).toBe(1); // one in flight per SN
    expect(await client.verifyNotify(new URLSearchParams(await notification(stranger.privateKey, unknown)).toString())).toBe(false);
    expect(downloads(gateway)).toBe(1); // remembered as failed
    expect(FAILED_SN_TTL_MS).toBeGreaterThanOrEqual(60_000);
  });

  it('downloads triggered by unauthenticated notifications are bounded per minute', async () => {
    const { gateway, client } = await certSetup();
    const stranger = await generateKeyPair();
    for (let i = 0; i < MAX_DOWNLOADS_PER_MINUTE + 15; i++) {
      expect(await client.verifyNotify(await notification(stranger.privateKey, i.toString(16).padStart(32, '0')))).toBe(false);
    }
    expect(downloads(gateway)).toBe(MAX_DOWNLOADS_PER_MINUTE);
  });

  it('an alipay_cert_sn given twice, or not as text, is false', async () => {
    const { client, gateway } = await certSetup();
    const { alipay } = await testKeys();
    const good = await notification(alipay.privateKey, certSnFromPem([...gateway.alipayCerts.values()][0]!));
    expect(await client.verifyNotify(good)).toBe(true);
    expect(await client.verifyNotify(`${new URLSearchParams(good)}&alipay_cert_sn=x`)).toBe(false);
    expect(await client.verifyNotify({ ...good, alipay_cert_sn: ['a', 'b'] } as never)).toBe(false);
  });

  it('PEM scanning is linear: 800 kB of BEGIN lines without an END is refused at once', () => {
    const text = '-----BEGIN CERTIFICATE-----'.repeat(Math.ceil(800_000 / 27));
    expect(() => readPemCertificates(text)).toThrow(expect.objectContaining({ code: 'ERR_CERT_INVALID' }));
    expect(() => readPemCertificates(`${text}-----END CERTIFICATE-----`)).toThrow(expect.objectContaining({ code: 'ERR_CERT_INVALID' }));
  });
});

describe('2. verifyNotify(record) never approves data no signature covers', async () => {
  const { alipay } = await testKeys();
  const base: Record<string, string> = { notify_id: 'n2', out_trade_no: 'T1', total_amount: '9.99', charset: 'utf-8', sign_type: 'RSA2' };
  const sign = await signContent(buildSignContent(base, { exclude: ['sign_type'] }), await importPrivateKey(alipay.privateKey));
  const signed = { ...base, sign };

  it.each<[string, unknown]>([
    ['an array (a repeated field, as querystring.parse gives it)', ['1', '2']],
    ['a number', 7],
    ['an object', { amount: '1' }],
    ['null', null],
    ['undefined', undefined],
  ])('an extra field holding %s is false', async (_name, value) => {
    expect(await verifyNotify({ ...signed, extra: value } as never, alipay.publicKey)).toBe(false);
  });

  it('the three forms give one verdict for a repeated field', async () => {
    expect(await verifyNotify(signed, alipay.publicKey)).toBe(true);
    const raw = `${new URLSearchParams(signed)}&total_amount=999`;
    expect(await verifyNotify(raw, alipay.publicKey)).toBe(false);
    expect(await verifyNotify(new URLSearchParams(raw), alipay.publicKey)).toBe(false);
    expect(await verifyNotify({ ...signed, total_amount: ['9.99', '999'] } as never, alipay.publicKey)).toBe(false);
  });

  it('a lone surrogate does not verify against a signature over U+FFFD', async () => {
    const withReplacement = { ...base, subject: 'a\uFFFDb' };
    const replacementSign = await signContent(buildSignContent(withReplacement, { exclude: ['sign_type'] }), await importPrivateKey(alipay.privateKey));
    expect(await verifyNotify({ ...withReplacement, sign: replacementSign }, alipay.publicKey)).toBe(true);
    expect(await verifyNotify({ ...base, subject: 'a\uD800b', sign: replacementSign }, alipay.publicKey)).toBe(false);
    // (A URLSearchParams cannot hold one: it turns a lone surrogate into U+FFFD as it is built.)
    // As a raw body: invalid UTF-8 bytes are not decoded into U+FFFD and approved.
    expect(await verifyNotify(`${new URLSearchParams({ ...base, sign: replacementSign })}&subject=a%ED%A0%80b`, alipay.publicKey)).toBe(false);
    expect(await verifyContent('a\uD800b', replacementSign, await importPublicKey(alipay.publicKey))).toBe(false);
    await expect(signContent('a\uD800b', await importPrivateKey(alipay.privateKey))).rejects.toMatchObject({ code: 'ERR_REQUEST_INVALID' });
  });

  it('a notification larger than any Alipay sends is false, unread', async () => {
    expect(await verifyNotify(`${new URLSearchParams(signed)}&pad=${'a'.repeat(2 << 20)}`, alipay.publicKey)).toBe(false);
  });
});

/** A client whose fetch answers every call with `body` (status 200). */
async function answering(body: string | (() => Response), config: Partial<ConstructorParameters<typeof AlipayClient>[0]> = {}) {
  const { app, alipay } = await testKeys();
  return new AlipayClient({
    appId: '2014072300007148',
    privateKey: app.privateKey,
    alipayPublicKey: alipay.publicKey,
    fetch: async () => (typeof body === 'string' ? new Response(body) : body()),
    ...config,
  });
}

describe('3. nothing but an AlipayError escapes, whatever an unsigned answer holds', () => {
  const hostileText = '{"toString":1,"valueOf":1}';

  it.each(['code', 'msg', 'sub_code', 'sub_msg'])('an unsigned node whose %s is an object with a non-callable toString', async (field) => {
    const node = { code: '40004', msg: 'Business Failed', sub_code: 'X', sub_msg: 'y' };
    for (const name of [NODE, 'error_response']) {
      const body = JSON.stringify({ [name]: { ...node, [field]: '@' } }).replace('"@"', hostileText);
      const err = await rejectionOf(async () => (await answering(body)).execute(CARD_QUERY, cardBiz));
      expect(err).toBeInstanceOf(AlipayError);
      if (err instanceof AlipayApiError) expect(err.verified).toBe(false);
    }
  });

  it.each<[string, string]>([
    ['a number', '42'],
    ['a boolean', 'true'],
    ['an object', hostileText],
  ])('isv.invalid-signature with a sub_msg that is %s', async (_name, value) => {
    const body = `{"${NODE}":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-signature","sub_msg":${value}}}`;
    const err = await rejectionOf(async () => (await answering(body)).execute(CARD_QUERY, cardBiz));
    expect(err).toMatchObject({ code: '40002', subCode: 'isv.invalid-signature', verified: false });
  });

  it('isv.invalid-signature with a sub_msg that is an XML element', async () => {
    const body = `<alipay><${NODE}><code>40002</code><msg>Invalid Arguments</msg><sub_code>isv.invalid-signature</sub_code><sub_msg><a>1</a></sub_msg></${NODE}></alipay>`;
    const err = await rejectionOf(async () => (await answering(body, { format: 'xml' })).execute(CARD_QUERY, cardBiz));
    expect(err).toMatchObject({ code: '40002', subCode: 'isv.invalid-signature', verified: false });
  });

  describe('a 6 MB base64 run (under the 10 MiB cap) is refused or false, never a RangeError', async () => {
    const run = 'A'.repeat(6 * 1024 * 1024);
    const { alipay } = await testKeys();
    const key = await importPublicKey(alipay.publicKey);

    it('execute, JSON and XML', async () => {
      expect(await rejectionOf(async () => (await answering(`{"${NODE}":{"code":"10000"},"sign":"${run}="}`)).execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_SIGNATURE_INVALID' });
      const xml = `<alipay><${NODE}><code>10000</code></${NODE}><sign>${run}=</sign></alipay>`;
      expect(await rejectionOf(async () => (await answering(xml, { format: 'xml' })).execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_SIGNATURE_INVALID' });
    });

    it('verifyNotify on a raw body (no signature needed to reach the decoder)', async () => {
      expect(await verifyNotify(`a=1&sign=${run.slice(0, 900_000)}`, alipay.publicKey)).toBe(false);
      expect(await verifyNotify({ a: '1', sign: `${run}=` }, key)).toBe(false);
    });

    it('the exported building blocks', async () => {
      expect(await verifyContent('a=1', run, key)).toBe(false);
      expect(await verifySignedSpan({ content: '{}', sign: run }, key)).toBeUndefined();
      expect(() => parsePublicKey(run)).toThrow(expect.objectContaining({ code: 'ERR_KEY_INVALID' }));
      expect(() => parseCertificate(readPemCertificates(`-----BEGIN CERTIFICATE-----${run}-----END CERTIFICATE-----`)[0]!)).toThrow(expect.objectContaining({ code: 'ERR_CERT_INVALID' }));
      expect(() => readPemCertificates(`-----BEGIN CERTIFICATE-----${run}!-----END CERTIFICATE-----`)).toThrow(expect.objectContaining({ code: 'ERR_CERT_INVALID' }));
      await expect(aesDecrypt(`${run}=`, await importAesKey('aYA0GP8JEW+D7/UFaskCWA=='))).rejects.toMatchObject({ code: 'ERR_DECRYPTION_FAILED' });
    });

    it('the certificate download answer', async () => {
      const { gateway, client } = await certSetup();
      const next = await generateKeyPair();
      const nextCert = await (await pki).issueAlipayCert(next);
      gateway.rotate(next, nextCert);
      gateway.alipayCerts.set(certSnFromPem(nextCert), `-----BEGIN CERTIFICATE-----${run}-----END CERTIFICATE-----`);
      expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_CERT_INVALID' });
    });

    it('the CLI: verify-response and verify-notify answer with a verdict', async () => {
      let out = '';
      const io = { out: (line: string) => (out += `${line}\n`), err: (line: string) => (out += `${line}\n`), env: { ALIPAY_PUBLIC_KEY: alipay.publicKey }, stdin: () => '', stopped: () => new Promise<string>(() => {}) };
      const body = `{"${NODE}":{"code":"10000"},"sign":"${run}="}`;
      expect(await main(['verify-response', '--method', CARD_QUERY, '--body', body], io)).toBe(1);
      expect(out).toMatch(/verdict: INVALID/);
      expect(await main(['verify-notify', '--body', `a=1&sign=${run.slice(0, 900_000)}`], io)).toBe(1);
    });
  });

  it.each<[string, () => unknown]>([
    ['extractJsonSpan(42)', () => extractJsonSpan(42 as never, CARD_QUERY)],
    ['extractXmlSpan(undefined)', () => extractXmlSpan(undefined as never, CARD_QUERY)],
    ['verifyNotify(null)', () => verifyNotify(null as never, 'x')],
    ['parseXmlNode(null)', () => parseXmlNode(null as never, '<a/>')],
  ])('%s is an AlipayError', async (_name, call) => {
    const err = await rejectionOf(async () => call());
    expect(err).toBeInstanceOf(AlipayError);
    expect((err as AlipayError).code).toBe('ERR_REQUEST_INVALID');
  });
});

describe('4. what is read is bounded, and released when refused or given up', () => {
  let server: ReturnType<typeof createServer>;
  let base = '';
  const bomb = Buffer.alloc(32 * 1024 * 1024, 0x41);
  const encodings: Record<string, Buffer> = { gzip: gzipSync(bomb), deflate: deflateSync(bomb), br: brotliCompressSync(bomb) };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const encoding = new URL(req.url ?? '/', 'http://x').searchParams.get('encoding')!;
      req.resume();
      res.writeHead(200, { 'content-encoding': encoding, 'content-type': 'application/json', 'content-length': String(encodings[encoding]!.length) });
      res.end(encodings[encoding]);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/gateway.do`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each(['gzip', 'deflate', 'br'])('a %s answer is counted in decoded bytes (global fetch, real loopback HTTP)', async (encoding) => {
    expect(encodings[encoding]!.length).toBeLessThan(1024 * 1024); // small on the wire…
    const { app, alipay } = await testKeys();
    const client = new AlipayClient({ appId: '1', privateKey: app.privateKey, alipayPublicKey: alipay.publicKey, gateway: `${base}?encoding=${encoding}`, maxResponseBytes: 1024 * 1024 });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE' }); // …refused once decoded
  });

  /** A body of `chunks` × 1 MiB that records how much was pulled and whether it was cancelled. */
  function endlessBody(chunks: number) {
    const state = { pulled: 0, cancelled: false };
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (state.pulled >= chunks) return controller.close();
        state.pulled++;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
      cancel() {
        state.cancelled = true;
      },
    });
    return { state, stream };
  }

  it('an injected fetch with a false content-length is held to the bound, and its body cancelled', async () => {
    const { state, stream } = endlessBody(50);
    const client = await answering(() => new Response(stream, { headers: { 'content-length': '100' } }), { maxResponseBytes: 2 * 1024 * 1024 });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE' });
    expect(state.pulled).toBeLessThanOrEqual(4);
    expect(state.cancelled).toBe(true);
  });

  it('a fetch that ignores the abort signal: after ERR_TIMEOUT its body is cancelled, not read on', async () => {
    const state = { pulled: 0, cancelled: false };
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        state.pulled++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        controller.enqueue(new Uint8Array(1024));
      },
      cancel() {
        state.cancelled = true;
      },
    });
    const client = await answering(() => new Response(stream), { timeout: 100, maxRetries: 0 });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_TIMEOUT' });
    await expect.poll(() => state.cancelled).toBe(true);
    const pulledAtCancel = state.pulled;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(state.pulled).toBeLessThanOrEqual(pulledAtCancel + 1);
  });

  it('a declared length over the bound is refused before reading, and the body cancelled', async () => {
    const { state, stream } = endlessBody(50);
    const client = await answering(() => new Response(stream, { headers: { 'content-length': String(50 * 1024 * 1024) } }), { maxResponseBytes: 1024 * 1024 });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE' });
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThanOrEqual(1);
  });
});

describe('5. one spelling, JSON as JSON, no DOCTYPE anywhere, the CLI says what is wrong', async () => {
  const { alipay } = await testKeys();
  const privateKey = await importPrivateKey(alipay.privateKey);
  const publicKey = await importPublicKey(alipay.publicKey);

  it('base64 with non-zero padding bits is not the signature', async () => {
    const sign = await signContent('a=1', privateKey);
    expect(sign.endsWith('==')).toBe(true); // RSA-2048: 256 bytes, two padding characters
    const last = sign.at(-3)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const other = alphabet[alphabet.indexOf(last) ^ 1]!; // same byte, a padding bit set
    expect(await verifyContent('a=1', sign, publicKey)).toBe(true);
    expect(await verifyContent('a=1', `${sign.slice(0, -3)}${other}==`, publicKey)).toBe(false);
  });

  it('a raw control character in a member name is not JSON', async () => {
    const content = '{"code":"10000"}';
    const sign = await signContent(content, privateKey);
    for (const name of ['a\tb', 'a\nb', 'a\u0000b']) {
      const body = `{"${name}":1,"${NODE}":${content},"sign":"${sign}"}`;
      expect(() => extractJsonSpan(body, CARD_QUERY)).toThrow(expect.objectContaining({ code: 'ERR_RESPONSE_MALFORMED' }));
    }
  });

  it('an AES-encrypted XML answer whose plaintext holds a DOCTYPE is refused', async () => {
    const encryptKey = 'aYA0GP8JEW+D7/UFaskCWA==';
    const aes = await importAesKey(encryptKey);
    const ciphertext = await aesEncrypt('<!DOCTYPE x [<!ENTITY e "boom">]><code>10000</code><msg>&e;</msg>', aes);
    const content = `${ciphertext}</${NODE}>`;
    const body = `<?xml version="1.0" encoding="utf-8"?><alipay><${NODE}>${content}<sign>${await signContent(content, privateKey)}</sign></alipay>`;
    const client = await answering(body, { format: 'xml', encryptKey });
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED', message: expect.stringMatching(/DOCTYPE/) });
    expect(await aesDecrypt(ciphertext, aes)).toContain('DOCTYPE');
  });

  it('parseXmlNode refuses DOCTYPE and ENTITY declarations; comments and CDATA are fine', () => {
    expect(() => parseXmlNode(NODE, `<!DOCTYPE a><code>1</code></${NODE}>`)).toThrow(expect.objectContaining({ code: 'ERR_RESPONSE_MALFORMED' }));
    expect(() => parseXmlNode(NODE, `<code><!ENTITY a "b"></code></${NODE}>`)).toThrow(expect.objectContaining({ code: 'ERR_RESPONSE_MALFORMED' }));
    expect(parseXmlNode(NODE, `<!-- <!DOCTYPE> --><code><![CDATA[<!x>]]></code></${NODE}>`)).toEqual({ code: '<!x>' });
  });

  it('CLI verify-notify: an unknown sign_type in the notification is an invalid verdict, not a usage error', async () => {
    let out = '';
    const io = { out: (line: string) => (out += `${line}\n`), err: (line: string) => (out += `${line}\n`), env: { ALIPAY_PUBLIC_KEY: alipay.publicKey }, stdin: () => '', stopped: () => new Promise<string>(() => {}) };
    expect(await main(['verify-notify', '--body', 'a=1&sign_type=RSA3&sign=eA=='], io)).toBe(1);
    expect(out).toMatch(/verdict: INVALID \(the notification's sign_type "RSA3" is neither RSA2 nor RSA\)/);
    expect(out).not.toMatch(/--sign-type/);
  });
});
