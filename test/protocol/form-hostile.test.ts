// The form and request-encoding building blocks with hostile arguments: each argument is read once
// (a getter that changes its value between check and use cannot smuggle anything in), what cannot
// be read is an AlipayError, and what is encoded is what was checked. Issue 23, item 7.
import { describe, expect, it } from 'vitest';
import { AlipayError } from '../../src/index.ts';
import { buildRequestParams, decodeForm, encodeForm, encodeRequest, encoderFor, loadGbk, normaliseCharset } from '../../src/protocol.ts';
import { decodeGbk } from '../../src/encoding/gbk.ts';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

/** A record whose `key` reads `first` once, then `later`: counts its reads. */
function flipping(key: string, first: unknown, later: unknown, base: Record<string, unknown> = {}) {
  const state = { reads: 0 };
  const record = { ...base };
  Object.defineProperty(record, key, { enumerable: true, get: () => (state.reads++ === 0 ? first : later) });
  return { record, state };
}

const throwingGetter = () => Object.defineProperty({}, 'a', { enumerable: true, get: () => { throw new TypeError('boom'); } });
const throwingProxy = () => new Proxy({}, { ownKeys: () => { throw new RangeError('no'); } });

describe('encodeForm', () => {
  it('a getter that changes between check and use: read once, the string is what is encoded', () => {
    const { record, state } = flipping('subject', 'ok', { toString: () => 'smuggled' });
    expect(encodeForm(record as never, 'utf-8')).toBe('subject=ok');
    expect(state.reads).toBe(1);
    const other = flipping('subject', { toString: () => 'x' }, 'ok');
    expect(thrown(() => encodeForm(other.record as never, 'utf-8'))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'subject' });
  });

  it('GBK: read once too', async () => {
    await loadGbk();
    const { record, state } = flipping('subject', '会员', '😀');
    expect(encodeForm(record as never, 'GBK')).toBe('subject=%BB%E1%D4%B1');
    expect(state.reads).toBe(1);
  });

  it('what cannot be read, a lone surrogate, another charset: AlipayErrors', () => {
    expect(thrown(() => encodeForm(throwingGetter() as never, 'utf-8'))).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID' });
    expect(thrown(() => encodeForm(throwingProxy() as never, 'utf-8'))).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID' });
    expect(thrown(() => encodeForm({ a: 'x\ud800' }, 'utf-8'))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'a' });
    expect(thrown(() => encodeForm({ ['\udc00']: 'x' }, 'utf-8'))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    expect(thrown(() => encodeForm({ a: 'x' }, 'latin1' as never))).toMatchObject({ code: 'ERR_CONFIG' });
    expect(thrown(() => encodeForm(null as never, 'utf-8'))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    // A key named __proto__ (as JSON.parse makes one) is data like any other key.
    expect(encodeForm(JSON.parse('{"__proto__":"x","a":"b"}') as Record<string, string>, 'utf-8')).toBe('__proto__=x&a=b');
  });
});

