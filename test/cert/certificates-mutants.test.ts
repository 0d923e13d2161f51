// CertificateStore at its edges, with its own PKI, an injected download and an injected clock: the
// SNs and the names in configuration errors, the app-key checks, the key cache per sign type, the
// bounds on downloads (one in flight per SN, failures remembered until FAILED_SN_TTL_MS has passed,
// MAX_DOWNLOADS_PER_MINUTE in any minute), which failures keep their code, and every check a
// downloaded certificate and the answer that delivers it must pass.
import { describe, expect, it } from 'vitest';
import { AlipayError } from '../../src/index.ts';
import { certSnFromPem, rootCertSn } from '../../src/cert.ts';
import { CertificateStore, FAILED_SN_TTL_MS, MAX_DOWNLOADS_PER_MINUTE } from '../../src/client/certificates.ts';
import type { CertificateDownload } from '../../src/client/credentials.ts';
import type { SignedSpan } from '../../src/protocol/json-span.ts';
import { importPrivateKey, parsePrivateKey, signContent, verifyContent } from '../../src/protocol.ts';
import { type DistinguishedName, type PemKeyPair, generateKeyPair, issueCertificate } from '../../mocks/index.ts';
import { rejectionOf, testKeys } from '../support.ts';

const DAY = 86_400_000;
/** The clock's start: every certificate below is valid from a year before to a year after it. */
const T0 = Date.UTC(2026, 0, 15);
const NODE = 'alipay_open_app_alipaycert_download_response';

const { app, alipay } = await testKeys();
const [rootKeys, interKeys, nextKeys, otherKeys] = await Promise.all([generateKeyPair(), generateKeyPair(), generateKeyPair(), generateKeyPair()]);
const rootName: DistinguishedName = { C: 'CN', O: 'Store test CA', CN: 'Store Test Root' };
const interName: DistinguishedName = { C: 'CN', O: 'Store test CA', CN: 'Store Test Intermediate' };
const alipayName: DistinguishedName = { C: 'CN', O: 'Alipay test', OU: 'Alipay', CN: '支付宝(中国)网络技术有限公司-2088000000000000' };
let serial = 100n;

const issue = (subject: DistinguishedName, keys: PemKeyPair, options: { issuer?: DistinguishedName; issuerKeys?: PemKeyPair; ca?: boolean; notAfter?: number } = {}) =>
  issueCertificate({
    subject,
    issuer: options.issuer ?? interName,
    publicKey: keys.publicKey,
    issuerPrivateKey: (options.issuerKeys ?? interKeys).privateKey,
    serial: serial++,
    notBefore: new Date(T0 - 365 * DAY),
    notAfter: new Date(options.notAfter ?? T0 + 365 * DAY),
    ...(options.ca !== undefined && { ca: options.ca }),
  });

const root = await issue(rootName, rootKeys, { issuer: rootName, issuerKeys: rootKeys, ca: true });
const inter = await issue(interName, interKeys, { issuer: rootName, issuerKeys: rootKeys, ca: true });
const appCert = await issue({ C: 'CN', O: 'Merchant test', CN: 'app-2014072300007148' }, app);
const alipayLeaf = await issue(alipayName, alipay);
/** Alipay's rotated certificate: same subject, new key. */
const nextLeaf = await issue(alipayName, nextKeys);
const NEXT_SN = certSnFromPem(nextLeaf);
const config = { appCert, alipayPublicCert: alipayLeaf + inter, alipayRootCert: root };
/** An EC P-256 key pair's public half (Alipay signs with RSA only). */
const ecKeys: PemKeyPair = await (async () => {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return { publicKey: `-----BEGIN PUBLIC KEY-----\n${btoa(String.fromCharCode(...spki))}\n-----END PUBLIC KEY-----\n`, privateKey: '' };
})();
const appModulus = parsePrivateKey(app.privateKey).modulus!;

/** A download answer delivering `pem`, signed with `signer` (the delivered key by default), naming `certSn` when given. */
async function answer(pem: string, options: { signer?: PemKeyPair; certSn?: string; node?: Record<string, unknown>; content?: string } = {}): Promise<SignedSpan> {
  const content = options.content ?? JSON.stringify(options.node ?? { code: '10000', msg: 'Success', alipay_cert_content: btoa(pem) });
  const sign = await signContent(content, await importPrivateKey((options.signer ?? nextKeys).privateKey));
  return { node: NODE, content, kind: 'object', sign, ...(options.certSn !== undefined && { certSn: options.certSn }) };
}

