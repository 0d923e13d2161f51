// Certificate mode trusts only Alipay's own certificate: a merchant's certificate or Alipay's for
// another subject is refused, unknown SNs are downloaded once and at a bounded rate, PEM scans are linear.
import { describe, expect, it } from 'vitest';
import { certSnFromPem, readPemCertificates } from '../../src/cert.ts';
import { FAILED_SN_TTL_MS, MAX_DOWNLOADS_PER_MINUTE } from '../../src/client/certificates.ts';
import { generateKeyPair } from '../../mocks/index.ts';
import { CARD_QUERY, DOWNLOAD, cardBiz, certSetup, rejectionOf, signedNotification, testKeys } from '../support.ts';

const downloads = (gateway: { requests: Array<{ method: string | undefined }> }) => gateway.requests.filter((r) => r.method === DOWNLOAD).length;

/** A notification signed with `privateKey`, naming `sn`. */
const notification = (privateKey: string, sn: string) =>
  signedNotification({ notify_id: 'n1', trade_status: 'TRADE_SUCCESS', total_amount: '88.00', charset: 'utf-8', sign_type: 'RSA2', alipay_cert_sn: sn }, privateKey);

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
