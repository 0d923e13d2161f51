// A test PKI for certificate mode: a root, an intermediate and leaf certificates, issued with
// WebCrypto, shaped like Alipay's (root bundle, Alipay certificate file = leaf + intermediate).
import { rootCertSn } from '../src/cert.ts';
// The DER writer is shared as source (it holds no state and throws no library error).
import { encodeElement, encodeOid } from '../src/crypto/der.ts';
import { importPrivateKey } from '../src/protocol.ts';
import { type PemKeyPair, generateKeyPair, toPem } from './keys.ts';
import { fieldsOf, mockError } from './checks.ts';

const SEQUENCE = 0x30;
const SET = 0x31;
const der = (tag: number, ...parts: Uint8Array[]) => encodeElement(tag, ...parts);
const oid = (dotted: string) => der(0x06, encodeOid(dotted));
const utf8String = (text: string) => der(0x0c, new TextEncoder().encode(text));
const printable = (text: string) => der(0x13, new TextEncoder().encode(text));
const RSA_SIGNATURES = { 'SHA-1': '1.2.840.113549.1.1.5', 'SHA-256': '1.2.840.113549.1.1.11', 'SHA-384': '1.2.840.113549.1.1.12', 'SHA-512': '1.2.840.113549.1.1.13' } as const;
const KEY_USAGES = ['digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement', 'keyCertSign', 'cRLSign', 'encipherOnly', 'decipherOnly'] as const;
const BOOLEAN_TRUE = der(0x01, new Uint8Array([0xff]));
const extension = (dotted: string, value: Uint8Array, critical: boolean) => der(SEQUENCE, oid(dotted), ...(critical ? [BOOLEAN_TRUE] : []), der(0x04, value));

/** keyUsage's BIT STRING for the uses named (RFC 5280 §4.2.1.3). */
function keyUsageBits(uses: ReadonlyArray<(typeof KEY_USAGES)[number]>): Uint8Array {
  const bits = uses.map((use) => KEY_USAGES.indexOf(use));
  const count = Math.max(0, ...bits.map((bit) => bit + 1));
  const bytes = new Uint8Array(Math.ceil(count / 8));
  for (const bit of bits) bytes[bit >> 3]! |= 0x80 >> (bit & 7);
  return der(0x03, new Uint8Array([bytes.length * 8 - count]), bytes);
}

/**
 * A distinguished name, in Alipay's order C, O, OU, CN.
 *
 * @example
 * ```ts
 * const name: DistinguishedName = { C: 'CN', O: 'Ant Financial test', CN: 'Test Root' };
 * ```
 */
export interface DistinguishedName {
  C?: string;
  O?: string;
  OU?: string;
  CN: string;
}

function encodeName(name: DistinguishedName): Uint8Array {
  const attributes: Array<[string, Uint8Array]> = [];
  if (name.C) attributes.push(['2.5.4.6', printable(name.C)]);
  if (name.O) attributes.push(['2.5.4.10', utf8String(name.O)]);
  if (name.OU) attributes.push(['2.5.4.11', utf8String(name.OU)]);
  attributes.push(['2.5.4.3', utf8String(name.CN)]);
  return der(SEQUENCE, ...attributes.map(([type, value]) => der(SET, der(SEQUENCE, oid(type), value))));
}

/** A name's four attributes, read once and checked. */
function nameOf(value: unknown, what: string): DistinguishedName {
  const name = fieldsOf(value as DistinguishedName, ['C', 'O', 'OU', 'CN'], what, true);
  for (const [key, text] of Object.entries(name)) if (typeof text !== 'string') throw mockError(`${what}.${key} must be a string.`);
  if (!name.CN) throw mockError(`${what}.CN is required.`);
  return name as DistinguishedName;
}

/** A Date's instant, read once with the platform's getter, as a fresh Date. */
function dateOf(value: unknown, what: string): Date {
  let time = Number.NaN;
  try {
    if (value instanceof Date) time = Date.prototype.getTime.call(value);
  } catch {
    // not a Date
  }
  if (Number.isNaN(time)) throw mockError(`${what} must be a valid Date.`);
  return new Date(time);
}

