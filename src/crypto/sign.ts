// RSASSA-PKCS1-v1_5 over the UTF-8 bytes of a text; the hash (SHA-256 for RSA2, SHA-1 for RSA)
// is bound to the CryptoKey at import time.
import { AlipayError } from '../errors.ts';
import { decodeBase64, encodeBase64 } from '../encoding/base64.ts';
import { expectString } from '../guard.ts';
import { type Charset, encoderFor, loadGbk } from '../encoding/charset.ts';

// A lone surrogate has no UTF-8 (or GBK) bytes: TextEncoder writes U+FFFD in its place, so a text
// holding one would sign, or verify, as a different text.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// The algorithm to sign and verify with, always: the hash is the key's own (bound at import), and a
// key of any other algorithm (HMAC, ECDSA) is refused rather than used (with `key.algorithm` it
// would make, or accept, an HMAC or ECDSA signature).
const RSASSA = { name: 'RSASSA-PKCS1-v1_5' } as const;

const wellFormed = (text: string): boolean => {
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return native ? native.call(text) : !LONE_SURROGATE.test(text);
};

/**
 * Signs `content` (a sign content string) and returns the base64 signature Alipay expects. The
 * signature covers the content's bytes in `charset` (UTF-8 unless the request uses GBK).
 *
 * @example
 * ```ts
 * const key = await importPrivateKey(privateKeyPem, 'RSA2');
 * const sign = await signContent(buildSignContent(params), key);
 * ```
 */
export async function signContent(content: string, key: CryptoKey, charset: Charset = 'utf-8'): Promise<string> {
  expectString(content, 'content');
  if (!wellFormed(content)) {
    throw new AlipayError('ERR_REQUEST_INVALID', 'The content to sign holds a lone UTF-16 surrogate (a broken character): it has no bytes to sign.');
  }
  if (charset === 'GBK') await loadGbk();
  const bytes = encoderFor(charset)(content);
  let signature: ArrayBuffer;
  try {
    signature = await crypto.subtle.sign(RSASSA, key, bytes as Uint8Array<ArrayBuffer>);
  } catch (cause) {
    throw new AlipayError('ERR_KEY_INVALID', 'Signing failed: the key is not an RSA private key imported for signing.', { cause });
  }
  return encodeBase64(new Uint8Array(signature));
}

/**
 * Verifies a base64 `signature` over the bytes of `content` in `charset`. Resolves to `false`
 * (never throws) for a wrong signature, including one that is not strict base64.
 *
 * @example
 * ```ts
 * const key = await importPublicKey(alipayPublicKeyPem, 'RSA2');
 * if (!(await verifyContent(span, sign, key))) throw new Error('forged');
 * ```
 */
export async function verifyContent(content: string, signature: string, key: CryptoKey, charset: Charset = 'utf-8'): Promise<boolean> {
  const bytes = decodeBase64(signature); // undefined for anything but strict base64 text, non-strings included
  if (!bytes || bytes.length === 0 || typeof content !== 'string' || !wellFormed(content)) return false;
  if (charset === 'GBK') await loadGbk();
  let data: Uint8Array;
  try {
    data = encoderFor(charset)(content);
  } catch {
    return false; // text that has no GBK bytes cannot be what was signed in GBK
  }
  try {
    return await crypto.subtle.verify(RSASSA, key, bytes as Uint8Array<ArrayBuffer>, data as Uint8Array<ArrayBuffer>);
  } catch (cause) {
    throw new AlipayError('ERR_KEY_INVALID', 'Verification failed: the key is not an RSA public key imported for verifying.', { cause });
  }
}
