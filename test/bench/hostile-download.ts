// `npx tsx test/bench/hostile-download.ts`: what a forged certificate download costs the client.
// An answer names an unknown alipay_cert_sn; the download of that SN answers (unsigned) a forged
// leaf for the configured subject plus N copies of a self-issued CA certificate sharing one name,
// all signed by the attacker's one key, so that every same-name candidate verifies. Prints, for
// each N, the answer's size, the execute() outcome with `timeout: 1000`, its wall time, and how
// many signature verifications (crypto.subtle.verify) it made. Then the worst that fits the bounds:
// the answer signed by the forged leaf's key, with 7 distinct self-issued CAs of one name. A script that prints figures, never
// a test: nothing here is asserted. maxResponseBytes is raised so that the 13 MB answer reaches the
// certificate checks rather than the response bound.
import { AlipayClient } from '../../src/index.ts';
import { certSnFromPem } from '../../src/cert.ts';
import { importPrivateKey, signContent } from '../../src/protocol.ts';
import { createTestPki, generateKeyPair, issueCertificate } from '../../mocks/index.ts';

const COPIES = (process.argv[2] ?? '3000,9000').split(',').map(Number);
const METHOD = 'alipay.marketing.card.query';
const DOWNLOAD = 'alipay.open.app.alipaycert.download';
const DAY = 86_400_000;

const [app, alipay, attacker] = await Promise.all([generateKeyPair(), generateKeyPair(), generateKeyPair()]);
const pki = await createTestPki();
const alipayCert = await pki.issueAlipayCert(alipay);
const appCert = await pki.issueAppCert(app.publicKey);
const now = Date.now();
const evil = { C: 'CN', O: 'Evil', CN: 'Evil CA' };
// The configured certificate's subject is public: the forged leaf names it.
const subject = { C: 'CN', O: 'Alipay test', OU: 'Alipay', CN: '支付宝(中国)网络技术有限公司-2088000000000000' };
const leaf = await issueCertificate({ subject, issuer: evil, publicKey: attacker.publicKey, issuerPrivateKey: attacker.privateKey, serial: 7n, notBefore: new Date(now - DAY), notAfter: new Date(now + DAY) });
const ca = await issueCertificate({ subject: evil, issuer: evil, publicKey: attacker.publicKey, issuerPrivateKey: attacker.privateKey, serial: 8n, notBefore: new Date(now - DAY), notAfter: new Date(now + DAY), ca: true });
const forgedSn = certSnFromPem(leaf);

let verifications = 0;
const verify = crypto.subtle.verify.bind(crypto.subtle);
crypto.subtle.verify = (...args: Parameters<SubtleCrypto['verify']>) => {
  verifications++;
  return verify(...args);
};

async function run(label: string, downloadBody: string) {
  const answerBody = JSON.stringify({ alipay_marketing_card_query_response: { code: '10000', msg: 'Success' }, alipay_cert_sn: forgedSn, sign: 'AAAA' });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const text = `${String(input)} ${typeof init?.body === 'string' ? init.body : ''}`;
    const body = text.includes(DOWNLOAD) || text.includes(encodeURIComponent(DOWNLOAD)) ? downloadBody : answerBody;
    return new Response(body, { headers: { 'content-type': 'application/json;charset=utf-8' } });
  };
  const client = new AlipayClient({ appId: '2014072300007148', privateKey: app.privateKey, appCert, alipayPublicCert: alipayCert, alipayRootCert: pki.rootCert, fetch, maxResponseBytes: 64 * 1024 * 1024 });
  verifications = 0;
  const started = performance.now();
  let outcome: string;
  try {
    await client.execute(METHOD, { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' }, { timeout: 1000 });
    outcome = 'resolved (!)';
  } catch (err) {
    outcome = `${(err as { code?: string }).code}: ${(err as Error).message.slice(0, 160)}`;
  }
  const ms = performance.now() - started;
  console.log(`${label}, download answer ${(downloadBody.length / 1e6).toFixed(2)} MB: ${ms.toFixed(0)} ms, ${verifications} signature verifications; ${outcome}`);
}

const node = (content: string) => ({ code: '10000', msg: 'Success', alipay_cert_content: content });
for (const copies of COPIES) {
  await run(`${copies} copies, unsigned`, JSON.stringify({ alipay_open_app_alipaycert_download_response: node(btoa(leaf + ca.repeat(copies))), alipay_cert_sn: forgedSn }));
}
const distinct = await Promise.all(
  Array.from({ length: 7 }, (_, i) => issueCertificate({ subject: evil, issuer: evil, publicKey: attacker.publicKey, issuerPrivateKey: attacker.privateKey, serial: 100n + BigInt(i), notBefore: new Date(now - DAY), notAfter: new Date(now + DAY), ca: true })),
);
const content = JSON.stringify(node(btoa(leaf + distinct.join(''))));
const sign = await signContent(content, await importPrivateKey(attacker.privateKey));
await run('7 distinct CAs, signed by the forged leaf', `{"alipay_open_app_alipaycert_download_response":${content},"alipay_cert_sn":"${forgedSn}","sign":"${sign}"}`);
