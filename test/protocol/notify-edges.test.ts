// verifyNotify at its edges: the size bound (exactly MAX_NOTIFY_LENGTH is read, one more is not),
// GBK notifications decoded in their declared charset, undecodable bytes, a field given twice,
// argument checks with their error codes, key errors naming the argument, and the key cache.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_NOTIFY_LENGTH, verifyNotify } from '../../src/protocol/notify.ts';
import { buildSignContent, encodeForm, importPrivateKey, importPublicKey, loadGbk, signContent } from '../../src/protocol.ts';
import { bare, rejectionOf, signedNotification, testKeys } from '../support.ts';

const { alipay } = await testKeys();
const base: Record<string, string> = { notify_id: 'n-edges', out_trade_no: 'T9', total_amount: '1.00', charset: 'utf-8', sign_type: 'RSA2' };

/** `params` with `sign` added by rule v1, signed over the content's bytes in `charset`. */
async function signedIn(params: Record<string, string>, charset: 'utf-8' | 'GBK'): Promise<Record<string, string>> {
  const key = await importPrivateKey(alipay.privateKey);
  return { ...params, sign: await signContent(buildSignContent(params, { exclude: ['sign_type'] }), key, charset) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('verifyNotify: the size bound', () => {
  it('a raw body of exactly MAX_NOTIFY_LENGTH code units is read; one more is not', async () => {
    const signed = await signedNotification({ ...base, body: 'a'.repeat(MAX_NOTIFY_LENGTH - 2000) });
    const raw = new URLSearchParams(signed).toString();
    // Empty parts of a form body are no parameters: padding with "&" leaves the notification as it is.
    const atLimit = raw + '&'.repeat(MAX_NOTIFY_LENGTH - raw.length);
    expect(atLimit).toHaveLength(MAX_NOTIFY_LENGTH);
    expect(await verifyNotify(atLimit, alipay.publicKey)).toBe(true);
    expect(await verifyNotify(`${atLimit}&`, alipay.publicKey)).toBe(false);
  });

  it('a record (or URLSearchParams) within the bound is read; one over it is not, even correctly signed', async () => {
    // The record's text: key=value pairs joined by "&".
    const textLength = (record: Record<string, string>) =>
      Object.entries(record)
        .map(([k, v]) => `${k}=${v}`)
        .join('&').length;
    const sized = async (length: number) => {
      const probe = await signedNotification({ ...base, body: '' });
      return signedNotification({ ...base, body: 'a'.repeat(length - textLength(probe)) });
    };
    const within = await sized(MAX_NOTIFY_LENGTH - 1);
    expect(textLength(within)).toBe(MAX_NOTIFY_LENGTH - 1);
    expect(await verifyNotify(within, alipay.publicKey)).toBe(true);
    expect(await verifyNotify(new URLSearchParams(within), alipay.publicKey)).toBe(true);
    const over = await sized(MAX_NOTIFY_LENGTH + 1);
    expect(textLength(over)).toBe(MAX_NOTIFY_LENGTH + 1);
    expect(await verifyNotify(over, alipay.publicKey)).toBe(false);
    expect(await verifyNotify(new URLSearchParams(over), alipay.publicKey)).toBe(false);
  });
});

describe('verifyNotify: charsets and decoding', () => {
  it('a GBK raw body is decoded as GBK, wherever its charset parameter stands', async () => {
    await loadGbk();
    const { charset: _utf8, ...others } = base;
    const params = { charset: 'GBK', ...others, subject: '会员卡 充值' };
    const signed = await signedIn(params, 'GBK');
    expect(await verifyNotify(signed, alipay.publicKey)).toBe(true);
    const charsetFirst = encodeForm(signed, 'GBK');
    expect(charsetFirst.startsWith('charset=GBK&')).toBe(true);
    expect(await verifyNotify(charsetFirst, alipay.publicKey)).toBe(true);
    const { charset, ...rest } = signed;
    const charsetLast = `${encodeForm(rest, 'GBK')}&charset=${charset}`;
    expect(await verifyNotify(charsetLast, alipay.publicKey)).toBe(true);
    expect(await verifyNotify(`?${charsetLast}`, alipay.publicKey)).toBe(true);
    // gb2312 names the same charset.
    const gb2312 = await signedIn({ ...params, charset: 'gb2312' }, 'GBK');
    expect(await verifyNotify(encodeForm(gb2312, 'GBK'), alipay.publicKey)).toBe(true);
    // The same bytes read as UTF-8 are not text: a body declaring nothing is refused.
    const { charset: _c, ...undeclared } = await signedIn({ ...base, subject: '会员卡' }, 'GBK');
    expect(await verifyNotify(encodeForm(undeclared, 'GBK'), alipay.publicKey)).toBe(false);
  });

  it('bytes that are not UTF-8 are not decoded into U+FFFD and approved', async () => {
    const signed = await signedNotification({ ...base, subject: 'a\uFFFDb' });
    // U+FFFD is refused in every form (issue 23, item 2): from a record or a URLSearchParams
    // (which reads a%FFb as a\uFFFDb too) nothing tells which bytes were received. Was true.
    expect(await verifyNotify(signed, alipay.publicKey)).toBe(false);
    expect(await verifyNotify(new URLSearchParams(signed), alipay.publicKey)).toBe(false);
    expect(await verifyNotify(new URLSearchParams(signed).toString(), alipay.publicKey)).toBe(false);
    const { subject: _s, ...rest } = signed;
    // 0xFF is never UTF-8: a lenient decoder would give exactly the signed 'a\uFFFDb'.
    expect(await verifyNotify(`${new URLSearchParams(rest)}&subject=a%FFb`, alipay.publicKey)).toBe(false);
  });

  it('a notification in a charset other than UTF-8 or GBK is false, even correctly signed', async () => {
    const signed = await signedNotification({ ...base, charset: 'latin1' });
    expect(await verifyNotify(signed, alipay.publicKey)).toBe(false);
    expect(await verifyNotify(new URLSearchParams(signed).toString(), alipay.publicKey)).toBe(false);
  });

  it('a field given twice is refused even when one of them is the signed value', async () => {
    const signed = new URLSearchParams(await signedNotification(base)).toString();
    expect(await verifyNotify(signed, alipay.publicKey)).toBe(true);
    // A forged value first, the signed one last (a parser keeping the first would read 999.00).
    expect(await verifyNotify(`total_amount=999.00&${signed}`, alipay.publicKey)).toBe(false);
    expect(await verifyNotify(new URLSearchParams(`total_amount=999.00&${signed}`), alipay.publicKey)).toBe(false);
    // The same value twice is still ambiguous.
    expect(await verifyNotify(`${signed}&total_amount=1.00`, alipay.publicKey)).toBe(false);
  });
});

describe('verifyNotify: argument checks', () => {
  it('a notification that is neither text, URLSearchParams nor a record is ERR_REQUEST_INVALID', async () => {
    for (const params of [42, true, ['a=1'], null, undefined]) {
      const err = await rejectionOf(() => verifyNotify(params as never, alipay.publicKey));
      expect(err).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID', message: expect.stringMatching(/raw body or query/) });
    }
  });

  it('an unknown rule is ERR_REQUEST_INVALID at path "rule"; an unknown forced signType is ERR_CONFIG', async () => {
    const signed = await signedNotification(base);
    expect(await rejectionOf(() => verifyNotify(signed, alipay.publicKey, { rule: 'v3' as never }))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'rule', message: expect.stringMatching(/rule/) });
    expect(await rejectionOf(() => verifyNotify(signed, alipay.publicKey, { signType: 'RSA3' as never }))).toMatchObject({ code: 'ERR_CONFIG', message: expect.stringMatching(/signType/) });
    // The two known values are accepted.
    expect(await verifyNotify(signed, alipay.publicKey, { rule: 'v1', signType: 'RSA2' })).toBe(true);
  });

  it('a key that is neither text nor a CryptoKey is ERR_KEY_INVALID naming alipayPublicKey, before the notification is read', async () => {
    const signed = await signedNotification(base);
    for (const params of [signed, '', {}]) {
      expect(await rejectionOf(() => verifyNotify(params, {} as never))).toMatchObject({ code: 'ERR_KEY_INVALID', message: expect.stringMatching(/^alipayPublicKey must be a CryptoKey/) });
    }
  });

  it('an unreadable key or certificate is an error naming the argument', async () => {
    const signed = await signedNotification(base);
    expect(await rejectionOf(() => verifyNotify(signed, 'not a key'))).toMatchObject({ code: 'ERR_KEY_INVALID', message: expect.stringMatching(/^alipayPublicKey is not usable/) });
    const notBase64 = '-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----';
    expect(await rejectionOf(() => verifyNotify(signed, notBase64))).toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/^alipayPublicCert is not usable: .*base64/) });
    const notCertificate = `-----BEGIN CERTIFICATE-----\n${bare(alipay.publicKey)}\n-----END CERTIFICATE-----`;
    expect(await rejectionOf(() => verifyNotify(signed, notCertificate))).toMatchObject({ code: 'ERR_CERT_INVALID', message: expect.stringMatching(/^alipayPublicCert is not usable: it is not an X\.509 certificate/) });
  });
});

describe('verifyNotify: key import', () => {
  it('a key given as text is imported once and reused; the keys remembered are bounded', async () => {
    const signed = await signedNotification(base);
    // Spellings of one key (trailing whitespace is ignored when the key is read), unseen by this file so far.
    const spelling = (i: number) => `${alipay.publicKey}\n${' '.repeat(100 + i)}`;
    const importKey = vi.spyOn(crypto.subtle, 'importKey');
    for (const i of [1, 2, 1, 2, 1]) expect(await verifyNotify(signed, spelling(i))).toBe(true);
    expect(importKey).toHaveBeenCalledTimes(2);
    // Many other keys later, the first one has been forgotten and is imported again.
    for (let i = 3; i < 40; i++) expect(await verifyNotify(signed, spelling(i))).toBe(true);
    importKey.mockClear();
    expect(await verifyNotify(signed, spelling(1))).toBe(true);
    expect(importKey).toHaveBeenCalledTimes(1);
    // An imported CryptoKey is used as it is.
    const key = await importPublicKey(alipay.publicKey);
    importKey.mockClear();
    expect(await verifyNotify(signed, key)).toBe(true);
    expect(importKey).not.toHaveBeenCalled();
  });
});
