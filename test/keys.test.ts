// Keys in every form users paste them, and clear failures for keys that cannot work.
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AlipayError, importPrivateKey, importPublicKey, parsePrivateKey, parsePublicKey, signContent, verifyContent } from '../src/index.ts';
import { type RequestVector, readShared, vectors } from './helpers.ts';

const vector = vectors<RequestVector>('request-signing.json').find((v) => v.id === 'java-rsacheck-rsa2-sha256')!;
const pkcs1Vector = vectors<RequestVector>('request-signing.json').find((v) => v.private_key_format === 'pkcs1')!;

// Node's own exporter is the oracle for the other encodings of the same key.
const nodeKey = createPrivateKey(vector.private_key_pem);
const pkcs8Pem = nodeKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const pkcs1Pem = nodeKey.export({ type: 'pkcs1', format: 'pem' }) as string;
const bare = (pem: string) => pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');

const forms: Record<string, string> = {
  'PKCS#8 PEM': pkcs8Pem,
  'PKCS#8 bare base64 on one line': bare(pkcs8Pem),
  'PKCS#1 PEM': pkcs1Pem,
  'PKCS#1 bare base64 on one line': bare(pkcs1Pem),
  'PKCS#8 PEM with \\r\\n line ends': pkcs8Pem.replace(/\n/g, '\r\n'),
  'PKCS#1 bare base64 on many lines': bare(pkcs1Pem).replace(/(.{76})/g, '$1\n'),
  'PKCS#8 PEM with literal \\n escapes (from a .env file)': pkcs8Pem.replace(/\n/g, '\\n'),
  'PKCS#1 PEM indented, with surrounding blanks': `\n   ${pkcs1Pem.replace(/\n/g, '\n   ')}\n`,
};

describe('private keys', () => {
  it.each(Object.entries(forms))('%s signs identically to the vector', async (_name, text) => {
    const key = await importPrivateKey(text, 'RSA2');
    expect(await signContent(vector.sign_content, key)).toBe(vector.expected_sign);
  });

  it('detects PKCS#1 and PKCS#8 from the DER, whatever the armour says', () => {
    expect(parsePrivateKey(pkcs1Pem).source).toBe('pkcs1');
    expect(parsePrivateKey(pkcs8Pem).source).toBe('pkcs8');
    // PKCS#1 content under a PKCS#8 label (a common copy-paste mistake) still works.
    const mislabelled = pkcs1Pem.replace(/RSA PRIVATE KEY/g, 'PRIVATE KEY');
    expect(parsePrivateKey(mislabelled).source).toBe('pkcs1');
  });

  it('signs the PKCS#1 vector (yansongda, no final newline) byte-identically', async () => {
    expect(pkcs1Vector.private_key_pem.endsWith('\n')).toBe(false);
    const key = await importPrivateKey(pkcs1Vector.private_key_pem, pkcs1Vector.sign_type);
    expect(await signContent(pkcs1Vector.sign_content, key)).toBe(pkcs1Vector.expected_sign);
  });

  it('imports non-extractable keys', async () => {
    const key = await importPrivateKey(pkcs8Pem, 'RSA2');
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', key)).rejects.toThrow();
  });
});

describe('public keys', () => {
  const spkiPem = vector.public_key_pem;
  const pkcs1PublicPem = createPublicKey(nodeKey).export({ type: 'pkcs1', format: 'pem' }) as string;

  it.each([
    ['SPKI PEM', spkiPem],
    ['SPKI bare base64', bare(spkiPem)],
    ['PKCS#1 RSA PUBLIC KEY PEM', pkcs1PublicPem],
  ])('%s verifies the vector signature', async (_name, text) => {
    const key = await importPublicKey(text, 'RSA2');
    expect(await verifyContent(vector.sign_content, vector.expected_sign, key)).toBe(true);
    expect(await verifyContent(`${vector.sign_content}x`, vector.expected_sign, key)).toBe(false);
  });
});

describe('bad keys fail with ERR_KEY_INVALID, naming the formats, never echoing the key', () => {
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ecPrivate = ec.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const ecPublic = ec.publicKey.export({ type: 'spki', format: 'pem' }) as string;
  const truncated = bare(pkcs8Pem).slice(0, 400);

  const privateCases: Array<[string, unknown, RegExp]> = [
    ['empty text', '', /not PEM or base64/],
    ['garbage', 'this is not a key', /not PEM or base64/],
    ['truncated DER', truncated, /DER structure/],
    ['a public key', vector.public_key_pem, /public key/],
    ['a number', 42, /expected a string/],
  ];
  it.each(privateCases)('private key: %s', (_name, text, reason) => {
    let error: unknown;
    try {
      parsePrivateKey(text as string);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AlipayError);
    const e = error as AlipayError;
    expect(e.code).toBe('ERR_KEY_INVALID');
    expect(e.message).toMatch(reason);
    expect(e.message).toMatch(/PKCS#8.*PKCS#1/);
    if (typeof text === 'string' && text.length > 20) expect(e.message).not.toContain(bare(text).slice(30, 50));
  });

  const publicCases: Array<[string, string, RegExp]> = [
    ['a private key', pkcs8Pem, /private key/],
    ['garbage', '%%%', /not PEM or base64/],
  ];
  it.each(publicCases)('public key: %s', (_name, text, reason) => {
    let error: unknown;
    try {
      parsePublicKey(text);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AlipayError);
    expect((error as AlipayError).code).toBe('ERR_KEY_INVALID');
    expect((error as AlipayError).message).toMatch(reason);
    expect((error as AlipayError).message).toMatch(/SPKI/);
    expect((error as AlipayError).message).not.toContain(bare(text).slice(30, 50) || '@@');
  });

  it('an EC key (private or public) is ERR_CONFIG: Alipay signs with RSA only', () => {
    expect(() => parsePrivateKey(ecPrivate)).toThrow(expect.objectContaining({ code: 'ERR_CONFIG', message: expect.stringMatching(/another algorithm than RSA.*keygen/) }));
    expect(() => parsePublicKey(ecPublic)).toThrow(expect.objectContaining({ code: 'ERR_CONFIG', message: expect.stringMatching(/another algorithm than RSA/) }));
  });

  it('a certificate given as a public key points to certificate mode', () => {
    expect(() => parsePublicKey(readShared('vectors/certs/nodesdk-alipayCertPublicKey_RSA2.crt'))).toThrow(/certificate mode/);
  });
});
