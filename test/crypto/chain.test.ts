// Certificate chain verification at its edges, on certificates written here: each hash the chain
// accepts, the validity boundaries, the depth bound, issuers matched by exact name and by the key
// that signed, what is not a CA, a root whose key is not RSA, and the argument checks. Most
// certificates share one key, so only the names and the rules decide: a check that is skipped
// lets a chain through that must not pass.
import { describe, expect, it } from 'vitest';
import { AlipayError } from '../../src/index.ts';
import { verifyCertificateChain } from '../../src/crypto/chain.ts';
import { encodeElement, encodeOid } from '../../src/crypto/der.ts';
import { type Certificate, parseCertificate } from '../../src/crypto/x509.ts';

const RSA_OIDS = { 'SHA-1': '1.2.840.113549.1.1.5', 'SHA-256': '1.2.840.113549.1.1.11', 'SHA-384': '1.2.840.113549.1.1.12', 'SHA-512': '1.2.840.113549.1.1.13' } as const;
type Hash = keyof typeof RSA_OIDS;
const DAY = 86_400_000;
const NOW = new Date('2026-06-01T00:00:00Z');
const utf8 = new TextEncoder();

const rsa = async () =>
  (await crypto.subtle.generateKey({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
const spkiOf = async (key: CryptoKey) => new Uint8Array(await crypto.subtle.exportKey('spki', key));
const [main, other] = await Promise.all([rsa(), rsa()]);
const mainSpki = await spkiOf(main.publicKey);
const otherSpki = await spkiOf(other.publicKey);
const ecSpki = await spkiOf(((await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign'])) as CryptoKeyPair).publicKey);

const name = (cn: string) => encodeElement(0x30, encodeElement(0x31, encodeElement(0x30, encodeElement(0x06, encodeOid('2.5.4.3')), encodeElement(0x0c, utf8.encode(cn)))));
const time = (date: Date) => encodeElement(0x18, utf8.encode(`${date.toISOString().slice(0, 19).replace(/[-:T]/g, '')}Z`));

interface Spec {
  subject: string;
  issuer: string;
  /** The subject's public key (SPKI). */
  spki?: Uint8Array;
  /** The key that signs it (the issuer's). */
  signer?: CryptoKey;
  hash?: Hash;
  /** An algorithm OID written instead of the hash's. */
  algorithm?: string;
  ca?: boolean;
  notBefore?: Date;
  notAfter?: Date;
  tamper?: boolean;
}

let serial = 1;
async function cert(spec: Spec): Promise<Certificate> {
  const hash = spec.hash ?? 'SHA-256';
  const algorithm = encodeElement(0x30, encodeElement(0x06, encodeOid(spec.algorithm ?? RSA_OIDS[hash])), encodeElement(0x05));
  const basicConstraints = encodeElement(
    0x30,
    encodeElement(0x06, encodeOid('2.5.29.19')),
    encodeElement(0x04, encodeElement(0x30, ...(spec.ca ? [encodeElement(0x01, new Uint8Array([0xff]))] : []))),
  );
  const tbs = encodeElement(
    0x30,
    encodeElement(0xa0, encodeElement(0x02, new Uint8Array([2]))),
    encodeElement(0x02, new Uint8Array([serial++])),
    algorithm,
    name(spec.issuer),
    encodeElement(0x30, time(spec.notBefore ?? new Date(NOW.getTime() - DAY)), time(spec.notAfter ?? new Date(NOW.getTime() + DAY))),
    name(spec.subject),
    spec.spki ?? mainSpki,
    encodeElement(0xa3, encodeElement(0x30, basicConstraints)),
  );
  const signer = spec.signer ?? main.privateKey;
  const signature = new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', await crypto.subtle.importKey('pkcs8', await crypto.subtle.exportKey('pkcs8', signer), { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['sign']), tbs as Uint8Array<ArrayBuffer>));
  if (spec.tamper) signature[10]! ^= 1;
  return parseCertificate(encodeElement(0x30, tbs, algorithm, encodeElement(0x03, new Uint8Array([0]), signature)));
}

const WIDE = { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2030-01-01T00:00:00Z') };
const root = await cert({ subject: 'Root', issuer: 'Root', ca: true, ...WIDE });
const intermediate = await cert({ subject: 'Intermediate', issuer: 'Root', ca: true, ...WIDE });
const leafOf = (spec: Partial<Spec> = {}) => cert({ subject: 'Leaf', issuer: 'Intermediate', ...spec });

async function refusal(promise: Promise<unknown>): Promise<AlipayError> {
  const err = await promise.then(
    () => {
      throw new Error('expected a refusal, but the chain verified');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AlipayError);
  expect((err as AlipayError).code).toBe('ERR_CERT_INVALID');
  return err as AlipayError;
}

describe('verifyCertificateChain', () => {
  it('leaf → intermediate → root verifies; the leaf signed by the root directly too', async () => {
    await expect(verifyCertificateChain(await leafOf(), [intermediate], [root], NOW)).resolves.toBeUndefined();
    await expect(verifyCertificateChain(await cert({ subject: 'Leaf', issuer: 'Root' }), [], [root], NOW)).resolves.toBeUndefined();
  });

  it.each(Object.keys(RSA_OIDS) as Hash[])('a certificate signed with RSA and %s verifies', async (hash) => {
    await expect(verifyCertificateChain(await leafOf({ hash }), [intermediate], [root], NOW)).resolves.toBeUndefined();
    await expect(verifyCertificateChain(await cert({ subject: 'Leaf', issuer: 'Root', hash }), [], [root], NOW)).resolves.toBeUndefined();
  });

  it('an algorithm outside RSA with SHA-1/256/384/512 does not verify (ECDSA, MD5 with RSA)', async () => {
    for (const algorithm of ['1.2.840.10045.4.3.2', '1.2.840.113549.1.1.4']) {
      const err = await refusal(verifyCertificateChain(await cert({ subject: 'Leaf', issuer: 'Root', algorithm }), [], [root], NOW, 'alipayPublicCert'));
      expect(err.message).toBe('alipayPublicCert is not usable: the signature of "CN=Leaf" does not verify with the root "CN=Root".');
    }
  });

  it('a tampered signature, and a signature by another key, do not verify with the root', async () => {
    for (const leaf of [await cert({ subject: 'Leaf', issuer: 'Root', tamper: true }), await cert({ subject: 'Leaf', issuer: 'Root', signer: other.privateKey })]) {
      const err = await refusal(verifyCertificateChain(leaf, [], [root], NOW));
      expect(err.message).toBe('certificate is not usable: the signature of "CN=Leaf" does not verify with the root "CN=Root".');
    }
  });

  it('a root whose key is not an RSA key verifies nothing (its import fails: false, not an exception)', async () => {
    const ecRoot = await cert({ subject: 'EC Root', issuer: 'EC Root', spki: ecSpki, ca: true });
    const err = await refusal(verifyCertificateChain(await cert({ subject: 'Leaf', issuer: 'EC Root' }), [], [ecRoot], NOW));
    expect(err.message).toMatch(/does not verify with the root "CN=EC Root"/);
  });

  it('validity: both ends are inside; one millisecond outside is refused, for the leaf, an intermediate and the root', async () => {
    const start = new Date('2026-05-01T00:00:00Z');
    const end = new Date('2026-07-01T00:00:00Z');
    const leaf = await leafOf({ notBefore: start, notAfter: end });
    await expect(verifyCertificateChain(leaf, [intermediate], [root], start)).resolves.toBeUndefined();
    await expect(verifyCertificateChain(leaf, [intermediate], [root], end)).resolves.toBeUndefined();
    for (const at of [new Date(start.getTime() - 1), new Date(end.getTime() + 1)]) {
      const err = await refusal(verifyCertificateChain(leaf, [intermediate], [root], at));
      expect(err.message).toBe(`certificate is not usable: "CN=Leaf" is outside its validity dates (${start.toISOString()} to ${end.toISOString()}).`);
    }
    const expiredIntermediate = await cert({ subject: 'Intermediate', issuer: 'Root', ca: true, notAfter: new Date(NOW.getTime() - 1) });
    expect((await refusal(verifyCertificateChain(await leafOf(), [expiredIntermediate], [root], NOW))).message).toMatch(/"CN=Intermediate" is outside its validity dates/);
    const expiredRoot = await cert({ subject: 'Root', issuer: 'Root', ca: true, notAfter: new Date(NOW.getTime() - 1) });
    expect((await refusal(verifyCertificateChain(await leafOf(), [intermediate], [expiredRoot], NOW))).message).toBe('certificate is not usable: the root "CN=Root" is outside its validity dates.');
  });

  it('eight certificates below the root verify; nine are too long', async () => {
    const chain = async (below: number) => {
      const intermediates: Certificate[] = [];
      for (let i = 1; i < below; i++) intermediates.push(await cert({ subject: `CA ${i}`, issuer: i === below - 1 ? 'Root' : `CA ${i + 1}`, ca: true }));
      return { leaf: await cert({ subject: 'Leaf', issuer: below > 1 ? 'CA 1' : 'Root' }), intermediates };
    };
    const eight = await chain(8);
    await expect(verifyCertificateChain(eight.leaf, eight.intermediates, [root], NOW)).resolves.toBeUndefined();
    const nine = await chain(9);
    expect((await refusal(verifyCertificateChain(nine.leaf, nine.intermediates, [root], NOW))).message).toBe('certificate is not usable: the certificate chain is too long.');
  });

  it('an issuer is matched by its exact name: a certificate of another name (same key) is not the issuer', async () => {
    const unrelated = await cert({ subject: 'Someone Else', issuer: 'Root', ca: true });
    const err = await refusal(verifyCertificateChain(await cert({ subject: 'Leaf', issuer: 'Missing CA' }), [unrelated], [root], NOW));
    expect(err.message).toBe('certificate is not usable: "CN=Leaf" does not chain to the configured root certificates (no issuer "CN=Missing CA").');
  });

  it('a self-issued certificate is not its own issuer', async () => {
    const self = await cert({ subject: 'Self', issuer: 'Self', ca: true });
    const err = await refusal(verifyCertificateChain(self, [self], [root], NOW));
    expect(err.message).toBe('certificate is not usable: "CN=Self" does not chain to the configured root certificates (no issuer "CN=Self").');
  });

  it('of several certificates with the issuer name, the one whose key signed is the issuer', async () => {
    const impostor = await cert({ subject: 'Intermediate', issuer: 'Root', ca: true, spki: otherSpki });
    await expect(verifyCertificateChain(await leafOf(), [impostor, intermediate], [root], NOW)).resolves.toBeUndefined();
    await expect(verifyCertificateChain(await leafOf(), [intermediate, impostor], [root], NOW)).resolves.toBeUndefined();
    const err = await refusal(verifyCertificateChain(await leafOf({ signer: other.privateKey, spki: mainSpki }), [intermediate], [root], NOW));
    expect(err.message).toBe('certificate is not usable: the signature of "CN=Leaf" does not verify with any "CN=Intermediate".');
  });

  it('an issuer that is not a CA is refused', async () => {
    const notCa = await cert({ subject: 'Intermediate', issuer: 'Root', ca: false });
    const err = await refusal(verifyCertificateChain(await leafOf(), [notCa], [root], NOW));
    expect(err.message).toBe('certificate is not usable: "CN=Intermediate" is not a CA certificate.');
  });

  it('refuses what is not parsed certificates, or not a valid Date, with ERR_CERT_INVALID', async () => {
    const leaf = await leafOf();
    const notCertificates = 'certificate is not usable: expected parsed certificates (parseCertificate) and arrays of them.';
    const lookAlikes: unknown[] = [
      null,
      undefined,
      'leaf',
      {},
      { der: leaf.der },
      { issuerDer: leaf.issuerDer },
      Object.assign(() => {}, { der: leaf.der, issuerDer: leaf.issuerDer }),
    ];
    for (const bad of lookAlikes) {
      expect((await refusal(verifyCertificateChain(bad as Certificate, [intermediate], [root], NOW))).message).toBe(notCertificates);
      expect((await refusal(verifyCertificateChain(leaf, [intermediate, bad as Certificate], [root], NOW))).message).toBe(notCertificates);
      expect((await refusal(verifyCertificateChain(leaf, [intermediate], [root, bad as Certificate], NOW))).message).toBe(notCertificates);
    }
    for (const notArray of [undefined, intermediate, 'x']) {
      expect((await refusal(verifyCertificateChain(leaf, notArray as unknown as Certificate[], [root], NOW))).message).toBe(notCertificates);
      expect((await refusal(verifyCertificateChain(leaf, [intermediate], notArray as unknown as Certificate[], NOW))).message).toBe(notCertificates);
    }
    for (const at of [new Date(Number.NaN), NOW.getTime(), '2026-06-01']) {
      expect((await refusal(verifyCertificateChain(leaf, [intermediate], [root], at as Date, 'alipayRootCert'))).message).toBe('alipayRootCert is not usable: the time to check at is not a valid Date.');
    }
  });
});
