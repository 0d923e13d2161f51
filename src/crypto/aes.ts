// AES for `encrypt_type=AES`: AES-CBC with a zero IV and PKCS#7 padding (WebCrypto's AES-CBC
// pads with PKCS#7), key = the base64-decoded `encryptKey` (16, 24 or 32 bytes).
import { AlipayError } from '../errors.ts';
import { decodeBase64, encodeBase64 } from '../encoding/base64.ts';
import { expectString } from '../guard.ts';
import { type Charset, decoderFor, encoderFor, loadGbk } from '../encoding/charset.ts';

const ZERO_IV = new Uint8Array(16);

/**
 * Imports `encryptKey` (base64 of 16, 24 or 32 bytes) as a non-extractable AES-CBC key.
 *
 * @throws AlipayError `ERR_KEY_INVALID` naming the expected form (never the key).
 * @example
 * ```ts
 * const key = await importAesKey(env.ALIPAY_ENCRYPT_KEY);
 * ```
 */
export async function importAesKey(encryptKey: string, name = 'encryptKey'): Promise<CryptoKey> {
  if (typeof name !== 'string') name = 'encryptKey';
  const bytes = typeof encryptKey === 'string' ? decodeBase64(encryptKey.trim()) : undefined;
  if (!bytes || ![16, 24, 32].includes(bytes.length)) {
    throw new AlipayError('ERR_KEY_INVALID', `${name} is not usable: expected the base64 AES key from the Alipay console (16, 24 or 32 bytes).`);
  }
  return crypto.subtle.importKey('raw', bytes as Uint8Array<ArrayBuffer>, { name: 'AES-CBC' }, false, ['encrypt', 'decrypt']);
}

/**
 * Encrypts text (its bytes in `charset`) and returns base64 ciphertext.
 *
 * @example
 * ```ts
 * const biz = await aesEncrypt(JSON.stringify(bizContent), key);
 * ```
 */
export async function aesEncrypt(plaintext: string, key: CryptoKey, charset: Charset = 'utf-8'): Promise<string> {
  expectString(plaintext, 'plaintext');
  if (charset === 'GBK') await loadGbk();
  const data = encoderFor(charset)(plaintext);
  try {
    return encodeBase64(new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CBC', iv: ZERO_IV }, key, data as Uint8Array<ArrayBuffer>)));
  } catch (cause) {
    throw new AlipayError('ERR_DECRYPTION_FAILED', 'AES encryption failed: encryptKey is not an AES key.', { cause });
  }
}

/**
 * Decrypts base64 ciphertext to text (decoded in `charset`).
 *
 * @throws AlipayError `ERR_DECRYPTION_FAILED` when the ciphertext is not base64 or does not
 * decrypt with this key (bad padding).
 * @example
 * ```ts
 * const json = await aesDecrypt(node, key);
 * ```
 */
export async function aesDecrypt(ciphertext: string, key: CryptoKey, charset: Charset = 'utf-8'): Promise<string> {
  const bytes = decodeBase64(expectString(ciphertext, 'ciphertext', 'ERR_DECRYPTION_FAILED').trim());
  if (!bytes || bytes.length === 0 || bytes.length % 16 !== 0) {
    throw new AlipayError('ERR_DECRYPTION_FAILED', 'The encrypted value is not base64 AES ciphertext.');
  }
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-CBC', iv: ZERO_IV }, key, bytes as Uint8Array<ArrayBuffer>);
  } catch (cause) {
    throw new AlipayError('ERR_DECRYPTION_FAILED', 'The encrypted value does not decrypt with encryptKey (wrong key?).', { cause });
  }
  return decoderFor(charset).decode(plain);
}
