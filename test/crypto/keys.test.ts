// Keys in every form users paste them, and clear failures for keys that cannot work.
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeElement, encodeOid } from '../../src/crypto/der.ts';
import { AlipayError } from '../../src/index.ts';
import { importPrivateKey, importPublicKey, parsePrivateKey, parsePublicKey, signContent, verifyContent } from '../../src/protocol.ts';
import { modulusBits } from '../../src/crypto/keys.ts';
import { type RequestVector, bare, thrownBy, vectorText, vectors } from '../support.ts';

const valid = vectors<RequestVector>('request-signing.json').filter((v) => (v.expected ?? 'valid') === 'valid');
const vector = valid.find((v) => v.sign_type === 'RSA2' && v.private_key_format === 'pkcs8')!;
const pkcs1Vector = valid.find((v) => v.sign_type === 'RSA2' && v.private_key_format === 'pkcs1')!;

// Node's own exporter is the oracle for the other encodings of the same key.
const nodeKey = createPrivateKey(vector.private_key_pem);
const pkcs8Pem = nodeKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const pkcs1Pem = nodeKey.export({ type: 'pkcs1', format: 'pem' }) as string;

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

  it('signs the PKCS#1 vector byte-identically, also without its final newline', async () => {
    const pem = pkcs1Vector.private_key_pem.trimEnd();
    expect(pem.endsWith('\n')).toBe(false);
    const key = await importPrivateKey(pem, pkcs1Vector.sign_type);
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
    ['empty text', '', /it is empty \(ALIPAY_PRIVATE_KEY= in a \.env file, or a variable not set\?\)/],
    ['garbage', 'this is not a key', /not PEM or base64/],
    ['truncated DER', truncated, /DER structure/],
    ['a public key', vector.public_key_pem, /public key/],
    ['a number', 42, /expected a string/],
  ];
  it.each(privateCases)('private key: %s', (_name, text, reason) => {
    const error = thrownBy(() => parsePrivateKey(text as string));
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
    const error = thrownBy(() => parsePublicKey(text));
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
    expect(() => parsePublicKey(vectorText('certs/alipayCertPublicKey_RSA2.crt'))).toThrow(/certificate mode/);
  });
});

