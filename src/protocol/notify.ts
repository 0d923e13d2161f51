// Verifying asynchronous notifications (notify_url POSTs) and return_url queries.
import { type SignType, importPublicKey, parsePublicKey } from '../crypto/keys.ts';
import { verifyContent } from '../crypto/sign.ts';
import { AlipayError } from '../errors.ts';
import { expectCryptoKey, kind, optionsOf } from '../guard.ts';
import { type Charset, normaliseCharset } from '../encoding/charset.ts';
import { decodeForm } from '../encoding/form.ts';
import { buildSignContent } from './sign-content.ts';

/**
 * A notification: a record of decoded values (every value a string), a `URLSearchParams`, or the
 * raw form body / query.
 *
 * @example
 * ```ts
 * const params: NotifyParams = await request.text();
 * await verifyNotify(params, alipayPublicKey);
 * ```
 */
export type NotifyParams = Record<string, string> | URLSearchParams | string;

/**
 * Options of {@link verifyNotify}.
 *
 * @example
 * ```ts
 * await verifyNotify(body, alipayPublicKey, { rule: 'v2' });
 * ```
 */
export interface VerifyNotifyOptions {
  /**
   * `v1` (default, for notify_url and return_url): `sign` and `sign_type` are not signed.
   * `v2`: only `sign` is left out (some notifications, e.g. `alipay.open.servicemarket.order.notify`).
   */
  rule?: 'v1' | 'v2';
  /** The algorithm; by default the notification's own `sign_type` (RSA2 when absent). */
  signType?: SignType;
}

/**
 * Largest notification read, in UTF-16 code units of its text: Alipay's are a few kilobytes, and an
 * unauthenticated sender must not make verification cost more than this.
 */
export const MAX_NOTIFY_LENGTH = 1 << 20;

/**
 * The notification's parameters, or `undefined` when it cannot be verified as given: a value that
 * is not a string (an array from a repeated field, a number, an object) would be data no signature
 * covers; bytes that are not text in the declared charset are not what was signed.
 */
function toEntries(params: unknown): Array<[string, string]> | undefined {
  if (typeof params === 'string') {
    if (params.length > MAX_NOTIFY_LENGTH) return undefined;
    const raw = params.startsWith('?') ? params.slice(1) : params;
    // The values are decoded exactly once, in the notification's own charset.
    const declared = /(?:^|&)charset=([^&]*)/i.exec(raw)?.[1];
    let charset: Charset = 'utf-8';
    try {
      charset = normaliseCharset(declared === undefined ? undefined : decodeURIComponent(declared));
    } catch {
      // an unknown charset: decode as UTF-8; the signature decides
    }
    try {
      return decodeForm(raw, charset, { fatal: true });
    } catch {
      return undefined;
    }
  }
  let entries: Array<[string, unknown]>;
  if (params instanceof URLSearchParams) entries = [...params.entries()];
  else if (typeof params === 'object' && params !== null && !Array.isArray(params)) entries = Object.entries(params);
  else throw new AlipayError('ERR_REQUEST_INVALID', `verifyNotify needs the raw body or query (a string), a URLSearchParams or a record of strings, got ${kind(params)}.`);
  let length = 0;
  for (const [key, value] of entries) {
    if (typeof value !== 'string') return undefined;
    length += key.length + value.length + 2;
  }
  return length > MAX_NOTIFY_LENGTH ? undefined : (entries as Array<[string, string]>);
}

const keyCache = new Map<string, Promise<CryptoKey>>();

/** Imports (and remembers, for a few keys) a public key or certificate for a sign type. */
async function notifyKey(key: string, signType: SignType): Promise<CryptoKey> {
  const id = `${signType}:${key}`;
  let imported = keyCache.get(id);
  if (!imported) {
    // Certificates load the X.509 code on demand: public-key users do not bundle it.
    const parsed = key.includes('BEGIN CERTIFICATE')
      ? await import('../crypto/x509.ts').then(({ certificatePublicKey, readPemCertificates }) => ({
          format: 'spki' as const,
          source: 'spki' as const,
          der: certificatePublicKey(readPemCertificates(key, 'alipayPublicCert')[0]!, 'alipayPublicCert'),
        }))
      : parsePublicKey(key, 'alipayPublicKey');
    imported = importPublicKey(parsed, signType);
    if (keyCache.size >= 8) keyCache.delete(keyCache.keys().next().value!);
    keyCache.set(id, imported);
  }
  return imported;
}

/**
 * Verifies a notification from Alipay (a `notify_url` POST or a `return_url` query). Resolves to
 * `true` only when its `sign` verifies; never throws for a wrong or missing signature. Values are
 * used exactly as received after one form decode: never decode a value again (a `+` in a subject
 * must stay a `+`), never re-serialise JSON fields such as `fund_bill_list`.
 *
 * `alipayPublicKey` is Alipay's public key (PEM or base64), Alipay's public certificate (PEM, in
 * certificate mode) or an imported `CryptoKey`.
 *
 * @throws AlipayError `ERR_KEY_INVALID` / `ERR_CERT_INVALID` when the key itself cannot be read.
 * @example
 * ```ts
 * export default {
 *   async fetch(request: Request, env: Env) {
 *     const ok = await verifyNotify(await request.text(), env.ALIPAY_PUBLIC_KEY);
 *     return new Response(ok ? 'success' : 'failure');
 *   },
 * };
 * ```
 */
export async function verifyNotify(params: NotifyParams, alipayPublicKey: string | CryptoKey, options?: VerifyNotifyOptions): Promise<boolean> {
  const { rule = 'v1', signType: forced } = optionsOf(options);
  if (rule !== 'v1' && rule !== 'v2') throw new AlipayError('ERR_REQUEST_INVALID', "options.rule must be 'v1' or 'v2'.", { path: 'rule' });
  if (forced !== undefined && forced !== 'RSA2' && forced !== 'RSA') throw new AlipayError('ERR_CONFIG', "options.signType must be 'RSA2' or 'RSA'.");
  if (typeof alipayPublicKey !== 'string') expectCryptoKey(alipayPublicKey, 'alipayPublicKey');
  const entries = toEntries(params);
  if (!entries) return false;
  const values = new Map<string, string>();
  for (const [key, value] of entries) {
    if (values.has(key)) return false; // a parameter given twice cannot be verified unambiguously
    values.set(key, value);
  }
  const sign = values.get('sign');
  if (!sign) return false;
  const signType = forced ?? ((values.get('sign_type') || 'RSA2') as SignType);
  if (signType !== 'RSA2' && signType !== 'RSA') return false;
  let charset: Charset;
  try {
    charset = normaliseCharset(values.get('charset'));
  } catch {
    return false;
  }
  const key = typeof alipayPublicKey === 'string' ? await notifyKey(alipayPublicKey, signType) : alipayPublicKey;
  const content = buildSignContent(values, { exclude: rule === 'v2' ? [] : ['sign_type'] });
  return verifyContent(content, sign, key, charset);
}
