// `alipay.verifyNotify`: a notification verified with the client's Alipay key; in certificate mode
// the key of the notification's `alipay_cert_sn`. The SN is unauthenticated input, so an SN whose
// certificate cannot be had (or trusted) makes the notification false, never an exception.
import type { SignType } from '../crypto/keys.ts';
import { AlipayError } from '../errors.ts';
import { type NotifyParams, type VerifyNotifyOptions, verifyNotify } from '../protocol/notify.ts';
import type { Credentials } from './credentials.ts';

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

/** Verifies a notification with the client's credentials (see AlipayClient.verifyNotify). */
export async function verifyClientNotify(credentials: Credentials, signType: SignType, params: NotifyParams, options?: Omit<VerifyNotifyOptions, 'signType'>): Promise<boolean> {
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
  return verifyNotify(params, key, { ...(options === undefined ? {} : options), signType });
}