/** A store whose download answers with `respond` (recording the SNs asked for) and whose clock the test sets. */
function storeWith(respond: CertificateDownload, options: { modulus?: Uint8Array | null; signType?: 'RSA' | 'RSA2'; cfg?: typeof config } = {}) {
  const asked: string[] = [];
  const clock = { now: T0 };
  const download: CertificateDownload = (sn, deadline) => {
    asked.push(sn);
    return respond(sn, deadline);
  };
  const modulus = options.modulus === null ? undefined : (options.modulus ?? appModulus);
  const store = new CertificateStore(options.cfg ?? config, options.signType ?? 'RSA2', 'utf-8', download, modulus, () => clock.now);
  return { store, asked, clock };
}

const noDownload: CertificateDownload = () => Promise.reject(new Error('no download expected'));
const refusedDownload = (code: 'ERR_NETWORK' = 'ERR_NETWORK'): CertificateDownload => () => Promise.reject(new AlipayError(code, 'gateway unreachable'));

/** Whether `key` verifies what `keys` signed. */
async function verifiesFor(key: CryptoKey, keys: PemKeyPair, signType: 'RSA' | 'RSA2' = 'RSA2'): Promise<boolean> {
  const sign = await signContent('a=1', await importPrivateKey(keys.privateKey, signType));
  return verifyContent('a=1', sign, key);
}

