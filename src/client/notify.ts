// `alipay.verifyNotify`: a notification verified with the client's Alipay key; in certificate mode
// the key of the notification's `alipay_cert_sn`. The SN is unauthenticated input, so an SN whose
// certificate cannot be had (or trusted) makes the notification false, never an exception.
import type { SignType } from '../crypto/keys.ts';
import { AlipayError } from '../errors.ts';
import { optionsOf } from '../guard.ts';
import { type NotifyParams, type VerifyNotifyOptions, verifyNotify } from '../protocol/notify.ts';
import type { Credentials } from './credentials.ts';

/**
 * The notification read once, in the form it came in: a string as it is, a URLSearchParams copied
 * through its own serialisation (a subclass's methods are not called), a record's own fields read
 * once each. The SN that picks the key and the fields verified are then one and the same read.
 */
function readOnce(params: unknown): unknown {
  try {
    if (typeof params !== 'object' || params === null) return params;
    if (params instanceof URLSearchParams) return new URLSearchParams(URLSearchParams.prototype.toString.call(params));
    return Array.isArray(params) ? params : Object.fromEntries(Object.entries(params));
  } catch (cause) {
    // a getter or a Proxy trap that throws, a look-alike of URLSearchParams
    throw new AlipayError('ERR_REQUEST_INVALID', 'verifyNotify could not read the notification: give the raw body or query (a string), a URLSearchParams or a record of strings.', { cause });
  }
}

/** The notification's `alipay_cert_sn`: `undefined` when absent, `null` when it is not one string. */
function certSnOf(params: unknown): string | undefined | null {
  let values: string[];
  if (typeof params === 'string') values = new URLSearchParams(params.replace(/^\?/, '')).getAll('alipay_cert_sn');
  else if (params instanceof URLSearchParams) values = params.getAll('alipay_cert_sn');
  else if (typeof params === 'object' && params !== null) {
    const value = (params as Record<string, unknown>).alipay_cert_sn;
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return null;
    values = [value];
  } else return undefined; // verifyNotify refuses the input itself
  if (values.length > 1) return null;
  return values[0] === '' ? undefined : values[0];
}

/** The options, read once: their own fields (the client's signType replaces any given). */
function readOptions(options: unknown): Record<string, unknown> {
  const record = optionsOf(options as object | undefined);
  try {
    return { ...record };
  } catch (cause) {
    throw new AlipayError('ERR_REQUEST_INVALID', 'verifyNotify could not read its options.', { cause, path: 'options' });
  }
}

/** Verifies a notification with the client's credentials (see AlipayClient.verifyNotify). */
export async function verifyClientNotify(credentials: Credentials, signType: SignType, input: NotifyParams, options?: Omit<VerifyNotifyOptions, 'signType'>): Promise<boolean> {
  const params = readOnce(input) as NotifyParams;
  const sn = certSnOf(params);
  if (sn === null) return false;
  // The configured keys and certificates: a broken configuration is an error, not a false.
  const sns = await credentials.certificateSns();
  let key: CryptoKey;
  try {
    key = await credentials.verifyingKey(signType, sn);
  } catch (err) {
    if (sns && sn !== undefined && sn !== sns.alipayCertSn && err instanceof AlipayError) return false;
    throw err;
  }
  return verifyNotify(params, key, { ...readOptions(options), signType });
}
