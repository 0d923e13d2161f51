// One notification, three forms (raw body, URLSearchParams, record): the same values and the same
// verdict. decodeForm reads a body exactly as URLSearchParams does (a byte-order mark is text,
// `+` a space, a broken escape itself), and with `fatal` refuses what cannot be read one way only:
// bytes that are not UTF-8, lone surrogates, GBK bytes the GBK encoder does not write. Issue 23, item 2.
import { describe, expect, it } from 'vitest';
import { AlipayError, verifyNotify } from '../../src/index.ts';
import { buildSignContent, decodeForm, encodeForm, importPrivateKey, loadGbk, signContent } from '../../src/protocol.ts';
import { mockSetup, rejectionOf, signedNotification, testKeys, thrownBy } from '../support.ts';

const { alipay } = await testKeys();
const base: Record<string, string> = { notify_id: 'n-forms', out_trade_no: 'T23', total_amount: '9.99', charset: 'utf-8', sign_type: 'RSA2', subject: '会员卡 a+b' };
const BOM = '\uFEFF';

/** The verdicts of the raw body, its URLSearchParams and the record built from that. */
async function verdicts(body: string): Promise<boolean[]> {
  const search = new URLSearchParams(body);
  return [await verifyNotify(body, alipay.publicKey), await verifyNotify(search, alipay.publicKey), await verifyNotify(Object.fromEntries(search), alipay.publicKey)];
}


