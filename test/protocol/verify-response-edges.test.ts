// verifySignedSpan at its edges: argument checks naming the argument, GBK answers verified over
// their GBK bytes (also on the `\/` retry), and the retry only ever returning text that verified.
import { describe, expect, it, vi } from 'vitest';
import { importPrivateKey, importPublicKey, signContent, verifySignedSpan } from '../../src/protocol.ts';
import { rejectionOf, testKeys } from '../support.ts';

const { alipay } = await testKeys();
const signer = await importPrivateKey(alipay.privateKey);
const verifier = await importPublicKey(alipay.publicKey);

describe('verifySignedSpan: arguments', () => {
  it('a span that is not an object is ERR_REQUEST_INVALID at path "span"', async () => {
    for (const span of [undefined, null, 'text', ['{}']]) {
      expect(await rejectionOf(() => verifySignedSpan(span as never, verifier))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'span', message: expect.stringMatching(/^span must be an object/) });
    }
  });

  it('a span whose content is not text is ERR_REQUEST_INVALID at path "span.content"', async () => {
    const sign = await signContent('{}', signer);
    for (const content of [undefined, 42, { code: '10000' }]) {
      expect(await rejectionOf(() => verifySignedSpan({ content, sign } as never, verifier))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'span.content', message: expect.stringMatching(/^span\.content must be a string/) });
    }
  });
});

describe('verifySignedSpan: charsets', () => {
  const content = '{"code":"10000","msg":"成功","url":"https:\\/\\/a.example\\/会员"}';

  it('a GBK answer verifies over its GBK bytes, not its UTF-8 bytes', async () => {
    const sign = await signContent(content, signer, 'GBK');
    expect(await verifySignedSpan({ content, sign }, verifier, 'GBK')).toBe(content);
    expect(await verifySignedSpan({ content, sign }, verifier, 'utf-8')).toBeUndefined();
    expect(await verifySignedSpan({ content, sign }, verifier)).toBeUndefined();
  });

  it('the \\/ retry of a GBK answer is verified in GBK too', async () => {
    const unescaped = content.replaceAll('\\/', '/');
    const sign = await signContent(unescaped, signer, 'GBK');
    expect(await verifySignedSpan({ content, sign }, verifier, 'GBK')).toBe(unescaped);
    expect(await verifySignedSpan({ content, sign }, verifier)).toBeUndefined();
  });

  it('a UTF-8 answer verifies by default and with utf-8 given', async () => {
    const sign = await signContent(content, signer);
    expect(await verifySignedSpan({ content, sign }, verifier)).toBe(content);
    expect(await verifySignedSpan({ content, sign }, verifier, 'utf-8')).toBe(content);
    expect(await verifySignedSpan({ content, sign }, verifier, 'GBK')).toBeUndefined();
  });
});

describe('verifySignedSpan: the \\/ retry', () => {
  it('replaces every \\/ and nothing else', async () => {
    const escaped = '{"a":"x\\/y\\/z","b":"\\\\n\\u002f"}';
    const expected = '{"a":"x/y/z","b":"\\\\n\\u002f"}';
    const sign = await signContent(expected, signer);
    expect(await verifySignedSpan({ content: escaped, sign }, verifier)).toBe(expected);
    // A signature over a partly unescaped text does not verify.
    const partly = await signContent('{"a":"x/y\\/z","b":"\\\\n\\u002f"}', signer);
    expect(await verifySignedSpan({ content: escaped, sign: partly }, verifier)).toBeUndefined();
  });

  it('is not tried without a \\/: a refused answer costs one verification', async () => {
    const sign = await signContent('{"a":"other"}', signer);
    const verify = vi.spyOn(crypto.subtle, 'verify');
    try {
      expect(await verifySignedSpan({ content: '{"a":"x/y"}', sign }, verifier)).toBeUndefined();
      expect(verify).toHaveBeenCalledTimes(1);
      verify.mockClear();
      expect(await verifySignedSpan({ content: '{"a":"x\\/y"}', sign }, verifier)).toBeUndefined();
      expect(verify).toHaveBeenCalledTimes(2);
    } finally {
      verify.mockRestore();
    }
  });
});