describe('encoderFor and normaliseCharset', () => {
  it('a charset that is not one: ERR_CONFIG, never a silent UTF-8; a text that is not one: ERR_REQUEST_INVALID', async () => {
    await loadGbk();
    expect(thrown(() => encoderFor('latin1' as never))).toMatchObject({ code: 'ERR_CONFIG' });
    expect(thrown(() => encoderFor({} as never))).toMatchObject({ code: 'ERR_CONFIG' });
    expect(encoderFor('gbk' as never)('中')).toEqual(new Uint8Array([0xd6, 0xd0]));
    expect(thrown(() => encoderFor('utf-8')({ toString: () => 'x' } as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    expect(thrown(() => encoderFor('GBK')(7 as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID' });
    expect(thrown(() => encoderFor('GBK')('\ue5e5'))).toMatchObject({ code: 'ERR_REQUEST_INVALID', message: expect.stringMatching(/U\+E5E5.*&#58853;/) });
    expect(thrown(() => normaliseCharset(Symbol() as never))).toBeInstanceOf(AlipayError);
  });

  it('GBK read leniently (without fatal): the standard\'s index for pairs, U+FFFD for what is broken', async () => {
    await loadGbk();
    expect(decodeGbk(new Uint8Array([0xa3, 0xa0, 0xa2, 0xe3, 0x80, 0x41]))).toBe('\u3000€€A');
    expect(decodeGbk(new Uint8Array([0xa6, 0xd9]))).toBe('\ufe10'); // Node's own decoder says U+E78D
    expect(decodeGbk(new Uint8Array([0x81, 0x30, 0x81, 0x30, 0x42]))).toBe('\u0080B'); // four bytes: the runtime's decoder
    expect(decodeGbk(new Uint8Array([0xff, 0x81, 0x41, 0xbb, 0x20, 0xbb, 0xff, 0xbb]))).toBe('\ufffd\u4e04\ufffd \ufffd\ufffd');
    expect(decodeForm('s=%A3%A0', 'GBK')).toEqual([['s', '\u3000']]);
  });
});

describe('buildRequestParams', () => {
  const input = { appId: '2014072300007148', method: 'alipay.x.query', signType: 'RSA2' as const, now: new Date(Date.UTC(2024, 4, 13, 9, 49, 20)) };

  it('each field read once: the value checked is the value returned', () => {
    const { record, state } = flipping('appId', '2014072300007148', { evil: true }, { ...input });
    delete (record as Record<string, unknown>).appId;
    const reread = flipping('appId', '2014072300007148', { evil: true }, { method: input.method, signType: input.signType, now: input.now });
    expect(buildRequestParams(reread.record as never).app_id).toBe('2014072300007148');
    expect(reread.state.reads).toBe(1);
    expect(state.reads).toBe(0);
    const params = flipping('grant_type', 'authorization_code', 7);
    expect(buildRequestParams({ ...input, params: params.record as never }).grant_type).toBe('authorization_code');
    expect(params.state.reads).toBe(1);
    const lateParams = flipping('params', undefined, { x: 7 }, { ...input });
    expect(buildRequestParams(lateParams.record as never)).not.toHaveProperty('x');
    expect(lateParams.state.reads).toBe(1);
  });

  it('a parameter without a name, or named sign, is refused; __proto__ is kept as data', () => {
    expect(thrown(() => buildRequestParams({ ...input, params: { '': 'x' } }))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: '' });
    expect(thrown(() => buildRequestParams({ ...input, params: { sign: 'x' } }))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'sign' });
    expect(thrown(() => buildRequestParams({ ...input, params: { app_id: 'x' } }))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'app_id' });
    const built = buildRequestParams({ ...input, params: JSON.parse('{"__proto__":"x"}') as Record<string, string> });
    expect(Object.entries(built)).toContainEqual(['__proto__', 'x']);
    expect(Object.getPrototypeOf(built)).toBe(Object.prototype);
    // Inherited names are no parameters of the client's.
    expect(buildRequestParams({ ...input, params: { toString: 'x' } }).toString).toBe('x');
  });

  it('an input or params that cannot be read: AlipayError', () => {
    expect(thrown(() => buildRequestParams(throwingGetter() as never))).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID' });
    expect(thrown(() => buildRequestParams({ ...input, params: throwingProxy() as never }))).toMatchObject({ name: 'AlipayError', code: 'ERR_REQUEST_INVALID' });
  });
});

describe('encodeRequest', () => {
  const gateway = 'https://openapi.alipay.com/gateway.do';

  it('params read once: the charset header and the encoding come from the same read', () => {
    const { record, state } = flipping('charset', 'utf-8', 'GBK', { app_id: '1', biz_content: '{}' });
    const encoded = encodeRequest(gateway, record as never);
    expect(state.reads).toBe(1);
    expect(encoded.headers['content-type']).toBe('application/x-www-form-urlencoded;charset=utf-8');
    expect(encoded.url).toBe(`${gateway}?app_id=1&charset=utf-8`);
    expect(encoded.body).toBe('biz_content=%7B%7D');
  });

  it('a multipart file read once; what cannot be read is an AlipayError', () => {
    const blob = new Blob(['x']);
    const file = flipping('content', blob, 'not a blob', { field: 'image_content', name: 'a.png' });
    const encoded = encodeRequest(gateway, { app_id: '1', image_type: 'png' }, 'utf-8', { file: file.record as never });
    expect(file.state.reads).toBe(1);
    expect((encoded.body as FormData).get('image_content')).toBeInstanceOf(Blob);
    expect(thrown(() => encodeRequest(gateway, { a: 'b' }, 'utf-8', { file: throwingGetter() } as never))).toMatchObject({ name: 'AlipayError' });
    expect(thrown(() => encodeRequest(gateway, { a: 'b' }, 'utf-8', { file: { field: 'f', name: 'n', content: 'x' } } as never))).toMatchObject({ path: 'multipart.file.content' });
    expect(thrown(() => encodeRequest(gateway, throwingProxy() as never))).toMatchObject({ name: 'AlipayError' });
    expect(thrown(() => encodeRequest(gateway, { a: 7 } as never))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'a' });
    expect(thrown(() => encodeRequest(7 as never, { a: 'b' }))).toMatchObject({ code: 'ERR_CONFIG' });
    expect(thrown(() => encodeRequest(gateway, { a: 'b' }, 'latin1' as never))).toMatchObject({ code: 'ERR_CONFIG' });
  });
});
