// Verifying a certificate chain with WebCrypto: each certificate signed by its issuer (matched by
// its exact DER name), each within its validity dates, each issuer a CA, up to a configured root.
import { equalBytes } from '../encoding/bytes.ts';
import { type Certificate, certError } from './x509.ts';

const HASHES: Record<string, string> = {
  '1.2.840.113549.1.1.5': 'SHA-1',
  '1.2.840.113549.1.1.11': 'SHA-256',
  '1.2.840.113549.1.1.12': 'SHA-384',
  '1.2.840.113549.1.1.13': 'SHA-512',
};

async function signedBy(child: Certificate, issuer: Certificate): Promise<boolean> {
  const hash = HASHES[child.signatureAlgorithm];
  if (!hash) return false;
  try {
    const key = await crypto.subtle.importKey('spki', issuer.publicKey as Uint8Array<ArrayBuffer>, { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['verify']);
    return await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, child.signature as Uint8Array<ArrayBuffer>, child.tbs as Uint8Array<ArrayBuffer>);
  } catch {
    return false;
  }
}

/**
 * Verifies that `leaf` chains to one of the `roots`: each certificate's signature verifies with
 * its issuer's key (matched by exact DN), every certificate is within its validity dates at
 * `now`, and every issuer is a CA. `intermediates` may supply the certificates in between.
 *
 * @throws AlipayError `ERR_CERT_INVALID` saying which check failed.
 * @example
 * ```ts
 * const [leaf, ...rest] = readPemCertificates(downloadedPem).map((der) => parseCertificate(der));
 * await verifyCertificateChain(leaf!, rest, roots);
 * ```
 */
export async function verifyCertificateChain(leaf: Certificate, intermediates: Certificate[], roots: Certificate[], now: Date = new Date(), name: string = 'certificate'): Promise<void> {
  const isCertificate = (cert: unknown) => typeof cert === 'object' && cert !== null && (cert as Certificate).der instanceof Uint8Array && (cert as Certificate).issuerDer instanceof Uint8Array;
  if (!isCertificate(leaf) || !Array.isArray(intermediates) || !Array.isArray(roots) || ![...intermediates, ...roots].every(isCertificate)) {
    throw certError(name, 'expected parsed certificates (parseCertificate) and arrays of them');
  }
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw certError(name, 'the time to check at is not a valid Date');
  const within = (cert: Certificate) => cert.notBefore.getTime() <= now.getTime() && now.getTime() <= cert.notAfter.getTime();
  let current = leaf;
  for (let depth = 0; depth < 8; depth++) {
    if (!within(current)) throw certError(name, `"${current.subject}" is outside its validity dates (${current.notBefore.toISOString()} to ${current.notAfter.toISOString()})`);
    const anchor = roots.find((root) => equalBytes(root.subjectDer, current.issuerDer));
    if (anchor) {
      if (!(await signedBy(current, anchor))) throw certError(name, `the signature of "${current.subject}" does not verify with the root "${anchor.subject}"`);
      if (!within(anchor)) throw certError(name, `the root "${anchor.subject}" is outside its validity dates`);
      return;
    }
    // Several certificates may share the issuer's name: take the one whose key signed this one.
    const candidates = intermediates.filter((cert) => cert !== current && equalBytes(cert.subjectDer, current.issuerDer));
    if (candidates.length === 0) throw certError(name, `"${current.subject}" does not chain to the configured root certificates (no issuer "${current.issuer}")`);
    let issuer: Certificate | undefined;
    for (const candidate of candidates) if (await signedBy(current, candidate)) issuer = candidate;
    if (!issuer) throw certError(name, `the signature of "${current.subject}" does not verify with any "${current.issuer}"`);
    if (issuer.isCa !== true) throw certError(name, `"${issuer.subject}" is not a CA certificate`);
    current = issuer;
  }
  throw certError(name, 'the certificate chain is too long');
}
