// Key reading at its edges: structures that only look like a key format are refused (each
// format is recognised by its whole shape), the error says which argument and which formats,
// key objects and sign types given by plain-JavaScript callers, and WebCrypto's refusal kept as
// the cause.
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeElement, encodeOid } from '../../src/crypto/der.ts';
import { AlipayError } from '../../src/index.ts';
import { importPrivateKey, importPublicKey, parsePrivateKey, parsePublicKey } from '../../src/protocol.ts';
import { testKeys, thrownBy } from '../support.ts';

const { alipay } = await testKeys();
const nodeKey = createPrivateKey(alipay.privateKey);
const pkcs1Der = new Uint8Array(nodeKey.export({ type: 'pkcs1', format: 'der' }));
const pkcs1PublicDer = new Uint8Array(createPublicKey(nodeKey).export({ type: 'pkcs1', format: 'der' }));

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const int = (...bytes: number[]) => encodeElement(0x02, new Uint8Array(bytes));
const seq = (...parts: Uint8Array[]) => encodeElement(0x30, ...parts);
const set = (...parts: Uint8Array[]) => encodeElement(0x31, ...parts);
const octets = (...parts: Uint8Array[]) => encodeElement(0x04, ...parts);
const bits = (...parts: Uint8Array[]) => encodeElement(0x03, new Uint8Array([0]), ...parts);
const explicit0 = (...parts: Uint8Array[]) => encodeElement(0xa0, ...parts);
const rsaOid = encodeElement(0x06, encodeOid('1.2.840.113549.1.1.1'));
const rsaAlg = seq(rsaOid, encodeElement(0x05));
/** An INTEGER whose content bytes happen to be the rsaEncryption OID element. */
const intHoldingOid = encodeElement(0x02, rsaOid);

const PRIVATE_EXPECTED = /Expected an RSA private key as PKCS#8 \("BEGIN PRIVATE KEY"\) or PKCS#1/;
const PUBLIC_EXPECTED = /Expected an RSA public key as SPKI \("BEGIN PUBLIC KEY"\) or PKCS#1/;
const failure = (fn: () => unknown) => {
  const err = thrownBy(fn);
  expect(err).toBeInstanceOf(AlipayError);
  return err as AlipayError;
};

describe('what each format is recognised as', () => {
  it('PKCS#8 and PKCS#1 private keys are given to WebCrypto as PKCS#8; public keys as SPKI', () => {
    expect(parsePrivateKey(b64(seq(int(0), rsaAlg, octets(pkcs1Der))))).toMatchObject({ format: 'pkcs8', source: 'pkcs8' });
    expect(parsePrivateKey(b64(pkcs1Der))).toMatchObject({ format: 'pkcs8', source: 'pkcs1' });
    expect(parsePublicKey(b64(seq(rsaAlg, bits(pkcs1PublicDer))))).toMatchObject({ format: 'spki', source: 'spki' });
    expect(parsePublicKey(b64(pkcs1PublicDer))).toMatchObject({ format: 'spki', source: 'pkcs1-public' });
  });

  it('a PKCS#8 key whose inner key has no modulus is left to WebCrypto, which refuses it', async () => {
    const text = b64(seq(int(0), rsaAlg, octets(seq(int(0)))));
    const parsed = parsePrivateKey(text);
    expect(parsed).toMatchObject({ format: 'pkcs8', source: 'pkcs8' });
    expect(parsed.modulus).toBeUndefined();
    await expect(importPrivateKey(text)).rejects.toMatchObject({ code: 'ERR_KEY_INVALID', message: expect.stringMatching(/WebCrypto refused the RSA key/) });
  });
});