describe('configuration', () => {
  it('the SNs: the app certificate, the root bundle and the configured Alipay certificate', () => {
    const { store } = storeWith(noDownload);
    expect(store.appCertSn).toBe(certSnFromPem(appCert));
    expect(store.rootCertSn).toBe(rootCertSn(root));
    expect(store.alipayCertSn).toBe(certSnFromPem(alipayLeaf));
  });

  it.each([
    ['appCert', 'appCert'],
    ['alipayRootCert', 'alipayRootCert'],
    ['alipayPublicCert', 'alipayPublicCert'],
  ] as const)('%s that is not PEM, or whose DER is not a certificate, is ERR_CERT_INVALID naming %s', (field, name) => {
    const notDer = '-----BEGIN CERTIFICATE-----\nMAMCAQA=\n-----END CERTIFICATE-----\n'; // SEQUENCE { INTEGER 0 }
    for (const [value, reason] of [
      ['no certificate', 'it contains no PEM certificate'],
      [notDer, 'it is not an X.509 certificate'],
    ]) {
      const err = (() => {
        try {
          storeWith(noDownload, { cfg: { ...config, [field]: value } });
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(AlipayError);
      expect(err).toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringContaining(`${name} is not usable: ${reason}`) });
    }
  });

  it('with the private key known: an appCert for another key, or an alipayPublicCert holding the app key, is ERR_CONFIG', async () => {
    const otherApp = await issue({ CN: 'another app' }, otherKeys);
    expect(() => storeWith(noDownload, { cfg: { ...config, appCert: otherApp } })).toThrow(
      expect.objectContaining({ code: 'ERR_CONFIG', message: expect.stringMatching(/^appCert is not the certificate of privateKey/) }),
    );
    expect(() => storeWith(noDownload, { cfg: { ...config, alipayPublicCert: appCert } })).toThrow(
      expect.objectContaining({ code: 'ERR_CONFIG', message: expect.stringMatching(/^alipayPublicCert holds your own app key/) }),
    );
    // Without the private key's modulus neither can be checked.
    expect(() => storeWith(noDownload, { modulus: null, cfg: { ...config, appCert: otherApp } })).not.toThrow();
    expect(() => storeWith(noDownload, { modulus: null, cfg: { ...config, alipayPublicCert: appCert } })).not.toThrow();
  });
});

describe('certificates whose key is not RSA', () => {
  it('an EC app certificate, with the private key known: ERR_CONFIG (not an RSA key)', async () => {
    const ecApp = await issue({ CN: 'ec app' }, ecKeys);
    expect(() => storeWith(noDownload, { cfg: { ...config, appCert: ecApp } })).toThrow(
      expect.objectContaining({ code: 'ERR_CONFIG', message: expect.stringMatching(/^certificate is a public key for another algorithm than RSA/) }),
    );
  });

  it('an EC Alipay certificate: its key is ERR_KEY_INVALID naming the certificate by SN', async () => {
    const ecAlipay = await issue(alipayName, ecKeys);
    const { store } = storeWith(noDownload, { modulus: null, cfg: { ...config, alipayPublicCert: ecAlipay + inter } });
    expect(await rejectionOf(() => store.keyFor('RSA2', undefined))).toMatchObject({
      code: 'ERR_KEY_INVALID',
      message: expect.stringMatching(new RegExp(`^the Alipay certificate ${certSnFromPem(ecAlipay)} is not usable: WebCrypto refused the RSA key`)),
    });
  });

  it('an EC certificate downloaded: refused (app key check, else the import of its key), naming it', async () => {
    const ecNext = await issue(alipayName, ecKeys);
    const sn = certSnFromPem(ecNext);
    const respond = async () => answer(ecNext + inter, { signer: alipay, certSn: certSnFromPem(alipayLeaf) });
    const head = `Alipay's certificate for alipay_cert_sn ${sn} could not be had: `;
    expect(await rejectionOf(() => storeWith(respond).store.keyFor('RSA2', sn))).toMatchObject({
      code: 'ERR_CERT_INVALID',
      message: expect.stringMatching(new RegExp(`^${head}certificate is a public key for another algorithm than RSA`)),
    });
    // Without the app key to compare, the chain verifies and the answer's key is the configured one:
    // a downloaded certificate is imported only when it is used.
    const { store } = storeWith(respond, { modulus: null });
    expect(await rejectionOf(() => store.keyFor('RSA2', sn))).toMatchObject({
      code: 'ERR_KEY_INVALID',
      message: expect.stringMatching(new RegExp(`^the Alipay certificate ${sn} is not usable`)),
    });
  });

  it('an EC certificate downloaded and delivering itself: the answer\'s key cannot be imported', async () => {
    const ecNext = await issue(alipayName, ecKeys);
    const sn = certSnFromPem(ecNext);
    const content = JSON.stringify({ code: '10000', alipay_cert_content: btoa(ecNext + inter) });
    const { store } = storeWith(async () => ({ node: NODE, content, kind: 'object', sign: 'AAAA' }), { modulus: null });
    expect(await rejectionOf(() => store.keyFor('RSA2', sn))).toMatchObject({
      code: 'ERR_CERT_INVALID',
      message: expect.stringMatching(new RegExp(`^Alipay's certificate for alipay_cert_sn ${sn} could not be had: the certificate downloaded for alipay_cert_sn ${sn} is not usable: WebCrypto refused the RSA key`)),
    });
  });
});

describe('keyFor: the configured certificate, and the key cache', () => {
  it('no SN, or the configured SN: the configured certificate\'s key, without a download', async () => {
    const { store, asked } = storeWith(noDownload);
    const key = await store.keyFor('RSA2', undefined);
    expect(await verifiesFor(key, alipay)).toBe(true);
    expect(await verifiesFor(key, nextKeys)).toBe(false);
    expect(await store.keyFor('RSA2', store.alipayCertSn)).toBe(key); // one import per sign type and SN
    expect(asked).toEqual([]);
  });

  it('each sign type has its own key: RSA verifies SHA-1 signatures, RSA2 SHA-256', async () => {
    const { store } = storeWith(noDownload);
    const rsa2 = await store.keyFor('RSA2', undefined);
    const rsa = await store.keyFor('RSA', undefined);
    expect((rsa2.algorithm as RsaHashedKeyAlgorithm).hash.name).toBe('SHA-256');
    expect((rsa.algorithm as RsaHashedKeyAlgorithm).hash.name).toBe('SHA-1');
    expect(await verifiesFor(rsa, alipay, 'RSA')).toBe(true);
  });
});

describe('rotation: an unknown SN is downloaded, checked, then trusted', () => {
  it('accepted once, then served from the trusted set; concurrent asks share one download', async () => {
    const { store, asked } = storeWith(async () => answer(nextLeaf + inter, { certSn: NEXT_SN }));
    const [a, b] = await Promise.all([store.keyFor('RSA2', NEXT_SN), store.keyFor('RSA2', NEXT_SN)]);
    expect(await verifiesFor(a, nextKeys)).toBe(true);
    expect(b).toBe(a);
    expect(await verifiesFor(await store.keyFor('RSA', NEXT_SN), nextKeys, 'RSA')).toBe(true);
    expect(asked).toEqual([NEXT_SN]);
  });

  it('the answer may be signed by the new key (its own SN or none) or by the configured one; not by another SN', async () => {
    for (const options of [{}, { certSn: NEXT_SN }, { certSn: certSnFromPem(alipayLeaf), signer: alipay }]) {
      const { store } = storeWith(async () => answer(nextLeaf + inter, options));
      expect(await verifiesFor(await store.keyFor('RSA2', NEXT_SN), nextKeys)).toBe(true);
    }
    const { store } = storeWith(async () => answer(nextLeaf + inter, { certSn: 'a'.repeat(32) }));
    expect(await rejectionOf(() => store.keyFor('RSA2', NEXT_SN))).toMatchObject({
      code: 'ERR_CERT_INVALID',
      message: `The answer that delivered the certificate downloaded for alipay_cert_sn ${NEXT_SN} carries yet another alipay_cert_sn (${'a'.repeat(32)}).`,
    });
  });

  it('an answer not signed by the key it names is refused (ERR_CERT_INVALID, the signature failure as cause)', async () => {
    for (const options of [{ signer: otherKeys }, { signer: otherKeys, certSn: NEXT_SN }, { signer: nextKeys, certSn: certSnFromPem(alipayLeaf) }]) {
      const { store } = storeWith(async () => answer(nextLeaf + inter, options));
      const err = await rejectionOf(() => store.keyFor('RSA2', NEXT_SN));
      expect(err).toMatchObject({
        code: 'ERR_CERT_INVALID',
        message: `Alipay's certificate for alipay_cert_sn ${NEXT_SN} could not be had: The answer that delivered the certificate downloaded for alipay_cert_sn ${NEXT_SN} is not signed by a trusted Alipay key.`,
        cause: expect.objectContaining({ code: 'ERR_SIGNATURE_INVALID' }),
      });
    }
  });

  it('the answer is verified with the store\'s sign type', async () => {
    const content = JSON.stringify({ code: '10000', msg: 'Success', alipay_cert_content: btoa(nextLeaf + inter) });
    const sha1 = await signContent(content, await importPrivateKey(nextKeys.privateKey, 'RSA'));
    const span: SignedSpan = { node: NODE, content, kind: 'object', sign: sha1 };
    expect(await verifiesFor(await storeWith(async () => span, { signType: 'RSA' }).store.keyFor('RSA', NEXT_SN), nextKeys, 'RSA')).toBe(true);
    expect(await rejectionOf(() => storeWith(async () => span).store.keyFor('RSA2', NEXT_SN))).toMatchObject({ code: 'ERR_CERT_INVALID' });
  });

  it('the intermediate may come with the download or with the configured alipayPublicCert; without either it does not chain', async () => {
    const leafOnly = { ...config, alipayPublicCert: alipayLeaf };
    expect(await verifiesFor(await storeWith(async () => answer(nextLeaf + inter), { cfg: leafOnly }).store.keyFor('RSA2', NEXT_SN), nextKeys)).toBe(true);
    expect(await verifiesFor(await storeWith(async () => answer(nextLeaf)).store.keyFor('RSA2', NEXT_SN), nextKeys)).toBe(true);
    const err = await rejectionOf(() => storeWith(async () => answer(nextLeaf), { cfg: leafOnly }).store.keyFor('RSA2', NEXT_SN));
    expect(err).toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/^the certificate downloaded for alipay_cert_sn \w+ is not usable: .* does not chain to the configured root certificates/) });
  });

  it('the chain is checked at the injected clock\'s time', async () => {
    const { store, clock } = storeWith(async () => answer(nextLeaf + inter));
    clock.now = T0 + 366 * DAY; // past the new certificate's notAfter
    expect(await rejectionOf(() => store.keyFor('RSA2', NEXT_SN))).toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/is outside its validity dates/) });
  });

  it('base64 with line breaks (as Alipay wraps it) is read', async () => {
    const wrapped = btoa(nextLeaf + inter).replace(/.{76}/g, '$&\r\n');
    const { store } = storeWith(async () => answer('', { node: { code: '10000', msg: 'Success', alipay_cert_content: wrapped } }));
    expect(await verifiesFor(await store.keyFor('RSA2', NEXT_SN), nextKeys)).toBe(true);
  });
});

