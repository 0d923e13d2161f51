// Reading X.509 certificates on Web APIs: PEM bundles split into DER certificates, and the
// fields Alipay's protocol needs from them.
import { AlipayError } from '../errors.ts';
import { decodeBase64 } from '../encoding.ts';
import { DerError, TAG_SEQUENCE, readChildren, readRoot } from './der.ts';

/**
 * Splits a PEM text (one certificate or a bundle) into DER certificates, in file order.
 *
 * @throws AlipayError `ERR_KEY_INVALID` when there is no certificate or one is not base64.
 * @example
 * ```ts
 * const [leaf, issuer] = readPemCertificates(alipayPublicCertPem);
 * ```
 */
export function readPemCertificates(pem: string, name = 'certificate'): Uint8Array[] {
  const blocks = [...String(pem).matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)];
  if (blocks.length === 0) throw new AlipayError('ERR_KEY_INVALID', `${name} contains no PEM certificate ("BEGIN CERTIFICATE").`);
  return blocks.map((block) => {
    const der = decodeBase64(block[1]!.replace(/\s+/g, ''));
    if (!der) throw new AlipayError('ERR_KEY_INVALID', `${name} has a certificate that is not valid base64.`);
    return der;
  });
}

/**
 * The SubjectPublicKeyInfo (SPKI DER) of a DER certificate.
 *
 * @throws AlipayError `ERR_KEY_INVALID` when the DER is not a certificate.
 * @example
 * ```ts
 * const spki = certificatePublicKey(readPemCertificates(pem)[0]);
 * const key = await importPublicKey({ format: 'spki', source: 'spki', der: spki }, 'RSA2');
 * ```
 */
export function certificatePublicKey(der: Uint8Array, name = 'certificate'): Uint8Array {
  try {
    const certificate = readRoot(der);
    const [tbs] = readChildren(der, certificate);
    if (certificate.tag !== TAG_SEQUENCE || tbs?.tag !== TAG_SEQUENCE) throw new DerError('not a certificate');
    const fields = readChildren(der, tbs);
    // TBSCertificate: [0] version (optional), serial, signature, issuer, validity, subject, SPKI…
    const offset = fields[0]?.tag === 0xa0 ? 1 : 0;
    const spki = fields[offset + 5];
    if (!spki || spki.tag !== TAG_SEQUENCE) throw new DerError('no subjectPublicKeyInfo');
    return der.subarray(spki.start, spki.end);
  } catch (err) {
    if (err instanceof AlipayError) throw err;
    throw new AlipayError('ERR_KEY_INVALID', `${name} is not an X.509 certificate.`);
  }
}
