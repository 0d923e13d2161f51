// Certificate chain verification at its edges, on certificates written here (an independent DER
// writer): each hash the chain accepts and the ones it refuses, both algorithm fields, the
// validity boundaries, the depth bound, issuers matched by exact name and by the key that signed,
// the issuer rules (cA, keyUsage keyCertSign, pathLenConstraint with self-issued certificates not
// counted), critical extensions, an EC root beside the RSA root of its name, the bounds on the work
// (signature checks counted with a spy on crypto.subtle.verify, candidates, the deadline on a fake
// clock), and the argument checks. Most certificates share one key, so only the names and the
// rules decide: a check that is skipped lets a chain through that must not pass.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AlipayError } from '../../src/index.ts';
import { verifyCertificateChain } from '../../src/crypto/chain.ts';
import { encodeElement, encodeOid } from '../../src/crypto/der.ts';
import { MAX_CANDIDATES, MAX_PATH_LENGTH, MAX_SIGNATURE_CHECKS, verifyPath } from '../../src/crypto/path.ts';
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
  /** An algorithm OID written instead of the hash's (outside the signed part, and inside unless `innerAlgorithm`). */
  algorithm?: string;
  /** The algorithm OID of tbsCertificate.signature, when it differs from the outer one. */
  innerAlgorithm?: string;
  /** The AlgorithmIdentifier's parameters, both fields: NULL by default; `null` leaves them out. */
  parameters?: Uint8Array | null;
  /** The inner AlgorithmIdentifier's parameters, when they differ. */
  innerParameters?: Uint8Array | null;
  ca?: boolean;
  /** Leaves basicConstraints out. */
  noBasicConstraints?: boolean;
  pathLen?: number;
  /** keyUsage with these bits set (0 digitalSignature … 5 keyCertSign …). */
  keyUsage?: number[];
  /** More extensions, DER. */
  extensions?: Uint8Array[];
  notBefore?: Date;
  notAfter?: Date;
  tamper?: boolean;
}

const TRUE = encodeElement(0x01, new Uint8Array([0xff]));
/** An Extension: its OID, the critical flag when set, the value wrapped in an OCTET STRING. */
const extension = (dotted: string, value: Uint8Array, critical = false) => encodeElement(0x30, encodeElement(0x06, encodeOid(dotted)), ...(critical ? [TRUE] : []), encodeElement(0x04, value));
function keyUsageValue(bits: number[]): Uint8Array {
  const count = Math.max(...bits) + 1;
  const bytes = new Uint8Array(Math.ceil(count / 8));
  for (const bit of bits) bytes[bit >> 3]! |= 0x80 >> (bit & 7);
  return encodeElement(0x03, new Uint8Array([bytes.length * 8 - count]), bytes);
}
const algorithmIdentifier = (dotted: string, parameters: Uint8Array | null) => encodeElement(0x30, encodeElement(0x06, encodeOid(dotted)), ...(parameters ? [parameters] : []));
const NULL = encodeElement(0x05);

