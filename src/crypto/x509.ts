// Reading X.509 certificates on Web APIs: PEM bundles, the fields Alipay's certificate mode and
// path validation need (issuer DN in RFC 2253 form, serial, validity, key, both signature
// algorithm fields, the extensions of x509-extensions.ts) and certificate serial numbers (SN).
// Chain verification is chain.ts.
import { md5 } from '@noble/hashes/legacy.js';
import { AlipayError } from '../errors.ts';
import { decodeBase64, utf8 } from '../encoding/base64.ts';
import { kind } from '../guard.ts';
import { readBytes } from '../intrinsics.ts';
import { type DerElement, DerError, TAG_BIT_STRING, TAG_INTEGER, TAG_OID, TAG_SEQUENCE, contentOf, decodeOid, readChildren, readRoot } from './der.ts';
import { type KeyUsage, readExtensions } from './x509-extensions.ts';

/**
 * The parts of a certificate this library uses.
 *
 * @example
 * ```ts
 * const cert: Certificate = parseCertificate(readPemCertificates(pem)[0]!);
 * cert.issuer; cert.serial; cert.notAfter;
 * ```
 */
export interface Certificate {
  /** The whole certificate, DER. */
  der: Uint8Array;
  /** The signed part (TBSCertificate), DER. */
  tbs: Uint8Array;
  /** The issuer's signature algorithm OID (`1.2.840.113549.1.1.11` is sha256WithRSAEncryption). */
  signatureAlgorithm: string;
  /** The outer signatureAlgorithm, DER (AlgorithmIdentifier: OID and parameters). */
  signatureAlgorithmDer: Uint8Array;
  /** The signature algorithm inside the signed part (tbsCertificate.signature), DER: RFC 5280 wants it equal to the outer one. */
  tbsSignatureAlgorithmDer: Uint8Array;
  /** The issuer's signature over `tbs`. */
  signature: Uint8Array;
  /** Serial number in decimal. */
  serial: string;
  /** Issuer and subject distinguished names in RFC 2253 form (`CN=…,OU=…,O=…,C=…`). */
  issuer: string;
  subject: string;
  /** Issuer and subject Names as DER, for matching a certificate to its issuer exactly. */
  issuerDer: Uint8Array;
  subjectDer: Uint8Array;
  notBefore: Date;
  notAfter: Date;
  /** SubjectPublicKeyInfo, DER. */
  publicKey: Uint8Array;
  /** Whether basicConstraints says this is a CA (`undefined` when the extension is absent). */
  isCa: boolean | undefined;
  /** basicConstraints' pathLenConstraint: how many CA certificates (not self-issued) may follow below. */
  pathLenConstraint: number | undefined;
  /** The keyUsage bits set (`undefined` when the extension is absent: any use). */
  keyUsage: KeyUsage[] | undefined;
  /** The OIDs of the extensions marked critical, in certificate order. */
  criticalExtensions: string[];
}

export function certError(name: unknown, reason: string): AlipayError {
  return new AlipayError('ERR_CERT_INVALID', `${typeof name === 'string' ? name : 'certificate'} is not usable: ${reason}.`);
}

const PEM_BEGIN = '-----BEGIN CERTIFICATE-----';
const PEM_END = '-----END CERTIFICATE-----';

/**
 * Splits a PEM text (one certificate or a bundle) into DER certificates, in file order.
 *
 * @throws AlipayError `ERR_CERT_INVALID` when there is no certificate or one is not base64.
 * @example
 * ```ts
 * const [leaf, issuer] = readPemCertificates(alipayPublicCertPem);
 * ```
 */
export function readPemCertificates(pem: string, name = 'certificate'): Uint8Array[] {
  if (typeof pem !== 'string') throw certError(name, `expected the PEM text, got ${kind(pem)}`);
  // One forward scan with indexOf: linear however many BEGIN lines lack their END (a lazy regex
  // retried from every BEGIN is quadratic on such input).
  const ders: Uint8Array[] = [];
  for (let at = pem.indexOf(PEM_BEGIN); at >= 0; ) {
    const end = pem.indexOf(PEM_END, at + PEM_BEGIN.length);
    if (end < 0) break;
    const der = decodeBase64(pem.slice(at + PEM_BEGIN.length, end).replace(/\\[rn]|\s+/g, ''));
    if (!der) throw certError(name, 'a certificate in it is not valid base64');
    ders.push(der);
    at = pem.indexOf(PEM_BEGIN, end + PEM_END.length);
  }
  if (ders.length === 0) throw certError(name, 'it contains no PEM certificate ("BEGIN CERTIFICATE")');
  return ders;
}

