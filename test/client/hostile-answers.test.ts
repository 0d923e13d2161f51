// Nothing but an AlipayError escapes whatever an unsigned answer holds: hostile node fields, 6 MB
// base64 runs (client, building blocks, certificate download, CLI), null inputs, DOCTYPE behind AES.
import { describe, expect, it } from 'vitest';
import { AlipayApiError, AlipayError, verifyNotify } from '../../src/index.ts';
import { extractJsonSpan, importPublicKey, parsePublicKey, verifyContent, verifySignedSpan } from '../../src/protocol.ts';
import { certSnFromPem, parseCertificate, readPemCertificates } from '../../src/cert.ts';
import { aesDecrypt, aesEncrypt, importAesKey } from '../../src/tools.ts';
import { extractXmlSpan, parseXmlNode } from '../../src/xml.ts';
import { generateKeyPair } from '../../mocks/index.ts';
import { AES_KEY, CARD_QUERY, NODE, alipaySign, cardBiz, certSetup, clientAnswering, cliRun, rejectionOf, testKeys, testPki } from '../support.ts';

/** Calls the card query on a client whose fetch answers `body`; resolves to the rejection. */
const refusal = async (body: string, config: { format?: 'xml'; encryptKey?: string } = {}) =>
  rejectionOf(async () => (await clientAnswering(body, config)).client.execute(CARD_QUERY, cardBiz));

describe('3. nothing but an AlipayError escapes, whatever an unsigned answer holds', () => {
  const hostileText = '{"toString":1,"valueOf":1}';

  it.each(['code', 'msg', 'sub_code', 'sub_msg'])('an unsigned node whose %s is an object with a non-callable toString', async (field) => {
    const node = { code: '40004', msg: 'Business Failed', sub_code: 'X', sub_msg: 'y' };
    for (const name of [NODE, 'error_response']) {
      const body = JSON.stringify({ [name]: { ...node, [field]: '@' } }).replace('"@"', hostileText);
      const err = await refusal(body);
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
    expect(await refusal(body)).toMatchObject({ code: '40002', subCode: 'isv.invalid-signature', verified: false });
  });

  it('isv.invalid-signature with a sub_msg that is an XML element', async () => {
    const body = `<alipay><${NODE}><code>40002</code><msg>Invalid Arguments</msg><sub_code>isv.invalid-signature</sub_code><sub_msg><a>1</a></sub_msg></${NODE}></alipay>`;
    expect(await refusal(body, { format: 'xml' })).toMatchObject({ code: '40002', subCode: 'isv.invalid-signature', verified: false });
  });

  describe('a 6 MB base64 run (under the 10 MiB cap) is refused or false, never a RangeError', async () => {
    const run = 'A'.repeat(6 * 1024 * 1024);
    const { alipay } = await testKeys();
    const key = await importPublicKey(alipay.publicKey);

    it('execute, JSON and XML', async () => {
      expect(await refusal(`{"${NODE}":{"code":"10000"},"sign":"${run}="}`)).toMatchObject({ code: 'ERR_SIGNATURE_INVALID' });
      const xml = `<alipay><${NODE}><code>10000</code></${NODE}><sign>${run}=</sign></alipay>`;
      expect(await refusal(xml, { format: 'xml' })).toMatchObject({ code: 'ERR_SIGNATURE_INVALID' });
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
      await expect(aesDecrypt(`${run}=`, await importAesKey(AES_KEY))).rejects.toMatchObject({ code: 'ERR_DECRYPTION_FAILED' });
    });

    it('the certificate download answer', async () => {
      const { gateway, client } = await certSetup();
      const next = await generateKeyPair();
      const nextCert = await (await testPki()).issueAlipayCert(next);
      gateway.rotate(next, nextCert);
      gateway.alipayCerts.set(certSnFromPem(nextCert), `-----BEGIN CERTIFICATE-----${run}-----END CERTIFICATE-----`);
      expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_CERT_INVALID' });
    });

    it('the CLI: verify-response and verify-notify answer with a verdict', async () => {
      const env = { ALIPAY_PUBLIC_KEY: alipay.publicKey };
      const body = `{"${NODE}":{"code":"10000"},"sign":"${run}="}`;
      const response = await cliRun(['verify-response', '--method', CARD_QUERY, '--body', body], env);
      expect(response.code).toBe(1);
      expect(response.output).toMatch(/verdict: INVALID/);
      expect((await cliRun(['verify-notify', '--body', `a=1&sign=${run.slice(0, 900_000)}`], env)).code).toBe(1);
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

describe('no DOCTYPE behind AES', () => {
  it('an AES-encrypted XML answer whose plaintext holds a DOCTYPE is refused', async () => {
    const aes = await importAesKey(AES_KEY);
    const ciphertext = await aesEncrypt('<!DOCTYPE x [<!ENTITY e "boom">]><code>10000</code><msg>&e;</msg>', aes);
    const content = `${ciphertext}</${NODE}>`;
    const body = `<?xml version="1.0" encoding="utf-8"?><alipay><${NODE}>${content}<sign>${await alipaySign(content)}</sign></alipay>`;
    expect(await refusal(body, { format: 'xml', encryptKey: AES_KEY })).toMatchObject({ code: 'ERR_RESPONSE_MALFORMED', message: expect.stringMatching(/DOCTYPE/) });
    expect(await aesDecrypt(ciphertext, aes)).toContain('DOCTYPE');
  });
});