let serial = 1;
async function cert(spec: Spec): Promise<Certificate> {
  const hash = spec.hash ?? 'SHA-256';
  const parameters = spec.parameters === undefined ? NULL : spec.parameters;
  const outer = algorithmIdentifier(spec.algorithm ?? RSA_OIDS[hash], parameters);
  const inner = algorithmIdentifier(spec.innerAlgorithm ?? spec.algorithm ?? RSA_OIDS[hash], spec.innerParameters === undefined ? parameters : spec.innerParameters);
  const constraints = [...(spec.ca ? [TRUE] : []), ...(spec.pathLen === undefined ? [] : [encodeElement(0x02, new Uint8Array([spec.pathLen]))])];
  const extensions = [
    ...(spec.noBasicConstraints ? [] : [extension('2.5.29.19', encodeElement(0x30, ...constraints), true)]),
    ...(spec.keyUsage ? [extension('2.5.29.15', keyUsageValue(spec.keyUsage), true)] : []),
    ...(spec.extensions ?? []),
  ];
  const tbs = encodeElement(
    0x30,
    encodeElement(0xa0, encodeElement(0x02, new Uint8Array([2]))),
    encodeElement(0x02, new Uint8Array([(serial >> 8) & 0x7f, serial++ & 0xff])),
    inner,
    name(spec.issuer),
    encodeElement(0x30, time(spec.notBefore ?? new Date(NOW.getTime() - DAY)), time(spec.notAfter ?? new Date(NOW.getTime() + DAY))),
    name(spec.subject),
    spec.spki ?? mainSpki,
    ...(extensions.length ? [encodeElement(0xa3, encodeElement(0x30, ...extensions))] : []),
  );
  const signer = spec.signer ?? main.privateKey;
  const signature = new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', await crypto.subtle.importKey('pkcs8', await crypto.subtle.exportKey('pkcs8', signer), { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['sign']), tbs as Uint8Array<ArrayBuffer>));
  if (spec.tamper) signature[10]! ^= 1;
  return parseCertificate(encodeElement(0x30, tbs, outer, encodeElement(0x03, new Uint8Array([0]), signature)));
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

  it.each(['SHA-256', 'SHA-384', 'SHA-512'] as Hash[])('a certificate signed with RSA and %s verifies', async (hash) => {
    await expect(verifyCertificateChain(await leafOf({ hash }), [intermediate], [root], NOW)).resolves.toBeUndefined();
    await expect(verifyCertificateChain(await cert({ subject: 'Leaf', issuer: 'Root', hash }), [], [root], NOW)).resolves.toBeUndefined();
    // Parameters NULL (above) or absent (RFC 4055 §5): both accepted.
    await expect(verifyCertificateChain(await cert({ subject: 'Leaf', issuer: 'Root', hash, parameters: null }), [], [root], NOW)).resolves.toBeUndefined();
  });

  it('SHA-1 is refused below the root, on the leaf and on an intermediate (a valid signature all the same)', async () => {
    const sha1 = 'certificate is not usable: "CN=Leaf" is signed with 1.2.840.113549.1.1.5, which is not accepted (only RSA with SHA-256, SHA-384 or SHA-512).';
    expect((await refusal(verifyCertificateChain(await leafOf({ hash: 'SHA-1' }), [intermediate], [root], NOW))).message).toBe(sha1);
    expect((await refusal(verifyCertificateChain(await cert({ subject: 'Leaf', issuer: 'Root', hash: 'SHA-1' }), [], [root], NOW))).message).toBe(sha1);
    const sha1Intermediate = await cert({ subject: 'Intermediate', issuer: 'Root', ca: true, hash: 'SHA-1' });
    expect((await refusal(verifyCertificateChain(await leafOf(), [sha1Intermediate], [root], NOW))).message).toBe(
      'certificate is not usable: "CN=Intermediate" is signed with 1.2.840.113549.1.1.5, which is not accepted (only RSA with SHA-256, SHA-384 or SHA-512).',
    );
  });

  it('a root signed with SHA-1 still anchors a chain: a trust anchor\'s own signature is not checked', async () => {
    const sha1Root = await cert({ subject: 'Root', issuer: 'Root', ca: true, hash: 'SHA-1', ...WIDE });
    await expect(verifyCertificateChain(await leafOf(), [intermediate], [sha1Root], NOW)).resolves.toBeUndefined();
    // Nor is its signature checked at all: a root whose own signature is broken anchors the same.
    const tamperedRoot = await cert({ subject: 'Root', issuer: 'Root', ca: true, tamper: true, ...WIDE });
    await expect(verifyCertificateChain(await leafOf(), [intermediate], [tamperedRoot], NOW)).resolves.toBeUndefined();
  });

  it('an algorithm outside RSA with SHA-256/384/512 is refused before any signature check (ECDSA, MD5 with RSA, RSA-PSS)', async () => {
    for (const algorithm of ['1.2.840.10045.4.3.2', '1.2.840.113549.1.1.4', '1.2.840.113549.1.1.10']) {
      const err = await refusal(verifyCertificateChain(await cert({ subject: 'Leaf', issuer: 'Root', algorithm }), [], [root], NOW, 'alipayPublicCert'));
      expect(err.message).toBe(`alipayPublicCert is not usable: "CN=Leaf" is signed with ${algorithm}, which is not accepted (only RSA with SHA-256, SHA-384 or SHA-512).`);
    }
  });

  it('parameters other than NULL or absent are not accepted', async () => {
    const err = await refusal(verifyCertificateChain(await cert({ subject: 'Leaf', issuer: 'Root', parameters: encodeElement(0x04, new Uint8Array([0])) }), [], [root], NOW));
    expect(err.message).toBe('certificate is not usable: "CN=Leaf" is signed with 1.2.840.113549.1.1.11, which is not accepted (only RSA with SHA-256, SHA-384 or SHA-512).');
  });

  it('the signed part and the outside naming different algorithms are refused, even when the outer one verifies', async () => {
    const differ = 'certificate is not usable: "CN=Leaf" names one signature algorithm in its signed part and another outside it.';
    // Signed with SHA-384 as the outside says; the signed part says SHA-256.
    expect((await refusal(verifyCertificateChain(await cert({ subject: 'Leaf', issuer: 'Root', hash: 'SHA-384', innerAlgorithm: RSA_OIDS['SHA-256'] }), [], [root], NOW))).message).toBe(differ);
    // The same OID, parameters NULL inside and absent outside: two encodings, two algorithms for RFC 5280.
    expect((await refusal(verifyCertificateChain(await cert({ subject: 'Leaf', issuer: 'Root', parameters: null, innerParameters: NULL }), [], [root], NOW))).message).toBe(differ);
    // On an intermediate too.
    const mixed = await cert({ subject: 'Intermediate', issuer: 'Root', ca: true, hash: 'SHA-512', innerAlgorithm: RSA_OIDS['SHA-384'] });
    expect((await refusal(verifyCertificateChain(await leafOf(), [mixed], [root], NOW))).message).toBe('certificate is not usable: "CN=Intermediate" names one signature algorithm in its signed part and another outside it.');
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

  it('a root and an intermediate of the issuer\'s name, neither of whose keys signed: "does not verify with any"', async () => {
    const cross = await cert({ subject: 'Root', issuer: 'Other Root', ca: true });
    const err = await refusal(verifyCertificateChain(await cert({ subject: 'Leaf', issuer: 'Root', signer: other.privateKey }), [cross], [root], NOW));
    expect(err.message).toBe('certificate is not usable: the signature of "CN=Leaf" does not verify with any "CN=Root".');
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
      { der: 'MIIB' },
      { der: new Uint16Array(leaf.der) },
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
    // A certificate is its DER: an object holding only the DER of one is that certificate.
    await expect(verifyCertificateChain({ der: leaf.der } as Certificate, [{ der: intermediate.der } as Certificate], [{ der: root.der } as Certificate], NOW)).resolves.toBeUndefined();
    expect((await refusal(verifyCertificateChain({ der: new Uint8Array([0x30, 0x00]) } as Certificate, [], [root], NOW))).message).toBe('certificate is not usable: it is not an X.509 certificate.');
  });
});

describe('issuer rules (RFC 5280 §6.1.4), the root included', () => {
  const KEY_CERT_SIGN = 5;
  const everyBitBut = (skip: number) => [0, 1, 2, 3, 4, 5, 6, 7, 8].filter((bit) => bit !== skip);

  it('keyUsage: an issuer with keyCertSign may sign, one with every other bit may not; without keyUsage, any use', async () => {
    const only = await cert({ subject: 'Intermediate', issuer: 'Root', ca: true, keyUsage: [KEY_CERT_SIGN] });
    await expect(verifyCertificateChain(await leafOf(), [only], [root], NOW)).resolves.toBeUndefined();
    const lacking = await cert({ subject: 'Intermediate', issuer: 'Root', ca: true, keyUsage: everyBitBut(KEY_CERT_SIGN) });
    expect((await refusal(verifyCertificateChain(await leafOf(), [lacking], [root], NOW))).message).toBe('certificate is not usable: "CN=Intermediate" may not sign certificates (its keyUsage lacks keyCertSign).');
    const rootLacking = await cert({ subject: 'Root', issuer: 'Root', ca: true, keyUsage: [0, 6], ...WIDE });
    expect((await refusal(verifyCertificateChain(await leafOf(), [intermediate], [rootLacking], NOW))).message).toBe('certificate is not usable: the root "CN=Root" may not sign certificates (its keyUsage lacks keyCertSign).');
    const rootSigning = await cert({ subject: 'Root', issuer: 'Root', ca: true, keyUsage: [KEY_CERT_SIGN, 6], ...WIDE });
    await expect(verifyCertificateChain(await leafOf(), [intermediate], [rootSigning], NOW)).resolves.toBeUndefined();
  });

  it('basicConstraints: a root that is not a CA, or says nothing, anchors nothing; nor issues an intermediate without it', async () => {
    for (const spec of [{ ca: false }, { noBasicConstraints: true }]) {
      const notCaRoot = await cert({ subject: 'Root', issuer: 'Root', ...spec, ...WIDE });
      expect((await refusal(verifyCertificateChain(await leafOf(), [intermediate], [notCaRoot], NOW))).message).toBe('certificate is not usable: the root "CN=Root" is not a CA certificate.');
      const silent = await cert({ subject: 'Intermediate', issuer: 'Root', ...spec });
      expect((await refusal(verifyCertificateChain(await leafOf(), [silent], [root], NOW))).message).toBe('certificate is not usable: "CN=Intermediate" is not a CA certificate.');
    }
  });

  it('pathLenConstraint: exactly as many CA certificates below as it allows verify; one more is refused', async () => {
    // An intermediate with pathLen 0 issues the leaf: no CA certificate below it.
    const zero = await cert({ subject: 'Intermediate', issuer: 'Root', ca: true, pathLen: 0 });
    await expect(verifyCertificateChain(await leafOf(), [zero], [root], NOW)).resolves.toBeUndefined();
    // A root with pathLen 1 above one intermediate; with pathLen 0 it is refused.
    const rootOf = (pathLen: number) => cert({ subject: 'Root', issuer: 'Root', ca: true, pathLen, ...WIDE });
    await expect(verifyCertificateChain(await leafOf(), [intermediate], [await rootOf(1)], NOW)).resolves.toBeUndefined();
    expect((await refusal(verifyCertificateChain(await leafOf(), [intermediate], [await rootOf(0)], NOW))).message).toBe(
      'certificate is not usable: the root "CN=Root" allows 0 CA certificate(s) below it (pathLenConstraint), and the chain has 1.',
    );
    // Two intermediates below an intermediate's pathLen 1: one more than allowed… and exactly enough at 2.
    const lower = await cert({ subject: 'Lower CA', issuer: 'Intermediate', ca: true });
    const leaf = await cert({ subject: 'Leaf', issuer: 'Lower CA' });
    const middleOf = async (pathLen: number) => [lower, await cert({ subject: 'Intermediate', issuer: 'Upper CA', ca: true }), await cert({ subject: 'Upper CA', issuer: 'Root', ca: true, pathLen })];
    await expect(verifyCertificateChain(leaf, await middleOf(2), [root], NOW)).resolves.toBeUndefined();
    expect((await refusal(verifyCertificateChain(leaf, await middleOf(1), [root], NOW))).message).toBe(
      'certificate is not usable: "CN=Upper CA" allows 1 CA certificate(s) below it (pathLenConstraint), and the chain has 2.',
    );
  });

  it('pathLenConstraint does not count self-issued certificates (a key rollover below an intermediate)', async () => {
    // "Intermediate" (pathLen 0, main key) → "Intermediate" again, self-issued (other key) → leaf signed by the other key.
    const upper = await cert({ subject: 'Intermediate', issuer: 'Root', ca: true, pathLen: 0 });
    const rollover = await cert({ subject: 'Intermediate', issuer: 'Intermediate', ca: true, spki: otherSpki });
    const leaf = await leafOf({ signer: other.privateKey });
    await expect(verifyCertificateChain(leaf, [upper, rollover], [root], NOW)).resolves.toBeUndefined();
    // A root of pathLen 0 above them: the non-self-issued "Intermediate" is one CA below it.
    const tight = await cert({ subject: 'Root', issuer: 'Root', ca: true, pathLen: 0, ...WIDE });
    expect((await refusal(verifyCertificateChain(leaf, [upper, rollover], [tight], NOW))).message).toMatch(/the root "CN=Root" allows 0 CA certificate\(s\) below it \(pathLenConstraint\), and the chain has 1\.$/);
  });

  it('a pathLenConstraint over 2^31 is no constraint; a negative one is not a certificate', async () => {
    const big = extension('2.5.29.19', encodeElement(0x30, TRUE, encodeElement(0x02, new Uint8Array([0x7f, 0xff, 0xff, 0xff, 0xff]))), true);
    const huge = await cert({ subject: 'Intermediate', issuer: 'Root', noBasicConstraints: true, extensions: [big] });
    expect(huge.pathLenConstraint).toBe(2 ** 31);
    await expect(verifyCertificateChain(await leafOf(), [huge], [root], NOW)).resolves.toBeUndefined();
    const negative = extension('2.5.29.19', encodeElement(0x30, TRUE, encodeElement(0x02, new Uint8Array([0xff]))), true);
    await expect(cert({ subject: 'Intermediate', issuer: 'Root', noBasicConstraints: true, extensions: [negative] })).rejects.toMatchObject({ code: 'ERR_CERT_INVALID' });
  });
});

describe('critical extensions: only basicConstraints and keyUsage are processed', () => {
  const unknown = (critical: boolean) => extension('1.2.3.4.5', encodeElement(0x05), critical);
  const extendedKeyUsage = extension('2.5.29.37', encodeElement(0x30, encodeElement(0x06, encodeOid('1.3.6.1.5.5.7.3.1'))), true);

  it('an unknown extension: accepted when not critical, refused when critical, on the leaf, an intermediate and the root', async () => {
    await expect(verifyCertificateChain(await leafOf({ extensions: [unknown(false)] }), [intermediate], [root], NOW)).resolves.toBeUndefined();
    expect((await refusal(verifyCertificateChain(await leafOf({ extensions: [unknown(true)] }), [intermediate], [root], NOW))).message).toBe(
      'certificate is not usable: "CN=Leaf" has a critical extension this library does not read (1.2.3.4.5).',
    );
    const criticalIntermediate = await cert({ subject: 'Intermediate', issuer: 'Root', ca: true, extensions: [unknown(true)] });
    expect((await refusal(verifyCertificateChain(await leafOf(), [criticalIntermediate], [root], NOW))).message).toBe(
      'certificate is not usable: "CN=Intermediate" has a critical extension this library does not read (1.2.3.4.5).',
    );
    const criticalRoot = await cert({ subject: 'Root', issuer: 'Root', ca: true, extensions: [unknown(true)], ...WIDE });
    expect((await refusal(verifyCertificateChain(await leafOf(), [intermediate], [criticalRoot], NOW))).message).toBe(
      'certificate is not usable: the root "CN=Root" has a critical extension this library does not read (1.2.3.4.5).',
    );
  });

  it('a critical extendedKeyUsage (not processed) is refused too; a critical basicConstraints and keyUsage are read', async () => {
    expect((await refusal(verifyCertificateChain(await leafOf({ extensions: [extendedKeyUsage] }), [intermediate], [root], NOW))).message).toMatch(/critical extension this library does not read \(2\.5\.29\.37\)/);
    const leaf = await leafOf({ keyUsage: [0, 1] });
    expect(leaf.criticalExtensions).toEqual(['2.5.29.19', '2.5.29.15']);
    await expect(verifyCertificateChain(leaf, [intermediate], [root], NOW)).resolves.toBeUndefined();
  });

  it('an extension given twice makes the certificate unreadable', async () => {
    await expect(leafOf({ extensions: [unknown(false), unknown(false)] })).rejects.toMatchObject({ code: 'ERR_CERT_INVALID', message: 'certificate is not usable: it is not an X.509 certificate.' });
  });
});

describe('roots of one name: the first that verifies anchors the chain', () => {
  it('an EC root listed before the RSA root of the same name does not make a valid chain fail (either order)', async () => {
    const ecRoot = await cert({ subject: 'Root', issuer: 'Root', spki: ecSpki, ca: true, ...WIDE });
    await expect(verifyCertificateChain(await leafOf(), [intermediate], [ecRoot, root], NOW)).resolves.toBeUndefined();
    await expect(verifyCertificateChain(await leafOf(), [intermediate], [root, ecRoot], NOW)).resolves.toBeUndefined();
    // An expired root of the name beside the valid one: the valid one anchors.
    const expired = await cert({ subject: 'Root', issuer: 'Root', ca: true, notAfter: new Date(NOW.getTime() - 1) });
    await expect(verifyCertificateChain(await leafOf(), [intermediate], [expired, root], NOW)).resolves.toBeUndefined();
  });
});

describe('bounds on the work, whatever the candidates', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });
  const verifications = () => vi.spyOn(crypto.subtle, 'verify');
  // Certificates named like the intermediate, with another key: each costs a signature check.
  const impostors = (count: number) => Promise.all(Array.from({ length: count }, () => cert({ subject: 'Intermediate', issuer: 'Root', ca: true, spki: otherSpki })));

  it('the first candidate that verifies is taken: one signature check per certificate, however many others share its name', async () => {
    const leaf = await leafOf();
    const others = await impostors(20);
    const spy = verifications();
    await expect(verifyCertificateChain(leaf, [intermediate, ...others], [root], NOW)).resolves.toBeUndefined();
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it(`at most MAX_SIGNATURE_CHECKS (${MAX_SIGNATURE_CHECKS}) signature checks: exactly that many verify, one more is refused unchecked`, async () => {
    const leaf = await leafOf();
    // n impostors before the intermediate: n + 1 checks for the leaf, 1 for the intermediate.
    const fits = await impostors(MAX_SIGNATURE_CHECKS - 2);
    let spy = verifications();
    await expect(verifyCertificateChain(leaf, [...fits, intermediate], [root], NOW)).resolves.toBeUndefined();
    expect(spy).toHaveBeenCalledTimes(MAX_SIGNATURE_CHECKS);
    spy.mockRestore();
    const over = [...fits, ...(await impostors(1)), intermediate];
    spy = verifications();
    expect((await refusal(verifyCertificateChain(leaf, over, [root], NOW))).message).toBe(
      `certificate is not usable: building its chain needs more than ${MAX_SIGNATURE_CHECKS} signature checks (too many candidate issuers named "CN=Root").`,
    );
    expect(spy).toHaveBeenCalledTimes(MAX_SIGNATURE_CHECKS);
  });

  it('self-issued CA copies all signed by one key (the forged download): bounded, and copies of a certificate in the path are not tried', async () => {
    const evilKey = other;
    const evil = await cert({ subject: 'Evil', issuer: 'Evil', ca: true, spki: otherSpki, signer: evilKey.privateKey });
    const leaf = await cert({ subject: 'Leaf', issuer: 'Evil', signer: evilKey.privateKey });
    const spy = verifications();
    const copies = Array.from({ length: MAX_CANDIDATES }, () => parseCertificate(evil.der));
    expect((await refusal(verifyCertificateChain(leaf, copies, [root], NOW))).message).toBe('certificate is not usable: "CN=Evil" does not chain to the configured root certificates (no issuer "CN=Evil").');
    expect(spy).toHaveBeenCalledTimes(1); // the leaf by the first copy; the copies are the same certificate
    spy.mockRestore();
    // Distinct self-issued CAs of one name and key: the path follows them until the bound.
    const distinct = await Promise.all(Array.from({ length: 20 }, () => cert({ subject: 'Evil', issuer: 'Evil', ca: true, spki: otherSpki, signer: evilKey.privateKey })));
    const counted = verifications();
    expect((await refusal(verifyCertificateChain(leaf, distinct, [root], NOW))).message).toBe('certificate is not usable: the certificate chain is too long.');
    expect(counted).toHaveBeenCalledTimes(MAX_PATH_LENGTH);
  });

  it(`at most MAX_CANDIDATES (${MAX_CANDIDATES}) intermediates and roots: exactly that many are read, one more is refused`, async () => {
    const leaf = await leafOf();
    const filler = await cert({ subject: 'Unrelated', issuer: 'Root', ca: true });
    const many = (count: number) => Array.from({ length: count }, () => filler);
    await expect(verifyCertificateChain(leaf, [...many(MAX_CANDIDATES - 1), intermediate], [root], NOW)).resolves.toBeUndefined();
    await expect(verifyCertificateChain(leaf, [intermediate], [...many(MAX_CANDIDATES - 1), root], NOW)).resolves.toBeUndefined();
    const bound = `certificate is not usable: a chain is built from ${MAX_CANDIDATES} intermediate and ${MAX_CANDIDATES} root certificates at most, got ${MAX_CANDIDATES + 1}.`;
    expect((await refusal(verifyCertificateChain(leaf, [...many(MAX_CANDIDATES), intermediate], [root], NOW))).message).toBe(bound);
    expect((await refusal(verifyCertificateChain(leaf, [intermediate], [...many(MAX_CANDIDATES), root], NOW))).message).toBe(bound);
    // verifyPath holds its own callers to the same bound.
    const inner = `certificate is not usable: a chain is built from ${MAX_CANDIDATES} intermediate and ${MAX_CANDIDATES} root certificates at most.`;
    const options = { now: NOW.getTime(), name: 'certificate', deadline: Infinity };
    await expect(verifyPath(leaf, [...many(MAX_CANDIDATES - 1), intermediate], [root], options)).resolves.toBeUndefined();
    await expect(verifyPath(leaf, [...many(MAX_CANDIDATES - 1), intermediate], [...many(MAX_CANDIDATES - 1), root], options)).resolves.toBeUndefined();
    await expect(verifyPath(leaf, [...many(MAX_CANDIDATES), intermediate], [root], options)).rejects.toMatchObject({ code: 'ERR_CERT_INVALID', message: inner });
    await expect(verifyPath(leaf, [intermediate], [...many(MAX_CANDIDATES), root], options)).rejects.toMatchObject({ code: 'ERR_CERT_INVALID', message: inner });
  });

  it('the deadline: checked before each signature check; at it or past it nothing more is verified (ERR_TIMEOUT)', async () => {
    const leaf = await leafOf();
    const T = Date.UTC(2030, 0, 1);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T);
    const options = (deadline: number) => ({ now: NOW.getTime(), name: 'the certificate', deadline });
    const timeout = { code: 'ERR_TIMEOUT', message: "The call's time ran out while the certificate was being checked: stopped before its next signature check." };
    let spy = verifications();
    await expect(verifyPath(leaf, [intermediate], [root], options(T + 1))).resolves.toBeUndefined();
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
    spy = verifications();
    await expect(verifyPath(leaf, [intermediate], [root], options(T))).rejects.toMatchObject(timeout);
    await expect(verifyPath(leaf, [intermediate], [root], options(T - 1))).rejects.toMatchObject(timeout);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    // The deadline passes during the first check: the second is not made.
    const verify = crypto.subtle.verify.bind(crypto.subtle);
    spy = vi.spyOn(crypto.subtle, 'verify').mockImplementation((...args) => {
      vi.setSystemTime(T + 1);
      return verify(...args);
    });
    await expect(verifyPath(leaf, [intermediate], [root], options(T + 1))).rejects.toMatchObject(timeout);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
