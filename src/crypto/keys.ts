// Key parsing and import. Users paste keys in every shape the Alipay console and key tools
// produce: PKCS#8 or PKCS#1, PEM or bare base64, one line or many, `\r\n`, even the literal `\n`
// of an environment variable. The format is read from the DER itself, never from a flag, so a
// mislabelled key still works and a wrong key fails with a message that says what it is.
import { AlipayError } from '../errors.ts';
import { decodeBase64 } from '../encoding/base64.ts';
import { isInstance, kind, readOnce } from '../guard.ts';
import { readKeyText } from './key-text.ts';
import {
  type DerElement,
  DerError,
  TAG_BIT_STRING,
  TAG_INTEGER,
  TAG_NULL,
  TAG_OCTET_STRING,
  TAG_OID,
  TAG_SEQUENCE,
  contentOf,
  decodeOid,
  encodeElement,
  readChildren,
  readElement,
  readRoot,
} from './der.ts';

/**
 * `RSA2` signs with SHA-256, `RSA` with SHA-1; both are RSASSA-PKCS1-v1_5.
 *
 * @example
 * ```ts
 * const key = await importPrivateKey(pem, 'RSA2' satisfies SignType);
 * ```
 */
export type SignType = 'RSA2' | 'RSA';

const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
// AlgorithmIdentifier { rsaEncryption, NULL }, pre-encoded for wrapping PKCS#1 keys.
const RSA_ALGORITHM_ID = encodeElement(
  TAG_SEQUENCE,
  encodeElement(TAG_OID, new Uint8Array([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01])),
  encodeElement(TAG_NULL),
);

const PRIVATE_FORMATS = 'an RSA private key as PKCS#8 ("BEGIN PRIVATE KEY") or PKCS#1 ("BEGIN RSA PRIVATE KEY"), PEM or bare base64';
const PUBLIC_FORMATS = 'an RSA public key as SPKI ("BEGIN PUBLIC KEY") or PKCS#1 ("BEGIN RSA PUBLIC KEY"), PEM or bare base64';

/**
 * What a key text turned out to be, and its DER ready for `crypto.subtle.importKey`.
 *
 * @example
 * ```ts
 * const { source, der }: ParsedKey = parsePrivateKey(env.ALIPAY_PRIVATE_KEY); // source: 'pkcs1' | 'pkcs8'
 * ```
 */
export interface ParsedKey {
  /** `pkcs8` or `spki`: the WebCrypto import format of `der`. */
  format: 'pkcs8' | 'spki';
  /** The format the text was in before any wrapping. */
  source: 'pkcs8' | 'pkcs1' | 'spki' | 'pkcs1-public';
  der: Uint8Array;
  /** The RSA modulus (big-endian, no leading zero), when known: it identifies a key pair. */
  modulus?: Uint8Array;
}

/** The size of an RSA key in bits, from its modulus. */
export function modulusBits(modulus: Uint8Array): number {
  if (modulus.length === 0) return 0;
  return (modulus.length - 1) * 8 + (32 - Math.clz32(modulus[0]!));
}

/** An INTEGER's value bytes without the sign-padding zero. */
function integerBytes(bytes: Uint8Array, element: DerElement): Uint8Array {
  let value = contentOf(bytes, element);
  while (value.length > 1 && value[0] === 0) value = value.subarray(1);
  return value;
}

/** The modulus of an RSAPrivateKey { version, n, … } or RSAPublicKey { n, e }. */
function rsaModulus(bytes: Uint8Array, keyStart: number, keyEnd: number, isPrivate: boolean): Uint8Array | undefined {
  const key = readElement(bytes, keyStart, keyEnd);
  const fields = readChildren(bytes, key);
  const n = fields[isPrivate ? 1 : 0];
  return n?.tag === TAG_INTEGER ? integerBytes(bytes, n) : undefined;
}

/** Thrown for a key that is not RSA: a configuration mistake (Alipay signs with RSA only). */
function notRsa(name: string, what: string): AlipayError {
  return new AlipayError('ERR_CONFIG', `${name} is ${what} for another algorithm than RSA (EC?). Alipay signs with RSA only: create an RSA-2048 key pair (npx alipay-edge keygen) and upload its public key to the Alipay console.`);
}

/** `expected`: the accepted formats, PRIVATE_FORMATS or PUBLIC_FORMATS. */
function keyError(expected: string, name: string, reason: string): AlipayError {
  return new AlipayError('ERR_KEY_INVALID', `${name} is not usable: ${reason}. Expected ${expected}.`);
}

const CUT_OFF = 'its DER structure is cut off (only some of its lines copied?): copy the whole key, BEGIN to END';

/** Whether the outer SEQUENCE declares more bytes than there are: a key cut short when copied. */
function cutOff(bytes: Uint8Array): boolean {
  if (bytes.length < 2 || bytes[0] !== TAG_SEQUENCE) return false;
  let at = 2;
  let length = bytes[1]!;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) return false;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[at++] ?? 0);
  }
  return at + length > bytes.length;
}

