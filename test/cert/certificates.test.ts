// Certificate SNs (every valid vector of cert-sn.json, own and external), RFC 2253 names, and
// chain verification: on the own vectors' PKI always, on real Alipay certificates when found.
import { describe, expect, it } from 'vitest';
import { AlipayError } from '../../src/index.ts';
import { certSnFromPem, parseCertificate, readPemCertificates, rootCertSn, verifyCertificateChain } from '../../src/cert.ts';
import { type CertSnVector, externalVectors, vectorSets, vectorText, vectors } from '../support.ts';

const external = externalVectors();

describe.each(vectorSets())('%s cert-sn.json', (label, dir) => {
  const snVectors = vectors<CertSnVector>('cert-sn.json', dir).filter((v) => (v.expected ?? 'valid') === 'valid');
  if (label === 'external') it('has the 10 vectors', () => expect(snVectors).toHaveLength(10));

  it.each(snVectors.map((v) => [v.id, v] as const))('%s', (_id, vector) => {
    const pem = vectorText(vector.file, dir);
    if (vector.kind === 'root') {
      expect(rootCertSn(pem)).toBe(vector.expected_sn);
    } else {
      const cert = parseCertificate(readPemCertificates(pem)[0]!);
      expect(cert.issuer).toBe(vector.issuer_rfc2253);
      expect(cert.serial).toBe(vector.serial_decimal);
      expect(certSnFromPem(pem)).toBe(vector.expected_sn);
    }
  });
});

describe('certificate chains (own vectors: root bundle with an EC root, leaf + intermediate)', () => {
  const roots = readPemCertificates(vectorText('certs/alipayRootCert.crt')).map((der) => parseCertificate(der));
  const [leaf, ...rest] = readPemCertificates(vectorText('certs/alipayCertPublicKey_RSA2.crt')).map((der) => parseCertificate(der));

  it('the Alipay certificate chains to the bundle; not without its intermediate; a certificate is judged by its DER', async () => {
    expect(rest).toHaveLength(1);
    expect(rest[0]!.isCa).toBe(true);
    await expect(verifyCertificateChain(leaf!, rest, roots)).resolves.toBeUndefined();
    // The fields of a certificate object are not what is checked: its DER is parsed again.
    await expect(verifyCertificateChain(leaf!, [{ ...rest[0]!, isCa: false }], roots)).resolves.toBeUndefined();
    await expect(verifyCertificateChain(leaf!, [leaf!], roots)).rejects.toThrow(/does not chain/);
    await expect(verifyCertificateChain(leaf!, [], roots)).rejects.toThrow(/does not chain/);
    await expect(verifyCertificateChain(leaf!, rest, roots, new Date(leaf!.notAfter.getTime() + 1000))).rejects.toThrow(/validity/);
  });
});

describe.runIf(external)('certificate chains (real Alipay certificates)', () => {
  const real = (file: string) => readPemCertificates(vectorText(file, external)).map((der) => parseCertificate(der));
  const roots = external ? real('certs/nodesdk-alipayRootCert.crt') : [];
  // A production Alipay certificate with its intermediate (valid 2019-08-30 to 2021-08-29).
  const [leaf, ...rest] = external ? real('certs/gopay-d35eff4-alipayCertPublicKey_RSA2.crt') : [];

  it('the Alipay public certificate chains to the root bundle while valid', async () => {
    expect(rest).toHaveLength(1);
    expect(rest[0]!.isCa).toBe(true);
    await expect(verifyCertificateChain(leaf!, rest, roots, new Date('2020-06-01T00:00:00Z'))).resolves.toBeUndefined();
  });

  it('a certificate is judged by its DER, not by fields edited on its object; the leaf is no issuer of its own', async () => {
    const edited = { ...rest[0]!, isCa: false, notAfter: new Date(0) };
    await expect(verifyCertificateChain(leaf!, [edited], roots, new Date('2020-06-01T00:00:00Z'))).resolves.toBeUndefined();
    await expect(verifyCertificateChain(leaf!, [leaf!], roots, new Date('2020-06-01T00:00:00Z'))).rejects.toThrow(/does not chain/);
  });

  it('the real bundle with its EC, SM2 and SHA-1 roots in any order: the RSA root of the name anchors the chain', async () => {
    const during = new Date('2020-06-01T00:00:00Z');
    for (const order of [roots, [...roots].reverse()]) await expect(verifyCertificateChain(leaf!, rest, order, during)).resolves.toBeUndefined();
  });

  it('is refused outside its validity dates', async () => {
    const after = new Date(leaf!.notAfter.getTime() + 1000);
    await expect(verifyCertificateChain(leaf!, rest, roots, after)).rejects.toThrow(/validity/);
  });

  it('is refused without its intermediate, or against another root', async () => {
    const during = new Date(leaf!.notBefore.getTime() + 86_400_000);
    await expect(verifyCertificateChain(leaf!, [], roots, during)).rejects.toThrow(/does not chain/);
    const otherRoots = roots.filter((r) => r.subject.includes('iTrusChina'));
    await expect(verifyCertificateChain(leaf!, rest, otherRoots, during)).rejects.toBeInstanceOf(AlipayError);
  });

  it('garbage is ERR_CERT_INVALID', () => {
    expect(() => readPemCertificates('no certificate here')).toThrow(expect.objectContaining({ code: 'ERR_CERT_INVALID' }));
    expect(() => parseCertificate(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00]))).toThrow(expect.objectContaining({ code: 'ERR_CERT_INVALID' }));
  });
});