describe('a downloaded certificate is refused unless it is Alipay\'s own for this app', () => {
  const refusal = async (respond: CertificateDownload, options: { modulus?: Uint8Array | null } = {}) => {
    const { store } = storeWith(respond, options);
    const err = await rejectionOf(() => store.keyFor('RSA2', NEXT_SN));
    expect(err).toBeInstanceOf(AlipayError);
    return err as AlipayError;
  };
  const name = `the certificate downloaded for alipay_cert_sn ${NEXT_SN}`;

  it('an encrypted answer, an error answer (its sub_code, else its code), or no certificate in it', async () => {
    const base = `The answer carries alipay_cert_sn ${NEXT_SN}, and Alipay's certificate for it could not be downloaded`;
    const node = (n: Record<string, unknown>) => async () => answer('', { node: n });
    expect(await refusal(async () => ({ ...(await answer(nextLeaf)), kind: 'string' }))).toMatchObject({ code: 'ERR_CERT_INVALID', message: `${base}.` });
    expect(await refusal(node({ code: '40004', msg: 'Business Failed', sub_code: 'isv.cert-not-exist' }))).toMatchObject({ code: 'ERR_CERT_INVALID', message: `${base} (isv.cert-not-exist).` });
    expect(await refusal(node({ code: '40004', msg: 'Business Failed', sub_code: 7 }))).toMatchObject({ message: `${base} (40004).` });
    expect(await refusal(node({ code: 40004, sub_code: null }))).toMatchObject({ message: `${base}.` });
    expect(await refusal(node({ code: '10000', msg: 'Success' }))).toMatchObject({ message: `${base}.` });
    expect(await refusal(node({ code: '10000', msg: 'Success', alipay_cert_content: 42 }))).toMatchObject({ message: `${base}.` });
  });

  it('content that is not base64, or holds no PEM certificate', async () => {
    expect(await refusal(async () => answer('', { node: { code: '10000', alipay_cert_content: '%%%not base64' } }))).toMatchObject({
      code: 'ERR_CERT_INVALID',
      message: `The certificate downloaded for alipay_cert_sn ${NEXT_SN} is not base64.`,
    });
    expect(await refusal(async () => answer('just text'))).toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringContaining(`${name} is not usable: it contains no PEM certificate`) });
  });

  it('a certificate with another SN than the one asked for', async () => {
    const sn = certSnFromPem(alipayLeaf);
    expect(await refusal(async () => answer(alipayLeaf + inter, { signer: alipay }))).toMatchObject({ code: 'ERR_CERT_INVALID', message: `${name} has SN ${sn}, not the one asked for.` });
  });

  it('another subject (even chaining to the root), a CA certificate, or one holding the app\'s own key', async () => {
    const otherSubject = await issue({ ...alipayName, O: 'Another merchant' }, nextKeys);
    const ca = await issue(alipayName, nextKeys, { ca: true });
    const appKey = await issue(alipayName, app);
    const served = async (pem: string, signer: PemKeyPair) => {
      const sn = certSnFromPem(pem);
      const { store } = storeWith(async () => answer(pem + inter, { signer }));
      return rejectionOf(() => store.keyFor('RSA2', sn)) as Promise<AlipayError>;
    };
    expect(await served(otherSubject, nextKeys)).toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/ is issued to "CN=支付宝\(中国\)网络技术有限公司-2088000000000000,OU=Alipay,O=Another merchant,C=CN", not to the subject of the configured alipayPublicCert/) });
    expect(await served(ca, nextKeys)).toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/ is a CA certificate, not Alipay's signing certificate\.$/) });
    expect(await served(appKey, app)).toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/ holds the app's own key\.$/) });
    // Not knowing the app key, that last check cannot be made: the certificate is then accepted.
    const sn = certSnFromPem(appKey);
    const { store } = storeWith(async () => answer(appKey + inter, { signer: app }), { modulus: null });
    expect(await verifiesFor(await store.keyFor('RSA2', sn), app)).toBe(true);
  });
});