function isRsaAlgorithm(bytes: Uint8Array, algorithm: ReturnType<typeof readRoot>): boolean {
  const [oid] = readChildren(bytes, algorithm);
  return oid !== undefined && oid.tag === TAG_OID && decodeOid(contentOf(bytes, oid)) === RSA_ENCRYPTION;
}

/**
 * Reads a private key text (PKCS#8 or PKCS#1, PEM or bare base64) into PKCS#8 DER.
 *
 * @throws AlipayError `ERR_KEY_INVALID` naming the accepted formats (never the key's content).
 * @example
 * ```ts
 * const { der, source } = parsePrivateKey(env.ALIPAY_PRIVATE_KEY); // source: 'pkcs1' | 'pkcs8'
 * ```
 */
export function parsePrivateKey(text: string, name = 'privateKey'): ParsedKey {
  if (typeof name !== 'string') name = 'privateKey';
  if (typeof text !== 'string') throw keyError(PRIVATE_FORMATS, name, `expected a string, got ${kind(text)}`);
  const { bytes, reason } = readKeyText(text, name, decodeBase64);
  if (!bytes) throw keyError(PRIVATE_FORMATS, name, reason);
  try {
    const root = readRoot(bytes);
    if (root.tag !== TAG_SEQUENCE) throw new DerError('not a SEQUENCE');
    const children = readChildren(bytes, root);
    const [version, second] = children;
    if (children.length === 2 && version?.tag === TAG_SEQUENCE && second?.tag === TAG_BIT_STRING) {
      throw keyError(PRIVATE_FORMATS, name, 'it is a public key (SPKI), not a private key');
    }
    if (version?.tag !== TAG_INTEGER || !second) throw new DerError('no version');
    if (second.tag === TAG_SEQUENCE && children[2]?.tag === TAG_OCTET_STRING) {
      // PKCS#8 PrivateKeyInfo { version, AlgorithmIdentifier, OCTET STRING }
      if (!isRsaAlgorithm(bytes, second)) throw notRsa(name, 'a PKCS#8 private key');
      const octets = children[2];
      return { format: 'pkcs8', source: 'pkcs8', der: bytes, modulus: rsaModulus(bytes, octets.contentStart, octets.end, true)! };
    }
    if (second.tag === TAG_INTEGER && children.length >= 9) {
      // PKCS#1 RSAPrivateKey { version, n, e, d, p, q, dp, dq, qinv }: wrap it into PKCS#8.
      const der = encodeElement(
        TAG_SEQUENCE,
        encodeElement(TAG_INTEGER, new Uint8Array([0])),
        RSA_ALGORITHM_ID,
        encodeElement(TAG_OCTET_STRING, bytes),
      );
      return { format: 'pkcs8', source: 'pkcs1', der, modulus: integerBytes(bytes, second) };
    }
    if (second.tag === TAG_INTEGER && children.length === 2) {
      throw keyError(PRIVATE_FORMATS, name, 'it is an RSA public key, not a private key');
    }
    throw new DerError('unknown structure');
  } catch (err) {
    if (err instanceof AlipayError) throw err;
    throw keyError(PRIVATE_FORMATS, name, cutOff(bytes) ? CUT_OFF : 'its DER structure is not a private key');
  }
}

/**
 * Reads a public key text (SPKI or PKCS#1, PEM or bare base64) into SPKI DER.
 *
 * @throws AlipayError `ERR_KEY_INVALID` naming the accepted formats (never the key's content).
 * @example
 * ```ts
 * const { der } = parsePublicKey(env.ALIPAY_PUBLIC_KEY);
 * ```
 */
export function parsePublicKey(text: string, name = 'alipayPublicKey'): ParsedKey {
  if (typeof name !== 'string') name = 'alipayPublicKey';
  if (typeof text !== 'string') throw keyError(PUBLIC_FORMATS, name, `expected a string, got ${kind(text)}`);
  if (text.includes('-----BEGIN CERTIFICATE-----')) {
    throw keyError(PUBLIC_FORMATS, name, 'it is an X.509 certificate; pass certificates with certificate mode, not as a public key');
  }
  const { bytes, reason } = readKeyText(text, name, decodeBase64);
  if (!bytes) throw keyError(PUBLIC_FORMATS, name, reason);
  try {
    const root = readRoot(bytes);
    if (root.tag !== TAG_SEQUENCE) throw new DerError('not a SEQUENCE');
    const children = readChildren(bytes, root);
    const [first, second] = children;
    if (children.length === 2 && first?.tag === TAG_SEQUENCE && second?.tag === TAG_BIT_STRING) {
      // SubjectPublicKeyInfo { AlgorithmIdentifier, BIT STRING }
      if (!isRsaAlgorithm(bytes, first)) throw notRsa(name, 'a public key');
      // The BIT STRING holds RSAPublicKey after its unused-bits byte.
      return { format: 'spki', source: 'spki', der: bytes, modulus: rsaModulus(bytes, second.contentStart + 1, second.end, false)! };
    }
    if (children.length === 2 && first?.tag === TAG_INTEGER && second?.tag === TAG_INTEGER) {
      // PKCS#1 RSAPublicKey { n, e }: wrap into SPKI (the BIT STRING starts with 0 unused bits).
      const der = encodeElement(TAG_SEQUENCE, RSA_ALGORITHM_ID, encodeElement(TAG_BIT_STRING, new Uint8Array([0]), bytes));
      return { format: 'spki', source: 'pkcs1-public', der, modulus: integerBytes(bytes, first) };
    }
    if (first?.tag === TAG_INTEGER) throw keyError(PUBLIC_FORMATS, name, 'it is a private key; use the public key here');
    if (first?.tag === TAG_SEQUENCE && children.length === 3) {
      throw keyError(PUBLIC_FORMATS, name, 'it is an X.509 certificate; pass certificates with certificate mode, not as a public key');
    }
    throw new DerError('unknown structure');
  } catch (err) {
    if (err instanceof AlipayError) throw err;
    throw keyError(PUBLIC_FORMATS, name, cutOff(bytes) ? CUT_OFF : 'its DER structure is not a public key');
  }
}

