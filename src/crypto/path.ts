// Certificate path validation with WebCrypto: RFC 5280 §6.1, the parts that apply to Alipay's
// chains. From the leaf up, a certificate's issuer is looked for by its exact DER name among the
// roots (the trust anchors) first, then the intermediates; the first candidate that passes the
// issuer rules and whose key verifies the signature is taken, and no other is tried. The work is
// bounded whatever the candidates: MAX_PATH_LENGTH certificates below the anchor, at most
// MAX_SIGNATURE_CHECKS signature verifications, and the deadline checked before each one.
//
// The rules, for every certificate of the path:
// - within its validity dates at the time given (the anchor too);
// - no critical extension other than basicConstraints and keyUsage, the two this library reads;
// - every issuer (the anchor too) is a CA (basicConstraints cA TRUE), may sign certificates when it
//   has a keyUsage (keyCertSign), and its pathLenConstraint allows the CA certificates below it
//   (self-issued ones are not counted);
// - every signature checked is RSA PKCS#1 v1.5 with SHA-256, SHA-384 or SHA-512, named the same
//   in the signed part (tbsCertificate.signature) and outside it (signatureAlgorithm), with NULL or
//   absent parameters. SHA-1 is refused on every certificate below the anchor. The anchor's own
//   signature is not checked (RFC 5280 §6.1.1: a trust anchor is a name and a key, configured by
//   the user), so a root signed with SHA-1 (Alipay's bundle holds one, iTrusChina's G3) still
//   anchors a chain: what it signs must be SHA-256 or better.
import { equalBytes } from '../encoding/bytes.ts';
import { AlipayError } from '../errors.ts';
import { encodeElement, encodeOid } from './der.ts';
import { type Certificate, certError } from './x509.ts';
import { BASIC_CONSTRAINTS, KEY_USAGE } from './x509-extensions.ts';

/** Certificates a path may hold below its anchor, the leaf included. */
export const MAX_PATH_LENGTH = 8;
/** Signature verifications one chain may cost, however many candidates share an issuer's name. */
export const MAX_SIGNATURE_CHECKS = 16;
/** Intermediates, and roots, a chain is built from (each list). */
export const MAX_CANDIDATES = 32;

/** How a path is checked: at `now` (ms), named `name` in messages, stopped at `deadline` (ms, `Date.now()`'s clock). */
export interface PathOptions {
  now: number;
  name: string;
  deadline: number;
}

const SHA2_WITH_RSA: Array<[string, string]> = [
  ['1.2.840.113549.1.1.11', 'SHA-256'],
  ['1.2.840.113549.1.1.12', 'SHA-384'],
  ['1.2.840.113549.1.1.13', 'SHA-512'],
];
// Each as an AlgorithmIdentifier, with NULL parameters and without (RFC 4055 §5 accepts both).
const ACCEPTED: Array<[Uint8Array, string]> = SHA2_WITH_RSA.flatMap(([oid, hash]) => {
  const id = encodeElement(0x06, encodeOid(oid));
  return [
    [encodeElement(0x30, id, encodeElement(0x05)), hash],
    [encodeElement(0x30, id), hash],
  ];
});

/** The hash of a certificate's signature, or why it is not checked. */
function signatureHash(cert: Certificate): string | { problem: string } {
  if (!equalBytes(cert.signatureAlgorithmDer, cert.tbsSignatureAlgorithmDer)) {
    return { problem: `"${cert.subject}" names one signature algorithm in its signed part and another outside it` };
  }
  const hash = ACCEPTED.find(([encoded]) => equalBytes(encoded, cert.signatureAlgorithmDer))?.[1];
  return hash ?? { problem: `"${cert.subject}" is signed with ${cert.signatureAlgorithm}, which is not accepted (only RSA with SHA-256, SHA-384 or SHA-512)` };
}

const within = (cert: Certificate, now: number) => cert.notBefore.getTime() <= now && now <= cert.notAfter.getTime();

/** A critical extension this library does not process, by OID. */
function unprocessedCritical(cert: Certificate): string | undefined {
  return cert.criticalExtensions.find((oid) => oid !== BASIC_CONSTRAINTS && oid !== KEY_USAGE);
}

