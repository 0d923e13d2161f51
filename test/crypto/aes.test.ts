// Every vector of aes.json, own and (when found) external: AES decrypts and encrypts back; a wrong
// key, bad ciphertext and bad key material are refused.
import { describe, expect, it } from 'vitest';
import { aesDecrypt, aesEncrypt, importAesKey } from '../../src/tools.ts';
import { type AesVector, vectorSets, vectors } from '../support.ts';

describe.each(vectorSets())('%s aes.json', (label, dir) => {
  const aesVectors = vectors<AesVector>('aes.json', dir).filter((v) => (v.expected ?? 'valid') === 'valid');
  it('has vectors', () => expect(aesVectors.length).toBe(label === 'external' ? 3 : aesVectors.length || -1));

  it.each(aesVectors.map((v) => [v.id, v] as const))('%s decrypts, and encrypts back to the same ciphertext', async (_id, vector) => {
    const key = await importAesKey(vector.key_base64);
    expect(await aesDecrypt(vector.ciphertext_base64, key)).toBe(vector.plaintext);
    expect(await aesEncrypt(vector.plaintext, key)).toBe(vector.ciphertext_base64);
  });

  it('refuses a wrong key, bad ciphertext and bad key material', async () => {
    const vector = aesVectors[0]!;
    const wrong = await importAesKey('AAAAAAAAAAAAAAAAAAAAAA==');
    await expect(aesDecrypt(vector.ciphertext_base64, wrong)).rejects.toMatchObject({ code: 'ERR_DECRYPTION_FAILED' });
    await expect(aesDecrypt('not base64!', wrong)).rejects.toMatchObject({ code: 'ERR_DECRYPTION_FAILED' });
    await expect(importAesKey('c2hvcnQ=')).rejects.toMatchObject({ code: 'ERR_KEY_INVALID' });
  });
});