describe('decodeForm reads a body as URLSearchParams does', () => {
  it.each([
    ['a byte-order mark before a name and a value', '%EF%BB%BFsign=x&a=%EF%BB%BFv'],
    ['a raw byte-order mark', '\uFEFFa=\uFEFFb'],
    ['+ and %20 and %2B', 'a+b=c+d%20e%2Bf'],
    ['broken escapes', 'a=%zz%4&b=%&c=%%41&d=%C3%A'],
    ['invalid UTF-8', 'a=%FF%C3&b=%ED%A0%80&c=%F4%90%80%80&d=%E4%B8'],
    ['empty parts, empty names, a name without =, = in a value', '&&=v&name&x==y=z&&'],
    ['raw non-ASCII text and escapes', 'a=中%E4%B8%AD😀&b=%C3%A4\u00e4'],
    ['a lone surrogate', 'a=x\uD800y&b=\uDC00'],
    ['upper and lower case hex', 'a=%e4%B8%aD'],
  ])('%s', (_name, body) => {
    expect(decodeForm(body, 'utf-8')).toEqual([...new URLSearchParams(body)]);
  });

  it('raw non-ASCII text beside a broken escape: the URL Standard\'s bytes (Node 20\'s URLSearchParams differs here; fatal refuses it)', () => {
    // The Standard (Deno, Bun and browsers agree): the text's UTF-8 bytes, percent-decoded, then
    // decoded as UTF-8: C3 then C2 A4 is U+FFFD then "¤". Node 20 falls back to another decoder.
    expect(decodeForm('b=%C3\u00a4&c=100%中', 'utf-8')).toEqual([['b', '\uFFFD¤'], ['c', '100%中']]);
    for (const body of ['b=%C3\u00a4', 'c=100%中', 'c=%zz\u00e4', 'c=ä%4']) {
      expect(thrownBy(() => decodeForm(body, 'utf-8', { fatal: true }))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    }
    // A stray "%" in a part of plain ASCII (and escapes) reads alike everywhere: read as the Standard reads it.
    for (const body of ['c=100%', 'c=%zz%E4%B8%AD', 'c=%4', 'c%=1&d=ä%25']) {
      expect(decodeForm(body, 'utf-8', { fatal: true })).toEqual([...new URLSearchParams(body)]);
    }
  });

  it('with fatal: the same values, or an AlipayError for what URLSearchParams would replace by U+FFFD', () => {
    expect(decodeForm('%EF%BB%BFa=%EF%BB%BFv&b=c+d', 'utf-8', { fatal: true })).toEqual([[`${BOM}a`, `${BOM}v`], ['b', 'c d']]);
    for (const body of ['a=%FF', 'a=%C3', 'a=x\uD800', 'a=\uDC00y', 'a=%ED%A0%80']) {
      expect(thrownBy(() => decodeForm(body, 'utf-8', { fatal: true }))).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID', path: 'text' });
    }
    // A surrogate pair is one character, not two lone halves.
    expect(decodeForm('a=\uD83D\uDE00', 'utf-8', { fatal: true })).toEqual([['a', '😀']]);
  });

  it('each refusal says what it is', async () => {
    await loadGbk();
    for (const [body, charset, why] of [
      ['a=%FF', 'utf-8', /not UTF-8/],
      ['a=\uD800', 'utf-8', /lone surrogate/],
      ['a=%中', 'utf-8', /starts no escape beside/],
      ['a=%A3%A0', 'GBK', /GBK encoder does not write/],
      ['a=中', 'GBK', /not percent-encoded/],
    ] as const) {
      expect(thrownBy(() => decodeForm(body, charset, { fatal: true }))).toMatchObject({ message: expect.stringMatching(why) });
    }
    expect(decodeForm('x=a+b&y=c', 'utf-8')).toEqual([['x', 'a b'], ['y', 'c']]);
  });

  it('GBK with fatal: exactly the bytes the GBK encoder writes, nothing else', async () => {
    await loadGbk();
    expect(decodeForm('s=%BB%E1%D4%B1+%BF%A8&e=%80&t=%A1%A1', 'GBK', { fatal: true })).toEqual([['s', '会员 卡'], ['e', '€'], ['t', '\u3000']]);
    for (const body of [
      's=%A3%A0', // decodes to U+3000 (or U+E5E5), which the encoder writes as A1A1
      's=%A2%E3', // € as a pair: the encoder writes 0x80
      's=%81%30%81%30', // a four-byte GB18030 sequence: not GBK
      's=%FF', // no character
      's=%BB', // half a pair
      's=%BB%7F', // not a trail byte
      's=%BB%20', // a space is no trail byte
      's=会员', // raw characters: a GBK body's bytes cannot hold them
    ]) {
      expect(thrownBy(() => decodeForm(body, 'GBK', { fatal: true }))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    }
    // Without fatal, the runtime's GBK decoder reads whatever it can.
    expect(decodeForm('s=%A3%A1', 'GBK')).toEqual([['s', '！']]);
  });

  it('argument checks: AlipayErrors, options read once', () => {
    expect(thrownBy(() => decodeForm(1 as never, 'utf-8'))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    expect(thrownBy(() => decodeForm('a=1', 'latin1' as never))).toMatchObject({ code: 'ERR_CONFIG' });
    expect(thrownBy(() => decodeForm('a=1', 'utf-8', { get fatal(): boolean { throw new Error('boom'); } }))).toBeInstanceOf(AlipayError);
    let reads = 0;
    const options = { get fatal() { reads++; return reads === 1; } };
    expect(thrownBy(() => decodeForm('a=%FF', 'utf-8', options))).toBeInstanceOf(AlipayError);
    expect(reads).toBe(1);
    // gbk and gb2312 name GBK.
    expect(decodeForm('s=%D6%D0', 'gbk' as never)).toEqual([['s', '中']]);
  });
});

describe('verifyNotify: one verdict for the three forms', async () => {
  const signed = await signedNotification(base);
  const body = new URLSearchParams(signed).toString();

  it('a byte-order mark put before any name or value changes the data, so it is false everywhere', async () => {
    expect(await verdicts(body)).toEqual([true, true, true]);
    for (const key of Object.keys(signed)) {
      const atName = body.replace(`${key}=`, `%EF%BB%BF${key}=`);
      const atValue = body.replace(`${key}=`, `${key}=%EF%BB%BF`);
      expect(await verdicts(atName)).toEqual([false, false, false]);
      expect(await verdicts(atValue)).toEqual([false, false, false]);
    }
  });

  it('a genuine value that starts with U+FEFF is true everywhere, and reads with its mark', async () => {
    const genuine = await signedNotification({ ...base, subject: `${BOM}会员卡`, body: `${BOM}` });
    const raw = new URLSearchParams(genuine).toString();
    expect(raw).toContain('subject=%EF%BB%BF');
    expect(await verdicts(raw)).toEqual([true, true, true]);
    expect(await verifyNotify(genuine, alipay.publicKey)).toBe(true);
    expect(new URLSearchParams(raw).get('subject')).toBe(`${BOM}会员卡`);
    // Stripped of its mark, it is another value.
    expect(await verdicts(raw.replace('subject=%EF%BB%BF', 'subject='))).toEqual([false, false, false]);
  });

  it('U+FFFD, from the signed text or from bytes that are not UTF-8, is false everywhere', async () => {
    const replaced = await signedNotification({ ...base, subject: 'a\uFFFDb' });
    const raw = new URLSearchParams(replaced).toString();
    expect(await verdicts(raw)).toEqual([false, false, false]);
    expect(await verdicts(raw.replace('a%EF%BF%BDb', 'a%FFb'))).toEqual([false, false, false]);
    expect(await verifyNotify(replaced, alipay.publicKey)).toBe(false);
    // In a name too.
    expect(await verdicts(`${body}&x%FF=1`)).toEqual([false, false, false]);
  });

  it('a parameter without a name is covered by no signature: false everywhere', async () => {
    for (const extra of ['=1', '=', '=%E4%B8%AD']) expect(await verdicts(`${body}&${extra}`)).toEqual([false, false, false]);
    // Empty parts and a name without a value are no data: the notification stays true.
    expect(await verdicts(`&&${body}&&`)).toEqual([true, true, true]);
    expect(await verdicts(`${body}&extra`)).toEqual([true, true, true]);
  });

  it('a lone surrogate in a raw body: false, as its URLSearchParams (U+FFFD) is', async () => {
    expect(await verdicts(`${body}&x=\uD800`)).toEqual([false, false, false]);
    expect(await verifyNotify({ ...signed, x: '\uD800' }, alipay.publicKey)).toBe(false);
  });

  it('the charset is found by its decoded name, as URLSearchParams finds it', async () => {
    await loadGbk();
    const key = await importPrivateKey(alipay.privateKey);
    const gbkParams = { ...base, charset: 'GBK' };
    const gbkSigned = { ...gbkParams, sign: await signContent(buildSignContent(gbkParams, { exclude: ['sign_type'] }), key, 'GBK') };
    const gbkBody = encodeForm(gbkSigned, 'GBK');
    expect(await verifyNotify(gbkBody, alipay.publicKey)).toBe(true);
    // The name percent-encoded: still the charset parameter, still GBK.
    expect(await verifyNotify(gbkBody.replace('charset=', 'ch%61rset='), alipay.publicKey)).toBe(true);
    // Another parameter whose name differs only in case is not the charset: it decides nothing.
    expect(await verifyNotify(`CHARSET=utf-8&${gbkBody}`, alipay.publicKey)).toBe(false); // (unsigned data)
    const utf8Body = body.replace('charset=utf-8', 'charset=utf-8&CHARSET=GBK');
    expect(await verifyNotify(utf8Body, alipay.publicKey)).toBe(false);
    // The same GBK bytes with a non-canonical pair in a value are not what was signed.
    const withSpace = { ...gbkParams, subject: '会员\u3000卡' };
    const spaceSigned = { ...withSpace, sign: await signContent(buildSignContent(withSpace, { exclude: ['sign_type'] }), key, 'GBK') };
    const spaceBody = encodeForm(spaceSigned, 'GBK');
    expect(spaceBody).toContain('%A1%A1');
    expect(await verifyNotify(spaceBody, alipay.publicKey)).toBe(true);
    expect(await verifyNotify(spaceBody.replace('%A1%A1', '%A3%A0'), alipay.publicKey)).toBe(false);
  });
});

describe('verifyNotify: the argument read once', async () => {
  const signed = await signedNotification(base);

  it('a record whose getter changes: the value read is the one verified', async () => {
    let reads = 0;
    const record = { ...signed };
    Object.defineProperty(record, 'total_amount', { enumerable: true, get: () => (reads++ === 0 ? signed.total_amount : '0.01') });
    expect(await verifyNotify(record, alipay.publicKey)).toBe(true);
    expect(reads).toBe(1);
    let forged = 0;
    const other = { ...signed };
    Object.defineProperty(other, 'total_amount', { enumerable: true, get: () => (forged++ === 0 ? '0.01' : signed.total_amount) });
    expect(await verifyNotify(other, alipay.publicKey)).toBe(false);
  });

  it('a record that cannot be read, a URLSearchParams look-alike: AlipayError, never a TypeError', async () => {
    const throwing = Object.defineProperty({}, 'a', { enumerable: true, get: () => { throw new TypeError('boom'); } });
    expect(await rejectionOf(() => verifyNotify(throwing, alipay.publicKey))).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID' });
    const proxy = new Proxy({}, { ownKeys: () => { throw new RangeError('no'); } });
    expect(await rejectionOf(() => verifyNotify(proxy, alipay.publicKey))).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID' });
    const lookAlike = Object.create(URLSearchParams.prototype) as URLSearchParams;
    expect(await rejectionOf(() => verifyNotify(lookAlike, alipay.publicKey))).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID' });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(await rejectionOf(() => verifyNotify(revoked.proxy, alipay.publicKey))).toMatchObject({ name: 'AlipayError' });
    expect(await rejectionOf(() => verifyNotify(signed, alipay.publicKey, { get rule(): 'v1' { throw new Error('x'); } }))).toMatchObject({ name: 'AlipayError' });
  });

  it('a URLSearchParams subclass is read by its real entries, not by an override', async () => {
    class Forged extends URLSearchParams {
      override entries(): URLSearchParamsIterator<[string, string]> {
        return new URLSearchParams({ ...signed, total_amount: '0.01' }).entries();
      }
    }
    expect(await verifyNotify(new Forged(signed), alipay.publicKey)).toBe(true);
    const forged = new Forged({ ...signed, total_amount: '0.01' });
    expect(await verifyNotify(forged, alipay.publicKey)).toBe(false);
  });

  it("the client's verifyNotify reads the notification once: the SN that picks the key is the one verified", async () => {
    const { client } = await mockSetup();
    let reads = 0;
    const record = { ...(await signedNotification(base, (await testKeys()).alipay.privateKey)) };
    Object.defineProperty(record, 'out_trade_no', { enumerable: true, get: () => (reads++, base.out_trade_no) });
    expect(await client.verifyNotify(record)).toBe(true);
    expect(reads).toBe(1);
    expect(await client.verifyNotify(`${new URLSearchParams(record)}&x%FF=1`)).toBe(false);
  });
});