/** Why `cert` cannot issue a certificate with `below` CA certificates (not self-issued) under it. */
function issuerProblem(cert: Certificate, anchor: boolean, below: number, now: number): string | undefined {
  const label = anchor ? `the root "${cert.subject}"` : `"${cert.subject}"`;
  if (!within(cert, now)) return anchor ? `${label} is outside its validity dates` : `${label} is outside its validity dates (${cert.notBefore.toISOString()} to ${cert.notAfter.toISOString()})`;
  if (cert.isCa !== true) return `${label} is not a CA certificate`;
  if (cert.keyUsage && !cert.keyUsage.includes('keyCertSign')) return `${label} may not sign certificates (its keyUsage lacks keyCertSign)`;
  if (cert.pathLenConstraint !== undefined && below > cert.pathLenConstraint) {
    return `${label} allows ${cert.pathLenConstraint} CA certificate(s) below it (pathLenConstraint), and the chain has ${below}`;
  }
  const critical = unprocessedCritical(cert);
  return critical === undefined ? undefined : `${label} has a critical extension this library does not read (${critical})`;
}

async function signedBy(child: Certificate, issuer: Certificate, hash: string): Promise<boolean> {
  try {
    // Stryker disable next-line BooleanLiteral: extractable or not, the key only verifies
    const key = await crypto.subtle.importKey('spki', issuer.publicKey as Uint8Array<ArrayBuffer>, { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['verify']);
    return await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, child.signature as Uint8Array<ArrayBuffer>, child.tbs as Uint8Array<ArrayBuffer>);
    // Stryker disable next-line BlockStatement: returning nothing is returning false to the caller's test
  } catch {
    return false; // a key that is not RSA (an EC or SM2 root) verifies nothing
  }
}

const selfIssued = (cert: Certificate) => equalBytes(cert.subjectDer, cert.issuerDer);

/**
 * Verifies that `leaf` chains to one of `roots` through `intermediates` under the rules above.
 * The certificates are this library's own parses (parseCertificate): their fields are trusted.
 *
 * @throws AlipayError `ERR_CERT_INVALID` saying which rule failed; `ERR_TIMEOUT` when the deadline
 * passes before the next signature check.
 */
export async function verifyPath(leaf: Certificate, intermediates: Certificate[], roots: Certificate[], { now, name, deadline }: PathOptions): Promise<void> {
  if (intermediates.length > MAX_CANDIDATES || roots.length > MAX_CANDIDATES) {
    throw certError(name, `a chain is built from ${MAX_CANDIDATES} intermediate and ${MAX_CANDIDATES} root certificates at most`);
  }
  if (!within(leaf, now)) throw certError(name, `"${leaf.subject}" is outside its validity dates (${leaf.notBefore.toISOString()} to ${leaf.notAfter.toISOString()})`);
  const critical = unprocessedCritical(leaf);
  if (critical !== undefined) throw certError(name, `"${leaf.subject}" has a critical extension this library does not read (${critical})`);
  const path = [leaf];
  let checks = 0;
  while (path.length <= MAX_PATH_LENGTH) {
    const current = path[path.length - 1]!;
    const hash = signatureHash(current);
    if (typeof hash !== 'string') throw certError(name, hash.problem);
    const below = path.slice(1).filter((cert) => !selfIssued(cert)).length;
    const named = (cert: Certificate) => equalBytes(cert.subjectDer, current.issuerDer);
    const anchors = roots.filter(named);
    // A certificate already in the path (or a copy of one) never issues again: no loops.
    const others = intermediates.filter((cert) => named(cert) && !path.some((used) => equalBytes(used.der, cert.der)));
    let problem: string | undefined;
    let issuer: { cert: Certificate; anchor: boolean } | undefined;
    for (const candidate of [...anchors.map((cert) => ({ cert, anchor: true })), ...others.map((cert) => ({ cert, anchor: false }))]) {
      const reason = issuerProblem(candidate.cert, candidate.anchor, below, now);
      if (reason !== undefined) {
        problem ??= reason;
        continue;
      }
      if (Date.now() >= deadline) throw new AlipayError('ERR_TIMEOUT', `The call's time ran out while ${name} was being checked: stopped before its next signature check.`);
      if (++checks > MAX_SIGNATURE_CHECKS) throw certError(name, `building its chain needs more than ${MAX_SIGNATURE_CHECKS} signature checks (too many candidate issuers named "${current.issuer}")`);
      if (await signedBy(current, candidate.cert, hash)) {
        issuer = candidate;
        break;
      }
    }
    if (!issuer) {
      if (problem !== undefined) throw certError(name, problem);
      if (anchors.length + others.length === 0) throw certError(name, `"${current.subject}" does not chain to the configured root certificates (no issuer "${current.issuer}")`);
      throw certError(name, others.length === 0 ? `the signature of "${current.subject}" does not verify with the root "${anchors[0]!.subject}"` : `the signature of "${current.subject}" does not verify with any "${current.issuer}"`);
    }
    if (issuer.anchor) return;
    path.push(issuer.cert);
  }
  throw certError(name, 'the certificate chain is too long');
}
