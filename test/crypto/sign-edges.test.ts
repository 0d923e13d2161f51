// signContent / verifyContent at their edges: GBK loaded on demand (and only for GBK), the bytes a
// GBK signature covers, argument and key errors with their codes and causes, and lone surrogates
// refused also on runtimes without String.prototype.isWellFormed.
// The first tests rely on this file's own module graph (vitest isolates test files): nothing has
// loaded the GBK encoder before them.
import { createSign } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { AlipayError } from '../../src/index.ts';
import { encoderFor, importPrivateKey, importPublicKey, signContent, verifyContent } from '../../src/protocol.ts';
import { rejectionOf, testKeys } from '../support.ts';

const { alipay } = await testKeys();
const privateKey = await importPrivateKey(alipay.privateKey);
const publicKey = await importPublicKey(alipay.publicKey);
/** GBK bytes of '会员卡' (what the gateway signs for a GBK request). */
const GBK_TEXT = 'subject=会员卡';
const GBK_BYTES = new Uint8Array([...new TextEncoder().encode('subject='), 0xbb, 0xe1, 0xd4, 0xb1, 0xbf, 0xa8]);
/** A signature made outside the library over the GBK bytes. */
const gbkSignature = createSign('sha256').update(GBK_BYTES).sign(alipay.privateKey, 'base64');

const gbkLoaded = () => {
  try {
    encoderFor('GBK');
    return true;
  } catch (err) {
    expect(err).toMatchObject({ code: 'ERR_CONFIG' });
    return false;
  }
};

describe('GBK is loaded on demand, by GBK calls only', () => {
  it('signing and verifying UTF-8 do not load the GBK encoder', async () => {
    const sign = await signContent('a=1', privateKey);
    expect(await verifyContent('a=1', sign, publicKey)).toBe(true);
    expect(await verifyContent('a=1', sign, publicKey, 'utf-8')).toBe(true);
    expect(gbkLoaded()).toBe(false);
  });

  it('verifyContent with GBK loads the encoder itself and checks the GBK bytes', async () => {
    expect(gbkLoaded()).toBe(false);
    expect(await verifyContent(GBK_TEXT, gbkSignature, publicKey, 'GBK')).toBe(true);
    expect(gbkLoaded()).toBe(true);
    // The same signature is not one over the UTF-8 bytes.
    expect(await verifyContent(GBK_TEXT, gbkSignature, publicKey)).toBe(false);
  });

  it('signContent with GBK signs the GBK bytes', async () => {
    const sign = await signContent(GBK_TEXT, privateKey, 'GBK');
    expect(sign).toBe(gbkSignature); // PKCS#1 v1.5 is deterministic
    expect(await signContent(GBK_TEXT, privateKey)).not.toBe(gbkSignature);
  });
});

describe('signContent: refusals', () => {
  it('content that is not a string is ERR_REQUEST_INVALID naming content', async () => {
    expect(await rejectionOf(() => signContent(42 as never, privateKey))).toMatchObject({ code: 'ERR_REQUEST_INVALID', path: 'content', message: expect.stringMatching(/^content must be a string/) });
  });

  it('a key that cannot sign is ERR_KEY_INVALID, WebCrypto error kept as the cause', async () => {
    const err = await rejectionOf(() => signContent('a=1', publicKey));
    expect(err).toBeInstanceOf(AlipayError);
    expect(err).toMatchObject({ code: 'ERR_KEY_INVALID' });
    expect((err as AlipayError).cause).toBeInstanceOf(Error);
    const verifyErr = await rejectionOf(() => verifyContent('a=1', gbkSignature, privateKey));
    expect(verifyErr).toMatchObject({ code: 'ERR_KEY_INVALID' });
    expect((verifyErr as AlipayError).cause).toBeInstanceOf(Error);
  });
});

describe('verifyContent: refusals', () => {
  it('content that is not a string is false, even when its text form was signed', async () => {
    const sign = await signContent('42', privateKey);
    expect(await verifyContent('42', sign, publicKey)).toBe(true);
    expect(await verifyContent(42 as never, sign, publicKey)).toBe(false);
  });
});

describe('lone surrogates', () => {
  const texts = {
    pair: 'a=\uD83D\uDE00', // one emoji: well-formed
    loneHigh: 'a=x\uD800y',
    highAtEnd: 'a=x\uD800',
    loneLow: 'a=x\uDC00y',
    lowBeforeHigh: 'a=\uDC00\uD800',
  };

  const check = async () => {
    const pairSign = await signContent(texts.pair, privateKey);
    expect(await verifyContent(texts.pair, pairSign, publicKey)).toBe(true);
    expect(await verifyContent('a=x', await signContent('a=x', privateKey), publicKey)).toBe(true);
    for (const text of [texts.loneHigh, texts.highAtEnd, texts.loneLow, texts.lowBeforeHigh]) {
      expect(await rejectionOf(() => signContent(text, privateKey))).toMatchObject({ code: 'ERR_REQUEST_INVALID', message: expect.stringMatching(/lone UTF-16 surrogate/) });
      // A signature over what TextEncoder would make of it (U+FFFD) does not verify it.
      const replaced = text.replace(/[\uD800-\uDFFF]/g, '\uFFFD');
      const sign = await signContent(replaced, privateKey);
      expect(await verifyContent(replaced, sign, publicKey)).toBe(true);
      expect(await verifyContent(text, sign, publicKey)).toBe(false);
    }
  };

  it('are refused for signing and never verify', check);

  describe('on a runtime without String.prototype.isWellFormed', () => {
    const descriptor = Object.getOwnPropertyDescriptor(String.prototype, 'isWellFormed');
    afterEach(() => {
      if (descriptor) Object.defineProperty(String.prototype, 'isWellFormed', descriptor);
    });

    it('are refused the same', async () => {
      delete (String.prototype as { isWellFormed?: unknown }).isWellFormed;
      expect((texts.pair as { isWellFormed?: unknown }).isWellFormed).toBeUndefined();
      await check();
    });
  });
});
