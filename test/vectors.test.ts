// Every request-signing and response vector of ../shared/vectors, through the exported building
// blocks: sign content, signing, span extraction and verification.
import { describe, expect, it } from 'vitest';
import {
  buildSignContent,
  extractJsonSpan,
  importPrivateKey,
  importPublicKey,
  signContent,
  verifySignedSpan,
} from '../src/index.ts';
import { certificatePublicKey, readPemCertificates } from '../src/crypto/x509.ts';
import { type RequestVector, type ResponseVector, vectors } from './helpers.ts';

const requestVectors = vectors<RequestVector>('request-signing.json');
const responseVectors = vectors<ResponseVector>('responses.json');

describe('request-signing.json', () => {
  it('has the 4 vectors', () => expect(requestVectors).toHaveLength(4));

  it.each(requestVectors.map((vector) => [vector.id, vector] as const))('%s: sign content and signature are byte-identical', async (_id, vector) => {
    const content = buildSignContent(vector.params);
    expect(content).toBe(vector.sign_content);
    const key = await importPrivateKey(vector.private_key_pem, vector.sign_type);
    expect(await signContent(content, key)).toBe(vector.expected_sign);
  });
});

async function responseKey(vector: ResponseVector): Promise<CryptoKey> {
  if (vector.public_key_pem) return importPublicKey(vector.public_key_pem, vector.sign_type);
  // Certificate vectors: the verifying key is the first certificate's.
  const [leaf] = readPemCertificates(vector.alipay_cert_pem!);
  return importPublicKey({ format: 'spki', source: 'spki', der: certificatePublicKey(leaf!) }, vector.sign_type);
}

describe('responses.json', () => {
  it('has 29 vectors, 13 valid and 16 invalid', () => {
    expect(responseVectors).toHaveLength(29);
    expect(responseVectors.filter((v) => v.expected === 'valid')).toHaveLength(13);
  });

  it.each(responseVectors.map((vector) => [vector.id, vector.expected, vector] as const))('%s is %s', async (_id, expected, vector) => {
    const span = extractJsonSpan(vector.body, vector.method);
    expect(span.content).toBe(vector.expected_signed_content);
    expect(span.kind).toBe('object');
    const verified = await verifySignedSpan(span, await responseKey(vector));
    if (expected === 'valid') expect(verified).toBe(vector.expected_signed_content);
    else expect(verified).toBeUndefined();
  });
});
