// verifyNotify given a record never approves data no signature covers: non-string values, repeated
// fields in any of the three forms, lone surrogates, oversized notifications.
import { describe, expect, it } from 'vitest';
import { verifyNotify } from '../../src/index.ts';
import { buildSignContent, importPrivateKey, importPublicKey, signContent, verifyContent } from '../../src/protocol.ts';
import { signedNotification, testKeys } from '../support.ts';

describe('2. verifyNotify(record) never approves data no signature covers', async () => {
  const { alipay } = await testKeys();
  const base: Record<string, string> = { notify_id: 'n2', out_trade_no: 'T1', total_amount: '9.99', charset: 'utf-8', sign_type: 'RSA2' };
  const signed = await signedNotification(base);

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
    const replacementSign = (await signedNotification(withReplacement)).sign!;
    // A value holding U+FFFD is false in every form since issue 23 (item 2); it was true. The
    // signature itself does verify over U+FFFD's bytes:
    expect(await verifyNotify({ ...withReplacement, sign: replacementSign }, alipay.publicKey)).toBe(false);
    expect(await verifyContent(buildSignContent(withReplacement, { exclude: ['sign_type'] }), replacementSign, await importPublicKey(alipay.publicKey))).toBe(true);
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
