// Every vector of notify.json, own and (when found) external: the three input forms of a
// notification give one verdict, raw bodies are decoded exactly once, and bad input is refused.
import { describe, expect, it } from 'vitest';
import { AlipayError, verifyNotify } from '../../src/index.ts';
import { importPublicKey } from '../../src/protocol.ts';
import { type NotifyVector, vectorSets, vectorText, vectors } from '../support.ts';

describe.each(vectorSets())('%s notify.json', (label, dir) => {
  const notifyVectors = vectors<NotifyVector>('notify.json', dir);
  it('has valid and invalid vectors', () => {
    if (label === 'external') expect(notifyVectors).toHaveLength(11);
    expect(notifyVectors.some((v) => v.expected === 'valid')).toBe(true);
    expect(notifyVectors.some((v) => v.expected === 'invalid')).toBe(true);
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
    if (vector.alipay_cert_file) expect(await verifyNotify(vector.params, vectorText(vector.alipay_cert_file, dir), options)).toBe(valid);
    // As received: the raw body or query, decoded exactly once.
    const raw = vector.raw_body ?? vector.raw_query;
    if (raw !== undefined) expect(await verifyNotify(raw, vector.public_key_pem, options)).toBe(valid);
  });

  it('a raw body or query verifies, decoded exactly once; decoding twice is refused', async () => {
    const vector = notifyVectors.find((v) => v.expected === 'valid' && v.rule === 'v1' && (v.raw_query ?? v.raw_body) !== undefined && /%2B|%25/i.test(v.raw_query ?? v.raw_body!))!;
    const raw = (vector.raw_query ?? vector.raw_body)!;
    expect(await verifyNotify(raw, vector.public_key_pem)).toBe(true);
    expect(await verifyNotify(`?${raw}`, vector.public_key_pem)).toBe(true);
    // Decoding twice (what official Node SDK issues #45/#83 describe) turns %2B into a space: refused.
    const decodeAgain = (v: string) => {
      try {
        return decodeURIComponent(v.replace(/\+/g, ' '));
      } catch {
        return v.replace(/\+/g, ' '); // a lone % cannot be decoded again; its + still becomes a space
      }
    };
    const twice = Object.fromEntries(Object.entries(vector.params).map(([k, v]) => [k, decodeAgain(v)]));
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
