// Base64 has one spelling: a signature whose padding bits are not zero is not the signature.
import { describe, expect, it } from 'vitest';
import { importPublicKey, verifyContent } from '../../src/protocol.ts';
import { alipaySign, testKeys } from '../support.ts';

describe('canonical base64', () => {
  it('base64 with non-zero padding bits is not the signature', async () => {
    const { alipay } = await testKeys();
    const sign = await alipaySign('a=1');
    const publicKey = await importPublicKey(alipay.publicKey);
    expect(sign.endsWith('==')).toBe(true); // RSA-2048: 256 bytes, two padding characters
    const last = sign.at(-3)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const other = alphabet[alphabet.indexOf(last) ^ 1]!; // same byte, a padding bit set
    expect(await verifyContent('a=1', sign, publicKey)).toBe(true);
    expect(await verifyContent('a=1', `${sign.slice(0, -3)}${other}==`, publicKey)).toBe(false);
  });
});