describe('failures: which keep their code, and how long they are remembered', () => {
  it.each(['ERR_CERT_INVALID', 'ERR_NETWORK', 'ERR_TIMEOUT', 'ERR_ABORTED'] as const)('%s from the download is passed on as it is', async (code) => {
    const thrown = new AlipayError(code, 'from the download');
    const { store } = storeWith(() => Promise.reject(thrown));
    expect(await rejectionOf(() => store.keyFor('RSA2', NEXT_SN))).toBe(thrown);
  });

  it('anything else becomes ERR_CERT_INVALID saying what went wrong, the failure kept as cause', async () => {
    const malformed = new AlipayError('ERR_RESPONSE_MALFORMED', 'The gateway answer is not well-formed: x.');
    const head = `Alipay's certificate for alipay_cert_sn ${NEXT_SN} could not be had: `;
    expect(await rejectionOf(() => storeWith(() => Promise.reject(malformed)).store.keyFor('RSA2', NEXT_SN))).toMatchObject({
      code: 'ERR_CERT_INVALID',
      message: `${head}The gateway answer is not well-formed: x.`,
      cause: malformed,
    });
    expect(await rejectionOf(() => storeWith(() => Promise.reject('a string')).store.keyFor('RSA2', NEXT_SN))).toMatchObject({ code: 'ERR_CERT_INVALID', message: `${head}a string`, cause: 'a string' });
  });

  it(`a failed SN is not downloaded again for FAILED_SN_TTL_MS (${FAILED_SN_TTL_MS} ms), then it is`, async () => {
    const { store, asked, clock } = storeWith(refusedDownload());
    expect(await rejectionOf(() => store.keyFor('RSA2', NEXT_SN))).toMatchObject({ code: 'ERR_NETWORK' });
    clock.now = T0 + FAILED_SN_TTL_MS - 1;
    expect(await rejectionOf(() => store.keyFor('RSA2', NEXT_SN))).toMatchObject({
      code: 'ERR_CERT_INVALID',
      message: `The answer carries alipay_cert_sn ${NEXT_SN}, whose certificate could not be had a moment ago; not tried again before ${new Date(T0 + FAILED_SN_TTL_MS).toISOString()}.`,
    });
    expect(asked).toHaveLength(1);
    clock.now = T0 + FAILED_SN_TTL_MS;
    expect(await rejectionOf(() => store.keyFor('RSA2', NEXT_SN))).toMatchObject({ code: 'ERR_NETWORK' });
    expect(asked).toHaveLength(2);
  });

  it('the wait counts from when the download failed, not from when it started', async () => {
    const clock = { now: T0 };
    const asked: string[] = [];
    const store = new CertificateStore(
      config,
      'RSA2',
      'utf-8',
      async (sn) => {
        asked.push(sn);
        clock.now = T0 + 30_000; // the download took 30 s
        throw new AlipayError('ERR_NETWORK', 'slow, then cut');
      },
      appModulus,
      () => clock.now,
    );
    await rejectionOf(() => store.keyFor('RSA2', NEXT_SN));
    clock.now = T0 + 30_000 + FAILED_SN_TTL_MS - 1;
    expect(await rejectionOf(() => store.keyFor('RSA2', NEXT_SN))).toMatchObject({ code: 'ERR_CERT_INVALID' });
    expect(asked).toHaveLength(1);
  });

  it('a failure is not remembered for other SNs, and a success after the wait is trusted from then on', async () => {
    let fail = true;
    const { store, asked, clock } = storeWith(async (sn) => {
      if (fail) throw new AlipayError('ERR_NETWORK', 'down');
      return answer(nextLeaf + inter, { certSn: sn });
    });
    await rejectionOf(() => store.keyFor('RSA2', NEXT_SN));
    expect(await rejectionOf(() => store.keyFor('RSA2', 'b'.repeat(32)))).toMatchObject({ code: 'ERR_NETWORK' }); // downloaded: another SN
    fail = false;
    clock.now = T0 + FAILED_SN_TTL_MS;
    expect(await verifiesFor(await store.keyFor('RSA2', NEXT_SN), nextKeys)).toBe(true);
    expect(await verifiesFor(await store.keyFor('RSA2', NEXT_SN), nextKeys)).toBe(true);
    expect(asked).toEqual([NEXT_SN, 'b'.repeat(32), NEXT_SN]);
  });

  it('at most 1024 failed SNs are remembered at once: the oldest is forgotten first', async () => {
    // Downloads that hang (at most ten started a minute), then all fail together: every failure
    // is recent, so only the bound on the remembered SNs can make one be tried again.
    const sn = (i: number) => i.toString(16).padStart(32, '0');
    const run = async (count: number) => {
      const hanging: Array<() => void> = [];
      let hang = true;
      const down = () => new AlipayError('ERR_NETWORK', 'down');
      const { store, asked, clock } = storeWith(() => (hang ? new Promise((_, reject) => hanging.push(() => reject(down()))) : Promise.reject(down())));
      const calls: Array<Promise<unknown>> = [];
      for (let i = 0; i < count; i++) {
        clock.now = T0 + Math.floor(i / MAX_DOWNLOADS_PER_MINUTE) * 60_000;
        calls.push(rejectionOf(() => store.keyFor('RSA2', sn(i))));
      }
      clock.now = T0 + Math.ceil(count / MAX_DOWNLOADS_PER_MINUTE) * 60_000; // the rate window is empty again
      for (const fail of hanging) fail();
      await Promise.all(calls);
      hang = false;
      expect(asked).toHaveLength(count);
      const retried = async (i: number) => {
        const before = asked.length;
        await rejectionOf(() => store.keyFor('RSA2', sn(i)));
        return asked.length > before;
      };
      return { retried };
    };
    const full = await run(1024);
    expect(await full.retried(0)).toBe(false);
    expect(await full.retried(1023)).toBe(false);
    const over = await run(1025);
    expect(await over.retried(1)).toBe(false);
    expect(await over.retried(0)).toBe(true);
  });

  it(`at most MAX_DOWNLOADS_PER_MINUTE (${MAX_DOWNLOADS_PER_MINUTE}) downloads in any minute`, async () => {
    const { store, asked, clock } = storeWith(refusedDownload());
    const sn = (i: number) => i.toString(16).padStart(32, '0');
    for (let i = 0; i < MAX_DOWNLOADS_PER_MINUTE; i++) expect(await rejectionOf(() => store.keyFor('RSA2', sn(i)))).toMatchObject({ code: 'ERR_NETWORK' });
    const limited = `The answer carries alipay_cert_sn ${sn(100)}, and ${MAX_DOWNLOADS_PER_MINUTE} certificate downloads were made in the last minute already: not downloaded.`;
    expect(await rejectionOf(() => store.keyFor('RSA2', sn(100)))).toMatchObject({ code: 'ERR_CERT_INVALID', message: limited });
    clock.now = T0 + 59_999;
    expect(await rejectionOf(() => store.keyFor('RSA2', sn(100)))).toMatchObject({ code: 'ERR_CERT_INVALID', message: limited });
    expect(asked).toHaveLength(MAX_DOWNLOADS_PER_MINUTE);
    clock.now = T0 + 60_000; // the first ten are a minute old
    expect(await rejectionOf(() => store.keyFor('RSA2', sn(100)))).toMatchObject({ code: 'ERR_NETWORK' });
    expect(asked).toHaveLength(MAX_DOWNLOADS_PER_MINUTE + 1);
  });
});

