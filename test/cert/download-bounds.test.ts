// What a forged certificate download can cost: the answer's size and its bundle bounded at their
// edges (exactly at the bound accepted, one over refused), the answer verified before its bundle is
// read (an unsigned one refused unread), the chain's signature checks counted with a spy on
// crypto.subtle.verify, and the deadline of the call that needs the certificate (an expired one,
// a fake clock moved past it mid-way, a second caller waiting no longer than its own). No test
// measures time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AlipayClient, AlipayError } from '../../src/index.ts';
import { certSnFromPem } from '../../src/cert.ts';
import { CertificateStore, MAX_DOWNLOADS_PER_MINUTE, MAX_ROOT_CERTIFICATES } from '../../src/client/certificates.ts';
import type { CertificateDownload } from '../../src/client/credentials.ts';
import { createCredentials } from '../../src/client/credentials.ts';
import { MAX_DOWNLOAD_BYTES, downloadCertificate } from '../../src/client/download.ts';
import { MAX_BUNDLE_CERTIFICATES, MAX_DOWNLOAD_CHARS } from '../../src/client/downloaded-cert.ts';
import { resolveConfig } from '../../src/client/options.ts';
import { MAX_SIGNATURE_CHECKS } from '../../src/crypto/path.ts';
import type { SignedSpan } from '../../src/protocol/json-span.ts';
import { importPrivateKey, signContent } from '../../src/protocol.ts';
import { type DistinguishedName, type PemKeyPair, generateKeyPair, issueCertificate } from '../../mocks/index.ts';
import { CARD_QUERY, DOWNLOAD, cardBiz, certSetup, rejectionOf, signedNotification, testKeys } from '../support.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 15);
const NODE = 'alipay_open_app_alipaycert_download_response';

const { app, alipay } = await testKeys();
const [rootKeys, interKeys, nextKeys, evilKeys] = await Promise.all([generateKeyPair(), generateKeyPair(), generateKeyPair(), generateKeyPair()]);
const rootName: DistinguishedName = { C: 'CN', O: 'Bounds test CA', CN: 'Bounds Test Root' };
const interName: DistinguishedName = { C: 'CN', O: 'Bounds test CA', CN: 'Bounds Test Intermediate' };
const alipayName: DistinguishedName = { C: 'CN', O: 'Alipay test', OU: 'Alipay', CN: '支付宝(中国)网络技术有限公司-2088000000000000' };
const evilName: DistinguishedName = { C: 'CN', O: 'Evil', CN: 'Evil CA' };
let serial = 500n;
const issue = (subject: DistinguishedName, keys: PemKeyPair, issuer: DistinguishedName, issuerKeys: PemKeyPair, ca?: boolean) =>
  issueCertificate({ subject, issuer, publicKey: keys.publicKey, issuerPrivateKey: issuerKeys.privateKey, serial: serial++, notBefore: new Date(T0 - 365 * DAY), notAfter: new Date(T0 + 365 * DAY), ...(ca !== undefined && { ca }) });

const root = await issue(rootName, rootKeys, rootName, rootKeys, true);
const inter = await issue(interName, interKeys, rootName, rootKeys, true);
const appCert = await issue({ C: 'CN', O: 'Merchant test', CN: 'app-2014072300007148' }, app, interName, interKeys);
const alipayLeaf = await issue(alipayName, alipay, interName, interKeys);
const nextLeaf = await issue(alipayName, nextKeys, interName, interKeys);
const NEXT_SN = certSnFromPem(nextLeaf);
/** A certificate that takes no part in the chain (a filler of bundles). */
const filler = await issue({ CN: 'Unrelated' }, evilKeys, { CN: 'Unrelated issuer' }, evilKeys, true);
/** The forged download: a leaf for the configured subject, and a self-issued CA of one name, all one key. */
const forgedLeaf = await issue(alipayName, evilKeys, evilName, evilKeys);
const FORGED_SN = certSnFromPem(forgedLeaf);
const evilCa = await issue(evilName, evilKeys, evilName, evilKeys, true);
const config = { appCert, alipayPublicCert: alipayLeaf + inter, alipayRootCert: root };