/**
 * A ParsedKey given directly (not as text): it must carry DER bytes. `der` is read once and
 * copied from the array's own slots, so a getter or a subclass cannot hand WebCrypto other bytes.
 */
function parsedKey(key: unknown, expected: string, name: string): { der: Uint8Array } {
  const der = typeof key === 'object' && key !== null ? readOnce(key, 'der', `${name}.der`, 'ERR_KEY_INVALID') : undefined;
  if (isInstance(der, Uint8Array)) {
    try {
      return { der: new Uint8Array(der) };
    } catch {
      // a detached buffer: no bytes
    }
  }
  throw keyError(expected, name, `expected the key text (or a ParsedKey), got ${kind(key)}`);
}

/** The WebCrypto algorithm for a sign type. */
export function algorithmFor(signType: SignType): RsaHashedImportParams {
  if (signType !== 'RSA2' && signType !== 'RSA') throw new AlipayError('ERR_CONFIG', `signType must be 'RSA2' or 'RSA', got ${typeof signType === 'string' ? JSON.stringify(signType) : kind(signType)}.`);
  return { name: 'RSASSA-PKCS1-v1_5', hash: signType === 'RSA' ? 'SHA-1' : 'SHA-256' };
}

/**
 * Imports a private key for signing with `signType`. Non-extractable: the key material cannot be
 * read back out of the `CryptoKey`. Import once and reuse the key: importing costs several
 * signatures' worth of CPU.
 *
 * @throws AlipayError `ERR_KEY_INVALID`.
 * @example
 * ```ts
 * const key = await importPrivateKey(env.ALIPAY_PRIVATE_KEY, 'RSA2');
 * const sign = await signContent('app_id=2014072300007148&method=…', key);
 * ```
 */
export async function importPrivateKey(key: string | ParsedKey, signType: SignType = 'RSA2', name = 'privateKey'): Promise<CryptoKey> {
  if (typeof name !== 'string') name = 'privateKey';
  const parsed = typeof key === 'string' ? parsePrivateKey(key, name) : parsedKey(key, PRIVATE_FORMATS, name);
  const algorithm = algorithmFor(signType);
  try {
    return await crypto.subtle.importKey('pkcs8', parsed.der as Uint8Array<ArrayBuffer>, algorithm, false, ['sign']);
  } catch (cause) {
    throw new AlipayError('ERR_KEY_INVALID', `${name} is not usable: WebCrypto refused the RSA key (corrupt key numbers). Expected ${PRIVATE_FORMATS}.`, { cause });
  }
}

/**
 * Imports a public key for verifying `signType` signatures, non-extractable.
 *
 * @throws AlipayError `ERR_KEY_INVALID`.
 * @example
 * ```ts
 * const key = await importPublicKey(env.ALIPAY_PUBLIC_KEY, 'RSA2');
 * const ok = await verifyContent(span, sign, key);
 * ```
 */
export async function importPublicKey(key: string | ParsedKey, signType: SignType = 'RSA2', name = 'alipayPublicKey'): Promise<CryptoKey> {
  if (typeof name !== 'string') name = 'alipayPublicKey';
  const parsed = typeof key === 'string' ? parsePublicKey(key, name) : parsedKey(key, PUBLIC_FORMATS, name);
  const algorithm = algorithmFor(signType);
  try {
    return await crypto.subtle.importKey('spki', parsed.der as Uint8Array<ArrayBuffer>, algorithm, false, ['verify']);
  } catch (cause) {
    throw new AlipayError('ERR_KEY_INVALID', `${name} is not usable: WebCrypto refused the RSA key (corrupt key numbers). Expected ${PUBLIC_FORMATS}.`, { cause });
  }
}
