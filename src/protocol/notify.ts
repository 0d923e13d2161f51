// Verifying asynchronous notifications (notify_url POSTs) and return_url queries.
import { type SignType, importPublicKey, parsePublicKey } from '../crypto/keys.ts';
import { verifyContent } from '../crypto/sign.ts';
import { AlipayError } from '../errors.ts';
import { expectCryptoKey, kind, readRecord } from '../guard.ts';
import { type Charset, loadGbk, normaliseCharset } from '../encoding/charset.ts';
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
 * A notification read once, as its parameters, or `undefined` when it cannot be verified as given:
 * a value that is not a string (an array from a repeated field, a number, an object) would be data
 * no signature covers; bytes that are not exactly text in the declared charset are not what was
 * signed. A raw body is read as `URLSearchParams` reads it (see decodeForm), in its own charset.
 *
 * @throws AlipayError `ERR_REQUEST_INVALID` for anything but a string, a URLSearchParams or a record.
 */
export async function readNotification(params: unknown): Promise<Array<[string, string]> | undefined> {
  if (typeof params === 'string') {
    if (params.length > MAX_NOTIFY_LENGTH) return undefined;
    const raw = params.startsWith('?') ? params.slice(1) : params;
    // The charset parameter, found by its decoded name (as the merchant's URLSearchParams finds
    // it): its value is ASCII, which reads the same whatever the other values' bytes are.
    const declared = decodeForm(raw, 'utf-8').find(([key]) => key === 'charset')?.[1];
    let charset: Charset = 'utf-8';
    try {
      charset = normaliseCharset(declared);
    } catch {
      // an unknown charset: read as UTF-8; verifyRead refuses it
    }
    if (charset === 'GBK') await loadGbk();
    try {
      return decodeForm(raw, charset, { fatal: true });
    } catch {
      return undefined;
    }
  }
  let entries: Array<[string, unknown]>;
  try {
    if (params instanceof URLSearchParams) entries = [...URLSearchParams.prototype.entries.call(params)];
    else if (typeof params === 'object' && params !== null && !Array.isArray(params)) entries = readRecord(params, 'params');
    else throw new AlipayError('ERR_REQUEST_INVALID', `verifyNotify needs the raw body or query (a string), a URLSearchParams or a record of strings, got ${kind(params)}.`);
  } catch (cause) {
    if (cause instanceof AlipayError) throw cause;
    throw new AlipayError('ERR_REQUEST_INVALID', 'The notification could not be read (a getter, Proxy or URLSearchParams look-alike of it threw).', { cause });
  }
  let length = 0;
  for (const [key, value] of entries) {
    if (typeof value !== 'string') return undefined;
    length += key.length + value.length + 2;
  }
  return length > MAX_NOTIFY_LENGTH ? undefined : (entries as Array<[string, string]>);
}

/** verifyNotify's options, read once and checked. */
export function notifyOptions(options: unknown): { rule: 'v1' | 'v2'; signType: SignType | undefined } {
  const read = new Map(options === undefined ? [] : readRecord(options, 'options'));
  const rule = read.get('rule') ?? 'v1';
  const signType = read.get('signType');
  if (rule !== 'v1' && rule !== 'v2') throw new AlipayError('ERR_REQUEST_INVALID', "options.rule must be 'v1' or 'v2'.", { path: 'rule' });
  if (signType !== undefined && signType !== 'RSA2' && signType !== 'RSA') throw new AlipayError('ERR_CONFIG', "options.signType must be 'RSA2' or 'RSA'.");
  return { rule, signType };
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
 * must stay a `+`), never re-serialise JSON fields such as `fund_bill_list`. A raw body is read
 * exactly as `URLSearchParams` reads it, so its three forms get one verdict; what readers could read
 * differently (bytes that are not text in the charset, a lone surrogate, a nameless parameter,
 * U+FFFD) is `false` in every form; a raw body is also `false` for a stray `%` beside a character
 * that is not percent-encoded (Node 20's URLSearchParams reads that part otherwise).
 *
 * `alipayPublicKey` is Alipay's public key (PEM or base64), Alipay's public certificate (PEM, in
 * certificate mode) or an imported `CryptoKey`.
 *
 * @throws AlipayError `ERR_KEY_INVALID` / `ERR_CERT_INVALID` when the key itself cannot be read;
 * `ERR_REQUEST_INVALID` for params that are not a string, URLSearchParams or record (or cannot be read).
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
  const { rule, signType: forced } = notifyOptions(options);
  if (typeof alipayPublicKey !== 'string') expectCryptoKey(alipayPublicKey, 'alipayPublicKey');
  const entries = await readNotification(params);
  return entries !== undefined && verifyRead(entries, alipayPublicKey, rule, forced);
}

/**
 * Verifies a notification already read (readNotification). The three forms of one notification
 * (raw body, URLSearchParams, record) are the same entries here, so they get one verdict.
 */
export async function verifyRead(entries: Array<[string, string]>, alipayPublicKey: string | CryptoKey, rule: 'v1' | 'v2', forced: SignType | undefined): Promise<boolean> {
  const values = new Map<string, string>();
  for (const [key, value] of entries) {
    if (values.has(key)) return false; // a parameter given twice cannot be verified unambiguously
    // No signature covers a parameter without a name; U+FFFD is what a decoder writes for bytes it
    // could not read: from a record or URLSearchParams, nothing tells which bytes were received.
    if (key === '' || key.includes('\uFFFD') || value.includes('\uFFFD')) return false;
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