describe('key structures (crafted DER)', () => {
  const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
  const int = (...bytes: number[]) => encodeElement(0x02, new Uint8Array(bytes));
  const seq = (...parts: Uint8Array[]) => encodeElement(0x30, ...parts);
  const rsaAlg = seq(encodeElement(0x06, encodeOid('1.2.840.113549.1.1.1')), encodeElement(0x05));
  const octets = (...parts: Uint8Array[]) => encodeElement(0x04, ...parts);
  const failure = (fn: () => unknown) => thrownBy(fn) as AlipayError;

  it('one key has one modulus in every form, without the sign byte', () => {
    const forms = [parsePrivateKey(pkcs8Pem), parsePrivateKey(pkcs1Pem), parsePublicKey(vector.public_key_pem), parsePublicKey(createPublicKey(nodeKey).export({ type: 'pkcs1', format: 'pem' }) as string)];
    for (const form of forms) {
      expect(form.modulus).toEqual(forms[0]!.modulus);
      expect(form.modulus!.length).toBe(256);
      expect(modulusBits(form.modulus!)).toBe(2048);
    }
    expect(forms[0]!.modulus![0]! & 0x80).toBe(0x80);
    expect(modulusBits(new Uint8Array([1]))).toBe(1);
    expect(modulusBits(new Uint8Array([0x80, 0]))).toBe(16);
    expect(modulusBits(new Uint8Array([0x0f, 0, 0]))).toBe(20);
    expect(modulusBits(new Uint8Array())).toBe(0);
  });

  it.each<[string, Uint8Array, RegExp]>([
    ['an INTEGER', int(1), /privateKey is not usable: its DER structure is not a private key/],
    ['a SEQUENCE with one INTEGER', seq(int(0)), /its DER structure is not a private key/],
    ['an RSA public key', seq(int(0x7f), int(3)), /privateKey is not usable: it is an RSA public key, not a private key/],
    ['PKCS#8 without its key', seq(int(0), rsaAlg), /its DER structure is not a private key/],
    ['three INTEGERs', seq(int(0), int(1), int(2)), /its DER structure is not a private key/],
    ['SPKI-like with an extra element', seq(rsaAlg, encodeElement(0x03, new Uint8Array([0])), int(1)), /its DER structure is not a private key/],
  ])('private: %s', (_name, der, reason) => {
    const err = failure(() => parsePrivateKey(b64(der)));
    expect(err).toMatchObject({ code: 'ERR_KEY_INVALID' });
    expect(err.message).toMatch(reason);
  });

  it.each<[string, Uint8Array]>([
    ['an algorithm without an OID', seq(int(0), seq(encodeElement(0x05)), octets(seq(int(0))))],
    ['an empty algorithm', seq(int(0), seq(), octets(seq(int(0))))],
    ['an EC OID', seq(int(0), seq(encodeElement(0x06, encodeOid('1.2.840.10045.2.1'))), octets(seq(int(0))))],
  ])('private: PKCS#8 with %s is not RSA (ERR_CONFIG)', (_name, der) => {
    expect(failure(() => parsePrivateKey(b64(der)))).toMatchObject({ code: 'ERR_CONFIG', message: expect.stringMatching(/^privateKey is a PKCS#8 private key for another algorithm than RSA/) });
  });

  it.each<[string, unknown, RegExp]>([
    ['a number', 42, /alipayPublicKey is not usable: expected a string, got a number/],
    ['an INTEGER', b64(int(1)), /alipayPublicKey is not usable: its DER structure is not a public key/],
    ['a SEQUENCE of a BOOLEAN', b64(seq(encodeElement(0x01, new Uint8Array([0xff])))), /its DER structure is not a public key/],
    ['one INTEGER', b64(seq(int(1))), /it is a private key; use the public key here/],
    ['SPKI-like with an extra element', b64(seq(rsaAlg, encodeElement(0x03, new Uint8Array([0])), int(1))), /it is an X.509 certificate/],
  ])('public: %s', (_name, text, reason) => {
    const err = failure(() => parsePublicKey(text as string));
    expect(err).toMatchObject({ code: 'ERR_KEY_INVALID' });
    expect(err.message).toMatch(reason);
    expect(err.message).toMatch(/Expected an RSA public key as SPKI/);
  });

  it('public: SPKI whose algorithm is not RSA is ERR_CONFIG', () => {
    const spki = seq(seq(encodeElement(0x06, encodeOid('1.2.840.10045.2.1'))), encodeElement(0x03, new Uint8Array([0, 1])));
    expect(failure(() => parsePublicKey(b64(spki)))).toMatchObject({ code: 'ERR_CONFIG', message: expect.stringMatching(/^alipayPublicKey is a public key for another algorithm than RSA/) });
  });

  it('WebCrypto refusing the key numbers is ERR_KEY_INVALID, without key material', async () => {
    // Well-formed enough for our reader, refused by WebCrypto: an RSAPrivateKey with two numbers,
    // an RSAPublicKey with one.
    const bogusPkcs8 = seq(int(0), rsaAlg, octets(seq(int(0), int(5))));
    const privateErr = await importPrivateKey(b64(bogusPkcs8)).then(() => undefined, (e: AlipayError) => e);
    expect(privateErr).toMatchObject({ code: 'ERR_KEY_INVALID', message: expect.stringMatching(/^privateKey is not usable: WebCrypto refused the RSA key/) });
    const bogusSpki = seq(rsaAlg, encodeElement(0x03, new Uint8Array([0]), seq(int(5))));
    const publicErr = await importPublicKey(b64(bogusSpki)).then(() => undefined, (e: AlipayError) => e);
    expect(publicErr).toMatchObject({ code: 'ERR_KEY_INVALID', message: expect.stringMatching(/^alipayPublicKey is not usable: WebCrypto refused the RSA key/) });
  });

  it('imports are non-extractable, SHA-256 by default and SHA-1 for RSA', async () => {
    const publicKey = await importPublicKey(vector.public_key_pem);
    expect(publicKey.extractable).toBe(false);
    expect(publicKey.usages).toEqual(['verify']);
    expect((publicKey.algorithm as RsaHashedKeyAlgorithm).hash.name).toBe('SHA-256');
    expect(((await importPublicKey(vector.public_key_pem, 'RSA')).algorithm as RsaHashedKeyAlgorithm).hash.name).toBe('SHA-1');
    const privateKey = await importPrivateKey(pkcs8Pem);
    expect((privateKey.algorithm as RsaHashedKeyAlgorithm).hash.name).toBe('SHA-256');
    expect(privateKey.usages).toEqual(['sign']);
    expect(await signContent(vector.sign_content, privateKey)).toBe(vector.expected_sign);
  });

  it('signing with a public key, or verifying with a private one, is ERR_KEY_INVALID', async () => {
    const publicKey = await importPublicKey(vector.public_key_pem);
    const privateKey = await importPrivateKey(pkcs8Pem);
    await expect(signContent('a=1', publicKey)).rejects.toMatchObject({ code: 'ERR_KEY_INVALID', message: expect.stringMatching(/^Signing failed/) });
    await expect(verifyContent('a=1', vector.expected_sign, privateKey)).rejects.toMatchObject({ code: 'ERR_KEY_INVALID', message: expect.stringMatching(/^Verification failed/) });
  });

  it('verifyContent is false for an empty or non-string sign, and for text GBK cannot encode', async () => {
    const publicKey = await importPublicKey(vector.public_key_pem);
    expect(await verifyContent(vector.sign_content, '', publicKey)).toBe(false);
    expect(await verifyContent(vector.sign_content, 42 as never, publicKey)).toBe(false);
    expect(await verifyContent('😀', vector.expected_sign, publicKey, 'GBK')).toBe(false);
    const ascii = 'app_id=2014072300007148&method=alipay.marketing.card.query';
    const asciiSign = await signContent(ascii, await importPrivateKey(vector.private_key_pem));
    expect(await verifyContent(ascii, asciiSign, publicKey, 'GBK')).toBe(true); // ASCII: the same bytes
  });
});

describe('signing and verifying use RSASSA-PKCS1-v1_5 only, whatever key is given', () => {
  it('an HMAC or ECDSA key is refused (ERR_KEY_INVALID), never used to make or accept another kind of signature', async () => {
    const hmac = await crypto.subtle.importKey('raw', new Uint8Array(32), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    const ecdsa = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    // An HMAC "signature" over the content, made with the same key: with the key's own algorithm
    // it would verify; here it must not.
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', hmac, new TextEncoder().encode('a=1')));
    const macBase64 = btoa(String.fromCharCode(...mac));
    for (const key of [hmac, ecdsa.privateKey]) await expect(signContent('a=1', key)).rejects.toMatchObject({ code: 'ERR_KEY_INVALID' });
    for (const key of [hmac, ecdsa.publicKey]) await expect(verifyContent('a=1', macBase64, key)).rejects.toMatchObject({ code: 'ERR_KEY_INVALID' });
  });

  it('the hash is the key\'s own: a signature made with the RSA (SHA-1) key does not verify with the RSA2 (SHA-256) import of the same public key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const pub = publicKey.export({ type: 'spki', format: 'pem' }) as string;
    const sha1 = await signContent('a=1', await importPrivateKey(pem, 'RSA'));
    expect(await verifyContent('a=1', sha1, await importPublicKey(pub, 'RSA'))).toBe(true);
    expect(await verifyContent('a=1', sha1, await importPublicKey(pub, 'RSA2'))).toBe(false);
  });
});