/** A certificate request, read once and checked. */
function checkRequest(input: CertificateRequest): CertificateRequest {
  const request = fieldsOf(input, ['subject', 'issuer', 'publicKey', 'issuerPrivateKey', 'serial', 'notBefore', 'notAfter', 'ca', 'hash', 'pathLenConstraint', 'keyUsage', 'extensions'], 'request', true);
  if (typeof request.publicKey !== 'string' || typeof request.issuerPrivateKey !== 'string') throw mockError('request.publicKey and request.issuerPrivateKey must be PEM strings.');
  if (typeof request.serial !== 'bigint' || request.serial < 0n) throw mockError('request.serial must be a bigint, 0 or more.');
  return {
    subject: nameOf(request.subject, 'request.subject'),
    issuer: nameOf(request.issuer, 'request.issuer'),
    publicKey: request.publicKey,
    issuerPrivateKey: request.issuerPrivateKey,
    serial: request.serial,
    notBefore: dateOf(request.notBefore, 'request.notBefore'),
    notAfter: dateOf(request.notAfter, 'request.notAfter'),
    ca: request.ca === true,
    ...(request.hash !== undefined && { hash: request.hash as CertificateRequest['hash'] }),
    ...(request.pathLenConstraint !== undefined && { pathLenConstraint: request.pathLenConstraint as number }),
    ...(request.keyUsage !== undefined && { keyUsage: request.keyUsage as CertificateRequest['keyUsage'] }),
    ...(request.extensions !== undefined && { extensions: request.extensions as CertificateRequest['extensions'] }),
  };
}