describe('structures that only look like a private key are refused', () => {
  it.each<[string, Uint8Array]>([
    ['PKCS#8 fields in a SET instead of a SEQUENCE', set(int(0), rsaAlg, octets(pkcs1Der))],
    ['PKCS#8 without an INTEGER version', seq(seq(), rsaAlg, octets(pkcs1Der))],
    ['PKCS#8 whose key is not in an OCTET STRING', seq(int(0), rsaAlg, explicit0(pkcs1Der))],
    ['an INTEGER where the AlgorithmIdentifier belongs', seq(int(0), intHoldingOid, octets(pkcs1Der))],
    ['nine fields whose second is not an INTEGER', seq(int(0), seq(), int(1), int(1), int(1), int(1), int(1), int(1), int(1))],
    ['an INTEGER and a BIT STRING', seq(int(0), bits(int(1)))],
    ['a SEQUENCE and an INTEGER', seq(rsaAlg, int(1))],
  ])('%s', (_name, der) => {
    const err = failure(() => parsePrivateKey(b64(der)));
    expect(err.code).toBe('ERR_KEY_INVALID');
    expect(err.message).toMatch(/^privateKey is not usable: its DER structure is not a private key\./);
    expect(err.message).toMatch(PRIVATE_EXPECTED);
  });

  it('public keys given as private keys are named as such, with the private formats expected', () => {
    const spki = failure(() => parsePrivateKey(b64(seq(rsaAlg, bits(pkcs1PublicDer)))));
    expect(spki.message).toMatch(/it is a public key \(SPKI\), not a private key/);
    expect(spki.message).toMatch(PRIVATE_EXPECTED);
    const pkcs1 = failure(() => parsePrivateKey(b64(pkcs1PublicDer)));
    expect(pkcs1.message).toMatch(/it is an RSA public key, not a private key/);
    expect(pkcs1.message).toMatch(PRIVATE_EXPECTED);
  });
});

describe('structures that only look like a public key are refused', () => {
  it.each<[string, Uint8Array, RegExp]>([
    ['SPKI fields in a SET instead of a SEQUENCE', set(rsaAlg, bits(pkcs1PublicDer)), /its DER structure is not a public key/],
    ['an INTEGER where the AlgorithmIdentifier belongs', seq(intHoldingOid, bits(pkcs1PublicDer)), /it is a private key; use the public key here/],
    ['SPKI whose key is in an OCTET STRING', seq(rsaAlg, octets(new Uint8Array([0]), pkcs1PublicDer)), /its DER structure is not a public key/],
    ['a SEQUENCE and an INTEGER', seq(seq(), int(1)), /its DER structure is not a public key/],
    ['an INTEGER and a SEQUENCE', seq(int(1), seq()), /it is a private key; use the public key here/],
    ['three INTEGERs', seq(int(1), int(2), int(3)), /it is a private key; use the public key here/],
    ['three elements, the first an OCTET STRING', seq(octets(), int(1), int(2)), /its DER structure is not a public key/],
  ])('%s', (_name, der, reason) => {
    const err = failure(() => parsePublicKey(b64(der)));
    expect(err.code).toBe('ERR_KEY_INVALID');
    expect(err.message).toMatch(new RegExp(`^alipayPublicKey is not usable: ${reason.source}`));
    expect(err.message).toMatch(PUBLIC_EXPECTED);
  });

  it('a certificate-shaped structure points to certificate mode, with the public formats expected', () => {
    const err = failure(() => parsePublicKey(b64(seq(seq(), rsaAlg, bits()))));
    expect(err.message).toMatch(/it is an X\.509 certificate; pass certificates with certificate mode/);
    expect(err.message).toMatch(PUBLIC_EXPECTED);
    const pem = failure(() => parsePublicKey('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----'));
    expect(pem.message).toMatch(/^alipayPublicKey is not usable: it is an X\.509 certificate/);
    expect(pem.message).toMatch(PUBLIC_EXPECTED);
  });

  it('every public-key refusal names the public formats', () => {
    for (const text of [42, '', '%%%', b64(int(1))]) expect(failure(() => parsePublicKey(text as string)).message).toMatch(PUBLIC_EXPECTED);
  });
});