// Attribute types Java's X500Principal names in RFC 2253 output; others print as OID=#hex.
const ATTRIBUTE_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
};

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

function decodeString(tag: number, content: Uint8Array): string | undefined {
  switch (tag) {
    case 0x0c: // UTF8String
    case 0x13: // PrintableString
    case 0x16: // IA5String
    case 0x14: // TeletexString (in practice Latin-1 or UTF-8; Alipay's certificates use ASCII)
      return new TextDecoder(tag === 0x14 ? 'latin1' : 'utf-8').decode(content);
    case 0x1e: // BMPString: UTF-16BE
      return new TextDecoder('utf-16be').decode(content);
    default:
      return undefined;
  }
}

/** RFC 2253 §2.4 escaping of an attribute value. */
function escapeValue(value: string): string {
  let out = value.replace(/([,+"\\<>;])/g, '\\$1');
  if (out.startsWith('#') || out.startsWith(' ')) out = `\\${out}`;
  if (out.endsWith(' ') && !out.endsWith('\\ ')) out = `${out.slice(0, -1)}\\ `;
  return out;
}

/**
 * A DER Name in RFC 2253 form: RDNs in reverse order (`CN=…,OU=…,O=…,C=…`), as Java's
 * `X500Principal.getName()` writes it: the form Alipay hashes into certificate SNs.
 */
function rfc2253(der: Uint8Array, name: DerElement): string {
  const rdns = readChildren(der, name).map((set) =>
    readChildren(der, set)
      .map((attribute) => {
        const [type, value] = readChildren(der, attribute);
        if (type?.tag !== TAG_OID || !value) throw new DerError('bad attribute');
        const oid = decodeOid(contentOf(der, type));
        const text = decodeString(value.tag, contentOf(der, value));
        const key = ATTRIBUTE_NAMES[oid];
        return key && text !== undefined ? `${key}=${escapeValue(text)}` : `${oid}=#${hex(der.subarray(value.start, value.end))}`;
      })
      .join('+'),
  );
  return rdns.reverse().join(',');
}

/** A DER INTEGER (two's complement, big-endian) in decimal. */
function integerToDecimal(content: Uint8Array): string {
  let value = 0n;
  for (const byte of content) value = (value << 8n) | BigInt(byte);
  if (content.length > 0 && content[0]! & 0x80) value -= 1n << BigInt(content.length * 8);
  return value.toString(10);
}

function readTime(der: Uint8Array, element: DerElement): Date {
  const text = new TextDecoder().decode(contentOf(der, element));
  // UTCTime YYMMDDHHMMSSZ (years 50–99 are 19xx) or GeneralizedTime YYYYMMDDHHMMSSZ.
  const match = element.tag === 0x17 ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text) : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!match) throw new DerError('bad time');
  let year = Number(match[1]);
  if (element.tag === 0x17) year += year < 50 ? 2000 : 1900;
  return new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]), Number(match[6])));
}

/**
 * Parses a DER certificate.
 *
 * @throws AlipayError `ERR_CERT_INVALID` when the DER is not an X.509 certificate.
 * @example
 * ```ts
 * const cert = parseCertificate(readPemCertificates(pem)[0]!);
 * cert.issuer; // 'CN=Ant Financial Certification Authority Class 2 R1,OU=Certification Authority,O=Ant Financial,C=CN'
 * ```
 */
