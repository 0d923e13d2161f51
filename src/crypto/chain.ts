// verifyCertificateChain, for callers of alipay-edge/cert: its arguments read once and checked,
// then the path validated (path.ts). A certificate is taken from its DER alone, parsed again
// here: its other fields are the caller's object's and may have been changed, or may change
// between two reads (a getter, a Proxy); the DER is copied once and everything comes from it.
import { AlipayError } from '../errors.ts';
import { readBytes, readTime } from '../intrinsics.ts';
import { MAX_CANDIDATES, verifyPath } from './path.ts';
import { type Certificate, certError, parseCertificate } from './x509.ts';

const NOT_CERTIFICATES = 'expected parsed certificates (parseCertificate) and arrays of them';

/** A certificate argument: its `der`, read once, parsed anew. */
function certificateOf(value: unknown, name: string): Certificate {
  let der: unknown;
  try {
    if (typeof value === 'object') der = (value as { der?: unknown }).der;
  } catch {
    // null, a getter or a Proxy trap that throws: no certificate
  }
  const bytes = readBytes(der);
  if (!bytes) throw certError(name, NOT_CERTIFICATES);
  return parseCertificate(bytes, name);
}

/** A list argument: its length and each element read once, at most MAX_CANDIDATES of them. */
function certificatesOf(value: unknown, name: string): Certificate[] {
  let items: unknown[];
  try {
    if (!Array.isArray(value)) throw certError(name, NOT_CERTIFICATES);
    // A Proxy may answer anything for its length: a whole number, or no list.
    const length = value.length as unknown as number;
    if (!Number.isInteger(length) || length < 0) throw certError(name, NOT_CERTIFICATES);
    if (length > MAX_CANDIDATES) throw certError(name, `a chain is built from ${MAX_CANDIDATES} intermediate and ${MAX_CANDIDATES} root certificates at most, got ${length}`);
    items = [];
    for (let i = 0; i < length; i++) items.push(value[i]);
  } catch (err) {
    if (err instanceof AlipayError) throw err;
    throw certError(name, NOT_CERTIFICATES); // a Proxy trap or a getter that throws
  }
  return items.map((item) => certificateOf(item, name));
}

/**
 * Verifies that `leaf` chains to one of the `roots` (RFC 5280 path validation, the parts that
 * apply to Alipay's chains): each certificate's issuer is found by its exact DER name (a root
 * first, then the `intermediates`), is a CA allowed to sign certificates (basicConstraints,
 * keyUsage, pathLenConstraint), and its key verifies the signature, RSA with SHA-256, SHA-384 or
 * SHA-512 (SHA-1 is refused below the root); every certificate is within its validity dates at
 * `now` and carries no critical extension other than basicConstraints and keyUsage. The roots'
 * own signatures are not checked: they are the trust anchors. Each certificate is taken from its
 * `der` alone. At most 32 intermediates and 32 roots, 8 certificates below the root and 16
 * signature checks.
 *
 * @throws AlipayError `ERR_CERT_INVALID` saying which check failed.
 * @example
 * ```ts
 * const [leaf, ...rest] = readPemCertificates(downloadedPem).map((der) => parseCertificate(der));
 * await verifyCertificateChain(leaf!, rest, roots);
 * ```
 */
export async function verifyCertificateChain(leaf: Certificate, intermediates: Certificate[], roots: Certificate[], now: Date = new Date(), name: string = 'certificate'): Promise<void> {
  // `name` is only ever passed to certError, which takes a name that is not a string as 'certificate'.
  const leafCert = certificateOf(leaf, name);
  const others = certificatesOf(intermediates, name);
  const anchors = certificatesOf(roots, name);
  const at = readTime(now);
  if (at === undefined) throw certError(name, 'the time to check at is not a valid Date');
  await verifyPath(leafCert, others, anchors, { now: at, name, deadline: Infinity });
}