describe('the argument named in errors', () => {
  it('is the name given, or the default when the name is not a string', async () => {
    expect(failure(() => parsePrivateKey('%%%', 'appPrivateKey')).message).toMatch(/^appPrivateKey is not usable/);
    expect(failure(() => parsePrivateKey('%%%', 42 as never)).message).toMatch(/^privateKey is not usable/);
    expect(failure(() => parsePublicKey('%%%', 'alipayKey')).message).toMatch(/^alipayKey is not usable/);
    expect(failure(() => parsePublicKey('%%%', 42 as never)).message).toMatch(/^alipayPublicKey is not usable/);
    await expect(importPrivateKey('%%%', 'RSA2', 'appPrivateKey')).rejects.toMatchObject({ message: expect.stringMatching(/^appPrivateKey is not usable/) });
    await expect(importPrivateKey('%%%', 'RSA2', 42 as never)).rejects.toMatchObject({ message: expect.stringMatching(/^privateKey is not usable/) });
    await expect(importPublicKey('%%%', 'RSA2', 'alipayKey')).rejects.toMatchObject({ message: expect.stringMatching(/^alipayKey is not usable/) });
    await expect(importPublicKey('%%%', 'RSA2', 42 as never)).rejects.toMatchObject({ message: expect.stringMatching(/^alipayPublicKey is not usable/) });
    // Also where the import itself names the key: a ParsedKey that is not one, a key WebCrypto refuses.
    await expect(importPrivateKey(undefined as never, 'RSA2', 42 as never)).rejects.toMatchObject({ message: expect.stringMatching(/^privateKey is not usable/) });
    await expect(importPublicKey(undefined as never, 'RSA2', 42 as never)).rejects.toMatchObject({ message: expect.stringMatching(/^alipayPublicKey is not usable/) });
    const bogusPkcs8 = b64(seq(int(0), rsaAlg, octets(seq(int(0), int(5)))));
    await expect(importPrivateKey(bogusPkcs8, 'RSA2', 42 as never)).rejects.toMatchObject({ message: expect.stringMatching(/^privateKey is not usable: WebCrypto refused/) });
    await expect(importPrivateKey(bogusPkcs8, 'RSA2', 'appPrivateKey')).rejects.toMatchObject({ message: expect.stringMatching(/^appPrivateKey is not usable: WebCrypto refused/) });
    const bogusSpki = b64(seq(rsaAlg, bits(seq(int(5)))));
    await expect(importPublicKey(bogusSpki, 'RSA2', 42 as never)).rejects.toMatchObject({ message: expect.stringMatching(/^alipayPublicKey is not usable: WebCrypto refused/) });
  });
});

describe('keys given as objects, and sign types, by plain-JavaScript callers', () => {
  it('a ParsedKey is imported as given', async () => {
    const key = await importPrivateKey(parsePrivateKey(alipay.privateKey));
    expect(key.type).toBe('private');
    expect((await importPublicKey(parsePublicKey(alipay.publicKey))).type).toBe('public');
  });

  it('anything else that is not text is ERR_KEY_INVALID with the right formats, never a TypeError', async () => {
    for (const key of [undefined, null, 42, {}, { der: 'AAAA' }]) {
      const kind = key === null ? 'null' : key === undefined ? 'undefined' : typeof key === 'number' ? 'a number' : 'an object';
      const privateErr = await importPrivateKey(key as never).catch((e: unknown) => e);
      expect(privateErr).toMatchObject({ code: 'ERR_KEY_INVALID', message: expect.stringMatching(`^privateKey is not usable: expected the key text \\(or a ParsedKey\\), got ${kind}\\.`) });
      expect((privateErr as AlipayError).message).toMatch(PRIVATE_EXPECTED);
      const publicErr = await importPublicKey(key as never).catch((e: unknown) => e);
      expect(publicErr).toMatchObject({ code: 'ERR_KEY_INVALID', message: expect.stringMatching(`^alipayPublicKey is not usable: expected the key text \\(or a ParsedKey\\), got ${kind}\\.`) });
      expect((publicErr as AlipayError).message).toMatch(PUBLIC_EXPECTED);
    }
  });

  it('a sign type other than RSA2 or RSA is ERR_CONFIG, saying what it got', async () => {
    await expect(importPrivateKey(alipay.privateKey, 'RSA3' as never)).rejects.toMatchObject({ code: 'ERR_CONFIG', message: `signType must be 'RSA2' or 'RSA', got "RSA3".` });
    await expect(importPublicKey(alipay.publicKey, 256 as never)).rejects.toMatchObject({ code: 'ERR_CONFIG', message: `signType must be 'RSA2' or 'RSA', got a number.` });
    await expect(importPublicKey(alipay.publicKey, 'rsa2' as never)).rejects.toMatchObject({ code: 'ERR_CONFIG', message: `signType must be 'RSA2' or 'RSA', got "rsa2".` });
  });
});

describe("WebCrypto's refusal", () => {
  it('is kept as the cause of ERR_KEY_INVALID', async () => {
    const bogusPkcs8 = b64(seq(int(0), rsaAlg, octets(seq(int(0), int(5)))));
    const bogusSpki = b64(seq(rsaAlg, bits(seq(int(5)))));
    for (const err of [await importPrivateKey(bogusPkcs8).catch((e: unknown) => e), await importPublicKey(bogusSpki).catch((e: unknown) => e)]) {
      expect(err).toMatchObject({ code: 'ERR_KEY_INVALID', message: expect.stringMatching(/WebCrypto refused/) });
      expect((err as AlipayError).cause).toBeInstanceOf(Error);
    }
  });
});