function encodeTime(date: Date): Uint8Array {
  const pad = (n: number) => String(n).padStart(2, '0');
  const body = `${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
  const year = date.getUTCFullYear();
  // UTCTime through 2049, GeneralizedTime after (RFC 5280 §4.1.2.5).
  return year < 2050 ? der(0x17, new TextEncoder().encode(`${pad(year % 100)}${body}`)) : der(0x18, new TextEncoder().encode(`${year}${body}`));
}

function encodeSerial(serial: bigint): Uint8Array {
  let hex = serial.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  if (Number.parseInt(hex.slice(0, 2), 16) & 0x80) hex = `00${hex}`;
  return der(0x02, Uint8Array.from(hex.match(/../g)!.map((h) => Number.parseInt(h, 16))));
}

/**
 * What a certificate is issued from.
 *
 * @example
 * ```ts
 * const pem = await issueCertificate({ subject: { CN: 'Test Root' }, issuer: { CN: 'Test Root' }, publicKey, issuerPrivateKey, serial: 1n, notBefore, notAfter, ca: true });
 * ```
 */
export interface CertificateRequest {
  subject: DistinguishedName;
  issuer: DistinguishedName;
  /** The subject's public key (SPKI PEM). */
  publicKey: string;
  /** The issuer's private key (PKCS#8 PEM); the subject's own for a self-signed root. */
  issuerPrivateKey: string;
  serial: bigint;
  notBefore: Date;
  notAfter: Date;
  /** A CA certificate (basicConstraints cA = TRUE). */
  ca?: boolean;
  /** basicConstraints' pathLenConstraint: how many CA certificates may follow below this one. */
  pathLenConstraint?: number;
  /** A critical keyUsage extension with these uses (none by default: any use). */
  keyUsage?: Array<(typeof KEY_USAGES)[number]>;
  /** More extensions: an OID, its value (DER), and whether it is critical. */
  extensions?: Array<{ oid: string; value: Uint8Array; critical?: boolean }>;
  /** The hash the issuer signs with (RSA PKCS#1 v1.5): SHA-256 unless told. */
  hash?: keyof typeof RSA_SIGNATURES;
}

/**
 * Issues an X.509 v3 certificate (sha256WithRSAEncryption unless `hash` says) and returns its PEM.
 * The options beyond the names, key and dates make the certificates a chain must refuse too.
 *
 * @example
 * ```ts
 * const pem = await issueCertificate({ subject: { CN: 'Test Root' }, issuer: { CN: 'Test Root' }, publicKey, issuerPrivateKey, serial: 1n, notBefore, notAfter, ca: true });
 * ```
 */
export async function issueCertificate(input: CertificateRequest): Promise<string> {
  const request = checkRequest(input);
  let spki: Uint8Array;
  try {
    spki = Uint8Array.from(atob(request.publicKey.replace(/-----[A-Z ]+-----|\s/g, '')), (c) => c.charCodeAt(0));
  } catch (cause) {
    throw mockError('request.publicKey must be an SPKI public key in PEM.', cause);
  }
  const algorithm = der(SEQUENCE, oid(RSA_SIGNATURES[request.hash ?? 'SHA-256']), der(0x05));
  const constraints = [...(request.ca ? [BOOLEAN_TRUE] : []), ...(request.pathLenConstraint === undefined ? [] : [der(0x02, new Uint8Array([request.pathLenConstraint]))])];
  const extensions = [
    extension('2.5.29.19', der(SEQUENCE, ...constraints), true),
    ...(request.keyUsage ? [extension('2.5.29.15', keyUsageBits(request.keyUsage), true)] : []),
    ...(request.extensions ?? []).map((more) => extension(more.oid, more.value, more.critical ?? false)),
  ];
  const tbs = der(
    SEQUENCE,
    der(0xa0, der(0x02, new Uint8Array([2]))), // v3
    encodeSerial(request.serial),
    algorithm,
    encodeName(request.issuer),
    der(SEQUENCE, encodeTime(request.notBefore), encodeTime(request.notAfter)),
    encodeName(request.subject),
    spki,
    der(0xa3, der(SEQUENCE, ...extensions)),
  );
  const pkcs8 = Uint8Array.from(atob(request.issuerPrivateKey.replace(/-----[A-Z ]+-----|\s/g, '')), (c) => c.charCodeAt(0));
  const key = request.hash === undefined || request.hash === 'SHA-256'
    ? await importPrivateKey(request.issuerPrivateKey, 'RSA2')
    : await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash: request.hash }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, tbs as Uint8Array<ArrayBuffer>));
  const certificate = der(SEQUENCE, tbs, algorithm, der(0x03, new Uint8Array([0]), signature));
  return toPem(certificate, 'CERTIFICATE');
}

/** A certificate authority of the test PKI. */
interface Authority {
  name: DistinguishedName;
  keys: PemKeyPair;
  pem: string;
}

/**
 * The test PKI: Alipay-like root bundle, and functions to issue Alipay and app certificates.
 *
 * @example
 * ```ts
 * const pki: TestPki = await createTestPki();
 * const alipayCert = await pki.issueAlipayCert(alipayKeys);
 * ```
 */
export interface TestPki {
  /** The root bundle (alipayRootCert.crt). */
  rootCert: string;
  /** Its SN, as requests carry it. */
  rootCertSn: string;
  /**
   * Issues an Alipay public key certificate for `keys` (file = leaf + intermediate, like Alipay's).
   * `rogue` issues it from another PKI, which does not chain to `rootCert`; `expired` dates it in
   * the past; `subject` changes its name (Alipay's certificate for another merchant).
   */
  issueAlipayCert(keys: PemKeyPair, options?: { rogue?: boolean; expired?: boolean; subject?: Partial<DistinguishedName> }): Promise<string>;
  /** Issues the app's public key certificate for its public key. */
  issueAppCert(appPublicKey: string): Promise<string>;
}

let serial = 0x2024_0000_0000_0001n;
const DAY = 86_400_000;

async function authority(cn: string, issuer?: Authority, now = Date.now()): Promise<Authority> {
  const keys = await generateKeyPair();
  const name = { C: 'CN', O: 'Ant Financial test', OU: 'Certification Authority test', CN: cn };
  const pem = await issueCertificate({
    subject: name,
    issuer: issuer?.name ?? name,
    publicKey: keys.publicKey,
    issuerPrivateKey: issuer?.keys.privateKey ?? keys.privateKey,
    serial: serial++,
    notBefore: new Date(now - 365 * DAY),
    notAfter: new Date(now + 10 * 365 * DAY),
    ca: true,
  });
  return { name, keys, pem };
}

/**
 * Creates a test PKI: root → intermediate → leaf certificates, as in Alipay's certificate mode,
 * plus a rogue root and intermediate for certificates that must be refused.
 *
 * @example
 * ```ts
 * const pki = await createTestPki();
 * const alipayCert = await pki.issueAlipayCert(alipayKeys);
 * const gateway = await createMockGateway({ appPublicKey, alipayKeys, certificates: { alipayCert, rootCertSn: pki.rootCertSn } });
 * ```
 */
export async function createTestPki(): Promise<TestPki> {
  const root = await authority('Ant Financial Certification Authority R1 test');
  const intermediate = await authority('Ant Financial Certification Authority Class 2 R1 test', root);
  const rogueRoot = await authority('Rogue Root CA');
  const rogueIntermediate = await authority('Ant Financial Certification Authority Class 2 R1 test', rogueRoot);
  const issueLeaf = async (subject: DistinguishedName, publicKey: string, issuer: Authority, expired = false) => {
    const now = Date.now();
    return issueCertificate({
      subject,
      issuer: issuer.name,
      publicKey,
      issuerPrivateKey: issuer.keys.privateKey,
      serial: serial++,
      notBefore: new Date(now - (expired ? 400 : 1) * DAY),
      notAfter: new Date(now + (expired ? -30 : 365) * DAY),
    });
  };
  return {
    rootCert: root.pem,
    rootCertSn: rootCertSn(root.pem),
    async issueAlipayCert(keys, options = {}) {
      const issuer = options.rogue ? rogueIntermediate : intermediate;
      const subject = { C: 'CN', O: 'Alipay test', OU: 'Alipay', CN: '支付宝(中国)网络技术有限公司-2088000000000000', ...options.subject };
      const leaf = await issueLeaf(subject, keys.publicKey, issuer, options.expired);
      return leaf + issuer.pem;
    },
    async issueAppCert(appPublicKey) {
      return issueLeaf({ C: 'CN', O: 'Merchant test', OU: 'Alipay', CN: 'app-2014072300007148' }, appPublicKey, intermediate);
    },
  };
}
