// Every vector of notify.json and aes.json.
import { describe, expect, it } from 'vitest';
import { AlipayError, importPublicKey, verifyNotify } from '../src/index.ts';
import { aesDecrypt, aesEncrypt, importAesKey } from '../src/tools.ts';
import { readShared, vectors } from './helpers.ts';

interface NotifyVector {
  id: string;
  params: Record<string, string>;
  raw_query?: string;
  rule: 'v1' | 'v2';
  sign_type: 'RSA' | 'RSA2';
  public_key_pem: string;
  alipay_cert_file?: string;
  expected: 'valid' | 'invalid';
}

interface AesVector {
  id: string;
  key_base64: string;
  ciphertext_base64: string;
  plaintext: string;
}

const notifyVectors = vectors<NotifyVector>('notify.json');
const aesVectors = vectors<AesVector>('aes.json');

describe('notify.json', () => {
  it('has 11 vectors, 4 valid', () => {
    expect(notifyVectors).toHaveLength(11);
    expect(notifyVectors.filter((v) => v.expected === 'valid')).toHaveLength(4);
  });

  it.each(notifyVectors.map((v) => [v.id, v.expected, v] as const))('%s is %s (record, URLSearchParams, raw form body)', async (_id, expected, vector) => {
    const valid = expected === 'valid';
    const options = { rule: vector.rule };
    expect(await verifyNotify(vector.params, vector.public_key_pem, options)).toBe(valid);
    expect(await verifyNotify(new URLSearchParams(vector.params), vector.public_key_pem, options)).toBe(valid);
    // The raw body a notify_url receives: form-encoded once.
    expect(await verifyNotify(new URLSearchParams(vector.params).toString(), vector.public_key_pem, options)).toBe(valid);
    // An imported key works the same.
    expect(await verifyNotify(vector.params, await importPublicKey(vector.public_key_pem, vector.sign_type), options)).toBe(valid);
    // Certificate mode: Alipay's public certificate instead of its key.
    if (vector.alipay_cert_file) expect(await verifyNotify(vector.params, readShared(`vectors/${vector.alipay_cert_file}`), options)).toBe(valid);
  });

  it('the return_url vector verifies from its raw query, decoded exactly once', async () => {
    const vector = notifyVectors.find((v) => v.raw_query)!;
    expect(await verifyNotify(vector.raw_query!, vector.public_key_pem)).toBe(true);
    expect(await verifyNotify(`?${vector.raw_query!}`, vector.public_key_pem)).toBe(true);
    // Decoding twice (what official Node SDK issues #45/#83 describe) turns %2B into a space: refused.
    const twice = Object.fromEntries(Object.entries(vector.params).map(([k, v]) => [k, decodeURIComponent(v.replace(/\+/g, ' '))]));
    expect(await verifyNotify(twice, vector.public_key_pem)).toBe(false);
  });

  it('refuses a notification without sign, with an unknown sign type, or a parameter twice', async () => {
    const vector = notifyVectors.find((v) => v.expected === 'valid' && v.rule === 'v1')!;
    const { sign: _sign, ...unsigned } = vector.params;
    expect(await verifyNotify(unsigned, vector.public_key_pem)).toBe(false);
    expect(await verifyNotify({ ...vector.params, sign_type: 'RSA3' }, vector.public_key_pem)).toBe(false);
    expect(await verifyNotify(`${new URLSearchParams(vector.params)}&total_amount=99`, vector.public_key_pem)).toBe(false);
  });

  it('a bad key is an error, not a silent false', async () => {
    const vector = notifyVectors[0]!;
    await expect(verifyNotify(vector.params, 'not a key')).rejects.toBeInstanceOf(AlipayError);
  });
});

describe('aes.json', () => {
  it('has the 3 vectors', () => expect(aesVectors).toHaveLength(3));

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
