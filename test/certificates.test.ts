// Certificate SNs (every vector of cert-sn.json), RFC 2253 names, and chain verification on the
// real certificates of the vectors.
import { describe, expect, it } from 'vitest';
import { AlipayError } from '../src/index.ts';
import { certSnFromPem, parseCertificate, readPemCertificates, rootCertSn, verifyCertificateChain } from '../src/crypto/x509.ts';
import { readShared, vectors } from './helpers.ts';

interface SnVector {
  id: string;
  file: string;
  kind: 'leaf' | 'root';
  expected_sn: string;
  issuer_rfc2253?: string;
  serial_decimal?: string;
}

const snVectors = vectors<SnVector>('cert-sn.json');

describe('cert-sn.json', () => {
  it('has the 10 vectors', () => expect(snVectors).toHaveLength(10));

  it.each(snVectors.map((v) => [v.id, v] as const))('%s', (_id, vector) => {
    const pem = readShared(`vectors/${vector.file}`);
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

describe('certificate chains (real Alipay certificates)', () => {
  const roots = readPemCertificates(readShared('vectors/certs/nodesdk-alipayRootCert.crt')).map((der) => parseCertificate(der));
  // A production Alipay certificate with its intermediate (valid 2019-08-30 to 2021-08-29).
  const [leaf, ...rest] = readPemCertificates(readShared('vectors/certs/gopay-d35eff4-alipayCertPublicKey_RSA2.crt')).map((der) => parseCertificate(der));

  it('the Alipay public certificate chains to the root bundle while valid', async () => {
    expect(rest).toHaveLength(1);
    expect(rest[0]!.isCa).toBe(true);
    await expect(verifyCertificateChain(leaf!, rest, roots, new Date('2020-06-01T00:00:00Z'))).resolves.toBeUndefined();
  });

  it('a leaf is not accepted as an issuer', async () => {
    const notCa = { ...rest[0]!, isCa: false };
    await expect(verifyCertificateChain(leaf!, [notCa], roots, new Date('2020-06-01T00:00:00Z'))).rejects.toThrow(/not a CA/);
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