/** A download answer delivering `pem`, signed with `signer` (none: unsigned), padded in `msg` to `length` characters when given. */
async function answer(pem: string, options: { signer?: PemKeyPair | null; length?: number; certSn?: string } = {}): Promise<SignedSpan> {
  const node = (msg: string) => JSON.stringify({ code: '10000', msg, alipay_cert_content: btoa(pem) });
  const content = options.length === undefined ? node('Success') : node('x'.repeat(options.length - node('').length));
  const signer = options.signer === undefined ? nextKeys : options.signer;
  const sign = signer ? await signContent(content, await importPrivateKey(signer.privateKey)) : undefined;
  return { node: NODE, content, kind: 'object', ...(sign !== undefined && { sign }), ...(options.certSn !== undefined && { certSn: options.certSn }) };
}

function storeWith(respond: CertificateDownload, cfg = config) {
  const asked: Array<[string, number]> = [];
  const download: CertificateDownload = (sn, deadline) => {
    asked.push([sn, deadline]);
    return respond(sn, deadline);
  };
  return { store: new CertificateStore(cfg, 'RSA2', 'utf-8', download, undefined, () => T0), asked };
}

const verifications = () => vi.spyOn(crypto.subtle, 'verify');
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the answer is bounded and verified before its bundle is read', () => {
  it(`an answer of exactly MAX_DOWNLOAD_CHARS (${MAX_DOWNLOAD_CHARS}) characters is read; one more is refused before it is parsed or verified`, async () => {
    const exact = await answer(nextLeaf + inter, { length: MAX_DOWNLOAD_CHARS });
    expect(exact.content).toHaveLength(MAX_DOWNLOAD_CHARS);
    expect(await storeWith(async () => exact).store.keyFor('RSA2', NEXT_SN)).toBeInstanceOf(CryptoKey);
    const over = await answer(nextLeaf + inter, { length: MAX_DOWNLOAD_CHARS + 1 });
    const spy = verifications();
    expect(await rejectionOf(() => storeWith(async () => over).store.keyFor('RSA2', NEXT_SN))).toMatchObject({
      code: 'ERR_CERT_INVALID',
      message: `The answer that delivered the certificate downloaded for alipay_cert_sn ${NEXT_SN} is ${MAX_DOWNLOAD_CHARS + 1} characters long, more than the ${MAX_DOWNLOAD_CHARS} a certificate download may have: not read.`,
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it('the forged download of the attack (a leaf and 3,000 same-name CA copies, unsigned): refused unread, no signature checked', async () => {
    const spy = verifications();
    const forged = await answer(forgedLeaf + evilCa.repeat(3000), { signer: null });
    const err = await rejectionOf(() => storeWith(async () => forged).store.keyFor('RSA2', FORGED_SN));
    expect(err).toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/characters long, more than the 65536 a certificate download may have: not read\.$/) });
    expect(spy).not.toHaveBeenCalled();
  });

  it('an unsigned answer, however small, is refused before any certificate in it is read', async () => {
    const spy = verifications();
    // Not even base64: nothing of it is decoded.
    const unsigned: SignedSpan = { node: NODE, content: JSON.stringify({ code: '10000', alipay_cert_content: '%%% not read' }), kind: 'object' };
    const err = await rejectionOf(() => storeWith(async () => unsigned).store.keyFor('RSA2', NEXT_SN));
    expect(err).toMatchObject({
      code: 'ERR_CERT_INVALID',
      message: `Alipay's certificate for alipay_cert_sn ${NEXT_SN} could not be had: The answer that delivered the certificate downloaded for alipay_cert_sn ${NEXT_SN} is not signed: not read.`,
      cause: expect.objectContaining({ code: 'ERR_SIGNATURE_MISSING' }),
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it('signed by the configured certificate: verified before the bundle is decoded (a forged bundle then costs one check)', async () => {
    const spy = verifications();
    const content = JSON.stringify({ code: '10000', alipay_cert_content: '%%% never decoded' });
    const span: SignedSpan = { node: NODE, content, kind: 'object', sign: await signContent(content, await importPrivateKey(evilKeys.privateKey)), certSn: certSnFromPem(alipayLeaf) };
    expect(await rejectionOf(() => storeWith(async () => span).store.keyFor('RSA2', NEXT_SN))).toMatchObject({ cause: expect.objectContaining({ code: 'ERR_SIGNATURE_INVALID' }) });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('signed by the delivered certificate: verified with its key before any other certificate of the bundle is parsed', async () => {
    // The second certificate is not DER at all: a forged answer never gets that far.
    const broken = '-----BEGIN CERTIFICATE-----\nMAMCAQA=\n-----END CERTIFICATE-----\n';
    const spy = verifications();
    const forged = await answer(nextLeaf + broken, { signer: evilKeys });
    expect(await rejectionOf(() => storeWith(async () => forged).store.keyFor('RSA2', NEXT_SN))).toMatchObject({ cause: expect.objectContaining({ code: 'ERR_SIGNATURE_INVALID' }) });
    expect(spy).toHaveBeenCalledTimes(1);
    // Signed by it, the bundle is read then: the broken certificate is refused.
    expect(await rejectionOf(() => storeWith(async () => answer(nextLeaf + broken)).store.keyFor('RSA2', NEXT_SN))).toMatchObject({ message: expect.stringMatching(/is not usable: it is not an X\.509 certificate\.$/) });
  });

  it(`a bundle of exactly MAX_BUNDLE_CERTIFICATES (${MAX_BUNDLE_CERTIFICATES}) certificates is read; one more is refused before any is parsed`, async () => {
    const bundle = (count: number) => nextLeaf + inter + filler.repeat(count - 2);
    expect(await storeWith(async () => answer(bundle(MAX_BUNDLE_CERTIFICATES))).store.keyFor('RSA2', NEXT_SN)).toBeInstanceOf(CryptoKey);
    const spy = verifications();
    expect(await rejectionOf(() => storeWith(async () => answer(bundle(MAX_BUNDLE_CERTIFICATES + 1))).store.keyFor('RSA2', NEXT_SN))).toMatchObject({
      code: 'ERR_CERT_INVALID',
      message: `the certificate downloaded for alipay_cert_sn ${NEXT_SN} is a bundle of ${MAX_BUNDLE_CERTIFICATES + 1} certificates, more than the ${MAX_BUNDLE_CERTIFICATES} a download may have: not read.`,
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it('a forged bundle within the bounds, signed by its own leaf: a bounded number of signature checks', async () => {
    const spy = verifications();
    const copies = await answer(forgedLeaf + evilCa.repeat(MAX_BUNDLE_CERTIFICATES - 1), { signer: evilKeys });
    expect(await rejectionOf(() => storeWith(async () => copies).store.keyFor('RSA2', FORGED_SN))).toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/does not chain to the configured root certificates/) });
    expect(spy).toHaveBeenCalledTimes(2); // the answer, then the leaf by the first copy (copies are one certificate)
    spy.mockRestore();
    const distinct = await Promise.all(Array.from({ length: MAX_BUNDLE_CERTIFICATES - 1 }, () => issue(evilName, evilKeys, evilName, evilKeys, true)));
    const counted = verifications();
    const chained = await answer(forgedLeaf + distinct.join(''), { signer: evilKeys });
    expect(await rejectionOf(() => storeWith(async () => chained).store.keyFor('RSA2', FORGED_SN))).toBeInstanceOf(AlipayError);
    expect(counted.mock.calls.length).toBeLessThanOrEqual(1 + MAX_SIGNATURE_CHECKS);
    expect(counted.mock.calls.length).toBe(1 + MAX_BUNDLE_CERTIFICATES - 1); // one check per distinct CA, then no issuer
  });

  it('what is verified is what is read: the `\\/` retry is taken only when it reads the same content', async () => {
    // Signed over the text with `/`, received with `\/` (JSON reads both as `/`): accepted.
    const plain = JSON.stringify({ code: '10000', msg: 'a/b', alipay_cert_content: btoa(nextLeaf + inter) });
    const escaped = plain.replaceAll('/', '\\/');
    expect(escaped).not.toBe(plain);
    const sign = await signContent(plain, await importPrivateKey(nextKeys.privateKey));
    expect(await storeWith(async () => ({ node: NODE, content: escaped, kind: 'object', sign })).store.keyFor('RSA2', NEXT_SN)).toBeInstanceOf(CryptoKey);
    // Received with `\\/` (a backslash, then `/`), signed as `\/`: the content read is not the content signed.
    const configuredSn = certSnFromPem(alipayLeaf);
    const signed = '{"code":"10000","alipay_cert_content":"AB\\/CD"}';
    const received = signed.replace('\\/', '\\\\/');
    const span: SignedSpan = { node: NODE, content: received, kind: 'object', sign: await signContent(signed, await importPrivateKey(alipay.privateKey)), certSn: configuredSn };
    expect(await rejectionOf(() => storeWith(async () => span).store.keyFor('RSA2', NEXT_SN))).toMatchObject({
      code: 'ERR_CERT_INVALID',
      message: `The answer that delivered the certificate downloaded for alipay_cert_sn ${NEXT_SN} verifies only as another text than it reads.`,
    });
  });
});

describe('the configured bundles are bounded too', () => {
  it(`alipayPublicCert of MAX_BUNDLE_CERTIFICATES (${MAX_BUNDLE_CERTIFICATES}) certificates is read, one more refused; alipayRootCert the same at MAX_ROOT_CERTIFICATES (${MAX_ROOT_CERTIFICATES})`, () => {
    const make = (cfg: typeof config) => () => new CertificateStore(cfg, 'RSA2', 'utf-8', async () => answer(''), undefined, () => T0);
    expect(make({ ...config, alipayPublicCert: alipayLeaf + inter + filler.repeat(MAX_BUNDLE_CERTIFICATES - 2) })).not.toThrow();
    expect(make({ ...config, alipayPublicCert: alipayLeaf + inter + filler.repeat(MAX_BUNDLE_CERTIFICATES - 1) })).toThrow(
      expect.objectContaining({ code: 'ERR_CERT_INVALID', message: `alipayPublicCert is not usable: it holds ${MAX_BUNDLE_CERTIFICATES + 1} certificates, more than the ${MAX_BUNDLE_CERTIFICATES} accepted.` }),
    );
    expect(make({ ...config, alipayRootCert: root + filler.repeat(MAX_ROOT_CERTIFICATES - 1) })).not.toThrow();
    expect(make({ ...config, alipayRootCert: root + filler.repeat(MAX_ROOT_CERTIFICATES) })).toThrow(
      expect.objectContaining({ code: 'ERR_CERT_INVALID', message: `alipayRootCert is not usable: it holds ${MAX_ROOT_CERTIFICATES + 1} certificates, more than the ${MAX_ROOT_CERTIFICATES} accepted.` }),
    );
  });
});

describe('the deadline of the call that needs the certificate', () => {
  const T = Date.UTC(2030, 0, 1);

  it('handed to the download; infinite when the caller gives none', async () => {
    const deadline = Date.now() + 60_000;
    const { store, asked } = storeWith(async () => answer(nextLeaf + inter));
    await store.keyFor('RSA2', NEXT_SN, deadline);
    const other = storeWith(async () => answer(nextLeaf + inter));
    await other.store.keyFor('RSA2', NEXT_SN);
    expect([asked, other.asked]).toEqual([[[NEXT_SN, deadline]], [[NEXT_SN, Infinity]]]);
  });

  it('at or past it nothing is downloaded, counted against the downloads a minute, or remembered as failed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T);
    const { store, asked } = storeWith(async () => answer(nextLeaf + inter));
    const timeout = { code: 'ERR_TIMEOUT', message: `The call's time ran out before Alipay's certificate for alipay_cert_sn ${NEXT_SN} was downloaded: stopped.` };
    for (let i = 0; i < MAX_DOWNLOADS_PER_MINUTE + 1; i++) expect(await rejectionOf(() => store.keyFor('RSA2', NEXT_SN, T))).toMatchObject(timeout);
    expect(await rejectionOf(() => store.keyFor('RSA2', NEXT_SN, T - 1))).toMatchObject(timeout);
    expect(asked).toEqual([]);
    // One millisecond left: the download is made (and, the clock standing still, completes).
    expect(await store.keyFor('RSA2', NEXT_SN, T + 1)).toBeInstanceOf(CryptoKey);
    expect(asked).toHaveLength(1);
  });

  it('passing while the answer travels: no signature is checked after it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T);
    const spy = verifications();
    const span = await answer(nextLeaf + inter);
    const { store } = storeWith(async () => {
      vi.setSystemTime(T + 100);
      return span;
    });
    expect(await rejectionOf(() => store.keyFor('RSA2', NEXT_SN, T + 100))).toMatchObject({
      code: 'ERR_TIMEOUT',
      message: `The call's time ran out before the answer that delivered the certificate downloaded for alipay_cert_sn ${NEXT_SN} was verified: stopped.`,
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it('passing while the answer is verified: the chain is not checked', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T);
    const verify = crypto.subtle.verify.bind(crypto.subtle);
    const spy = vi.spyOn(crypto.subtle, 'verify').mockImplementation((...args) => {
      vi.setSystemTime(T + 100);
      return verify(...args);
    });
    const span = await answer(nextLeaf + inter);
    expect(await rejectionOf(() => storeWith(async () => span).store.keyFor('RSA2', NEXT_SN, T + 100))).toMatchObject({ code: 'ERR_TIMEOUT', message: expect.stringMatching(/^The call's time ran out while the certificate downloaded for alipay_cert_sn \w+ was being checked/) });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('a timeout is not remembered as a failure of the SN: the next call downloads it again', async () => {
    let fail = true;
    const { store, asked } = storeWith(async () => {
      if (fail) throw new AlipayError('ERR_TIMEOUT', 'the gateway did not answer in time');
      return answer(nextLeaf + inter);
    });
    expect(await rejectionOf(() => store.keyFor('RSA2', NEXT_SN))).toMatchObject({ code: 'ERR_TIMEOUT' });
    fail = false;
    expect(await store.keyFor('RSA2', NEXT_SN)).toBeInstanceOf(CryptoKey);
    expect(asked).toHaveLength(2);
  });

  it('a second call waits for the download in flight no longer than its own deadline; the first still gets the key', async () => {
    const span = await answer(nextLeaf + inter);
    vi.useFakeTimers();
    let deliver!: (span: SignedSpan) => void;
    const { store, asked } = storeWith(() => new Promise((resolve) => (deliver = resolve)));
    const first = store.keyFor('RSA2', NEXT_SN, Infinity);
    const second = rejectionOf(() => store.keyFor('RSA2', NEXT_SN, Date.now() + 100));
    const third = store.keyFor('RSA2', NEXT_SN, Date.now() + 10_000);
    await vi.advanceTimersByTimeAsync(100);
    expect(await second).toMatchObject({ code: 'ERR_TIMEOUT', message: `The call's time ran out waiting for Alipay's certificate for alipay_cert_sn ${NEXT_SN} (downloaded for another call).` });
    deliver(span);
    const key = await first;
    expect(await third).toBe(key);
    expect(asked).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0); // the third caller's wait was cleared when the download ended
  });
});

describe('through the client: execute, request (v3) and verifyNotify', () => {
  const UNKNOWN_SN = 'f'.repeat(32);
  /** A client in certificate mode whose gateway answers with `answerBody` and whose download answers `download(init)`. */
  async function clientWith(download: (init: RequestInit | undefined) => Promise<Response>, options: { protocol?: 'v3'; answerSn?: string; maxResponseBytes?: number } = {}) {
    const { client: reference, appCert, alipayCert, ca, app } = await certSetup();
    void reference;
    const answering = { sn: options.answerSn ?? UNKNOWN_SN };
    const requests: string[] = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const text = `${url} ${typeof init?.body === 'string' ? init.body : ''}`;
      requests.push(text.includes(DOWNLOAD) || text.includes(encodeURIComponent(DOWNLOAD)) ? 'download' : 'call');
      if (requests.at(-1) === 'download') return download(init);
      if (url.includes('/v3/')) {
        return new Response('{}', { headers: { 'content-type': 'application/json', 'alipay-signature': 'AAAA', 'alipay-sn': answering.sn, 'alipay-timestamp': String(Date.now()), 'alipay-nonce': 'n1' } });
      }
      return new Response(JSON.stringify({ alipay_marketing_card_query_response: { code: '10000', msg: 'Success' }, alipay_cert_sn: answering.sn, sign: 'AAAA' }), { headers: { 'content-type': 'application/json' } });
    };
    const client = new AlipayClient({ appId: '2014072300007148', privateKey: app.privateKey, appCert, alipayPublicCert: alipayCert, alipayRootCert: ca.rootCert, fetch, timeout: 60_000, ...(options.protocol && { protocol: options.protocol }), ...(options.maxResponseBytes && { maxResponseBytes: options.maxResponseBytes }) });
    /** A first call answered with the configured SN: the keys are imported and the certificates read before the call that counts. */
    const warm = async (call: () => Promise<unknown>) => {
      const sn = answering.sn;
      answering.sn = certSnFromPem(alipayCert);
      expect(await rejectionOf(call)).toMatchObject({ code: 'ERR_SIGNATURE_INVALID' });
      answering.sn = sn;
      requests.length = 0;
    };
    return { client, requests, warm };
  }
  /** A download that never answers: only the call's deadline (through the transport's abort) ends it. */
  const hanging = (init: RequestInit | undefined) =>
    new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

  // A download held to the client's timeout (60 s) would outlast the test's own (5 s): the call's
  // (1 s) must end it.
  it('execute: the download gets what is left of the call\'s timeout, not the client\'s', async () => {
    const { client, requests, warm } = await clientWith(hanging);
    const call = () => client.execute(CARD_QUERY, cardBiz, { timeout: 1000 });
    await warm(call);
    expect(await rejectionOf(call)).toMatchObject({ code: 'ERR_TIMEOUT' });
    expect(requests).toEqual(['call', 'download']);
  });

  it('request (v3): the same, for a v3 answer naming an unknown alipay-sn', async () => {
    const { client, requests, warm } = await clientWith(hanging, { protocol: 'v3' });
    const call = () => client.request('GET', '/v3/alipay/marketing/card/template/query', { query: { template_id: '1' }, timeout: 1000 });
    await warm(call);
    expect(await rejectionOf(call)).toMatchObject({ code: 'ERR_TIMEOUT' });
    expect(requests).toEqual(['call', 'download']);
  });

  it('execute against the forged download of the attack (3,000 copies, unsigned): ERR_CERT_INVALID, not one signature checked', async () => {
    const forged = JSON.stringify({ [NODE]: { code: '10000', msg: 'Success', alipay_cert_content: btoa(forgedLeaf + evilCa.repeat(3000)) }, alipay_cert_sn: FORGED_SN });
    const { client } = await clientWith(async () => new Response(forged, { headers: { 'content-type': 'application/json' } }), { answerSn: FORGED_SN });
    const spy = verifications();
    expect(await rejectionOf(() => client.execute(CARD_QUERY, cardBiz, { timeout: 1000 }))).toMatchObject({
      code: 'ERR_CERT_INVALID',
      message: `Alipay's certificate for alipay_cert_sn ${FORGED_SN} could not be had: The gateway answer exceeds maxResponseBytes (${MAX_DOWNLOAD_BYTES} bytes); it was not parsed.`,
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it(`the download answer is read up to MAX_DOWNLOAD_BYTES (${MAX_DOWNLOAD_BYTES}): exactly that many bytes are read, one more is not`, async () => {
    const body = (bytes: number) => {
      const head = `{"${NODE}":{"code":"10000","msg":"`;
      const tail = `","alipay_cert_content":"AA=="},"alipay_cert_sn":"${UNKNOWN_SN}","sign":"AAAA"}`;
      return head + 'x'.repeat(bytes - head.length - tail.length) + tail;
    };
    const read = await clientWith(async () => new Response(body(MAX_DOWNLOAD_BYTES)));
    expect(await rejectionOf(() => read.client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/is \d+ characters long, more than the 65536 a certificate download may have: not read\.$/) });
    const over = await clientWith(async () => new Response(body(MAX_DOWNLOAD_BYTES + 1)));
    expect(await rejectionOf(() => over.client.execute(CARD_QUERY, cardBiz))).toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(new RegExp(`exceeds maxResponseBytes \\(${MAX_DOWNLOAD_BYTES} bytes\\)`)) });
    // A lower maxResponseBytes of the client's holds for the download too.
    const lower = await clientWith(async () => new Response(body(2000)), { maxResponseBytes: 1999 });
    expect(await rejectionOf(() => lower.client.execute(CARD_QUERY, cardBiz))).toMatchObject({ message: expect.stringMatching(/exceeds maxResponseBytes \(1999 bytes\)/) });
  });

  it(`MAX_DOWNLOAD_BYTES leaves room for a signed node of MAX_DOWNLOAD_CHARS characters of 3 bytes each, and its envelope`, async () => {
    // A node of exactly MAX_DOWNLOAD_CHARS characters, each 3 bytes in UTF-8: read in full, not cut off by
    // the byte bound.
    const head = '{"code":"10000","msg":"';
    const tail = '","alipay_cert_content":"AA=="}';
    const node = head + '中'.repeat(MAX_DOWNLOAD_CHARS - head.length - tail.length) + tail;
    expect(node).toHaveLength(MAX_DOWNLOAD_CHARS);
    const text = `{"${NODE}":${node},"alipay_cert_sn":"${UNKNOWN_SN}","sign":"AAAA"}`;
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(3 * MAX_DOWNLOAD_CHARS - 4096);
    const { client } = await clientWith(async () => new Response(text));
    const err = await rejectionOf(() => client.execute(CARD_QUERY, cardBiz));
    expect(err).toBeInstanceOf(AlipayError);
    // Read and parsed: refused for what it delivers (no certificate), not for its size.
    expect(err).toMatchObject({ code: 'ERR_CERT_INVALID', message: `the certificate downloaded for alipay_cert_sn ${UNKNOWN_SN} is not usable: it contains no PEM certificate ("BEGIN CERTIFICATE").` });
  });

  it('an XML client downloads as JSON (the download answer is read as JSON)', async () => {
    const { gateway, client, ca } = await certSetup({ format: 'xml' });
    const next = await generateKeyPair();
    gateway.rotate(next, await ca.issueAlipayCert(next));
    expect((await client.execute(CARD_QUERY, cardBiz)).card_info.balance).toBe('124.89');
    const downloads = gateway.requests.filter((r) => r.method === DOWNLOAD);
    expect(downloads.map((r) => r.params.format)).toEqual(['JSON']);
  });

  it('downloadCertificate past its deadline sends nothing', async () => {
    const sent: string[] = [];
    const { app } = await testKeys();
    const { appCert, alipayCert, ca } = await certSetup();
    const config = resolveConfig({ appId: '2014072300007148', privateKey: app.privateKey, appCert, alipayPublicCert: alipayCert, alipayRootCert: ca.rootCert, fetch: async (input) => (sent.push(String(input)), new Response('{}')) });
    const ctx = { config, credentials: createCredentials(config, () => Promise.reject(new Error('not used'))) };
    expect(await rejectionOf(() => downloadCertificate(ctx, UNKNOWN_SN, Date.now() - 1))).toMatchObject({
      code: 'ERR_TIMEOUT',
      message: `The call's time ran out before Alipay's certificate for alipay_cert_sn ${UNKNOWN_SN} was downloaded: stopped.`,
    });
    expect(sent).toEqual([]);
  });

  it('verifyNotify naming an unknown SN whose download is forged: false, the bounds the same (unauthenticated input)', async () => {
    const content = JSON.stringify({ code: '10000', msg: 'Success', alipay_cert_content: btoa(forgedLeaf + evilCa.repeat(MAX_BUNDLE_CERTIFICATES - 1)) });
    const sign = await signContent(content, await importPrivateKey(evilKeys.privateKey));
    const forged = `{"${NODE}":${content},"alipay_cert_sn":"${FORGED_SN}","sign":"${sign}"}`;
    const { client, requests } = await clientWith(async () => new Response(forged, { headers: { 'content-type': 'application/json' } }));
    const notification = await signedNotification({ notify_id: 'n1', trade_status: 'TRADE_SUCCESS', charset: 'utf-8', sign_type: 'RSA2', alipay_cert_sn: FORGED_SN }, evilKeys.privateKey);
    const spy = verifications();
    expect(await client.verifyNotify(notification)).toBe(false);
    expect(spy).toHaveBeenCalledTimes(2); // the download answer, the leaf by the first copy: never the notification
    expect(requests).toEqual(['download']);
    const big = JSON.stringify({ [NODE]: { code: '10000', alipay_cert_content: btoa(forgedLeaf + evilCa.repeat(3000)) } });
    const second = await clientWith(async () => new Response(big, { headers: { 'content-type': 'application/json' } }));
    spy.mockClear();
    expect(await second.client.verifyNotify(notification)).toBe(false);
    expect(spy).not.toHaveBeenCalled();
  });
});