export function parseCertificate(bytes: Uint8Array, name = 'certificate'): Certificate {
  // A copy: the certificate's fields are views of bytes the caller can no longer change.
  const der = readBytes(bytes);
  if (!der) throw certError(name, `expected DER bytes (a Uint8Array), got ${kind(bytes)}`);
  try {
    const root = readRoot(der);
    const [tbs, algorithm, signature] = readChildren(der, root);
    if (root.tag !== TAG_SEQUENCE || tbs?.tag !== TAG_SEQUENCE || algorithm?.tag !== TAG_SEQUENCE || signature?.tag !== TAG_BIT_STRING) {
      throw new DerError('not a certificate');
    }
    const fields = readChildren(der, tbs);
    const offset = fields[0]?.tag === 0xa0 ? 1 : 0; // [0] version is optional (v1)
    const [serial, tbsAlgorithm, issuer, validity, subject, spki] = fields.slice(offset);
    if (serial?.tag !== TAG_INTEGER || tbsAlgorithm?.tag !== TAG_SEQUENCE || !issuer || !validity || !subject || spki?.tag !== TAG_SEQUENCE) throw new DerError('missing fields');
    const [notBefore, notAfter] = readChildren(der, validity);
    const [algorithmOid] = readChildren(der, algorithm);
    if (!notBefore || !notAfter || !algorithmOid) throw new DerError('missing validity');
    return {
      der,
      tbs: der.subarray(tbs.start, tbs.end),
      signatureAlgorithm: decodeOid(contentOf(der, algorithmOid)),
      signatureAlgorithmDer: der.subarray(algorithm.start, algorithm.end),
      tbsSignatureAlgorithmDer: der.subarray(tbsAlgorithm.start, tbsAlgorithm.end),
      signature: contentOf(der, signature).subarray(1), // skip the unused-bits byte
      serial: integerToDecimal(contentOf(der, serial)),
      issuer: rfc2253(der, issuer),
      subject: rfc2253(der, subject),
      issuerDer: der.subarray(issuer.start, issuer.end),
      subjectDer: der.subarray(subject.start, subject.end),
      notBefore: readTime(der, notBefore),
      notAfter: readTime(der, notAfter),
      publicKey: der.subarray(spki.start, spki.end),
      ...readExtensions(der, fields.find((field) => field.tag === 0xa3)),
    };
  } catch (err) {
    if (err instanceof AlipayError) throw err;
    throw certError(name, 'it is not an X.509 certificate');
  }
}

/**
 * The SubjectPublicKeyInfo (SPKI DER) of a DER certificate.
 *
 * @example
 * ```ts
 * const spki = certificatePublicKey(readPemCertificates(pem)[0]!);
 * ```
 */
export function certificatePublicKey(der: Uint8Array, name = 'certificate'): Uint8Array {
  return parseCertificate(der, name).publicKey;
}

/**
 * A certificate's SN as Alipay computes it: lowercase hex MD5 of the issuer DN in RFC 2253 form
 * followed by the serial number in decimal.
 *
 * @example
 * ```ts
 * certificateSn(parseCertificate(der)); // '866efef280dec9137a87d047ac446315'
 * ```
 */
export function certificateSn(cert: Pick<Certificate, 'issuer' | 'serial'>): string {
  // Each field read once (a getter or a Proxy answers once), checked, and only that used.
  let issuer: unknown;
  let serial: unknown;
  try {
    if (typeof cert === 'object') ({ issuer, serial } = cert);
  } catch {
    // null, a getter or a Proxy trap that throws: not a parsed certificate
  }
  if (typeof issuer !== 'string' || typeof serial !== 'string') throw certError('certificate', `expected a parsed certificate (parseCertificate), got ${kind(cert)}`);
  return hex(md5(utf8.encode(issuer + serial)));
}

/**
 * The SN of the first certificate of a PEM (the app certificate or Alipay's public certificate).
 *
 * @example
 * ```ts
 * const appCertSn = certSnFromPem(appCertPem);
 * ```
 */
export function certSnFromPem(pem: string, name = 'certificate'): string {
  return certificateSn(parseCertificate(readPemCertificates(pem, name)[0]!, name));
}

/** RSA signature algorithms: PKCS#1 family OIDs start with this. */
const RSA_FAMILY = '1.2.840.113549.1.1.';

/**
 * The root certificate SN: the SNs of the bundle's RSA-signed certificates, in file order,
 * joined by `_` (Alipay's bundle also holds SM2 and ECDSA roots, which are skipped).
 *
 * @example
 * ```ts
 * rootCertSn(alipayRootCertPem); // '687b59193f3f462dd5336e5abf83c5d8_02941eef3187dddf3d3b83462e1dfcf6'
 * ```
 */
export function rootCertSn(pem: string, name = 'alipayRootCert'): string {
  return readPemCertificates(pem, name)
    .map((der) => parseCertificate(der, name))
    .filter((cert) => cert.signatureAlgorithm.startsWith(RSA_FAMILY))
    .map(certificateSn)
    .join('_');
}