describe('rotation: the chain rules hold for what is downloaded', () => {
  const rotated = async (pem: string, cfg = config) => storeWith(async () => answer(pem), { cfg }).store.keyFor('RSA2', certSnFromPem(pem));
  const issueWith = (subject: DistinguishedName, keys: PemKeyPair, extra: Partial<Parameters<typeof issueCertificate>[0]>, issuer = interName, issuerKeys = interKeys) =>
    issueCertificate({ subject, issuer, publicKey: keys.publicKey, issuerPrivateKey: issuerKeys.privateKey, serial: serial++, notBefore: new Date(T0 - 365 * DAY), notAfter: new Date(T0 + 365 * DAY), ...extra });

  it('the leaf\'s keyUsage, when it has one, must allow digital signatures', async () => {
    const signing = await issueWith(alipayName, nextKeys, { keyUsage: ['digitalSignature', 'nonRepudiation'] });
    expect(await verifiesFor(await rotated(signing + inter), nextKeys)).toBe(true);
    const encrypting = await issueWith(alipayName, nextKeys, { keyUsage: ['keyEncipherment', 'dataEncipherment', 'keyAgreement', 'keyCertSign'] });
    expect(await rejectionOf(() => rotated(encrypting + inter))).toMatchObject({
      code: 'ERR_CERT_INVALID',
      message: `the certificate downloaded for alipay_cert_sn ${certSnFromPem(encrypting)} may not sign (its keyUsage lacks digitalSignature): it is not Alipay's signing certificate.`,
    });
  });

  it('a leaf signed with SHA-1, an intermediate without keyCertSign, or beyond a pathLenConstraint: refused', async () => {
    const sha1 = await issueWith(alipayName, nextKeys, { hash: 'SHA-1' });
    expect(await rejectionOf(() => rotated(sha1 + inter))).toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/is signed with 1\.2\.840\.113549\.1\.1\.5, which is not accepted/) });
    const [lowerKeys] = [await generateKeyPair()];
    const lowerName: DistinguishedName = { C: 'CN', O: 'Store test CA', CN: 'Store Test Lower' };
    const lowerOf = (extra: Partial<Parameters<typeof issueCertificate>[0]>) => issueWith(lowerName, lowerKeys, { ca: true, ...extra });
    const leafBelow = await issueWith(alipayName, nextKeys, {}, lowerName, lowerKeys);
    const tightInter = await issueWith(interName, interKeys, { ca: true, pathLenConstraint: 0 }, rootName, rootKeys);
    const leafOnly = { ...config, alipayPublicCert: alipayLeaf };
    expect(await verifiesFor(await rotated(leafBelow + (await lowerOf({})) + inter, leafOnly), nextKeys)).toBe(true);
    const noCertSign = await lowerOf({ keyUsage: ['digitalSignature', 'cRLSign'] });
    expect(await rejectionOf(() => rotated(leafBelow + noCertSign + inter, leafOnly))).toMatchObject({ message: expect.stringMatching(/"CN=Store Test Lower,O=Store test CA,C=CN" may not sign certificates \(its keyUsage lacks keyCertSign\)\.$/) });
    const lower = await lowerOf({ keyUsage: ['keyCertSign', 'cRLSign'] });
    expect(await rejectionOf(() => rotated(leafBelow + lower + tightInter, leafOnly))).toMatchObject({ message: expect.stringMatching(/allows 0 CA certificate\(s\) below it \(pathLenConstraint\), and the chain has 1\.$/) });
    const critical = await issueWith(alipayName, nextKeys, { extensions: [{ oid: '1.3.6.1.4.1.99999.1', value: Uint8Array.of(0x05, 0x00), critical: true }] });
    expect(await rejectionOf(() => rotated(critical + inter))).toMatchObject({ message: expect.stringMatching(/has a critical extension this library does not read \(1\.3\.6\.1\.4\.1\.99999\.1\)\.$/) });
  });

  it('a configured root bundle with an EC root of the same name before the RSA root: the rotation verifies', async () => {
    const ecRoot = await issueCertificate({ subject: rootName, issuer: rootName, publicKey: ecKeys.publicKey, issuerPrivateKey: rootKeys.privateKey, serial: serial++, notBefore: new Date(T0 - 365 * DAY), notAfter: new Date(T0 + 365 * DAY), ca: true });
    for (const bundle of [ecRoot + root, root + ecRoot]) {
      const { store } = storeWith(async () => answer(nextLeaf + inter), { cfg: { ...config, alipayRootCert: bundle } });
      expect(await verifiesFor(await store.keyFor('RSA2', NEXT_SN), nextKeys)).toBe(true);
    }
  });
});
